// What `haven check` says about a card: each error at the card's file and the line (in the
// file, not in its front matter) and column of the field, with words a member of staff can act on.

#include "content_test_folder.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace haven_test;

TEST_CASE("a valid base folder has no diagnostics at all") {
    // Every other test adds one broken thing to this folder.
    TempFolder folder;
    write_base(folder);
    const LoadResult result = folder.load();
    check_clean(result);
    CHECK(result.content.cards.size() == 2);
    CHECK(result.content.topics.size() == 2);
}

TEST_CASE("front matter that is never closed is an error at line 1 column 1, and the card is left out") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/x.md", "+++\ntitle = \"Open\"\ntopic = \"food\"\ncode = 5\n\nThe body.\n");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 1, 1, {"front matter is not closed", "+++"}});
    CHECK(find_card(result, "cards/x.md") == nullptr);
}

TEST_CASE("a card that does not start with +++ is an error at line 1 column 1") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/x.md", "title = \"No delimiters\"\n\nThe body.\n");
    check_only(folder.load(), {Severity::Error, "cards/x.md", 1, 1, {"must start with", "+++"}});
}

TEST_CASE("a TOML syntax error in front matter is reported at its line in the file, which starts at line 2") {
    SUBCASE("on the first front-matter line: file line 2") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", "+++\ntitle = = \"A\"\ntopic = \"food\"\ncode = 5\n+++\nBody\n");
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "cards/x.md", 2, 9, {"TOML syntax"}});
        CHECK(find_card(result, "cards/x.md") == nullptr);
    }
    SUBCASE("on the fourth front-matter line: file line 5") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", card_text("A", "food", 5, "order = = 3\n"));
        check_only(folder.load(), {Severity::Error, "cards/x.md", 5, 9, {"TOML syntax"}});
    }
    SUBCASE("a list left open until the closing +++: at the list's line") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", card_text("A", "food", 5, "order = [1,\n"));
        check_only(folder.load(), {Severity::Error, "cards/x.md", 5, -1, {"TOML syntax"}});
    }
    SUBCASE("an unterminated string") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", "+++\ntitle = \"A\ntopic = \"food\"\ncode = 5\n+++\nBody\n");
        check_only(folder.load(), {Severity::Error, "cards/x.md", 2, -1, {"TOML syntax"}});
    }
}

TEST_CASE("an unknown card field is an error at its key, with a suggestion only when a known name is close") {
    SUBCASE("a typo of a known field: did you mean") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", card_text("A", "food", 5, "summery = \"Short\"\n"));
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "cards/x.md", 5, 1,
                            {"unknown field 'summery'", "the card's front matter", "did you mean 'summary'?"}});
        // The rest of the card is still read.
        REQUIRE(find_card(result, "cards/x.md") != nullptr);
        CHECK(find_card(result, "cards/x.md")->title == "A");
    }
    SUBCASE("a different letter case is a typo too") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", card_text("A", "food", 5, "Order = 3\n"));
        check_only(folder.load(),
                   {Severity::Error, "cards/x.md", 5, 1, {"unknown field 'Order'", "did you mean 'order'?"}});
    }
    SUBCASE("a word far from every field: no suggestion") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", card_text("A", "food", 5, "background_colour = \"blue\"\n"));
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "cards/x.md", 5, 1, {"unknown field 'background_colour'"}});
        CHECK_FALSE(mentions(result.diagnostics[0].message, "did you mean"));
    }
    SUBCASE("an unknown field in a card's [[help]]") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", card_text("A", "food", 5,
                                             "[[help]]\nlabel = \"Line\"\nurl = \"tel:0800123\"\nurls = \"tel:0800\"\n"));
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "cards/x.md", 8, 1,
                            {"unknown field 'urls'", "[[help]]", "did you mean 'url'?"}});
        REQUIRE(find_card(result, "cards/x.md") != nullptr);
        CHECK(find_card(result, "cards/x.md")->help.size() == 1);
    }
    SUBCASE("a far word in a card's [[help]]: no suggestion") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", card_text("A", "food", 5,
                                             "[[help]]\nlabel = \"Line\"\nurl = \"tel:0800123\"\nopening_hours = \"9-5\"\n"));
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "cards/x.md", 8, 1, {"unknown field 'opening_hours'", "[[help]]"}});
        CHECK_FALSE(mentions(result.diagnostics[0].message, "did you mean"));
    }
}

TEST_CASE("a field of the wrong type is an error at its value, naming the type wanted and the type found") {
    SUBCASE("code written as text") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", "+++\ntitle = \"A\"\ntopic = \"food\"\ncode = \"12\"\n+++\nBody\n");
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "cards/x.md", 4, 8, {"'code' should be a whole number, not text"}});
        CHECK(result.content.find_code(12) == nullptr);
    }
    SUBCASE("order written as a decimal number") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", card_text("A", "food", 5, "order = 1.5\n"));
        check_only(folder.load(),
                   {Severity::Error, "cards/x.md", 5, 9, {"'order' should be a whole number, not a number"}});
    }
    SUBCASE("title written as a number: the card is left out") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", "+++\ntitle = 12\ntopic = \"food\"\ncode = 5\n+++\nBody\n");
        const LoadResult result = folder.load();
        check_only(result,
                   {Severity::Error, "cards/x.md", 2, 9, {"'title' should be text in quotes, not a whole number"}});
        CHECK(find_card(result, "cards/x.md") == nullptr);
    }
    SUBCASE("topic written as a list") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", "+++\ntitle = \"A\"\ntopic = [\"food\"]\ncode = 5\n+++\nBody\n");
        check_only(folder.load(), {Severity::Error, "cards/x.md", 3, 9, {"'topic' should be text in quotes, not a list"}});
    }
}

TEST_CASE("a missing title is an error at the front matter's first line; the card is left out") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/x.md", "+++\ntopic = \"food\"\ncode = 5\n+++\nBody\n");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 2, 0, {"the card's front matter is missing 'title'"}});
    CHECK(find_card(result, "cards/x.md") == nullptr);
    CHECK(result.content.find_code(5) == nullptr);
}

TEST_CASE("an empty title is an error at its value") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/x.md", card_text("  ", "food", 5));
    check_only(folder.load(), {Severity::Error, "cards/x.md", 2, 9, {"'title' is empty"}});
}

TEST_CASE("a card without a code is an error at the start of its front matter") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/x.md", "+++\ntitle = \"A\"\ntopic = \"food\"\n+++\nBody\n");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 2, 1, {"the card has no code", "1 to 999"}});
    // Still shown in its topic; only nurses cannot point to it.
    CHECK(result.content.find_topic("food")->cards.size() == 2);
}

TEST_CASE("a card without a topic is an error at the start of its front matter, and the card is in no topic") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/x.md", "+++\ntitle = \"A\"\ncode = 5\n+++\nBody\n");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 2, 1, {"the card has no topic", "topics.toml"}});
    CHECK(result.content.find_topic("food")->cards.size() == 1);
    CHECK(result.content.find_topic("sleep")->cards.size() == 1);
}

TEST_CASE("a code outside 1..999 is an error at its value; 1 and 999 are fine") {
    SUBCASE("0") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", card_text("A", "food", 0));
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "cards/x.md", 4, 8, {"'code' is 0", "from 1 to 999"}});
    }
    SUBCASE("1000") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", card_text("A", "food", 1000));
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "cards/x.md", 4, 8, {"'code' is 1000", "from 1 to 999"}});
        CHECK(result.content.find_code(1000) == nullptr);
    }
    SUBCASE("negative") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", card_text("A", "food", -3));
        check_only(folder.load(), {Severity::Error, "cards/x.md", 4, 8, {"'code' is -3", "from 1 to 999"}});
    }
    SUBCASE("999 is the largest code") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", card_text("A", "food", 999));
        const LoadResult result = folder.load();
        check_clean(result);
        REQUIRE(result.content.find_code(999) != nullptr);
        CHECK(result.content.find_code(999)->title == "A");
    }
}

TEST_CASE("a duplicate code is an error on the later file's code line, naming the file that has it") {
    TempFolder folder;
    write_base(folder);  // cards/food.md has code 1
    folder.write("cards/zeta.md", card_text("Z", "sleep", 1));
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/zeta.md", 4, 1, {"code 1 is already used by cards/food.md"}});
    REQUIRE(result.content.find_code(1) != nullptr);
    CHECK(result.content.find_code(1)->file == "cards/food.md");
}

TEST_CASE("a card named with the default language's tag is the same card as the one without a tag") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/food.en.md", card_text("Meals again", "food", 9));
    check_only(folder.load(), {Severity::Error, "cards/food.md", 0, 0,
                               {"same name as cards/food.en.md", "language tag"}});
}

TEST_CASE("a topic that is not in topics.toml is an error on the card's topic line") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/x.md", "+++\ntitle = \"A\"\ncode = 5\ntopic = \"holidays\"\n+++\nBody\n");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 4, 1, {"topic 'holidays' is not defined in topics.toml"}});
    for (const auto& topic : result.content.topics)
        for (size_t index : topic.cards) CHECK(result.content.cards[index].file != "cards/x.md");
}

TEST_CASE("two cards whose names differ only in letter case are reported") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/Food.md", card_text("Other", "food", 7));
    // "Food.md" sorts before "food.md", so the lower-case file is the one reported.
    check_only(folder.load(), {Severity::Error, "cards/food.md", 0, 0, {"same name as cards/Food.md"}});
}

// ---- topics.toml ----

TEST_CASE("a duplicate topic id is an error at the second id, naming the first one's line") {
    TempFolder folder;
    write_base(folder);
    folder.write("topics.toml", std::string(kBaseTopics) + "\n[[topic]]\nid = \"food\"\ntitle = \"Food again\"\n");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "topics.toml", 12, 6, {"topic id 'food' is already used on line 2"}});
    REQUIRE(result.content.topics.size() == 2);
    CHECK(result.content.find_topic("food")->title == "Food");
}

TEST_CASE("a topic id with characters other than a-z 0-9 - _ is an error at the id") {
    for (const char* id : {"Sleep", "sleep well", "caf\xC3\xA9", "a.b"}) {
        CAPTURE(id);
        TempFolder folder;
        write_base(folder);
        folder.write("topics.toml",
                     std::string(kBaseTopics) + "\n[[topic]]\nid = \"" + id + "\"\ntitle = \"Odd\"\n");
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "topics.toml", 12, 6,
                            {std::string("topic id '") + id + "'", "only a-z, 0-9, - and _"}});
        CHECK(result.content.topics.size() == 2);
    }
}

TEST_CASE("topic ids may use a-z, digits, - and _") {
    TempFolder folder;
    folder.write("topics.toml", "[[topic]]\nid = \"after-care_2\"\ntitle = \"After care\"\n");
    folder.write("cards/a.md", card_text("A", "after-care_2", 3));
    const LoadResult result = folder.load();
    check_clean(result);
    REQUIRE(result.content.find_topic("after-care_2") != nullptr);
    CHECK(result.content.find_topic("after-care_2")->cards.size() == 1);
}

TEST_CASE("a [[topic]] missing its title is an error at the [[topic]] line") {
    TempFolder folder;
    write_base(folder);
    folder.write("topics.toml", std::string(kBaseTopics) + "\n[[topic]]\nid = \"extra\"\n");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "topics.toml", 11, 0, {"[[topic]] is missing 'title'"}});
    CHECK(result.content.find_topic("extra") == nullptr);
}

TEST_CASE("an unknown [[topic]] field is an error at its key, with a suggestion only when close") {
    SUBCASE("close: did you mean") {
        TempFolder folder;
        write_base(folder);
        folder.write("topics.toml", std::string(kBaseTopics) + "ordr = 3\n");
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "topics.toml", 10, 1,
                            {"unknown field 'ordr'", "[[topic]]", "did you mean 'order'?"}});
        // The topic itself is still read.
        CHECK(result.content.find_topic("sleep") != nullptr);
    }
    SUBCASE("far: no suggestion") {
        TempFolder folder;
        write_base(folder);
        folder.write("topics.toml", std::string(kBaseTopics) + "background = \"blue\"\n");
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "topics.toml", 10, 1, {"unknown field 'background'", "[[topic]]"}});
        CHECK_FALSE(mentions(result.diagnostics[0].message, "did you mean"));
    }
    SUBCASE("a misspelt [[topics]] table: did you mean 'topic'") {
        TempFolder folder;
        folder.write("topics.toml", "[[topics]]\nid = \"food\"\ntitle = \"Food\"\n");
        folder.make_folder("cards");
        const LoadResult result = folder.load();
        const Diagnostic* d = find_diagnostic(result, "topics.toml", "unknown field 'topics'");
        REQUIRE(d != nullptr);
        check_diagnostic(*d, {Severity::Error, "topics.toml", 1, -1, {"in topics.toml", "did you mean 'topic'?"}});
    }
}

TEST_CASE("a topic's order of the wrong type is an error at its value") {
    TempFolder folder;
    write_base(folder);
    folder.write("topics.toml", std::string(kBaseTopics) + "\n[[topic]]\nid = \"x\"\ntitle = \"X\"\norder = \"first\"\n");
    folder.write("cards/x.md", card_text("X", "x", 3));
    check_only(folder.load(),
               {Severity::Error, "topics.toml", 14, 9, {"'order' should be a whole number, not text"}});
}

TEST_CASE("help written as one [help] table instead of [[help]] is an error at the table") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/x.md", card_text("A", "food", 5, "[help]\nlabel = \"Line\"\nurl = \"tel:0800123\"\n"));
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 5, 1, {"'help' should be a list of [[help]] tables, not a table"}});
    CHECK(find_card(result, "cards/x.md")->help.empty());
}

TEST_CASE("an empty topic is an error at its value") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/x.md", card_text("A", "", 5));
    const LoadResult result = folder.load();
    INFO(all_messages(result));
    CHECK_FALSE(result.ok());
    const Diagnostic* d = find_diagnostic(result, "cards/x.md", "topic");
    REQUIRE(d != nullptr);
    CHECK(d->severity == Severity::Error);
    CHECK(d->line == 3);
}

TEST_CASE("an empty tile is reported or falls back to the title, never a blank tile") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/x.md", card_text("A", "food", 5, "tile = \"\"\n"));
    const LoadResult result = folder.load();
    INFO(all_messages(result));
    if (result.ok()) {
        CHECK(find_card(result, "cards/x.md")->tile == "A");
    } else {
        const Diagnostic* d = find_diagnostic(result, "cards/x.md", "tile");
        REQUIRE(d != nullptr);
        CHECK(d->line == 5);
    }
}

TEST_CASE("a card that is a symbolic link to a file outside the folder is refused") {
    TempFolder outside;
    outside.write("secret.md", card_text("From outside", "food", 9));
    TempFolder folder;
    write_base(folder);
    fs::create_symlink(outside.path() / "secret.md", folder.path() / "cards/secret.md");
    const LoadResult result = folder.load();
    INFO(all_messages(result));
    CHECK(find_card(result, "cards/secret.md") == nullptr);
    const Diagnostic* d = find_diagnostic(result, "cards/secret.md", "outside");
    REQUIRE(d != nullptr);
    CHECK(d->severity == Severity::Error);
}

TEST_CASE("a card that is a symbolic link to a file inside the folder is read") {
    TempFolder folder;
    write_base(folder);
    folder.write("drafts/extra.md", card_text("Linked", "food", 9));
    fs::create_symlink("../drafts/extra.md", folder.path() / "cards/extra.md");
    const LoadResult result = folder.load();
    check_clean(result);
    REQUIRE(find_card(result, "cards/extra.md") != nullptr);
    CHECK(find_card(result, "cards/extra.md")->title == "Linked");
}

TEST_CASE("a title, tile or summary too long for a screen is an error at its value, and the card is left out") {
    // 30,000 characters of title overflowed ImGui's 16-bit vertex indices and aborted the kiosk
    // (found by tests/hostile); 1,000 is more than any screen shows.
    for (const char* field : {"title", "tile", "summary"}) {
        CAPTURE(field);
        TempFolder folder;
        write_base(folder);
        std::string words;
        while (words.size() < 30000) words += "Sleep ";
        folder.write("cards/x.md", std::string("+++\ntopic = \"food\"\ncode = 5\n") +
                                       (std::string(field) == "title" ? "" : "title = \"Short\"\n") + field + " = \"" + words +
                                       "\"\n+++\nThe body.\n");
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "cards/x.md", std::string(field) == "title" ? 4 : 5, static_cast<int>(std::string(field).size()) + 4,
                            {"30000 characters long; at most 1000"}});
    }
    TempFolder folder;
    write_base(folder);
    folder.write("cards/x.md", "+++\ntitle = \"" + std::string(1000, 'a') + "\"\ntopic = \"food\"\ncode = 5\n+++\nThe body.\n");
    CHECK(folder.load().ok());  // exactly the limit is fine
}
