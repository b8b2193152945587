#pragma once
// Turns the store's import-status file into the banner the kiosk shows: progress while an
// import runs, then the result for a little while, meant for the staff member at the stick.

#include "ui/update_banner.hpp"
#include "update/import_status.hpp"

#include <cstdint>

namespace haven::app {

// How long a finished import's result stays on screen.
inline constexpr std::int64_t kImportResultSeconds = 30;

ui::UpdateBanner banner_for(const update::ImportStatus& status, std::int64_t now_unix);

} // namespace haven::app
