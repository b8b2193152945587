#pragma once
// What the staff view shows about the content store and the latest import. Plain data: the
// app fills it from kiosk/update when the staff view opens (the UI never touches the disk).

#include "core/content/calendar_date.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace haven::ui {

struct StaffInfo {
    struct Version {
        std::string id;
        std::string label;            // the pack's signed label, may be empty
        std::int64_t signed_at = 0;   // unix time, 0: unknown
        std::int64_t imported_at = 0; // unix time, 0: unknown
        bool current = false;
    };
    bool from_store = false;      // a deployed kiosk showing STORE/current (rollback possible)
    std::string content_folder;   // what is shown, for a kiosk run on a plain folder
    std::vector<Version> versions;  // newest first
    std::string last_import_report;
    std::string note;             // the outcome of the last staff request ("Now showing ...")
    CalendarDate today;           // the clinic's date, for the cards past their review date
};

// What the staff view asks the app to do.
struct StaffRequest {
    enum class Kind { None, Refresh, RollBack, SoundTest };
    Kind kind = Kind::None;
    std::string version;  // RollBack: the version to show
};

} // namespace haven::ui
