// Warnings: advice that does not stop the kiosk from taking the content (ok() stays true).
// A card body is parsed without positions, so body warnings point at the body's first line.

#include "content_test_folder.hpp"

#include "core/content/markdown.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace haven_test;

namespace {

// cards/x.md with `body` starting on line 6 (lines 1-5 are the front matter).
LoadResult load_with_body(std::string_view body) {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/x.md", card_text("A", "food", 5, "", body));
    return folder.load();
}

} // namespace

TEST_CASE("a link in a card body is a warning at the body's first line, and its text is kept") {
    const LoadResult result = load_with_body("Read more.\n\nSee [our site](https://example.org/) for more.\n");
    check_only(result, {Severity::Warning, "cards/x.md", 6, 0, {"links cannot be followed", "[[help]]"}});
    CHECK(result.ok());
    const haven::Card* c = find_card(result, "cards/x.md");
    REQUIRE(c != nullptr);
    CHECK(haven::plain_text(c->blocks) == "Read more.\n\nSee our site for more.");
}

TEST_CASE("many links in one card give one warning") {
    check_only(load_with_body("[a](https://a.org/) [b](https://b.org/)\n\n<https://c.org/>\n"),
               {Severity::Warning, "cards/x.md", 6, 0, {"links cannot be followed"}});
}

TEST_CASE("an image in a card body is a warning, and its alt text is not shown") {
    const LoadResult result = load_with_body("Before.\n\n![a diagram](images/d.png)\n\nAfter.\n");
    check_only(result, {Severity::Warning, "cards/x.md", 6, 0, {"images in the body are not shown", "image field"}});
    CHECK(haven::plain_text(find_card(result, "cards/x.md")->blocks) == "Before.\n\nAfter.");
}

TEST_CASE("a raw HTML block in a card body is a warning, and the HTML is not shown") {
    const LoadResult result = load_with_body("<div class=\"box\">\nHidden\n</div>\n\nShown.\n");
    check_only(result, {Severity::Warning, "cards/x.md", 6, 0, {"raw HTML is not shown"}});
    CHECK(haven::plain_text(find_card(result, "cards/x.md")->blocks) == "Shown.");
}

TEST_CASE("inline HTML in a card body is a warning, and the tags are not shown") {
    const LoadResult result = load_with_body("Some <b>bold</b> words.\n");
    check_only(result, {Severity::Warning, "cards/x.md", 6, 0, {"raw HTML is not shown"}});
    CHECK(haven::plain_text(find_card(result, "cards/x.md")->blocks) == "Some bold words.");
}

TEST_CASE("a code block and a table in a card body are warnings, their text kept") {
    const LoadResult result = load_with_body("    indented code\n\n| A | B |\n|---|---|\n| 1 | 2 |\n");
    check_diagnostics(result, {
        {Severity::Warning, "cards/x.md", 6, 0, {"code blocks are shown as plain text"}},
        {Severity::Warning, "cards/x.md", 6, 0, {"tables are not supported"}},
    });
    CHECK(mentions(haven::plain_text(find_card(result, "cards/x.md")->blocks), "indented code"));
}

TEST_CASE("a card with no body is a warning at the line after its front matter") {
    SUBCASE("nothing after the closing +++") {
        check_only(load_with_body(""), {Severity::Warning, "cards/x.md", 6, 0, {"the card has no text below its front matter"}});
    }
    SUBCASE("only blank lines") {
        check_only(load_with_body("\n   \n\n"), {Severity::Warning, "cards/x.md", 6, 0, {"no text below its front matter"}});
    }
    SUBCASE("no newline after the closing +++") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", "+++\ntitle = \"A\"\ntopic = \"food\"\ncode = 5\n+++");
        const LoadResult result = folder.load();
        check_only(result, {Severity::Warning, "cards/x.md", 6, 0, {"no text below its front matter"}});
        CHECK(find_card(result, "cards/x.md") != nullptr);
    }
}

TEST_CASE("body warnings follow a longer front matter down the file") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/x.md", card_text("A", "food", 5, "summary = \"S\"\norder = 2\n", "[x](https://x.org/)\n"));
    check_only(folder.load(), {Severity::Warning, "cards/x.md", 8, 0, {"links cannot be followed"}});
}

TEST_CASE("a topic with no cards is a warning on topics.toml, and it is still listed") {
    TempFolder folder;
    write_base(folder);
    folder.write("topics.toml", std::string(kBaseTopics) + "\n[[topic]]\nid = \"later\"\ntitle = \"Later\"\n");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Warning, "topics.toml", 0, 0, {"topic 'later' has no cards", "not shown"}});
    CHECK(result.ok());
    REQUIRE(result.content.find_topic("later") != nullptr);
    CHECK(result.content.find_topic("later")->cards.empty());
}

TEST_CASE("a file in cards/ that is not .md is a warning, and it is ignored") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/notes.txt", "to do\n");
    folder.write("cards/food.md.bak", card_text("Old", "food", 1));
    const LoadResult result = folder.load();
    check_diagnostics(result, {
        {Severity::Warning, "cards/food.md.bak", 0, 0, {"not a card", ".md"}},
        {Severity::Warning, "cards/notes.txt", 0, 0, {"not a card", ".md"}},
    });
    CHECK(result.ok());
    CHECK(result.content.cards.size() == 2);
}

TEST_CASE("a folder inside cards/ is a warning, and the cards in it are not read") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/old/food.md", card_text("Old", "food", 9));
    folder.make_folder("cards/empty.md");
    const LoadResult result = folder.load();
    check_diagnostics(result, {
        {Severity::Warning, "cards/empty.md", 0, 0, {"folders inside cards/ are not read"}},
        {Severity::Warning, "cards/old", 0, 0, {"folders inside cards/ are not read"}},
    });
    CHECK(result.ok());
    CHECK(result.content.find_code(9) == nullptr);
}
