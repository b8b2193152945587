// Cards read aloud, as the UI offers them: Listen only where the clinic allows it and the
// kiosk can speak, the headphone hint first, what is spoken, the sentence heard highlighted
// and followed, and every way out silencing it. The speech player is played by the test:
// it reports progress as the real one would.

#include "ui_harness.hpp"

#include "core/content/markdown.hpp"

#include <doctest/doctest.h>

using haven::Screen;
using haven::SpeechProgress;
using haven::test::sample_content;
using haven::test::UiHarness;

namespace {

haven::Content readable(bool hint) {
    haven::Content c = sample_content(2, 2);
    c.settings.sound.read_aloud = true;
    c.settings.sound.headphone_hint = hint;
    c.cards[0].blocks = haven::parse_markdown("Talking helps. It often makes things feel lighter.\n\nAsk your nurse.").blocks;
    return c;
}

bool on_screen(UiHarness& ui, const std::string& text) {
    for (const haven::VisibleItem& item : ui.session().ui().visible().items())
        if (item.text.find(text) != std::string::npos && item.shown > 0.99f) return true;
    return false;
}

// Sound and eSpeak NG both working.
void can_speak(UiHarness& ui) {
    ui.session().ui().set_sound_available(true);
    ui.session().ui().set_speech_available(true);
}

} // namespace

TEST_CASE("Listen reads the title, then the body sentence by sentence, in the card's voice") {
    UiHarness ui(readable(false), {1280, 800});
    can_speak(ui);
    CHECK(ui.run("tap \"Topic 1\"\ntap \"Tile 1.1\"\nwait 100\ntap \"Listen\"\nwait 100\nexpect \"Stop listening\"") == "");
    const haven::SpeechPlan plan = ui.session().ui().speech_plan();
    CHECK(plan.speaking);
    CHECK(plan.voice == "en-gb");
    CHECK(plan.words_per_minute == haven::kUsualWordsPerMinute);
    CHECK(plan.sentences == std::vector<std::string>{"Card 1.1", "Talking helps.", "It often makes things feel lighter.",
                                                      "Ask your nurse."});
    CHECK(ui.run("tap \"Slower\"\nwait 100") == "");
    CHECK(ui.session().ui().speech_plan().words_per_minute == haven::kSlowerWordsPerMinute);
    CHECK(ui.session().ui().speech_plan().run == plan.run);  // the same reading, slower

    CHECK(ui.run("tap \"Stop listening\"\nwait 100\nexpect \"Listen\"") == "");
    CHECK_FALSE(ui.session().ui().speech_plan().speaking);
}

TEST_CASE("the headphone hint comes first when the clinic asks for it") {
    UiHarness ui(readable(true), {1280, 800});
    can_speak(ui);
    CHECK(ui.run("tap \"Topic 1\"\ntap \"Tile 1.1\"\ntap \"Listen\"\nwait 100\nexpect \"Others nearby may hear\"") == "");
    CHECK_FALSE(ui.session().ui().speech_plan().speaking);
    CHECK(ui.run("tap \"Start listening\"\nwait 100\nexpect \"Stop listening\"") == "");
    CHECK(ui.session().ui().speech_plan().speaking);
    CHECK_FALSE(ui.shows("Others nearby may hear"));
}

TEST_CASE("the voice's progress moves the highlight, brings it into view, and its end brings Listen back") {
    haven::Content content = readable(false);
    std::string long_body;
    for (int i = 0; i < 40; ++i) long_body += "Sentence number " + std::to_string(i) + " of a long card.\n\n";
    content.cards[0].blocks = haven::parse_markdown(long_body).blocks;
    UiHarness ui(content, {1280, 800});
    can_speak(ui);
    CHECK(ui.run("tap \"Topic 1\"\ntap \"Tile 1.1\"\ntap \"Listen\"\nwait 100") == "");
    const int run = ui.session().ui().speech_plan().run;
    CHECK_FALSE(on_screen(ui, "Sentence number 39 of a long card."));
    ui.session().ui().set_speech_progress({run, 40, false, false});  // the last sentence, far below
    ui.session().wake();
    ui.run_state().advance(0.5);
    CHECK(on_screen(ui, "Sentence number 39 of a long card."));  // scrolled into view
    CHECK_FALSE(on_screen(ui, "Sentence number 0 of a long card."));
    CHECK(ui.nav().read_aloud.card != 0);
    ui.run_state().advance(120);  // listening needs no touch: no "Still reading?"
    CHECK_FALSE(ui.shows("Still reading?"));
    ui.session().ui().set_speech_progress({run, 40, true, false});
    ui.session().wake();
    ui.run_state().advance(0.2);
    CHECK(ui.nav().read_aloud.card == 0);
    CHECK_FALSE(ui.session().ui().speech_plan().speaking);
}

TEST_CASE("hiding, leaving, another language and the staff gesture stop the voice") {
    haven::Content content = readable(false);
    content.settings.staff_pin_hash = haven::test::fast_pin_hash("2468");
    const char* ways_out[] = {"tap \"Hide screen\"", "tap \"Back\"", "tap \"Next\"", "tap \"Home\"", "hold 20 20 3500"};
    for (const char* way : ways_out) {
        UiHarness ui(content, {1280, 800});
    can_speak(ui);
        CAPTURE(way);
        CHECK(ui.run("tap \"Topic 1\"\ntap \"Tile 1.1\"\ntap \"Listen\"\nwait 100") == "");
        REQUIRE(ui.session().ui().speech_plan().speaking);
        CHECK(ui.run(std::string(way) + "\nwait 100") == "");
        CHECK_FALSE(ui.session().ui().speech_plan().speaking);
        CHECK(ui.nav().read_aloud.card == 0);
    }
}

TEST_CASE("no Listen without the clinic's consent, a sound device or a voice, and staff are told why") {
    haven::Content off = readable(false);
    off.settings.sound.read_aloud = false;
    UiHarness not_allowed(off, {1280, 800});
    can_speak(not_allowed);
    CHECK(not_allowed.run("tap \"Topic 1\"\ntap \"Tile 1.1\"\nwait 100") == "");
    CHECK(not_allowed.widget("Listen").empty());

    haven::Content engineless = readable(false);
    engineless.settings.staff_pin_hash = haven::test::fast_pin_hash("2468");
    UiHarness no_engine(engineless, {1280, 800});
    no_engine.session().ui().set_sound_available(true);
    no_engine.session().ui().set_speech_available(false, "speech unavailable: eSpeak NG cannot load its data");
    CHECK(no_engine.run("tap \"Topic 1\"\ntap \"Tile 1.1\"\nwait 100") == "");
    CHECK(no_engine.widget("Listen").empty());
    // The staff view says why.
    CHECK(no_engine.run("hold 20 20 3500\nwait 100\ntap \"2\"\ntap \"4\"\ntap \"6\"\ntap \"8\"\ntap \"OK\"\nwait 100\n"
                        "expect \"eSpeak NG cannot load its data\"") == "");

    UiHarness no_sound(readable(false), {1280, 800});
    no_sound.session().ui().set_sound_available(false);
    no_sound.session().ui().set_speech_available(true);
    CHECK(no_sound.run("tap \"Topic 1\"\ntap \"Tile 1.1\"\nwait 100") == "");
    CHECK(no_sound.widget("Listen").empty());

    // A card with its own recording is read by it, without eSpeak NG.
    haven::Content recorded = readable(false);
    recorded.cards[0].audio = "/content/audio/card-11.ogg";
    UiHarness recording(recorded, {1280, 800});
    recording.session().ui().set_sound_available(true);
    recording.session().ui().set_speech_available(false, "speech unavailable");
    CHECK(recording.run("tap \"Topic 1\"\ntap \"Tile 1.1\"\ntap \"Listen\"\nwait 100") == "");
    CHECK(recording.session().ui().speech_plan().recording == "/content/audio/card-11.ogg");
    CHECK(recording.session().ui().speech_plan().sentences.empty());

    // A language eSpeak NG has no voice for offers no Listen.
    haven::Content voiceless = readable(false);
    voiceless.settings.default_language = "xx";
    UiHarness unknown(voiceless, {1280, 800});
    can_speak(unknown);
    CHECK(unknown.run("tap \"Topic 1\"\ntap \"Tile 1.1\"\nwait 100") == "");
    CHECK(unknown.widget("Listen").empty());
}
