#pragma once
// The quiet line a running import shows at the foot of every screen ("Updating content...
// 12 of 40 files"), and the short result meant for staff afterwards. It has a strip of its own
// at the foot of the screen, which every screen leaves free while it shows
// (ViewContext::reserved_bottom), so it never covers a button or a help code.

#include "view_context.hpp"

#include <cstdint>
#include <string>

namespace haven::ui {

struct UpdateBanner {
    bool running = false;
    std::int64_t done = 0, total = 0;  // files, while running
    std::string result;                // after an import: one short sentence; empty: none

    bool visible() const { return running || !result.empty(); }
    bool operator==(const UpdateBanner&) const = default;
};

// The height of the strip the banner needs, 0 when it is not shown.
float update_banner_height(const ViewContext& ctx, const UpdateBanner& banner);
void update_banner_view(ViewContext& ctx, const UpdateBanner& banner);

} // namespace haven::ui
