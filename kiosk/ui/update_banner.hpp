#pragma once
// The quiet line a running import shows at the foot of every screen ("Updating content...
// 12 of 40 files"), and the short result meant for staff afterwards. Drawn over the screen
// but never in the way: it takes no taps.

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

void update_banner_view(ViewContext& ctx, const UpdateBanner& banner);

} // namespace haven::ui
