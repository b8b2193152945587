// The words Haven draws, by language: i18n/LANG.toml read and checked (unknown ids and lost
// values warned about, English kept for them), the lookup with English as the fallback, and
// the warning for a language with cards but no screen text.

#include "content_test_folder.hpp"

#include "core/i18n/language_names.hpp"
#include "core/i18n/screen_text.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <set>
#include <string>

using namespace haven_test;
using haven::ScreenText;
using haven::ScreenTranslations;

TEST_CASE("every screen text id is unique, documented, and keeps its English") {
    std::set<std::string> ids;
    for (const haven::ScreenTextEntry& e : haven::screen_text_entries()) {
        CAPTURE(e.id);
        CHECK(ids.insert(std::string(e.id)).second);
        CHECK_FALSE(e.english.empty());
        CHECK_FALSE(e.where.empty());
    }
    // The ids the issue names, and the words tests and scripts tap.
    for (const char* id : {"back", "home", "high_contrast", "hide_screen", "still_reading", "enter_topic_code",
                           "breathing_exercise", "breathe_in", "breathe_out", "hold", "more_below"})
        CHECK(haven::find_screen_text(id) != nullptr);
    CHECK(ScreenText()("hide_screen") == "Hide screen");
    CHECK(ScreenText()("card_code", {{"code", "41"}}) == "Code 41");
    CHECK(ScreenText()("card_place", {{"position", "2"}, {"count", "4"}, {"topic", "Talking"}}) == "2 of 4 in Talking");
}

TEST_CASE("a translation is used where there is one, English elsewhere, and values go where the translation puts them") {
    ScreenTranslations welsh{{"hide_screen", "Cuddio'r sgrin"}, {"card_place", "{position} o {count} yn {topic}"}};
    const ScreenText say(&welsh);
    CHECK(say("hide_screen") == "Cuddio'r sgrin");
    CHECK(say("back") == "Back");
    CHECK(say("card_place", {{"position", "2"}, {"count", "4"}, {"topic", "Siarad"}}) == "2 o 4 yn Siarad");
    CHECK(say("no_such_id") == "no_such_id");  // a slip shows, never as nothing
    // A value holding braces is put in as it is, never expanded again.
    CHECK(say("card_code", {{"code", "{code}"}}) == "Code {code}");
}

TEST_CASE("placeholders are the names in braces, each once") {
    CHECK(haven::placeholders_of("{b} and {a} and {b}") == std::vector<std::string>{"a", "b"});
    CHECK(haven::placeholders_of("no braces { here").empty());
    CHECK(haven::placeholders_of("{Not a name} {x1}").empty());
}

TEST_CASE("i18n/LANG.toml is read; unknown ids and lost values are warned about and English is kept") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/food.cy.md", card_text("Prydau", "food", 1));
    folder.write("i18n/cy.toml",
                 "# Welsh\n"
                 "hide_screen = \"Cuddio'r sgrin\"\n"
                 "bak = \"Yn ôl\"\n"
                 "card_code = \"Cod\"\n"
                 "back = 3\n"
                 "start = \"Dechrau\u2019r ymarfer\"\n");
    const LoadResult result = folder.load();
    INFO(all_messages(result));
    REQUIRE(result.diagnostics.size() == 3);
    check_diagnostic(result.diagnostics[0], {Severity::Warning, "i18n/cy.toml", 3, 1, {"unknown screen text id 'bak'", "did you mean 'back'?"}});
    check_diagnostic(result.diagnostics[1], {Severity::Warning, "i18n/cy.toml", 4, 1, {"'card_code' must carry {code}"}});
    check_diagnostic(result.diagnostics[2], {Severity::Error, "i18n/cy.toml", 5, 1, {"'back' must be text in quotes"}});
    const ScreenText say = result.content.screen_text_in("cy");
    CHECK(say("hide_screen") == "Cuddio'r sgrin");
    CHECK(say("card_code", {{"code", "7"}}) == "Code 7");
    CHECK(say("back") == "Back");
    CHECK(result.content.screen_text_in("pl")("hide_screen") == "Hide screen");
    CHECK(say("start") == "Dechrau\u2019r ymarfer");
    // The font atlas gets the translation's letters.
    CHECK(result.content.characters.at(0x2019));
}

TEST_CASE("a language with cards but no screen text is warned about; English needs none") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/food.pl.md", card_text("Posiłki", "food", 1));
    const LoadResult result = folder.load();
    check_only(result, {Severity::Warning, "i18n/pl.toml", 0, 0, {"cards in 'pl'", "no i18n/pl.toml", "stay in English"}});
}

TEST_CASE("files in i18n/ that are not LANG.toml are pointed out and ignored") {
    TempFolder folder;
    write_base(folder);
    folder.write("i18n/notes.txt", "translations to do");
    folder.write("i18n/Welsh language.toml", "hide_screen = \"x\"\n");
    const LoadResult result = folder.load();
    INFO(all_messages(result));
    REQUIRE(result.diagnostics.size() == 2);
    CHECK(result.diagnostics[0].severity == Severity::Warning);
    CHECK(result.diagnostics[1].severity == Severity::Warning);
    CHECK(result.content.screen_text.empty());
}

TEST_CASE("languages are named in their own words and scripts") {
    CHECK(haven::language_name("cy") == "Cymraeg");
    CHECK(haven::language_name("ur") == "\u0627\u0631\u062f\u0648");
    CHECK(haven::language_name("bn") == "\u09ac\u09be\u0982\u09b2\u09be");
    CHECK(haven::language_name("xx") == "XX");
}

TEST_CASE("docs/content-format.md lists every screen text id with its English") {
    std::ifstream in(std::string(HAVEN_TEST_FIXTURES) + "/../../docs/content-format.md");
    REQUIRE(in.good());
    const std::string docs((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (const haven::ScreenTextEntry& e : haven::screen_text_entries()) {
        CAPTURE(e.id);
        CHECK(docs.find("| `" + std::string(e.id) + "` | " + std::string(e.english) + " |") != std::string::npos);
    }
}
