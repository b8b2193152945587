#include "ui_harness.hpp"

#include <doctest/doctest.h>
#include <sodium.h>

#include "core/script/script.hpp"
#include "core/script/script_runner.hpp"

#include <imgui.h>

namespace haven::test {

std::string fast_pin_hash(const std::string& pin) {
    REQUIRE(sodium_init() >= 0);
    char hash[crypto_pwhash_STRBYTES];
    REQUIRE(crypto_pwhash_str(hash, pin.c_str(), pin.size(), crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN) == 0);
    return hash;
}

Content content_with_pin(const std::string& pin) {
    Content content = sample_content(3, 2);
    content.settings.staff_pin_hash = fast_pin_hash(pin);
    content.settings.idle_timeout_seconds = 60;
    return content;
}

Content sample_content(int topics, int cards_per_topic) {
    Content content;
    content.settings.clinic_name = "Riverside Clinic";
    content.settings.welcome = "Welcome. Take your time.";
    for (int t = 1; t <= topics; ++t) {
        Topic topic;
        topic.id = "topic-" + std::to_string(t);
        topic.title = "Topic " + std::to_string(t);
        topic.order = t;
        for (int c = 1; c <= cards_per_topic; ++c) {
            Card card;
            card.file = "cards/" + topic.id + "-" + std::to_string(c) + ".md";
            card.title = "Card " + std::to_string(t) + "." + std::to_string(c);
            card.tile = "Tile " + std::to_string(t) + "." + std::to_string(c);
            card.summary = "Summary of card " + std::to_string(t) + "." + std::to_string(c);
            card.topic = topic.id;
            card.code = t * 10 + c;
            topic.cards.push_back(content.cards.size());
            content.cards.push_back(card);
        }
        content.topics.push_back(topic);
    }
    return content;
}

const ui::FontLibrary& UiHarness::fonts() {
    static const ui::FontLibrary library;  // read the font files once for the whole test run
    return library;
}

UiHarness::UiHarness(Content content, Size screen) : session_(fonts()), run_(session_, screen) {
    session_.ui().set_content(std::move(content));
    run_.draw();
    run_.advance(0.1);
}

std::string UiHarness::run(const std::string& script) {
    const ParsedScript parsed = parse_script(script);
    std::string failures;
    for (const auto& e : parsed.errors) failures += std::to_string(e.line) + ": " + e.message + "\n";
    for (const auto& e : run_script(parsed.commands, run_)) failures += std::to_string(e.line) + ": " + e.message + "\n";
    return failures;
}

Rect UiHarness::widget(const std::string& label) const {
    const VisibleItem* item = session_.ui().visible().find_widget(label);
    return item ? item->rect : Rect{};
}

bool UiHarness::anything_hovered() {
    ImGui::SetCurrentContext(session_.ui().imgui());
    return ImGui::IsAnyItemHovered();
}

} // namespace haven::test
