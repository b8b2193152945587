// The hidden way into the staff view: the corner long press, the PIN and the lockout.

#include "core/session/staff_access.hpp"

#include <doctest/doctest.h>
#include <sodium.h>

#include <string>

using haven::StaffAccess;

namespace {

// A real argon2id hash, made with libsodium's smallest limits so the tests stay fast.
std::string hash_of(const std::string& pin) {
    REQUIRE(sodium_init() >= 0);
    char out[crypto_pwhash_STRBYTES];
    REQUIRE(crypto_pwhash_str(out, pin.c_str(), pin.size(), crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN) == 0);
    return out;
}

StaffAccess enabled_access() {
    StaffAccess access;
    access.set_enabled(true);
    return access;
}

void hold(StaffAccess& access, double from, double to) {
    for (double t = from; t <= to; t += 0.25) access.track_corner_press(true, t);
}

} // namespace

TEST_CASE("a press held still in the corner for the hold time opens the PIN screen, once") {
    StaffAccess access = enabled_access();
    CHECK_FALSE(access.track_corner_press(true, 10.0));
    CHECK(access.gesture_deadline() == doctest::Approx(10.0 + StaffAccess::kHoldTime));
    CHECK_FALSE(access.track_corner_press(true, 10.0 + StaffAccess::kHoldTime - 0.01));
    CHECK(access.track_corner_press(true, 10.0 + StaffAccess::kHoldTime));
    CHECK(access.stage() == StaffAccess::Stage::EnteringPin);
    // Holding on does not fire again.
    CHECK_FALSE(access.track_corner_press(true, 20.0));
    CHECK(access.gesture_deadline() == haven::kForever);
}

TEST_CASE("lifting the finger before the hold time starts the count again") {
    StaffAccess access = enabled_access();
    hold(access, 0, 2.5);
    access.track_corner_press(false, 2.6);
    hold(access, 2.7, 5.5);
    CHECK(access.stage() == StaffAccess::Stage::Closed);
    CHECK(access.track_corner_press(true, 2.7 + StaffAccess::kHoldTime));
}

TEST_CASE("without a PIN in kiosk.toml the gesture does nothing and sets no deadline") {
    StaffAccess access;
    hold(access, 0, 10);
    CHECK(access.stage() == StaffAccess::Stage::Closed);
    CHECK(access.gesture_deadline() == haven::kForever);
}

TEST_CASE("the right PIN opens the staff view and forgets the digits; a wrong one does not") {
    const std::string hash = hash_of("2468");
    StaffAccess access = enabled_access();
    hold(access, 0, 3);
    auto check = [&hash](const std::string& pin) { return haven::pin_matches_hash(hash, pin); };
    for (char d : std::string("1357")) access.digit(d);
    CHECK(access.digits() == "1357");
    CHECK(access.submit(4, check) == StaffAccess::Attempt::Wrong);
    CHECK(access.digits().empty());
    CHECK(access.stage() == StaffAccess::Stage::EnteringPin);
    for (char d : std::string("2468")) access.digit(d);
    CHECK(access.submit(5, check) == StaffAccess::Attempt::Opened);
    CHECK(access.stage() == StaffAccess::Stage::Open);
    CHECK(access.digits().empty());
}

TEST_CASE("PIN entry takes digits only, at most eight") {
    StaffAccess access = enabled_access();
    hold(access, 0, 3);
    for (char d : std::string("12a34567890")) access.digit(d);
    CHECK(access.digits() == "12345678");
    access.delete_digit();
    CHECK(access.digits() == "1234567");
}

TEST_CASE("five wrong PINs lock the door for five minutes, and closing does not unlock it") {
    StaffAccess access = enabled_access();
    hold(access, 0, 3);
    int asked = 0;
    auto never = [&asked](const std::string&) { ++asked; return false; };
    for (int i = 0; i < StaffAccess::kFailuresBeforeLockout - 1; ++i) {
        access.digit('1');
        CHECK(access.submit(10 + i, never) == StaffAccess::Attempt::Wrong);
    }
    access.digit('1');
    CHECK(access.submit(20, never) == StaffAccess::Attempt::LockedOut);
    CHECK(access.locked(20 + StaffAccess::kLockoutTime - 1));
    access.close();  // an idle reset
    access.track_corner_press(false, 29);
    hold(access, 30, 34);
    REQUIRE(access.stage() == StaffAccess::Stage::EnteringPin);
    access.digit('1');
    const int asked_before = asked;
    auto always = [](const std::string&) { return true; };
    CHECK(access.submit(40, always) == StaffAccess::Attempt::LockedOut);  // even the right PIN
    CHECK(asked == asked_before);
    CHECK(access.stage() != StaffAccess::Stage::Open);
    CHECK_FALSE(access.locked(20 + StaffAccess::kLockoutTime));
    access.digit('1');
    CHECK(access.submit(20 + StaffAccess::kLockoutTime, always) == StaffAccess::Attempt::Opened);
}

TEST_CASE("pin_matches_hash checks real argon2 hashes and refuses empty input") {
    const std::string hash = hash_of("8080");
    CHECK(haven::pin_matches_hash(hash, "8080"));
    CHECK_FALSE(haven::pin_matches_hash(hash, "8081"));
    CHECK_FALSE(haven::pin_matches_hash(hash, ""));
    CHECK_FALSE(haven::pin_matches_hash("", "8080"));
    CHECK_FALSE(haven::pin_matches_hash("$argon2id$garbage", "8080"));
}
