#pragma once
// A kiosk session without window or GPU, for UI tests: content in, script commands to
// drive it, and the latest frame's visible items to check.

#include "core/content/content_model.hpp"
#include "ui/fonts.hpp"
#include "ui/session.hpp"
#include "ui/virtual_session.hpp"

#include <string>

namespace haven::test {

// Content with `topics` topics named "Topic 1".. and `cards_per_topic` cards each.
Content sample_content(int topics, int cards_per_topic);

// A staff_pin_hash for `pin` (argon2id at libsodium's smallest limits, to keep tests fast).
std::string fast_pin_hash(const std::string& pin);

// sample_content(3, 2) with a staff PIN and a 60-second idle time, for the staff screens.
Content content_with_pin(const std::string& pin);

class UiHarness {
public:
    UiHarness(Content content, Size screen);

    // Runs script commands (the `haven --script` language); returns the failures, one a line.
    std::string run(const std::string& script);

    // The rect of the tappable widget labelled `label` on the latest frame; empty if none.
    Rect widget(const std::string& label) const;
    bool shows(const std::string& text) const { return session_.ui().visible().contains(text); }
    bool anything_hovered();

    ui::Session& session() { return session_; }
    ui::VirtualSession& run_state() { return run_; }
    const Navigation& nav() const { return session_.ui().navigation(); }

private:
    static const ui::FontLibrary& fonts();
    ui::Session session_;
    ui::VirtualSession run_;
};

} // namespace haven::test
