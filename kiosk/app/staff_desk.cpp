#include "staff_desk.hpp"

#include "core/text_file.hpp"
#include "platform/breathing_audio.hpp"
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
    if (options_.store.empty()) return info;
    info.from_store = true;
    for (const update::StoredVersion& v : update::list_versions(options_.store))
        info.versions.push_back({v.id, v.label, v.signed_at, v.imported_at, v.current});
    const TextFile report = read_text_file(options_.store / "last-import-report.txt");
    if (report.error.empty()) {
        info.last_import_report = report.text.substr(0, kMaxReportChars);
        if (report.text.size() > kMaxReportChars) info.last_import_report += "\n(cut short)";
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
        std::fprintf(stderr, "haven: staff rollback to %s: %s\n", request->version.c_str(),
                     problem.empty() ? "done" : problem.c_str());
        ui.set_staff_info(std::move(info));
        return problem.empty();
    }
    }
    return false;
}

} // namespace haven::app
