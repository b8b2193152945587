#include "core/session/navigation.hpp"

#include <algorithm>
#include <cmath>

namespace haven {
namespace {

constexpr size_t kMaxDigits = 3;  // codes are 1..999
constexpr size_t kMaxBack = 32;   // a bound, so a long session cannot grow without end

bool exists(const Place& place, const Content& content) {
    switch (place.screen) {
    case Screen::Topic: return content.find_topic(place.topic_id) != nullptr;
    case Screen::Card: return content.find_code(place.card_code) != nullptr;
    default: return true;
    }
}

void go(Navigation& nav, Place place) {
    if (nav.here.screen != Screen::Keypad && nav.here.screen != Screen::Hidden) nav.back.push_back(nav.here);
    if (nav.back.size() > kMaxBack) nav.back.erase(nav.back.begin());
    nav.here = std::move(place);
}

void home(Navigation& nav) {
    nav.here = Place{};
    nav.breathing = BreathingState{};
    nav.back.clear();
    nav.digits.clear();
    nav.unknown_code = false;
    nav.covered = Place{};
    nav.covered_back.clear();
}

void fresh_breathing(Navigation& nav, const Content& content) {
    nav.breathing = BreathingState{};
    if (!content.breathing.empty()) nav.breathing.minutes = content.breathing.front().default_minutes;
}

TextSize text_size_from(const std::string& setting) {
    if (setting == "small") return TextSize::Small;
    if (setting == "large") return TextSize::Large;
    return TextSize::Medium;
}

void apply_action(Navigation& nav, const Action& action, const Content& content);

} // namespace

Navigation initial_navigation(const KioskSettings& settings) {
    Navigation nav;
    nav.text_size = text_size_from(settings.text_size);
    nav.high_contrast = settings.theme == "contrast";
    nav.sound_on = settings.sound.enabled;
    nav.volume = std::min(settings.sound.default_volume, settings.sound.max_volume);
    return nav;
}

void apply(Navigation& nav, const Action& action, const Content& content) {
    const std::string language = nav.language;
    apply_action(nav, action, content);
    // A card is read only while it is on screen, in the language it was started in.
    ReadAloudState& reading = nav.read_aloud;
    const bool on_card = nav.here.screen == Screen::Card && nav.language == language;
    if (!on_card || nav.here.card_code != reading.card) reading.card = 0;
    if (!on_card || nav.here.card_code != reading.hint_card) reading.hint_card = 0;
}

namespace {

void apply_action(Navigation& nav, const Action& action, const Content& content) {
    switch (action.kind) {
    case Action::Kind::None:
        return;
    case Action::Kind::OpenTopic:
        if (content.find_topic(action.topic_id)) go(nav, {Screen::Topic, action.topic_id, 0});
        return;
    case Action::Kind::OpenCard:
        if (const Card* card = content.find_code(action.code)) go(nav, {Screen::Card, card->topic, card->code});
        return;
    case Action::Kind::StepCard:
        if (const Card* card = content.find_code(action.code)) nav.here = {Screen::Card, card->topic, card->code};
        return;
    case Action::Kind::Back:
        if (nav.back.empty()) {
            home(nav);
        } else {
            nav.here = nav.back.back();
            nav.back.pop_back();
        }
        return;
    case Action::Kind::Home:
    case Action::Kind::Reveal:
        home(nav);
        return;
    case Action::Kind::OpenKeypad:
        go(nav, {Screen::Keypad, {}, 0});
        nav.digits.clear();
        nav.unknown_code = false;
        return;
    case Action::Kind::KeypadDigit:
        if (action.digit >= '0' && action.digit <= '9' && nav.digits.size() < kMaxDigits &&
            !(nav.digits.empty() && action.digit == '0'))
            nav.digits += action.digit;
        nav.unknown_code = false;
        return;
    case Action::Kind::KeypadDelete:
        if (!nav.digits.empty()) nav.digits.pop_back();
        nav.unknown_code = false;
        return;
    case Action::Kind::KeypadGo: {
        const int code = nav.digits.empty() ? 0 : std::stoi(nav.digits);
        if (const Card* card = content.find_code(code)) {
            // The card replaces the keypad: Back from it goes where the keypad came from.
            nav.here = {Screen::Card, card->topic, card->code};
            nav.digits.clear();
            nav.unknown_code = false;
        } else {
            nav.unknown_code = !nav.digits.empty();
        }
        return;
    }
    case Action::Kind::Hide: {
        if (nav.here.screen == Screen::Hidden) return;
        // A keypad half typed in is not kept; an exercise stops and starts afresh on return.
        Place was = nav.here.screen == Screen::Keypad ? (nav.back.empty() ? Place{} : nav.back.back()) : nav.here;
        std::vector<Place> was_back = nav.back;
        if (nav.here.screen == Screen::Keypad && !was_back.empty()) was_back.pop_back();
        home(nav);
        nav.here.screen = Screen::Hidden;
        nav.covered = std::move(was);
        nav.covered_back = std::move(was_back);
        return;
    }
    case Action::Kind::Uncover: {
        if (nav.here.screen != Screen::Hidden) return;
        Place was = nav.covered;
        std::vector<Place> was_back = nav.covered_back;
        home(nav);
        if (!exists(was, content)) return;  // gone with a content update: home
        nav.here = std::move(was);
        for (Place& p : was_back)
            if (exists(p, content)) nav.back.push_back(std::move(p));
        if (nav.here.screen == Screen::Breathing) fresh_breathing(nav, content);
        return;
    }
    case Action::Kind::SetTextSize:
        nav.text_size = action.text_size;
        return;
    case Action::Kind::ToggleContrast:
        nav.high_contrast = !nav.high_contrast;
        return;
    case Action::Kind::NextLanguage: {
        const std::vector<std::string> languages = content.languages();
        if (languages.size() < 2) return;
        const std::string current = nav.language.empty() ? content.settings.default_language : nav.language;
        auto it = std::find(languages.begin(), languages.end(), current);
        nav.language = (it == languages.end() || it + 1 == languages.end()) ? languages.front() : *(it + 1);
        return;
    }
    case Action::Kind::Reset:
        nav = initial_navigation(content.settings);
        return;
    case Action::Kind::OpenBreathing:
        go(nav, {Screen::Breathing, {}, 0});
        fresh_breathing(nav, content);
        return;
    case Action::Kind::ChoosePattern:
        if (action.code >= 0 && action.code < static_cast<int>(content.breathing.size())) {
            nav.breathing.pattern = action.code;
            nav.breathing.minutes = content.breathing[static_cast<size_t>(action.code)].default_minutes;
        }
        return;
    case Action::Kind::ChooseMinutes:
        if (action.code >= 1 && action.code <= 30) nav.breathing.minutes = action.code;
        return;
    case Action::Kind::StartBreathing:
        ++nav.breathing.run;
        nav.breathing.stage = BreathingState::Stage::Running;
        nav.breathing.started = action.at;
        nav.breathing.paused_for = 0;
        return;
    case Action::Kind::PauseBreathing:
        if (nav.breathing.stage == BreathingState::Stage::Running) {
            nav.breathing.stage = BreathingState::Stage::Paused;
            nav.breathing.paused_at = action.at;
        }
        return;
    case Action::Kind::ResumeBreathing:
        if (nav.breathing.stage == BreathingState::Stage::Paused) {
            nav.breathing.paused_for += action.at - nav.breathing.paused_at;
            nav.breathing.stage = BreathingState::Stage::Running;
        }
        return;
    case Action::Kind::FinishBreathing:
        nav.breathing.stage = BreathingState::Stage::Done;
        return;
    case Action::Kind::ToggleSound:
        nav.sound_on = !nav.sound_on;
        return;
    case Action::Kind::Louder:
    case Action::Kind::Quieter: {
        // Tenths, within the clinic's maximum; never quite silent while sound is on.
        const double step = action.kind == Action::Kind::Louder ? 0.1 : -0.1;
        nav.volume = std::clamp(std::round((nav.volume + step) * 10) / 10, 0.1, content.settings.sound.max_volume);
        return;
    }
    case Action::Kind::ToggleVoiceGuide:
        nav.voice_guide = !nav.voice_guide;
        return;
    case Action::Kind::Listen: {
        ReadAloudState& reading = nav.read_aloud;
        if (nav.here.screen != Screen::Card || nav.here.card_code != action.code || !content.settings.sound.read_aloud)
            return;
        // Others in the waiting room could hear: the first Listen says so before speaking.
        if (content.settings.sound.headphone_hint && !reading.hinted) {
            reading.hinted = true;
            reading.hint_card = action.code;
            return;
        }
        reading.hint_card = 0;
        reading.card = action.code;
        ++reading.run;
        return;
    }
    case Action::Kind::StopListening:
        nav.read_aloud.card = 0;
        nav.read_aloud.hint_card = 0;
        return;
    case Action::Kind::ToggleSlower:
        nav.read_aloud.slower = !nav.read_aloud.slower;
        return;
    case Action::Kind::FinishListening:
        if (nav.read_aloud.run == action.code) nav.read_aloud.card = 0;
        return;
    }
}

} // namespace

void revalidate(Navigation& nav, const Content& content) {
    std::erase_if(nav.back, [&](const Place& p) { return !exists(p, content); });
    if (nav.breathing.pattern >= static_cast<int>(content.breathing.size())) nav.breathing = BreathingState{};
    if (!exists(nav.here, content)) {
        // A vanished card falls back to its topic when that is still there.
        const Place topic{Screen::Topic, nav.here.topic_id, 0};
        if (nav.here.screen == Screen::Card && exists(topic, content)) {
            nav.here = topic;
        } else {
            home(nav);
        }
    }
    const std::vector<std::string> languages = content.languages();
    if (std::find(languages.begin(), languages.end(), nav.language) == languages.end()) nav.language.clear();
}

int neighbour_card(const Content& content, int code, int step) {
    const Card* card = content.find_code(code);
    if (!card) return 0;
    const Topic* topic = content.find_topic(card->topic);
    if (!topic) return 0;
    const auto& cards = topic->cards;
    for (size_t i = 0; i < cards.size(); ++i) {
        if (content.cards[cards[i]].code != code) continue;
        const long j = static_cast<long>(i) + step;
        if (j < 0 || j >= static_cast<long>(cards.size())) return 0;
        return content.cards[cards[static_cast<size_t>(j)]].code;
    }
    return 0;
}

CardPlace card_place(const Content& content, int code) {
    CardPlace place;
    const Card* card = content.find_code(code);
    const Topic* topic = card ? content.find_topic(card->topic) : nullptr;
    if (!topic) return place;
    for (size_t i = 0; i < topic->cards.size(); ++i) {
        if (content.cards[topic->cards[i]].code != code) continue;
        place.position = static_cast<int>(i) + 1;
        place.count = static_cast<int>(topic->cards.size());
        place.topic = topic;
    }
    return place;
}

} // namespace haven
