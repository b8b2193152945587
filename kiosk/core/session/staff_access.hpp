#pragma once
// The way into the staff view: a long press in the top-left corner, then the PIN whose hash
// is `staff_pin_hash` in kiosk.toml. Nothing on screen hints at it, so patients never stumble
// in; repeated wrong PINs lock the door for a while.
//
// Kept apart from Navigation on purpose: an idle reset closes the staff view, but it must not
// clear a lockout, or walking away for a minute would allow endless guessing.

#include "core/session/clock.hpp"
#include "core/session/frame_pacer.hpp"

#include <functional>
#include <string>

namespace haven {

class StaffAccess {
public:
    // Previewing: the staff view is open but hidden while staff look at content as a patient
    // would; the gesture (or End preview) shows it again without the PIN, and close() (the
    // idle reset) closes it like the staff view itself.
    enum class Stage { Closed, EnteringPin, Open, Previewing };
    enum class Attempt { Opened, Wrong, LockedOut };

    static constexpr Seconds kHoldTime = 3.0;           // long enough that no patient does it by chance
    static constexpr int kFailuresBeforeLockout = 5;
    static constexpr Seconds kLockoutTime = 5 * 60.0;
    static constexpr size_t kMaxPinDigits = 8;

    // Whether the clinic set a PIN at all; without one the gesture does nothing.
    void set_enabled(bool enabled);
    bool enabled() const { return enabled_; }

    // Fed every frame with whether a finger is held still in the corner. Returns true in the
    // frame the gesture completes (the PIN screen opens).
    bool track_corner_press(bool held_in_corner, Seconds now);
    // While a corner press is under way, when it will complete (for the frame pacer).
    Seconds gesture_deadline() const;

    Stage stage() const { return stage_; }
    const std::string& digits() const { return digits_; }
    void digit(char d);
    void delete_digit();

    // Checks the digits with `pin_matches` (slow on purpose: argon2). Counts failures.
    Attempt submit(Seconds now, const std::function<bool(const std::string&)>& pin_matches);

    bool locked(Seconds now) const { return now < locked_until_; }
    Seconds lock_left(Seconds now) const { return locked(now) ? locked_until_ - now : 0; }
    int failures() const { return failures_; }

    // Leaves the PIN screen or the staff view (Close, an idle reset, quick hide).
    void close();
    // From the open staff view to a preview and back; nothing happens in any other stage, so
    // a preview can never open the staff view for someone who did not give the PIN.
    void begin_preview();
    void end_preview();

private:
    bool enabled_ = false;
    Stage stage_ = Stage::Closed;
    std::string digits_;
    bool pressing_ = false;
    Seconds press_started_ = 0;
    bool press_used_ = false;  // this press already opened the PIN screen
    int failures_ = 0;
    Seconds locked_until_ = -kForever;
};

// True when `pin` matches a libsodium crypto_pwhash_str() hash. Never throws.
bool pin_matches_hash(const std::string& hash, const std::string& pin);

} // namespace haven
