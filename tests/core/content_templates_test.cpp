// What `haven new site` and `haven new card` write (core/content/content_templates.hpp): a
// folder that loads with no error and no warning, cards whose titles read back exactly as
// typed whatever they hold, and the titles refused with a reason.

#include "content_test_folder.hpp"
#include "core/content/card_review.hpp"
#include "core/content/content_templates.hpp"
#include "core/text/toml_text.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace haven_test;
using haven::CalendarDate;
using haven::card_title_problem;
using haven::new_card_text;
using haven::new_site_files;
using haven::NewCard;
using haven::toml_basic_string;

namespace {

const CalendarDate kToday{2026, 5, 4};

void write_site(const TempFolder& folder) {
    for (const auto& file : new_site_files(kToday)) folder.write(file.path, file.text);
}

// Everything `haven check` would say on `kToday`: the loader's findings and the review warnings.
std::string check_messages(const TempFolder& folder, LoadResult& result) {
    result = folder.load();
    for (auto& d : haven::review_warnings(result.content, kToday)) result.diagnostics.push_back(d);
    return all_messages(result);
}

NewCard new_card(const std::string& title, int code, const std::string& topic = "example") {
    NewCard card;
    card.title = title;
    card.topic = topic;
    card.code = code;
    card.order = 2;
    card.today = kToday;
    return card;
}

} // namespace

TEST_CASE("new site: every file is commented, and the folder loads with no error and no warning") {
    TempFolder folder;
    write_site(folder);
    LoadResult result;
    const std::string messages = check_messages(folder, result);
    INFO("diagnostics:\n", messages);
    CHECK(result.diagnostics.empty());
    CHECK(result.content.topics.size() == 2);
    REQUIRE(result.content.cards.size() == 2);
    CHECK(result.content.find_code(10) != nullptr);
    CHECK(result.content.find_code(20) != nullptr);
    CHECK(result.content.settings.clinic_name == "Example Clinic");
    CHECK(result.content.breathing.size() == 2);
    for (const auto& file : new_site_files(kToday)) {
        INFO("file: ", file.path);
        CHECK(file.text.find("\n# ") != std::string::npos);  // explained by comments
        CHECK(file.text.rfind("\xEF\xBB\xBF", 0) == std::string::npos);  // no byte-order mark
        CHECK(file.text.find('\r') == std::string::npos);
        CHECK(file.path.find_first_of(" :\\*?\"<>|") == std::string::npos);  // a name any system takes
    }
}

TEST_CASE("new site: the example cards say they are examples to replace, and are dated today") {
    TempFolder folder;
    write_site(folder);
    const LoadResult result = folder.load();
    for (const haven::Card& card : result.content.cards) {
        INFO("card: ", card.file);
        CHECK(mentions(card.title, "replace this text"));
        CHECK(mentions(card.tile, "xample card"));
        REQUIRE(card.reviewed.has_value());
        CHECK(*card.reviewed == kToday);
        CHECK(card.review_due == CalendarDate{2027, 5, 4});
        REQUIRE_FALSE(card.blocks.empty());
        REQUIRE_FALSE(card.blocks.front().spans.empty());
        CHECK(mentions(card.blocks.front().spans.front().text, "placeholder text"));
    }
}

TEST_CASE("new site: kiosk.toml turns unsigned updates off and says why") {
    std::string kiosk;
    for (const auto& file : new_site_files(kToday))
        if (file.path == "kiosk.toml") kiosk = file.text;
    CHECK(mentions(kiosk, "\n[updates]\n"));
    CHECK(mentions(kiosk, "\nallow_unsigned = false\n"));
    CHECK(mentions(kiosk, "publish"));
}

TEST_CASE("new card: added to the site, it loads cleanly with its code, topic, order and today's review date") {
    TempFolder folder;
    write_site(folder);
    folder.write("cards/new.md", new_card_text(new_card("Getting ready", 11)));
    LoadResult result;
    const std::string messages = check_messages(folder, result);
    INFO("diagnostics:\n", messages);
    CHECK(result.diagnostics.empty());
    const haven::Card* card = result.content.find_code(11);
    REQUIRE(card != nullptr);
    CHECK(card->file == "cards/new.md");
    CHECK(card->title == "Getting ready");
    CHECK(card->tile == "Getting ready");
    CHECK(card->topic == "example");
    CHECK(card->order == 2);
    CHECK(card->reviewed == kToday);
    CHECK(card->sources.size() == 1);
}

TEST_CASE("new card: any title that is accepted reads back exactly as typed") {
    const std::string titles[] = {
        "Say \"no\" when you need to",
        "Back\\slash \\n and \\u0041 stay as typed",
        "\"\"\"",
        "\\",
        "'single' quotes and ''' triple",
        "title = \"injected\"",
        "+++",
        "# not a comment",
        "[[help]]",
        "Café, Straße, Ŵyn, Здоровье, 睡眠, 😀",
        "Tabs are refused but spaces  are  kept",
        std::string(haven::kMaxCardTitleCharacters, 'x'),
        std::string(haven::kMaxCardTitleCharacters / 2, '"'),
        "é" + std::string(haven::kMaxCardTitleCharacters - 1, 'e'),  // counted in characters, not bytes
    };
    int code = 11;
    for (const std::string& title : titles) {
        INFO("title: ", title);
        REQUIRE(card_title_problem(title).empty());
        TempFolder folder;
        write_site(folder);
        folder.write("cards/new.md", new_card_text(new_card(title, code)));
        LoadResult result;
        const std::string messages = check_messages(folder, result);
        INFO("diagnostics:\n", messages);
        // Only the warning that a script has no font on the kiosk (Chinese, emoji) may come.
        for (const auto& d : result.diagnostics)
            CHECK((d.severity == haven::Diagnostic::Severity::Warning && d.message.find("no font for") != std::string::npos));
        const haven::Card* card = result.content.find_code(code);
        REQUIRE(card != nullptr);
        CHECK(card->title == title);
        CHECK(card->tile == title);
        CHECK(result.content.cards.size() == 3);  // no field or card of its own
    }
}

TEST_CASE("new card: titles that are not one line of plain text are refused, each with its reason") {
    CHECK(mentions(card_title_problem(""), "empty"));
    CHECK(mentions(card_title_problem("   "), "empty"));
    CHECK(mentions(card_title_problem("one\nline = 2"), "control character"));
    CHECK(mentions(card_title_problem("one\nline"), "(character 4)"));
    CHECK(mentions(card_title_problem("windows\r\nline"), "control character"));
    CHECK(mentions(card_title_problem("a\ttab"), "control character"));
    CHECK(mentions(card_title_problem(std::string("nul\0byte", 8)), "control character"));
    CHECK(mentions(card_title_problem("escape \x1b[2J"), "control character"));
    CHECK(mentions(card_title_problem("delete \x7f"), "control character"));
    CHECK(mentions(card_title_problem("c1 \xc2\x85 next line"), "control character"));
    CHECK(mentions(card_title_problem("line\xe2\x80\xa8separator"), "line break"));
    CHECK(mentions(card_title_problem("para\xe2\x80\xa9separator"), "line break"));
    CHECK(mentions(card_title_problem("evil\xe2\x80\xaetxt.exe"), "reorders"));  // U+202E
    CHECK(mentions(card_title_problem("isolate\xe2\x81\xa6"), "reorders"));     // U+2066
    CHECK(mentions(card_title_problem("caf\xe9"), "not valid UTF-8"));         // Latin-1, not UTF-8
    CHECK(mentions(card_title_problem("cut \xe2\x80"), "not valid UTF-8"));
    CHECK(mentions(card_title_problem("overlong \xc0\xaf"), "not valid UTF-8"));
    const std::string too_long(haven::kMaxCardTitleCharacters + 1, 'x');
    CHECK(mentions(card_title_problem(too_long), "201 characters long"));
    CHECK(mentions(card_title_problem(std::string(100000, 'y')), "at most 200"));
    CHECK(card_title_problem("Fine title").empty());
}

TEST_CASE("TOML strings: quotes, backslashes and control characters escaped; one line, always") {
    CHECK(toml_basic_string("plain") == "\"plain\"");
    CHECK(toml_basic_string("") == "\"\"");
    CHECK(toml_basic_string("say \"hi\"") == "\"say \\\"hi\\\"\"");
    CHECK(toml_basic_string("C:\\path") == "\"C:\\\\path\"");
    CHECK(toml_basic_string("a\nb\tc\rd") == "\"a\\nb\\tc\\rd\"");
    CHECK(toml_basic_string(std::string("\0\x1b\x7f", 3)) == "\"\\u0000\\u001B\\u007F\"");
    CHECK(toml_basic_string("\xc2\x85") == "\"\\u0085\"");
    CHECK(toml_basic_string("Café 睡眠") == "\"Café 睡眠\"");
    CHECK(toml_basic_string("bad \xff byte") == "\"bad \\uFFFD byte\"");
    // Whatever goes in, the result parses back as one TOML string on one line.
    const std::string hostile = std::string("\"\\\n\r\t\0\x01\x1f\x7f", 9) + "\xc2\x80\xc2\x9f\"\"\"'''\\u0041";
    const std::string quoted = toml_basic_string(hostile);
    CHECK(quoted.find('\n') == std::string::npos);
    CHECK(quoted.find('\r') == std::string::npos);
    TempFolder folder;
    write_site(folder);
    folder.write("cards/hostile.md", "+++\ntitle = \"Hostile\"\ntopic = \"example\"\ncode = 12\nsummary = " + quoted +
                                         "\nreviewed = 2026-05-04\nsources = [\"s\"]\n+++\nText.\n");
    const LoadResult result = folder.load();
    INFO("diagnostics:\n", all_messages(result));
    CHECK(result.ok());
    const haven::Card* card = result.content.find_code(12);
    REQUIRE(card != nullptr);
    CHECK(card->summary == hostile);
}
