#include "staff_desk.hpp"

#include "core/content/content_loader.hpp"
#include "core/text/printable_text.hpp"
#include "core/content/text_file.hpp"
#include "platform/breathing_audio.hpp"
#include "platform/local_date.hpp"
#include "update/history_log.hpp"
#include "update/import_status.hpp"
#include "update/pending.hpp"
#include "update/store.hpp"

#include <algorithm>
#include <cstdio>

namespace haven::app {
namespace {
// The report is shown on screen: a stick's worth of problems, not a novel.
constexpr size_t kMaxReportChars = 6000;
// The staff view shows the latest changes; `haven history` prints them all.
constexpr size_t kHistoryLines = 20;
// Problems of content waiting for approval listed on screen (the report on the stick has all).
constexpr size_t kMaxPendingProblems = 30;

ui::StaffInfo::Pending describe_pending(const update::PendingVersion& pending) {
    ui::StaffInfo::Pending described;
    described.id = pending.id;
    described.arrived_at = pending.arrived_at;
    const LoadResult loaded = load_content(pending.folder);
    described.label = printable(loaded.content.settings.updates.label);
    described.topics = loaded.content.topics.size();
    described.cards = loaded.content.cards.size();
    for (const Diagnostic& d : loaded.diagnostics) {
        (d.severity == Diagnostic::Severity::Error ? described.errors : described.warnings)++;
        if (described.problems.size() < kMaxPendingProblems) described.problems.push_back(printable_lines(format(d)));
    }
    if (loaded.diagnostics.size() > kMaxPendingProblems)
        described.problems.push_back("... and " + std::to_string(loaded.diagnostics.size() - kMaxPendingProblems) +
                                     " more (haven check lists them all)");
    return described;
}
} // namespace

ui::StaffInfo StaffDesk::read_info() const {
    ui::StaffInfo info;
    info.content_folder = options_.content.string();
    info.today = platform::local_today();
    if (options_.store.empty()) return info;
    info.from_store = true;
    for (const update::StoredVersion& v : update::list_versions(options_.store))
        info.versions.push_back({v.id, v.label, v.signed_at, v.imported_at, v.current});
    if (const std::optional<update::PendingVersion> pending = update::pending_version(options_.store))
        info.pending = describe_pending(*pending);
    info.history = update::read_history(options_.store, kHistoryLines);
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

void StaffDesk::preview(ui::Session& session, const ui::StaffRequest& request) {
    ui::StaffInfo info = read_info();
    const bool pending = request.pending;
    std::filesystem::path folder;
    std::string what;
    if (pending && info.pending && info.pending->id == request.version) {
        folder = options_.store / update::kPendingFolder / request.version;
        what = "new content waiting for approval";
    } else if (!pending && update::is_version_id(request.version) &&
               std::any_of(info.versions.begin(), info.versions.end(),
                           [&](const ui::StaffInfo::Version& v) { return v.id == request.version; })) {
        folder = options_.store / "versions" / request.version;
        what = "version " + request.version;
    } else {
        info.note = "That content is no longer in the store; nothing to preview.";
        session.ui().set_staff_info(std::move(info));
        return;
    }
    if (const std::string problem = session.preview(load_content(folder), what); !problem.empty()) {
        info.note = problem;
        session.ui().set_staff_info(std::move(info));
        return;
    }
    std::fprintf(stderr, "haven: staff preview of %s\n", printable(what).c_str());
}

bool StaffDesk::publish(ui::Session& session, const std::string& requested) {
    const std::string id = requested;  // `requested` may be waiting_publish_, cleared below
    const bool retry = !waiting_publish_.empty();
    update::StaffDecision decision;
    if (retry && update::current_version(options_.store) != current_when_asked_) {
        // The import staff waited for changed what patients see: publishing now would replace
        // content nobody here chose to replace. Staff decide again.
        decision = {update::StaffDecision::Outcome::Refused,
                    "An import changed the content while publishing waited, so nothing was published. Look at "
                    "what is waiting again before you publish it."};
    } else {
        if (!retry) current_when_asked_ = update::current_version(options_.store);
        decision = update::publish_pending(options_.store, id);
    }
    ui::StaffInfo info = read_info();
    if (decision.outcome == update::StaffDecision::Outcome::Busy) {
        waiting_publish_ = id;
        info.note = "Publishing waits for the import that is running to finish.";
    } else {
        waiting_publish_.clear();
        info.note = decision.message;
        std::fprintf(stderr, "haven: staff publish of %s: %s\n", printable(id).c_str(), printable(decision.message).c_str());
    }
    session.ui().set_staff_info(std::move(info));
    return decision.outcome == update::StaffDecision::Outcome::Done;
}

bool StaffDesk::serve(ui::Session& session) {
    ui::KioskUi& ui = session.ui();
    const std::optional<ui::StaffRequest> request = ui.take_staff_request();
    if (!request) {
        if (waiting_publish_.empty()) return false;
        // A publish waits only while staff are there to see it happen: closing the staff view
        // or the idle reset forgets it.
        const StaffAccess::Stage stage = ui.staff_access().stage();
        if (stage != StaffAccess::Stage::Open && stage != StaffAccess::Stage::Previewing) {
            std::fprintf(stderr, "haven: staff publish of %s forgotten: the staff view closed while it waited\n",
                         printable(waiting_publish_).c_str());
            waiting_publish_.clear();
            return false;
        }
        // Tried again once the import lets the store go (its end wakes the loop).
        if (!update::import_running(options_.store)) return publish(session, waiting_publish_);
        return false;
    }
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
    case ui::StaffRequest::Kind::Preview: preview(session, *request); return false;
    case ui::StaffRequest::Kind::EndPreview: {
        ui.set_staff_info(read_info());
        return true;  // the kiosk's own content again, with its images
    }
    case ui::StaffRequest::Kind::Publish: return publish(session, request->version);
    case ui::StaffRequest::Kind::Discard: {
        waiting_publish_.clear();  // a later decision wins over a publish still waiting
        const update::StaffDecision decision = update::discard_pending(options_.store, request->version);
        ui::StaffInfo info = read_info();
        info.note = decision.outcome == update::StaffDecision::Outcome::Busy
                        ? "An import is running; discard again when it has finished."
                        : decision.message;
        ui.set_staff_info(std::move(info));
        return false;
    }
    }
    return false;
}

} // namespace haven::app
