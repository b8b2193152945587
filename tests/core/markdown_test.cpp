// parse_markdown: card bodies as render-ready blocks (headings, paragraphs, list items with
// their markers and depth, block quotes, bold and italic spans).

#include "core/content/markdown.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using haven::Block;
using haven::parse_markdown;
using haven::plain_text;

namespace {

std::string text_of(const Block& block) { return plain_text({block}); }

} // namespace

TEST_CASE("headings keep their level, paragraphs are separate blocks") {
    const auto r = parse_markdown("# One\n\nIntro.\n\n## Two\n\n### Three\n\nEnd.\n");
    CHECK(r.warnings.empty());
    REQUIRE(r.blocks.size() == 5);
    CHECK(r.blocks[0].kind == Block::Kind::Heading);
    CHECK(r.blocks[0].heading_level == 1);
    CHECK(text_of(r.blocks[0]) == "One");
    CHECK(r.blocks[1].kind == Block::Kind::Paragraph);
    CHECK(r.blocks[1].heading_level == 0);
    CHECK(text_of(r.blocks[1]) == "Intro.");
    CHECK(r.blocks[2].heading_level == 2);
    CHECK(r.blocks[3].heading_level == 3);
    CHECK(r.blocks[4].kind == Block::Kind::Paragraph);
    for (const auto& b : r.blocks) {
        CHECK(b.depth == 0);
        CHECK_FALSE(b.quote);
        CHECK(b.marker.empty());
    }
}

TEST_CASE("a setext heading (underlined) is a heading too") {
    const auto r = parse_markdown("Title\n=====\n\nSub\n---\n");
    REQUIRE(r.blocks.size() == 2);
    CHECK(r.blocks[0].heading_level == 1);
    CHECK(r.blocks[1].heading_level == 2);
}

TEST_CASE("bullet items are list items marked with a bullet, at depth 1") {
    const auto r = parse_markdown("- apples\n* pears\n");
    // Two markers ('-' and '*') make two lists in CommonMark; both are bullets.
    REQUIRE(r.blocks.size() == 2);
    for (const auto& b : r.blocks) {
        CHECK(b.kind == Block::Kind::ListItem);
        CHECK(b.marker == "\u2022");
        CHECK(b.depth == 1);
    }
    CHECK(text_of(r.blocks[0]) == "apples");
    CHECK(text_of(r.blocks[1]) == "pears");
}

TEST_CASE("numbered items are marked 1. 2. 3., and a list starting at 3 counts from 3") {
    SUBCASE("from 1") {
        const auto r = parse_markdown("1. first\n2. second\n3. third\n");
        REQUIRE(r.blocks.size() == 3);
        CHECK(r.blocks[0].marker == "1.");
        CHECK(r.blocks[1].marker == "2.");
        CHECK(r.blocks[2].marker == "3.");
        CHECK(text_of(r.blocks[2]) == "third");
    }
    SUBCASE("numbers as written do not matter after the first") {
        const auto r = parse_markdown("1. a\n1. b\n1. c\n");
        REQUIRE(r.blocks.size() == 3);
        CHECK(r.blocks[2].marker == "3.");
    }
    SUBCASE("from 3") {
        const auto r = parse_markdown("3. third\n4. fourth\n");
        REQUIRE(r.blocks.size() == 2);
        CHECK(r.blocks[0].marker == "3.");
        CHECK(r.blocks[1].marker == "4.");
    }
}

TEST_CASE("nested lists give their depth, and the outer numbering carries on after them") {
    const auto r = parse_markdown("1. outer\n   - inner a\n   - inner b\n     1. deepest\n2. outer again\n");
    REQUIRE(r.blocks.size() == 5);
    CHECK(r.blocks[0].depth == 1);
    CHECK(r.blocks[0].marker == "1.");
    CHECK(r.blocks[1].depth == 2);
    CHECK(r.blocks[1].marker == "\u2022");
    CHECK(text_of(r.blocks[1]) == "inner a");
    CHECK(r.blocks[2].depth == 2);
    CHECK(r.blocks[3].depth == 3);
    CHECK(r.blocks[3].marker == "1.");
    CHECK(r.blocks[4].depth == 1);
    CHECK(r.blocks[4].marker == "2.");
    CHECK(text_of(r.blocks[4]) == "outer again");
}

TEST_CASE("a second paragraph of a list item is indented with no marker") {
    const auto r = parse_markdown("- first para\n\n  second para\n- next\n");
    REQUIRE(r.blocks.size() == 3);
    CHECK(r.blocks[0].marker == "\u2022");
    CHECK(r.blocks[1].kind == Block::Kind::ListItem);
    CHECK(r.blocks[1].marker.empty());
    CHECK(r.blocks[1].depth == 1);
    CHECK(text_of(r.blocks[1]) == "second para");
    CHECK(r.blocks[2].marker == "\u2022");
}

TEST_CASE("a paragraph after a list is a plain paragraph again") {
    const auto r = parse_markdown("- item\n\nAfter.\n");
    REQUIRE(r.blocks.size() == 2);
    CHECK(r.blocks[1].kind == Block::Kind::Paragraph);
    CHECK(r.blocks[1].depth == 0);
    CHECK(r.blocks[1].marker.empty());
}

TEST_CASE("block quotes are flagged, and what follows them is not") {
    const auto r = parse_markdown("> Going slowly\n> is not failing.\n\nPlain.\n\n> - quoted item\n");
    REQUIRE(r.blocks.size() == 3);
    CHECK(r.blocks[0].quote);
    CHECK(text_of(r.blocks[0]) == "Going slowly is not failing.");
    CHECK_FALSE(r.blocks[1].quote);
    CHECK(r.blocks[2].quote);
    CHECK(r.blocks[2].kind == Block::Kind::ListItem);
    CHECK(r.blocks[2].marker == "\u2022");
}

TEST_CASE("bold and italic become spans, adjacent text of the same style is one span") {
    const auto r = parse_markdown("Plain **strong** and *soft* and ***both*** end.\n");
    REQUIRE(r.blocks.size() == 1);
    const auto& spans = r.blocks[0].spans;
    REQUIRE(spans.size() == 7);
    CHECK(spans[0].text == "Plain ");
    CHECK_FALSE(spans[0].strong);
    CHECK_FALSE(spans[0].emphasis);
    CHECK(spans[1].text == "strong");
    CHECK(spans[1].strong);
    CHECK_FALSE(spans[1].emphasis);
    CHECK(spans[2].text == " and ");
    CHECK(spans[3].text == "soft");
    CHECK(spans[3].emphasis);
    CHECK_FALSE(spans[3].strong);
    CHECK(spans[5].text == "both");
    CHECK(spans[5].strong);
    CHECK(spans[5].emphasis);
    CHECK(spans[6].text == " end.");
    CHECK_FALSE(spans[6].strong);
}

TEST_CASE("underscores work for bold and italic too") {
    const auto r = parse_markdown("__strong__ _soft_\n");
    REQUIRE(r.blocks.size() == 1);
    REQUIRE(r.blocks[0].spans.size() == 3);
    CHECK(r.blocks[0].spans[0].strong);
    CHECK(r.blocks[0].spans[2].emphasis);
}

TEST_CASE("entities are decoded") {
    const auto r = parse_markdown("Salt &amp; pepper &lt;3 &quot;hi&quot; &#233;t&#xE9; a&nbsp;b &ndash; &mdash;\n");
    REQUIRE(r.blocks.size() == 1);
    CHECK(text_of(r.blocks[0]) == "Salt & pepper <3 \"hi\" \xC3\xA9t\xC3\xA9 a\xC2\xA0" "b \xE2\x80\x93 \xE2\x80\x94");
}

TEST_CASE("named entities beyond the basic few are decoded") {
    const auto r = parse_markdown("caf&eacute; &copy; &hellip; &rsquo;\n");
    REQUIRE(r.blocks.size() == 1);
    CHECK(text_of(r.blocks[0]) == "caf\xC3\xA9 \xC2\xA9 \xE2\x80\xA6 \xE2\x80\x99");
}

TEST_CASE("an unknown entity name is shown as written") {
    const auto r = parse_markdown("AT&T &notanentity; here\n");
    REQUIRE(r.blocks.size() == 1);
    CHECK(text_of(r.blocks[0]) == "AT&T &notanentity; here");
}

TEST_CASE("a numeric entity beyond what the kiosk's fonts can show becomes U+FFFD") {
    const auto r = parse_markdown("&#x1F600; &#0;\n");
    REQUIRE(r.blocks.size() == 1);
    CHECK(text_of(r.blocks[0]) == "\xEF\xBF\xBD \xEF\xBF\xBD");
}

TEST_CASE("soft line breaks and hard line breaks become spaces") {
    const auto r = parse_markdown("one\ntwo  \nthree\\\nfour\n");
    REQUIRE(r.blocks.size() == 1);
    CHECK(text_of(r.blocks[0]) == "one two three four");
}

TEST_CASE("CRLF line endings parse like LF") {
    const auto r = parse_markdown("# Head\r\n\r\nline one\r\nline two\r\n\r\n- item\r\n");
    REQUIRE(r.blocks.size() == 3);
    CHECK(r.blocks[0].heading_level == 1);
    CHECK(text_of(r.blocks[1]) == "line one line two");
    CHECK(text_of(r.blocks[2]) == "item");
}

TEST_CASE("each unsupported construct is warned about once, with its text kept where it makes sense") {
    const auto r = parse_markdown("[one](https://a.org/) and [two](https://b.org/)\n\n![alt text](x.png)\n\n"
                                  "<div>html</div>\n\n```\ncode here\n```\n\n| a |\n|---|\n| b |\n");
    CHECK(r.warnings.size() == 5);
    const std::string text = plain_text(r.blocks);
    CHECK(text.find("one and two") != std::string::npos);
    CHECK(text.find("alt text") == std::string::npos);
    CHECK(text.find("html") == std::string::npos);
    CHECK(text.find("code here") != std::string::npos);
}

TEST_CASE("an empty or blank body gives no blocks and no warnings") {
    CHECK(parse_markdown("").blocks.empty());
    CHECK(parse_markdown("\n \n\t\n").blocks.empty());
    CHECK(parse_markdown("").warnings.empty());
    // An empty list item leaves nothing to draw.
    CHECK(parse_markdown("-\n").blocks.empty());
}

TEST_CASE("plain_text joins blocks with blank lines") {
    const auto r = parse_markdown("# A\n\nB **C**\n\n- D\n");
    CHECK(plain_text(r.blocks) == "A\n\nB C\n\nD");
    CHECK(plain_text({}).empty());
}
