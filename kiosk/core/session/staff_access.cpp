#include "core/session/staff_access.hpp"

#include <sodium.h>

namespace haven {

void StaffAccess::set_enabled(bool enabled) {
    enabled_ = enabled;
    if (!enabled_) close();
}

bool StaffAccess::track_corner_press(bool held_in_corner, Seconds now) {
    if (!held_in_corner) {
        pressing_ = false;
        press_used_ = false;
        return false;
    }
    if (!pressing_) {
        pressing_ = true;
        press_started_ = now;
    }
    const bool waiting = stage_ == Stage::Closed || stage_ == Stage::Previewing;
    if (!enabled_ || press_used_ || !waiting || now - press_started_ < kHoldTime) return false;
    press_used_ = true;
    if (stage_ == Stage::Previewing) {  // back to the staff view the PIN already opened
        stage_ = Stage::Open;
        return true;
    }
    stage_ = Stage::EnteringPin;
    digits_.clear();
    return true;
}

Seconds StaffAccess::gesture_deadline() const {
    const bool waiting = stage_ == Stage::Closed || stage_ == Stage::Previewing;
    return pressing_ && !press_used_ && enabled_ && waiting ? press_started_ + kHoldTime : kForever;
}

void StaffAccess::digit(char d) {
    if (stage_ == Stage::EnteringPin && d >= '0' && d <= '9' && digits_.size() < kMaxPinDigits) digits_.push_back(d);
}

void StaffAccess::delete_digit() {
    if (!digits_.empty()) digits_.pop_back();
}

StaffAccess::Attempt StaffAccess::submit(Seconds now, const std::function<bool(const std::string&)>& pin_matches) {
    if (locked(now)) {
        digits_.clear();
        return Attempt::LockedOut;
    }
    const bool right = stage_ == Stage::EnteringPin && !digits_.empty() && pin_matches(digits_);
    // The digits are forgotten either way: nothing typed stays in memory longer than needed.
    sodium_memzero(digits_.data(), digits_.size());
    digits_.clear();
    if (right) {
        failures_ = 0;
        stage_ = Stage::Open;
        return Attempt::Opened;
    }
    if (++failures_ >= kFailuresBeforeLockout) {
        failures_ = 0;
        locked_until_ = now + kLockoutTime;
        return Attempt::LockedOut;
    }
    return Attempt::Wrong;
}

void StaffAccess::close() {
    stage_ = Stage::Closed;
    if (!digits_.empty()) sodium_memzero(digits_.data(), digits_.size());
    digits_.clear();
}

bool pin_matches_hash(const std::string& hash, const std::string& pin) {
    if (hash.empty() || pin.empty() || sodium_init() < 0) return false;
    return crypto_pwhash_str_verify(hash.c_str(), pin.c_str(), pin.size()) == 0;
}

void StaffAccess::begin_preview() {
    if (stage_ == Stage::Open) stage_ = Stage::Previewing;
}

void StaffAccess::end_preview() {
    if (stage_ == Stage::Previewing) stage_ = Stage::Open;
}

} // namespace haven
