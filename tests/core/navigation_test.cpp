// Navigation: the only place actions become screens, and the whole of a patient's trace.

#include "core/content/content_model.hpp"
#include "core/session/navigation.hpp"

#include <doctest/doctest.h>

#include <string>

using haven::Action;
using haven::apply;
using haven::Content;
using haven::Navigation;
using haven::Place;
using haven::revalidate;
using haven::Screen;
using haven::TextSize;
using Kind = haven::Action::Kind;

namespace {

// Two topics: "talk" with cards 10, 11, 12 and "rest" with card 20; "talk" has a Welsh card.
Content sample() {
    Content c;
    for (const char* id : {"talk", "rest"}) {
        haven::Topic t;
        t.id = id;
        t.title = id;
        c.topics.push_back(t);
    }
    for (int code : {10, 11, 12, 20}) {
        haven::Card card;
        card.code = code;
        card.slug = "c" + std::to_string(code);
        card.title = card.slug;
        card.topic = code < 20 ? "talk" : "rest";
        (code < 20 ? c.topics[0] : c.topics[1]).cards.push_back(c.cards.size());
        c.cards.push_back(card);
    }
    haven::Card welsh = c.cards[0];
    welsh.language = "cy";
    c.translations["cy"]["c10"] = welsh;
    return c;
}

Navigation after(std::initializer_list<Action> actions, const Content& c = sample()) {
    Navigation nav;
    for (const Action& a : actions) apply(nav, a, c);
    return nav;
}

Action digit(char d) { return Action::keypad_digit(d); }
Action make(Kind k) { return Action::make(k); }

} // namespace

TEST_CASE("home, topic, card and back retrace the patient's steps") {
    const Content c = sample();
    Navigation nav;
    apply(nav, Action::open_topic("talk"), c);
    CHECK(nav.here == Place{Screen::Topic, "talk", 0});
    apply(nav, Action::open_card(11), c);
    CHECK(nav.here == Place{Screen::Card, "talk", 11});
    apply(nav, make(Kind::Back), c);
    CHECK(nav.here == Place{Screen::Topic, "talk", 0});
    apply(nav, make(Kind::Back), c);
    CHECK(nav.here.screen == Screen::Home);
    apply(nav, make(Kind::Back), c);  // Back at home stays home
    CHECK(nav.here.screen == Screen::Home);
}

TEST_CASE("previous and next replace the card, so Back still goes to the topic") {
    const Content c = sample();
    Navigation nav = after({Action::open_topic("talk"), Action::open_card(10), Action::step_card(11), Action::step_card(12)}, c);
    CHECK(nav.here.card_code == 12);
    apply(nav, make(Kind::Back), c);
    CHECK(nav.here == Place{Screen::Topic, "talk", 0});
}

TEST_CASE("neighbour cards stay within the topic and stop at its ends") {
    const Content c = sample();
    CHECK(haven::neighbour_card(c, 10, -1) == 0);
    CHECK(haven::neighbour_card(c, 10, +1) == 11);
    CHECK(haven::neighbour_card(c, 12, -1) == 11);
    CHECK(haven::neighbour_card(c, 12, +1) == 0);  // not card 20 of the next topic
    CHECK(haven::neighbour_card(c, 20, +1) == 0);
    CHECK(haven::neighbour_card(c, 99, +1) == 0);
}

TEST_CASE("Home forgets the way back") {
    Navigation nav = after({Action::open_topic("talk"), Action::open_card(10), Action::go_home()});
    CHECK(nav.here.screen == Screen::Home);
    CHECK(nav.back.empty());
}

TEST_CASE("the keypad opens the card a nurse named, and Back returns to where the keypad came from") {
    const Content c = sample();
    Navigation nav = after({Action::open_topic("rest"), make(Kind::OpenKeypad), digit('1'), digit('2'), make(Kind::KeypadGo)}, c);
    CHECK(nav.here == Place{Screen::Card, "talk", 12});
    CHECK(nav.digits.empty());
    apply(nav, make(Kind::Back), c);
    CHECK(nav.here == Place{Screen::Topic, "rest", 0});
}

TEST_CASE("an unknown code is said kindly and the keypad stays with its digits") {
    Navigation nav = after({make(Kind::OpenKeypad), digit('4'), digit('2'), make(Kind::KeypadGo)});
    CHECK(nav.here.screen == Screen::Keypad);
    CHECK(nav.unknown_code);
    CHECK(nav.digits == "42");
    apply(nav, make(Kind::KeypadDelete), sample());
    CHECK_FALSE(nav.unknown_code);  // correcting the number clears the message
    CHECK(nav.digits == "4");
}

TEST_CASE("the keypad takes at most three digits, no leading zero, and Go with nothing does nothing") {
    Navigation nav = after({make(Kind::OpenKeypad), digit('0'), digit('1'), digit('2'), digit('3'), digit('4')});
    CHECK(nav.digits == "123");
    nav = after({make(Kind::OpenKeypad), make(Kind::KeypadGo), make(Kind::KeypadDelete)});
    CHECK(nav.here.screen == Screen::Keypad);
    CHECK_FALSE(nav.unknown_code);
    CHECK(nav.digits.empty());
}

TEST_CASE("quick hide forgets the way back, and leaving the hidden screen always goes home") {
    const Content c = sample();
    Navigation nav = after({Action::open_topic("talk"), Action::open_card(11), make(Kind::Hide)}, c);
    CHECK(nav.here.screen == Screen::Hidden);
    CHECK(nav.back.empty());
    apply(nav, make(Kind::Back), c);  // nothing leads back to the hidden card
    CHECK(nav.here.screen == Screen::Home);
    nav = after({Action::open_card(11), make(Kind::Hide), make(Kind::Reveal)}, c);
    CHECK(nav.here.screen == Screen::Home);
    CHECK(nav.back.empty());
}

TEST_CASE("an idle reset forgets everything: place, way back, keypad, text size, contrast and language") {
    Content c = sample();
    c.settings.text_size = "large";
    Navigation nav = haven::initial_navigation(c.settings);
    CHECK(nav.text_size == TextSize::Large);
    for (const Action& a : {Action::open_topic("talk"), Action::open_card(10), Action::set_text_size(TextSize::Small),
                            make(Kind::ToggleContrast), make(Kind::NextLanguage), make(Kind::OpenKeypad), digit('7')})
        apply(nav, a, c);
    REQUIRE(nav.language == "cy");
    REQUIRE(nav.high_contrast);
    apply(nav, make(Kind::Reset), c);
    CHECK(nav.here.screen == Screen::Home);
    CHECK(nav.back.empty());
    CHECK(nav.digits.empty());
    CHECK(nav.text_size == TextSize::Large);  // the clinic's default, not the patient's choice
    CHECK_FALSE(nav.high_contrast);
    CHECK(nav.language.empty());
}

TEST_CASE("the language button cycles through the content's languages and back to the default") {
    const Content c = sample();
    Navigation nav;
    apply(nav, make(Kind::NextLanguage), c);
    CHECK(nav.language == "cy");
    apply(nav, make(Kind::NextLanguage), c);
    CHECK(nav.language == "en");
    Content one_language = sample();
    one_language.translations.clear();
    Navigation plain;
    apply(plain, make(Kind::NextLanguage), one_language);
    CHECK(plain.language.empty());
}

TEST_CASE("actions naming missing topics or cards change nothing") {
    Navigation nav = after({Action::open_topic("nope"), Action::open_card(99)});
    CHECK(nav.here.screen == Screen::Home);
    CHECK(nav.back.empty());
}

TEST_CASE("a reload keeps the patient on their card, or their topic when only the card went") {
    Content c = sample();
    Navigation nav = after({Action::open_topic("talk"), Action::open_card(11)}, c);
    revalidate(nav, c);
    CHECK(nav.here.card_code == 11);

    c.cards.erase(c.cards.begin() + 1);  // card 11 vanished
    c.topics[0].cards = {0, 1};
    c.topics[1].cards = {2};
    revalidate(nav, c);
    CHECK(nav.here == Place{Screen::Topic, "talk", 0});

    c.topics.erase(c.topics.begin());  // and then its topic
    revalidate(nav, c);
    CHECK(nav.here.screen == Screen::Home);
    CHECK(nav.back.empty());
}

TEST_CASE("the way back is bounded, however long the session") {
    const Content c = sample();
    Navigation nav;
    for (int i = 0; i < 200; ++i) {
        apply(nav, Action::open_topic("talk"), c);
        apply(nav, Action::open_card(10), c);
    }
    CHECK(nav.back.size() <= 32);
}

namespace {
Content reading_sample(bool hint) {
    Content c = sample();
    c.settings.sound.read_aloud = true;
    c.settings.sound.headphone_hint = hint;
    return c;
}
Action listen(int code) { return Action::with_code(Kind::Listen, code); }
} // namespace

TEST_CASE("Listen reads the card on screen, and only while the clinic allows it") {
    Content off = sample();
    CHECK(after({Action::open_card(10), listen(10)}, off).read_aloud.card == 0);  // read_aloud = false
    const Content c = reading_sample(false);
    Navigation nav = after({Action::open_card(10), listen(10)}, c);
    CHECK(nav.read_aloud.card == 10);
    CHECK(nav.read_aloud.run == 1);
    CHECK(after({Action::open_card(10), listen(11)}, c).read_aloud.card == 0);  // not the card on screen
    apply(nav, listen(10), c);  // again: from the top
    CHECK(nav.read_aloud.run == 2);
    apply(nav, make(Kind::StopListening), c);
    CHECK(nav.read_aloud.card == 0);
}

TEST_CASE("the headphone hint comes before the first Listen, once for each patient") {
    const Content c = reading_sample(true);
    Navigation nav = after({Action::open_card(10), listen(10)}, c);
    CHECK(nav.read_aloud.card == 0);
    CHECK(nav.read_aloud.hint_card == 10);
    apply(nav, listen(10), c);
    CHECK(nav.read_aloud.card == 10);
    CHECK(nav.read_aloud.hint_card == 0);
    apply(nav, Action::step_card(11), c);
    apply(nav, listen(11), c);
    CHECK(nav.read_aloud.card == 11);  // hinted already
    apply(nav, make(Kind::Reset), c);
    apply(nav, Action::open_card(10), c);
    apply(nav, listen(10), c);
    CHECK(nav.read_aloud.card == 0);  // the next patient hears the hint again
    CHECK(nav.read_aloud.hint_card == 10);
}

TEST_CASE("reading stops on leaving the card, hiding, changing language and the idle reset") {
    const Content c = reading_sample(false);
    const Action leave[] = {Action::step_card(11), make(Kind::Back), make(Kind::Home), make(Kind::Hide),
                            make(Kind::NextLanguage), make(Kind::OpenKeypad), make(Kind::Reset)};
    for (const Action& a : leave) {
        Navigation nav = after({Action::open_topic("talk"), Action::open_card(10), listen(10)}, c);
        REQUIRE(nav.read_aloud.card == 10);
        apply(nav, a, c);
        CHECK(nav.read_aloud.card == 0);
    }
    // Uncovering goes back to the card, silent.
    Navigation nav = after({Action::open_card(10), listen(10), make(Kind::Hide), make(Kind::Uncover)}, c);
    CHECK(nav.here.card_code == 10);
    CHECK(nav.read_aloud.card == 0);
    // What does not leave the card keeps reading.
    nav = after({Action::open_card(10), listen(10), Action::set_text_size(TextSize::Large), make(Kind::ToggleSlower)}, c);
    CHECK(nav.read_aloud.card == 10);
    CHECK(nav.read_aloud.slower);
}

TEST_CASE("a reading that has ended turns Listen back on, unless a newer one has begun") {
    const Content c = reading_sample(false);
    Navigation nav = after({Action::open_card(10), listen(10), listen(10)}, c);
    apply(nav, Action::with_code(Kind::FinishListening, 1), c);  // the first, overtaken
    CHECK(nav.read_aloud.card == 10);
    apply(nav, Action::with_code(Kind::FinishListening, 2), c);
    CHECK(nav.read_aloud.card == 0);
}

TEST_CASE("the voice guide and the slower voice are a patient's choices, forgotten at the reset") {
    const Content c = reading_sample(false);
    Navigation nav = after({make(Kind::ToggleVoiceGuide), make(Kind::ToggleSlower)}, c);
    CHECK(nav.voice_guide);
    CHECK(nav.read_aloud.slower);
    apply(nav, make(Kind::Reset), c);
    CHECK(nav == haven::initial_navigation(c.settings));
    CHECK_FALSE(nav.voice_guide);
}
