#include "staff_desk.hpp"

#include "core/text/printable_text.hpp"
#include "core/content/text_file.hpp"
#include "platform/breathing_audio.hpp"
#include "platform/local_date.hpp"
#include "update/import_status.hpp"
#include "update/store.hpp"

#include <cstdio>

namespace haven::app {
namespace {
// The report is shown on screen: a stick's worth of problems, not a novel.
constexpr size_t kMaxReportChars = 6000;
} // namespace

ui::StaffInfo StaffDesk::read_info() const {
    ui::StaffInfo info;
    info.content_folder = options_.content.string();
    info.today = platform::local_today();
    if (options_.store.empty()) return info;
    info.from_store = true;
    for (const update::StoredVersion& v : update::list_versions(options_.store))
        info.versions.push_back({v.id, v.label, v.signed_at, v.imported_at, v.current});
    const TextFile report = read_text_file(options_.store / "last-import-report.txt");
    const update::ImportStatus status = update::read_import_status(options_.store);
    if (status.interrupted && status.state == update::ImportStatus::State::Failed) {
        // Killed or cut off just before the switch: the report, written ahead of it, claims
        // an import that never reached the screen. The status says what really happened.
        info.last_import_report = printable_lines(status.message);
    } else if (report.error.empty()) {
        // Escaped again: a report written by an older Haven may hold a stick's raw names.
        info.last_import_report = printable_lines(report.text.substr(0, kMaxReportChars));
        if (report.text.size() > kMaxReportChars) info.last_import_report += "\n(cut short)";
    } else if (status.state != update::ImportStatus::State::None) {
        // No report (the disk was too full to keep one): the status still says how it ended.
        info.last_import_report = printable_lines(status.message);
    }
    return info;
}

bool StaffDesk::serve(ui::KioskUi& ui) {
    const std::optional<ui::StaffRequest> request = ui.take_staff_request();
    if (!request) return false;
    switch (request->kind) {
    case ui::StaffRequest::Kind::None: return false;
    case ui::StaffRequest::Kind::Refresh: ui.set_staff_info(read_info()); return false;
    case ui::StaffRequest::Kind::SoundTest: {
        audio_.play_test_sound();
        return false;
    }
    case ui::StaffRequest::Kind::RollBack: {
        const std::string problem = update::roll_back(options_.store, request->version);
        ui::StaffInfo info = read_info();
        info.note = problem.empty() ? "Now showing version " + request->version + "." : problem;
        std::fprintf(stderr, "haven: staff rollback to %s: %s\n", printable(request->version).c_str(),
                     problem.empty() ? "done" : printable(problem).c_str());
        ui.set_staff_info(std::move(info));
        return problem.empty();
    }
    }
    return false;
}

} // namespace haven::app
