// split_front_matter: Hugo-style `+++` TOML front matter, with line numbers for messages.

#include "core/content/front_matter.hpp"

#include <doctest/doctest.h>

#include <string>

using haven::FrontMatter;
using haven::split_front_matter;

TEST_CASE("front matter and body are split at the +++ lines, with their first line numbers") {
    const std::string file = "+++\ntitle = \"A\"\ntopic = \"b\"\n+++\n# Heading\nText\n";
    const FrontMatter fm = split_front_matter(file);
    CHECK(fm.found);
    CHECK(fm.closed);
    CHECK(fm.toml == "title = \"A\"\ntopic = \"b\"\n");
    CHECK(fm.toml_first_line == 2);
    CHECK(fm.body == "# Heading\nText\n");
    CHECK(fm.body_first_line == 5);
}

TEST_CASE("a file that does not start with +++ is all body, from line 1") {
    const std::string file = "title = \"A\"\n+++\nText\n";
    const FrontMatter fm = split_front_matter(file);
    CHECK_FALSE(fm.found);
    CHECK_FALSE(fm.closed);
    CHECK(fm.toml.empty());
    CHECK(fm.body == file);
    CHECK(fm.body_first_line == 1);
}

TEST_CASE("an empty file has no front matter") {
    const FrontMatter fm = split_front_matter("");
    CHECK_FALSE(fm.found);
    CHECK(fm.body.empty());
    CHECK(fm.body_first_line == 1);
}

TEST_CASE("a blank line before the opening +++ means there is no front matter") {
    const FrontMatter fm = split_front_matter("\n+++\ntitle = \"A\"\n+++\n");
    CHECK_FALSE(fm.found);
}

TEST_CASE("a line with more than +++ on it is not a delimiter") {
    CHECK_FALSE(split_front_matter("++++\ntitle = 1\n++++\n").found);
    CHECK_FALSE(split_front_matter("+++ toml\ntitle = 1\n+++\n").found);
    CHECK_FALSE(split_front_matter(" +++\ntitle = 1\n+++\n").found);

    const FrontMatter fm = split_front_matter("+++\na = \"+++\"\n+++ x\n+++\nBody");
    CHECK(fm.closed);
    CHECK(fm.toml == "a = \"+++\"\n+++ x\n");
    CHECK(fm.body == "Body");
    CHECK(fm.body_first_line == 5);
}

TEST_CASE("unclosed front matter is found but not closed, and keeps the rest as TOML") {
    const FrontMatter fm = split_front_matter("+++\ntitle = 1\nSome body text\n");
    CHECK(fm.found);
    CHECK_FALSE(fm.closed);
    CHECK(fm.toml == "title = 1\nSome body text\n");
    CHECK(fm.body.empty());
}

TEST_CASE("a file holding only the opening +++ is found but not closed") {
    SUBCASE("without a newline") {
        const FrontMatter fm = split_front_matter("+++");
        CHECK(fm.found);
        CHECK_FALSE(fm.closed);
    }
    SUBCASE("with a newline") {
        const FrontMatter fm = split_front_matter("+++\n");
        CHECK(fm.found);
        CHECK_FALSE(fm.closed);
        CHECK(fm.toml.empty());
    }
}

TEST_CASE("Windows line endings are accepted on the delimiters") {
    const FrontMatter fm = split_front_matter("+++\r\ntitle = \"A\"\r\n+++\r\nBody\r\n");
    CHECK(fm.found);
    CHECK(fm.closed);
    CHECK(fm.toml == "title = \"A\"\r\n");
    CHECK(fm.body == "Body\r\n");
    CHECK(fm.body_first_line == 4);
}

TEST_CASE("spaces and tabs after +++ still make a delimiter") {
    const FrontMatter fm = split_front_matter("+++  \ntitle = 1\n+++\t \r\nBody");
    CHECK(fm.found);
    CHECK(fm.closed);
    CHECK(fm.toml == "title = 1\n");
    CHECK(fm.body == "Body");
    CHECK(fm.body_first_line == 4);
}

TEST_CASE("empty front matter is closed, with empty TOML") {
    const FrontMatter fm = split_front_matter("+++\n+++\nBody\n");
    CHECK(fm.found);
    CHECK(fm.closed);
    CHECK(fm.toml.empty());
    CHECK(fm.body == "Body\n");
    CHECK(fm.body_first_line == 3);
}

TEST_CASE("the body's first line number counts every front matter line") {
    const FrontMatter fm = split_front_matter("+++\na = 1\nb = 2\n\nc = 3\nd = 4\n+++\nfirst body line\n");
    CHECK(fm.closed);
    CHECK(fm.toml_first_line == 2);
    CHECK(fm.body_first_line == 8);
    CHECK(fm.body == "first body line\n");
}

TEST_CASE("a file ending right after the closing +++ has an empty body") {
    SUBCASE("no newline after the closing +++") {
        const FrontMatter fm = split_front_matter("+++\ntitle = 1\n+++");
        CHECK(fm.closed);
        CHECK(fm.toml == "title = 1\n");
        CHECK(fm.body.empty());
        CHECK(fm.body_first_line == 4);
    }
    SUBCASE("a newline after the closing +++") {
        const FrontMatter fm = split_front_matter("+++\ntitle = 1\n+++\n");
        CHECK(fm.closed);
        CHECK(fm.toml == "title = 1\n");
        CHECK(fm.body.empty());
        CHECK(fm.body_first_line == 4);
    }
}

TEST_CASE("only the first closing +++ ends the front matter; later ones belong to the body") {
    const FrontMatter fm = split_front_matter("+++\na = 1\n+++\nx\n+++\ny");
    CHECK(fm.closed);
    CHECK(fm.toml == "a = 1\n");
    CHECK(fm.body == "x\n+++\ny");
}
