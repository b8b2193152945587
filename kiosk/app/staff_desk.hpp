#pragma once
// Answers what the staff view asks for: when it opens, reads the content store (versions,
// content waiting for approval, the last import report, the history); rolls back; previews,
// publishes or discards content; plays the sound test. The UI only asks; everything that
// touches the disk or the speakers happens here.

#include "options.hpp"
#include "ui/session.hpp"

#include <optional>
#include <string>

namespace haven::platform {
class BreathingAudio;
}

namespace haven::app {

class StaffDesk {
public:
    StaffDesk(const Options& options, platform::BreathingAudio& audio) : options_(options), audio_(audio) {}

    // Serves the request the staff view made in the last frame, if any, and retries a publish
    // that waits for an import to finish. Returns true when the content the kiosk shows should
    // be loaded again (a rollback or a publish without a store watcher, the end of a preview).
    bool serve(ui::Session& session);

    // A publish is waiting for an import to let the store go.
    bool waiting() const { return !waiting_publish_.empty(); }

private:
    ui::StaffInfo read_info() const;
    bool publish(ui::Session& session, const std::string& id);
    void preview(ui::Session& session, const ui::StaffRequest& request);

    const Options& options_;
    platform::BreathingAudio& audio_;
    std::string waiting_publish_;  // the pending version staff published while an import ran
    std::optional<std::string> current_when_asked_;  // what patients saw when staff tapped Publish
};

} // namespace haven::app
