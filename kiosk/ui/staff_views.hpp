#pragma once
// The staff screens: the PIN pad behind the hidden gesture, the staff view itself (content
// version, last import report, current problems, rollback, sound test, display test, the
// topic codes for the nurse handout), and the display test pattern. Like every view they
// draw from const state and return what was tapped.

#include "core/session/clock.hpp"
#include "core/content/content_model.hpp"
#include "core/content/diagnostic.hpp"
#include "core/session/staff_access.hpp"
#include "staff_info.hpp"
#include "view_context.hpp"

#include <vector>

namespace haven::ui {

struct StaffChoice {
    enum class Kind {
        None, Close, Digit, DeleteDigit, SubmitPin, OpenDisplayTest, CloseDisplayTest,
        AskRollBack,     // "Go back to this version": asks first
        RollBack,        // confirmed
        CancelRollBack,
        SoundTest,
        Preview,         // `version`, pending or kept
        AskPublish,      // "Publish": asks first
        Publish,         // confirmed
        CancelPublish,
        Discard
    };
    Kind kind = Kind::None;
    char digit = 0;
    std::string version;
    bool pending = false;  // Preview: of the version waiting for approval
};

// `message` is the answer to the previous attempt ("Wrong PIN", a lockout), may be empty.
StaffChoice staff_pin_view(ViewContext& ctx, const StaffAccess& access, Seconds now, const std::string& message);

// `confirming` names the version a rollback to which (or the publishing of which) waits for
// the second, deliberate tap (empty: none).
StaffChoice staff_view(ViewContext& ctx, const Content& content, const StaffInfo& info,
                       const std::vector<Diagnostic>& problems, bool sound_available, const std::string& confirming = {},
                       const std::string& read_aloud = {});

// Colour bars, a grey ramp, a 1 cm grid from the screen's real size, the smallest touch
// target, and edge markers; a tap anywhere goes back to the staff view.
StaffChoice display_test_view(ViewContext& ctx);

} // namespace haven::ui
