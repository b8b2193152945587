#pragma once
// What the staff view shows about the content store and the latest import. Plain data: the
// app fills it from kiosk/update when the staff view opens (the UI never touches the disk).

#include "core/content/calendar_date.hpp"

#include <cstdint>
#include <optional>
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
    // Content from a stick without a signature, checked and waiting for staff approval.
    struct Pending {
        std::string id;
        std::string label;            // [updates] label in its kiosk.toml, may be empty
        std::int64_t arrived_at = 0;  // unix time
        size_t topics = 0, cards = 0;
        size_t errors = 0, warnings = 0;
        std::vector<std::string> problems;  // as `haven check` words them
    };
    bool from_store = false;      // a deployed kiosk showing STORE/current (rollback possible)
    std::string content_folder;   // what is shown, for a kiosk run on a plain folder
    std::vector<Version> versions;  // newest first
    std::optional<Pending> pending;
    std::string last_import_report;
    std::vector<std::string> history;  // the store's latest changes, oldest first
    std::string note;             // the outcome of the last staff request ("Now showing ...")
    CalendarDate today;           // the clinic's date, for the cards past their review date
};

// What the staff view asks the app to do.
struct StaffRequest {
    enum class Kind {
        None, Refresh, RollBack, SoundTest,
        Preview,     // show `version` (pending, or kept) to staff as a patient would see it
        EndPreview,  // the preview ended: show the kiosk's own content again
        Publish,     // make the pending `version` current
        Discard      // delete the pending `version`
    };
    Kind kind = Kind::None;
    std::string version;  // RollBack, Preview, Publish, Discard
    bool pending = false; // Preview: `version` is the one waiting for approval
};

} // namespace haven::ui
