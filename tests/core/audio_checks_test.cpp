// Recordings named by cards (`audio`) and by breathing.toml's [voice] table: kept as full
// paths when good, and every problem an error at the line and column of the reference, as
// for images. Only place, kind and size are checked here; `haven check` decodes them
// (tests/authoring/check_recordings.sh).

#include "content_test_folder.hpp"

#include "core/content/asset_reference.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

using namespace haven_test;
using namespace std::string_view_literals;

namespace {

// Enough of a WAV file for the loader, which looks only at the first bytes.
constexpr std::string_view kWavHead = "RIFF\x24\0\0\0WAVEfmt "sv;

// Where the loader keeps a recording: its full path, symbolic links resolved.
std::string full_path(const TempFolder& folder, const std::string& reference) {
    return fs::weakly_canonical(folder.path() / reference).string();
}

// The base folder plus cards/x.md, whose `audio = "..."` is on line 5, value at column 9.
void write_card_with_audio(const TempFolder& folder, const std::string& reference) {
    write_base(folder);
    folder.write("cards/x.md", card_text("Spoken", "food", 5, "audio = \"" + reference + "\"\n"));
}

// The base folder plus a breathing.toml of `text` and one valid pattern after it.
void write_breathing(const TempFolder& folder, const std::string& text) {
    write_base(folder);
    folder.write("breathing.toml", text + "\n[[pattern]]\nname = \"Calm\"\ninhale = 4\nexhale = 6\n");
}

} // namespace

// ---- cards ----

TEST_CASE("a card's audio is kept as the recording's full path") {
    TempFolder folder;
    write_card_with_audio(folder, "audio/card-12.ogg");
    folder.write("audio/card-12.ogg", "OggS");
    const LoadResult result = folder.load();
    check_clean(result);
    REQUIRE(find_card(result, "cards/x.md") != nullptr);
    CHECK(find_card(result, "cards/x.md")->audio == full_path(folder, "audio/card-12.ogg"));
    CHECK(fs::path(find_card(result, "cards/x.md")->audio).is_absolute());
    CHECK(find_card(result, "cards/food.md")->audio.empty());  // none named: read by synthesis
}

TEST_CASE("a translation has a recording of its own and never takes the original's") {
    TempFolder folder;
    write_card_with_audio(folder, "audio/x.wav");
    folder.write("audio/x.wav", kWavHead);
    folder.write("audio/x-cy.wav", kWavHead);
    folder.write("cards/x.cy.md", "+++\ntitle = \"Llafar\"\naudio = \"audio/x-cy.wav\"\n+++\nTestun.\n");
    folder.write("cards/food.cy.md", "+++\ntitle = \"Prydau\"\n+++\nTestun.\n");
    write_screen_text(folder, "cy");
    const LoadResult result = folder.load();
    check_clean(result);
    const auto& welsh = result.content.translations.at("cy");
    CHECK(welsh.at("x").audio == full_path(folder, "audio/x-cy.wav"));
    CHECK(find_card(result, "cards/x.md")->audio == full_path(folder, "audio/x.wav"));
    // An English recording must not read a Welsh card: synthesis reads it in Welsh instead.
    folder.write("cards/x.cy.md", "+++\ntitle = \"Llafar\"\n+++\nTestun.\n");
    const LoadResult without = folder.load();
    check_clean(without);
    CHECK(without.content.translations.at("cy").at("x").audio.empty());
    CHECK(welsh.at("food").audio.empty());
}

TEST_CASE("a missing recording is an error at the audio line, and the card is kept without it") {
    TempFolder folder;
    write_card_with_audio(folder, "audio/nowhere.ogg");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 5, 9, {"the sound 'audio/nowhere.ogg' does not exist"}});
    REQUIRE(find_card(result, "cards/x.md") != nullptr);
    CHECK(find_card(result, "cards/x.md")->audio.empty());
}

TEST_CASE("a recording outside the content folder is an error at the audio line") {
    SUBCASE("by ..") {
        TempFolder folder;
        write_card_with_audio(folder, "../card.ogg");
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "cards/x.md", 5, 9, {"'../card.ogg' leaves the content folder"}});
        CHECK(find_card(result, "cards/x.md")->audio.empty());
    }
    SUBCASE("by an absolute path") {
        TempFolder folder;
        write_card_with_audio(folder, "/tmp/card.ogg");
        check_only(folder.load(), {Severity::Error, "cards/x.md", 5, 9, {"must be a relative path inside the content folder"}});
    }
    SUBCASE("by a link pointing out") {
        TempFolder outside;
        outside.write("card.ogg", "OggS");
        TempFolder folder;
        write_card_with_audio(folder, "audio/card.ogg");
        folder.make_folder("audio");
        fs::create_symlink(outside.path() / "card.ogg", folder.path() / "audio/card.ogg");
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "cards/x.md", 5, 9, {"is a link to a file outside the content folder"}});
        CHECK(find_card(result, "cards/x.md")->audio.empty());
    }
}

TEST_CASE("a recording with another extension is an error at the audio line") {
    for (const char* reference : {"audio/card.mp4", "audio/card.m4a", "audio/card"}) {
        CAPTURE(reference);
        TempFolder folder;
        write_card_with_audio(folder, reference);
        folder.write(reference, "OggS");
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "cards/x.md", 5, 9, {"is not an .ogg, .mp3, .flac or .wav sound"}});
        CHECK(find_card(result, "cards/x.md")->audio.empty());
    }
}

TEST_CASE("a picture named .ogg is an error: not an OGG, MP3, FLAC or WAV file") {
    TempFolder folder;
    write_card_with_audio(folder, "audio/card.ogg");
    folder.write("audio/card.ogg", "\x89PNG\r\n\x1a\n");
    check_only(folder.load(), {Severity::Error, "cards/x.md", 5, 9, {"'audio/card.ogg' is not an OGG, MP3, FLAC or WAV file"}});
}

TEST_CASE("a recording over the size cap is an error before it is read") {
    TempFolder folder;
    write_card_with_audio(folder, "audio/long.flac");
    folder.write("audio/long.flac", "fLaC");
    fs::resize_file(folder.path() / "audio/long.flac", haven::kMaxAudioBytes + 1);  // sparse
    check_only(folder.load(), {Severity::Error, "cards/x.md", 5, 9,
                               {"over the limit of " + std::to_string(haven::kMaxAudioBytes)}});
}

// ---- breathing.toml [voice] ----

TEST_CASE("breathing.toml's [voice] prompts are kept as full paths, in breathe in, hold, breathe out order") {
    TempFolder folder;
    write_breathing(folder, "[voice]\nbreathe_out = \"audio/out.mp3\"\nbreathe_in = \"audio/in.ogg\"\nhold = \"audio/hold.wav\"\n");
    folder.write("audio/in.ogg", "OggS");
    folder.write("audio/hold.wav", kWavHead);
    folder.write("audio/out.mp3", "ID3\x03");
    const LoadResult result = folder.load();
    check_clean(result);
    CHECK(result.content.breathing_voice[0] == full_path(folder, "audio/in.ogg"));
    CHECK(result.content.breathing_voice[1] == full_path(folder, "audio/hold.wav"));
    CHECK(result.content.breathing_voice[2] == full_path(folder, "audio/out.mp3"));
    REQUIRE(result.content.breathing.size() == 1);  // the table ends where [[pattern]] begins
    CHECK(result.content.breathing[0].name == "Calm");
}

TEST_CASE("prompts left out of [voice] stay empty, for synthesis; without [voice] all do") {
    TempFolder folder;
    write_breathing(folder, "ambient = \"audio/sea.ogg\"\n[voice]\nhold = \"audio/hold.ogg\"\n");
    folder.write("audio/hold.ogg", "OggS");
    folder.write("audio/sea.ogg", "OggS");
    const LoadResult result = folder.load();
    check_clean(result);
    CHECK(result.content.breathing_voice[0].empty());
    CHECK(result.content.breathing_voice[1] == full_path(folder, "audio/hold.ogg"));
    CHECK(result.content.breathing_voice[2].empty());
    CHECK(result.content.breathing_ambient == full_path(folder, "audio/sea.ogg"));

    write_breathing(folder, "");
    const LoadResult none = folder.load();
    check_clean(none);
    for (const std::string& prompt : none.content.breathing_voice) CHECK(prompt.empty());
}

TEST_CASE("an unknown [voice] field is reported at its key; close names get a suggestion") {
    TempFolder folder;
    write_breathing(folder, "[voice]\nbreath_in = \"audio/in.ogg\"\nexhale = \"audio/out.ogg\"\n");
    folder.write("audio/in.ogg", "OggS");
    folder.write("audio/out.ogg", "OggS");
    const LoadResult result = folder.load();
    check_diagnostics(result, {
        {Severity::Error, "breathing.toml", 2, 1, {"unknown field 'breath_in'", "in [voice]", "did you mean 'breathe_in'?"}},
        {Severity::Error, "breathing.toml", 3, 1, {"unknown field 'exhale'", "in [voice]"}},
    });
    for (const std::string& prompt : result.content.breathing_voice) CHECK(prompt.empty());
    REQUIRE(result.content.breathing.size() == 1);  // the patterns are still read
}

TEST_CASE("a [voice] prompt that is missing or of the wrong kind is an error at its value") {
    TempFolder folder;
    write_breathing(folder, "[voice]\nbreathe_in = \"audio/in.ogg\"\nhold = \"audio/hold.txt\"\nbreathe_out = \"../out.ogg\"\n");
    const LoadResult result = folder.load();
    check_diagnostics(result, {
        {Severity::Error, "breathing.toml", 2, 14, {"the sound 'audio/in.ogg' does not exist"}},
        {Severity::Error, "breathing.toml", 3, 8, {"'audio/hold.txt' is not an .ogg, .mp3, .flac or .wav sound"}},
        {Severity::Error, "breathing.toml", 4, 15, {"'../out.ogg' leaves the content folder"}},
    });
    for (const std::string& prompt : result.content.breathing_voice) CHECK(prompt.empty());
}

TEST_CASE("voice written as a value instead of a [voice] table is an error") {
    TempFolder folder;
    write_breathing(folder, "voice = \"audio/in.ogg\"\n");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "breathing.toml", 1, 9, {"'voice' should be a [voice] table, not text"}});
}
