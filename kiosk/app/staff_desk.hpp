#pragma once
// Answers what the staff view asks for: when it opens, reads the content store (versions,
// the last import report); rolls back to an earlier version; plays the sound test. The UI
// only asks; everything that touches the disk or the speakers happens here.

#include "options.hpp"
#include "ui/kiosk_ui.hpp"

namespace haven::platform {
class BreathingAudio;
}

namespace haven::app {

class StaffDesk {
public:
    StaffDesk(const Options& options, platform::BreathingAudio& audio) : options_(options), audio_(audio) {}

    // Serves the request the staff view made in the last frame, if any. Returns true when the
    // content shown changed (a rollback): a caller that does not watch the store reloads it.
    bool serve(ui::KioskUi& ui);

private:
    ui::StaffInfo read_info() const;

    const Options& options_;
    platform::BreathingAudio& audio_;
};

} // namespace haven::app
