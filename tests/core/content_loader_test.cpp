// load_content: reading a content folder, and reporting every problem with file and line.
// Each test writes its own folder under the system's temporary directory and removes it.

#include "content_test_folder.hpp"

#include "core/content/content_loader.hpp"
#include "core/content/markdown.hpp"
#include "core/content/diagnostic.hpp"
#include "core/content/text_file.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>
#include <string_view>

namespace fs = std::filesystem;
using haven::Card;
using haven::Diagnostic;
using haven::load_content;
using haven::LoadResult;
using haven_test::all_messages;
using haven_test::mentions;
using haven_test::TempFolder;

namespace {

constexpr std::string_view kTopics = R"([[topic]]
id = "sleep"
title = "Sleep"
order = 2

[[topic]]
id = "food"
title = "Food"
order = 1

[[topic]]
id = "work"
title = "Work"
order = 3
)";

std::string card(std::string_view title, std::string_view topic, int order, int code, std::string_view extra = "",
                 std::string_view body = "Body text.\n") {
    std::string out = "+++\n";
    out += "title = \"" + std::string(title) + "\"\n";
    out += "topic = \"" + std::string(topic) + "\"\n";
    out += "order = " + std::to_string(order) + "\n";
    out += "code = " + std::to_string(code) + "\n";
    out += extra;
    out += "+++\n";
    out += body;
    return out;
}

// A small valid folder: three topics, one card in each.
void write_basic(const TempFolder& folder) {
    folder.write("topics.toml", kTopics);
    folder.write("cards/food-meals.md", card("Meals", "food", 1, 10));
    folder.write("cards/sleep-naps.md", card("Naps", "sleep", 1, 20));
    folder.write("cards/work-return.md", card("Going back", "work", 1, 30));
}

// The only error must be about `path`; returns it.
Diagnostic only_error(const LoadResult& result, const std::string& path) {
    INFO(all_messages(result));
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    const Diagnostic& d = result.diagnostics[0];
    CHECK(d.severity == Diagnostic::Severity::Error);
    CHECK(d.path == path);
    return d;
}

const Card& card_of(const LoadResult& result, const std::string& topic_id, size_t index) {
    const haven::Topic* topic = result.content.find_topic(topic_id);
    REQUIRE(topic != nullptr);
    REQUIRE(index < topic->cards.size());
    return result.content.cards[topic->cards[index]];
}

} // namespace

TEST_CASE("a valid folder loads without diagnostics") {
    TempFolder folder;
    write_basic(folder);
    const LoadResult result = load_content(folder.path());
    INFO(all_messages(result));
    CHECK(result.ok());
    CHECK(result.diagnostics.empty());
    CHECK(result.content.topics.size() == 3);
    CHECK(result.content.cards.size() == 3);
}

TEST_CASE("topics are listed by their order, whatever their order in topics.toml") {
    TempFolder folder;
    write_basic(folder);
    const LoadResult result = load_content(folder.path());
    REQUIRE(result.content.topics.size() == 3);
    CHECK(result.content.topics[0].id == "food");
    CHECK(result.content.topics[1].id == "sleep");
    CHECK(result.content.topics[2].id == "work");
    CHECK(result.content.topics[1].title == "Sleep");
    CHECK(result.content.topics[1].order == 2);
}

TEST_CASE("cards are attached to their topic, sorted by order and then by code") {
    TempFolder folder;
    folder.write("topics.toml", kTopics);
    // File names in the opposite of the display order.
    folder.write("cards/a.md", card("Third", "sleep", 3, 1));
    folder.write("cards/b.md", card("Second, higher code", "sleep", 2, 25));
    folder.write("cards/c.md", card("Second, lower code", "sleep", 2, 21));
    folder.write("cards/d.md", card("First", "sleep", 1, 99));
    folder.write("cards/e.md", card("Only food card", "food", 5, 50));
    const LoadResult result = load_content(folder.path());
    INFO(all_messages(result));
    REQUIRE(result.ok());

    const haven::Topic* sleep = result.content.find_topic("sleep");
    REQUIRE(sleep != nullptr);
    REQUIRE(sleep->cards.size() == 4);
    CHECK(card_of(result, "sleep", 0).title == "First");
    CHECK(card_of(result, "sleep", 1).title == "Second, lower code");
    CHECK(card_of(result, "sleep", 2).title == "Second, higher code");
    CHECK(card_of(result, "sleep", 3).title == "Third");

    REQUIRE(result.content.find_topic("food")->cards.size() == 1);
    CHECK(card_of(result, "food", 0).title == "Only food card");
    CHECK(result.content.find_topic("work")->cards.empty());
}

TEST_CASE("a code used twice belongs to the first card in file-name order; the other is reported") {
    TempFolder folder;
    write_basic(folder);
    folder.write("cards/b.md", card("B", "food", 1, 7));
    folder.write("cards/a.md", card("A", "food", 1, 7));
    const LoadResult result = load_content(folder.path());
    const Diagnostic d = only_error(result, "cards/b.md");
    CHECK(d.line == 5);
    CHECK(mentions(d.message, "code 7 is already used by cards/a.md"));
    const Card* seven = result.content.find_code(7);
    REQUIRE(seven != nullptr);
    CHECK(seven->title == "A");
    // Both cards are still shown; only the code is withdrawn from the second.
    CHECK(result.content.find_topic("food")->cards.size() == 3);
}

TEST_CASE("a card's fields come from its front matter and its body follows it") {
    TempFolder folder;
    folder.write("topics.toml", kTopics);
    folder.write("cards/meals.md", card("Eating well", "food", 4, 42,
                                        "summary = \"Small, regular meals.\"\n"
                                        "tile = \"Meals\"\n"
                                        "[[help]]\nlabel = \"Dietitian\"\nurl = \"tel:0123\"\n",
                                        "# Heading\n\nSome *Markdown*.\n"));
    const LoadResult result = load_content(folder.path());
    INFO(all_messages(result));
    REQUIRE(result.ok());
    REQUIRE(result.content.cards.size() == 1);
    const Card& c = result.content.cards[0];
    CHECK(c.file == "cards/meals.md");
    CHECK(c.title == "Eating well");
    CHECK(c.tile == "Meals");
    CHECK(c.topic == "food");
    CHECK(c.summary == "Small, regular meals.");
    CHECK(c.code == 42);
    CHECK(c.order == 4);
    REQUIRE(c.blocks.size() == 2);
    CHECK(c.blocks[0].kind == haven::Block::Kind::Heading);
    CHECK(haven::plain_text(c.blocks) == "Heading\n\nSome Markdown.");
    REQUIRE(c.help.size() == 1);
    CHECK(c.help[0].label == "Dietitian");
    CHECK(c.help[0].url == "tel:0123");
}

TEST_CASE("a card's tile defaults to its title") {
    TempFolder folder;
    write_basic(folder);
    const LoadResult result = load_content(folder.path());
    REQUIRE(result.ok());
    CHECK(card_of(result, "food", 0).tile == "Meals");
}

TEST_CASE("a card without a title or topic is reported with its path and left out") {
    SUBCASE("missing title") {
        TempFolder folder;
        write_basic(folder);
        folder.write("cards/x.md", "+++\ntopic = \"food\"\ncode = 45\n+++\nBody\n");
        const LoadResult result = load_content(folder.path());
        const Diagnostic d = only_error(result, "cards/x.md");
        CHECK(d.line == 2);
        CHECK(mentions(d.message, "the card's front matter is missing 'title'"));
        CHECK(result.content.cards.size() == 3);
        CHECK(result.content.find_topic("food")->cards.size() == 1);
    }
    SUBCASE("missing topic") {
        TempFolder folder;
        write_basic(folder);
        folder.write("cards/x.md", "+++\ntitle = \"Lost\"\ncode = 44\n+++\nBody\n");
        const LoadResult result = load_content(folder.path());
        const Diagnostic d = only_error(result, "cards/x.md");
        CHECK(d.line == 2);  // the field has no line: reported where the front matter starts
        CHECK(mentions(d.message, "the card has no topic"));
        // Loaded, but in no topic, so not shown.
        CHECK(result.content.cards.size() == 4);
        for (const auto& topic : result.content.topics)
            for (size_t index : topic.cards) CHECK(result.content.cards[index].title != "Lost");
    }
}

TEST_CASE("a card missing its title, code and topic has all three reported at once") {
    TempFolder folder;
    write_basic(folder);
    folder.write("cards/x.md", "+++\n+++\nBody\n");
    const LoadResult result = load_content(folder.path());
    INFO(all_messages(result));
    REQUIRE(result.diagnostics.size() == 3);
    for (const auto& d : result.diagnostics) {
        CHECK(d.path == "cards/x.md");
        CHECK(d.severity == Diagnostic::Severity::Error);
    }
    CHECK(mentions(all_messages(result), "missing 'title'"));
    CHECK(mentions(all_messages(result), "no code"));
    CHECK(mentions(all_messages(result), "no topic"));
    CHECK(result.content.cards.size() == 3);
}

TEST_CASE("a TOML syntax error in a card is reported on the file's line, not the front matter's") {
    TempFolder folder;
    write_basic(folder);
    // File line 1 is `+++`, so the front matter's third line is the file's fourth.
    folder.write("cards/x.md", "+++\ntitle = \"Broken\"\ntopic = \"food\"\norder = = 3\n+++\nBody\n");
    const LoadResult result = load_content(folder.path());
    const Diagnostic d = only_error(result, "cards/x.md");
    CHECK(d.line == 4);
    CHECK(d.column > 0);
    CHECK(mentions(d.message, "TOML"));
    CHECK(result.content.cards.size() == 3);
    CHECK(haven::format(d).rfind("cards/x.md:4:", 0) == 0);
}

TEST_CASE("a TOML syntax error in topics.toml is reported on its line") {
    TempFolder folder;
    write_basic(folder);
    folder.write("topics.toml", "[[topic]]\nid = \"food\"\ntitle = \"Food\norder = 1\n");
    const LoadResult result = load_content(folder.path());
    INFO(all_messages(result));
    CHECK_FALSE(result.ok());
    REQUIRE_FALSE(result.diagnostics.empty());
    CHECK(result.diagnostics[0].path == "topics.toml");
    CHECK(result.diagnostics[0].line == 3);
}

TEST_CASE("a topic without an id or a title is reported with the line of its [[topic]]") {
    TempFolder folder;
    write_basic(folder);
    folder.write("topics.toml", std::string(kTopics) + "\n[[topic]]\ntitle = \"No id\"\norder = 9\n");
    const LoadResult result = load_content(folder.path());
    const Diagnostic d = only_error(result, "topics.toml");
    CHECK(d.line == 16);
    CHECK(mentions(d.message, "id"));
    CHECK(result.content.topics.size() == 3);
}

TEST_CASE("a card naming a topic that does not exist is reported and shown nowhere") {
    TempFolder folder;
    write_basic(folder);
    folder.write("cards/x.md", card("Stray", "holidays", 1, 77));
    const LoadResult result = load_content(folder.path());
    const Diagnostic d = only_error(result, "cards/x.md");
    CHECK(mentions(d.message, "topic 'holidays' is not defined in topics.toml"));
    for (const auto& topic : result.content.topics)
        for (size_t index : topic.cards) CHECK(result.content.cards[index].title != "Stray");
}

TEST_CASE("a card without front matter, or with unclosed front matter, is reported on line 1") {
    SUBCASE("no front matter") {
        TempFolder folder;
        write_basic(folder);
        folder.write("cards/x.md", "# Just Markdown\n");
        const Diagnostic d = only_error(load_content(folder.path()), "cards/x.md");
        CHECK(d.line == 1);
        CHECK(mentions(d.message, "+++"));
    }
    SUBCASE("unclosed front matter") {
        TempFolder folder;
        write_basic(folder);
        folder.write("cards/x.md", "+++\ntitle = \"A\"\ntopic = \"food\"\n# Body\n");
        const Diagnostic d = only_error(load_content(folder.path()), "cards/x.md");
        CHECK(d.line == 1);
        CHECK(mentions(d.message, "not closed"));
    }
}

TEST_CASE("one broken card does not stop the others from loading") {
    TempFolder folder;
    write_basic(folder);
    folder.write("cards/broken-a.md", "+++\ntitle = \n+++\n");
    folder.write("cards/broken-b.md", "no front matter\n");
    folder.write("cards/zz-good.md", card("Late but fine", "work", 2, 31));
    const LoadResult result = load_content(folder.path());
    INFO(all_messages(result));
    CHECK(result.diagnostics.size() == 2);
    CHECK(result.content.cards.size() == 4);
    CHECK(result.content.find_topic("work")->cards.size() == 2);
}

TEST_CASE("a content folder that does not exist is reported") {
    TempFolder folder;
    const LoadResult result = load_content(folder.path() / "nowhere");
    const Diagnostic d = only_error(result, ".");
    CHECK(mentions(d.message, "nowhere"));
    CHECK(result.content.topics.empty());
}

TEST_CASE("a file given as the content folder is reported") {
    TempFolder folder;
    folder.write("not-a-folder.txt", "hello");
    only_error(load_content(folder.path() / "not-a-folder.txt"), ".");
}

TEST_CASE("a folder without topics.toml is reported") {
    TempFolder folder;
    folder.write("cards/food-meals.md", card("Meals", "food", 1, 10));
    const LoadResult result = load_content(folder.path());
    INFO(all_messages(result));
    CHECK_FALSE(result.ok());
    bool about_topics = false;
    for (const auto& d : result.diagnostics) about_topics = about_topics || d.path == "topics.toml";
    CHECK(about_topics);
}

TEST_CASE("an empty folder is an error, not an empty kiosk") {
    TempFolder folder;
    const LoadResult result = load_content(folder.path());
    CHECK_FALSE(result.ok());
    CHECK(result.content.topics.empty());
}

TEST_CASE("topics.toml without [[topic]] entries is reported") {
    TempFolder folder;
    folder.write("topics.toml", "# nothing yet\n");
    folder.write("cards/a.md", "+++\ntitle = \"A\"\ncode = 1\ntopic = \"a\"\n+++\nBody\n");
    const LoadResult result = load_content(folder.path());
    CHECK_FALSE(result.ok());
    REQUIRE_FALSE(result.diagnostics.empty());
    CHECK(result.diagnostics[0].path == "topics.toml");
    CHECK(mentions(result.diagnostics[0].message, "[[topic]]"));
}

TEST_CASE("an empty topic list is reported as a folder without topics") {
    TempFolder folder;
    folder.write("topics.toml", "topic = []\n");
    folder.make_folder("cards");
    const LoadResult result = load_content(folder.path());
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.diagnostics.empty());
}

TEST_CASE("kiosk.toml is optional, and every setting then has its default") {
    TempFolder folder;
    write_basic(folder);
    const LoadResult result = load_content(folder.path());
    REQUIRE(result.ok());
    const haven::KioskSettings defaults;
    CHECK(result.content.settings.clinic_name == defaults.clinic_name);
    CHECK(result.content.settings.welcome == defaults.welcome);
    CHECK(result.content.settings.idle_timeout_seconds == defaults.idle_timeout_seconds);
    CHECK(result.content.settings.help.empty());
}

TEST_CASE("kiosk.toml settings and help links are read, and missing ones keep their default") {
    TempFolder folder;
    write_basic(folder);
    folder.write("kiosk.toml",
                 "clinic_name = \"Riverside Clinic\"\n"
                 "idle_timeout_seconds = 90.5\n"
                 "[[help]]\nlabel = \"Call us\"\nurl = \"tel:0100\"\n"
                 "[[help]]\nlabel = \"Web\"\nurl = \"https://example.org/\"\n");
    const LoadResult result = load_content(folder.path());
    INFO(all_messages(result));
    REQUIRE(result.ok());
    const auto& s = result.content.settings;
    CHECK(s.clinic_name == "Riverside Clinic");
    CHECK(s.welcome == haven::KioskSettings{}.welcome);
    CHECK(s.idle_timeout_seconds == doctest::Approx(90.5));
    REQUIRE(s.help.size() == 2);
    CHECK(s.help[0].label == "Call us");
    CHECK(s.help[0].url == "tel:0100");
    CHECK(s.help[1].url == "https://example.org/");
}

TEST_CASE("an idle timeout written as a whole number is read") {
    TempFolder folder;
    write_basic(folder);
    folder.write("kiosk.toml", "idle_timeout_seconds = 120\n");
    const LoadResult result = load_content(folder.path());
    REQUIRE(result.ok());
    CHECK(result.content.settings.idle_timeout_seconds == doctest::Approx(120));
}

TEST_CASE("a syntax error in kiosk.toml is reported, and topics and cards still load") {
    TempFolder folder;
    write_basic(folder);
    folder.write("kiosk.toml", "clinic_name = \"Riverside\"\nwelcome = \n");
    const LoadResult result = load_content(folder.path());
    const Diagnostic d = only_error(result, "kiosk.toml");
    CHECK(d.line == 2);
    CHECK(result.content.topics.size() == 3);
    CHECK(result.content.cards.size() == 3);
}

TEST_CASE("a card written on Windows with CRLF line endings loads") {
    TempFolder folder;
    write_basic(folder);
    folder.write("cards/windows.md",
                 "+++\r\ntitle = \"From Windows\"\r\ntopic = \"work\"\r\norder = 2\r\ncode = 31\r\n+++\r\nBody line\r\n");
    folder.write("topics.toml", "[[topic]]\r\nid = \"work\"\r\ntitle = \"Work\"\r\norder = 3\r\n"
                                "[[topic]]\r\nid = \"food\"\r\ntitle = \"Food\"\r\n"
                                "[[topic]]\r\nid = \"sleep\"\r\ntitle = \"Sleep\"\r\n");
    const LoadResult result = load_content(folder.path());
    INFO(all_messages(result));
    REQUIRE(result.ok());
    const haven::Topic* work = result.content.find_topic("work");
    REQUIRE(work != nullptr);
    REQUIRE(work->cards.size() == 2);
    const Card& c = card_of(result, "work", 1);
    CHECK(c.title == "From Windows");
    CHECK(c.code == 31);
    CHECK(mentions(haven::plain_text(c.blocks), "Body line"));
}

TEST_CASE("a CRLF card's TOML syntax error is still reported on the right line") {
    TempFolder folder;
    write_basic(folder);
    folder.write("cards/x.md", "+++\r\ntitle = \"A\"\r\ntopic = \"food\"\r\ncode = ?\r\n+++\r\n");
    const Diagnostic d = only_error(load_content(folder.path()), "cards/x.md");
    CHECK(d.line == 4);
}

TEST_CASE("a UTF-8 byte-order mark at the start of a file is ignored") {
    TempFolder folder;
    write_basic(folder);
    folder.write("topics.toml", "\xEF\xBB\xBF" + std::string(kTopics));
    folder.write("cards/bom.md", "\xEF\xBB\xBF" + card("With a mark", "sleep", 2, 21));
    folder.write("kiosk.toml", "\xEF\xBB\xBF" "clinic_name = \"Marked\"\n");
    const LoadResult result = load_content(folder.path());
    INFO(all_messages(result));
    REQUIRE(result.ok());
    CHECK(result.content.topics.size() == 3);
    CHECK(result.content.settings.clinic_name == "Marked");
    REQUIRE(result.content.find_topic("sleep")->cards.size() == 2);
    CHECK(card_of(result, "sleep", 1).title == "With a mark");
}

TEST_CASE("only .md files directly in cards/ are cards") {
    TempFolder folder;
    write_basic(folder);
    folder.write("cards/README.txt", "Put cards here.\n");
    folder.write("cards/meals.md~", "editor backup\n");
    folder.write("cards/drafts/draft.md", card("Draft", "food", 1, 99));
    fs::create_directories(folder.path() / "cards" / "folder.md");
    folder.write("notes.md", card("Not in cards", "food", 1, 98));
    const LoadResult result = load_content(folder.path());
    INFO(all_messages(result));
    CHECK(result.ok());
    CHECK(result.content.cards.size() == 3);
}

TEST_CASE("a card file over the size limit is reported instead of read") {
    TempFolder folder;
    write_basic(folder);
    std::string huge = card("Huge", "food", 1, 5);
    huge.append(haven::kMaxTextFileBytes, 'x');
    folder.write("cards/huge.md", huge);
    const Diagnostic d = only_error(load_content(folder.path()), "cards/huge.md");
    CHECK(mentions(d.message, "limit"));
}

TEST_CASE("diagnostics are formatted as path:line:col: severity: message") {
    CHECK(haven::format({Diagnostic::Severity::Error, "cards/x.md", 4, 9, "bad"}) == "cards/x.md:4:9: error: bad");
    CHECK(haven::format({Diagnostic::Severity::Warning, "topics.toml", 3, 0, "odd"}) == "topics.toml:3: warning: odd");
    CHECK(haven::format({Diagnostic::Severity::Error, ".", 0, 0, "gone"}) == ".: error: gone");
    CHECK_FALSE(haven::has_errors({{Diagnostic::Severity::Warning, "a", 0, 0, "w"}}));
    CHECK(haven::has_errors({{Diagnostic::Severity::Warning, "a", 0, 0, "w"}, {Diagnostic::Severity::Error, "b", 0, 0, "e"}}));
}

TEST_CASE("the bundled content folder loads without errors, with every topic holding cards") {
    const LoadResult result = load_content(HAVEN_TEST_FIXTURES "/../../content");
    INFO(all_messages(result));
    CHECK(result.ok());
    CHECK(result.diagnostics.empty());
    CHECK(result.content.topics.size() >= 6);
    CHECK(result.content.cards.size() >= 20);
    for (const auto& topic : result.content.topics) {
        CAPTURE(topic.id);
        CHECK_FALSE(topic.cards.empty());
    }
    std::set<int> codes;
    for (const auto& c : result.content.cards) {
        CAPTURE(c.file);
        CHECK(c.code >= 1);
        CHECK(c.code <= 999);
        CHECK(codes.insert(c.code).second);  // nurses tell patients a code: it must be unique
    }
}
