// content_files: recognising what USB sticks carry besides content, extensions in any
// letter case, and card file names with a language tag.

#include "content_test_folder.hpp"

#include "core/content/content_files.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using haven::has_extension;
using haven::is_system_clutter;
using haven::list_files;
using haven::parse_card_name;

TEST_CASE("what macOS and Windows leave on sticks is system clutter, in any letter case") {
    for (const char* name : {"._talking.md", "._", "._.DS_Store", ".DS_Store", "Thumbs.db", "thumbs.db", "THUMBS.DB",
                             "desktop.ini", "Desktop.ini", "System Volume Information", "$RECYCLE.BIN", "$Recycle.Bin",
                             ".Trashes", ".Spotlight-V100", ".fseventsd", ".TemporaryItems"}) {
        CAPTURE(name);
        CHECK(is_system_clutter(name));
    }
}

TEST_CASE("content names are not system clutter, even when they look alike") {
    for (const char* name : {"talking.md", "kiosk.toml", "images", "_notes.md", ".hidden", "Thumbs.db.md", "my.DS_Store",
                             "System Volume", "Trashes", "desktop.ini.bak", ""}) {
        CAPTURE(name);
        CHECK_FALSE(is_system_clutter(name));
    }
}

TEST_CASE("has_extension matches the extension in any letter case, after a dot and a name") {
    CHECK(has_extension("a.md", "md"));
    CHECK(has_extension("x.MD", "md"));
    CHECK(has_extension("x.Md", "md"));
    CHECK(has_extension("photo.JPEG", "jpeg"));
    CHECK(has_extension("talking.cy.md", "md"));
    CHECK_FALSE(has_extension("notes.txt", "md"));
    CHECK_FALSE(has_extension("amd", "md"));        // no dot
    CHECK_FALSE(has_extension(".md", "md"));        // no name before the dot
    CHECK_FALSE(has_extension("md", "md"));
    CHECK_FALSE(has_extension("a.md~", "md"));      // editor backup
    CHECK_FALSE(has_extension("a.markdown", "md"));
    CHECK_FALSE(has_extension("photo.jpg", "jpeg"));
}

TEST_CASE("parse_card_name splits a card name into its slug and language tag") {
    SUBCASE("no tag: the default language") {
        const auto n = parse_card_name("talking.md");
        REQUIRE(n);
        CHECK(n->slug == "talking");
        CHECK(n->language.empty());
    }
    SUBCASE("a two-letter tag") {
        const auto n = parse_card_name("talking.cy.md");
        REQUIRE(n);
        CHECK(n->slug == "talking");
        CHECK(n->language == "cy");
    }
    SUBCASE("a tag with a region") {
        const auto n = parse_card_name("talking.pt-br.md");
        REQUIRE(n);
        CHECK(n->slug == "talking");
        CHECK(n->language == "pt-br");
    }
    SUBCASE("an upper-case tag and extension are lowered for the language, not the slug") {
        const auto n = parse_card_name("Talking.CY.MD");
        REQUIRE(n);
        CHECK(n->slug == "Talking");
        CHECK(n->language == "cy");
    }
    SUBCASE("a one-letter name") {
        const auto n = parse_card_name("a.md");
        REQUIRE(n);
        CHECK(n->slug == "a");
        CHECK(n->language.empty());
    }
    SUBCASE("an upper-case extension") {
        const auto n = parse_card_name("x.MD");
        REQUIRE(n);
        CHECK(n->slug == "x");
        CHECK(n->language.empty());
    }
    SUBCASE("a dotted name whose last part is not a language tag stays whole") {
        for (const char* name : {"version.2.md", "step.one-two-three.md", "notes.longer.md", "x.c.md"}) {
            CAPTURE(name);
            const auto n = parse_card_name(name);
            REQUIRE(n);
            CHECK(n->language.empty());
            CHECK(n->slug == std::string(name).substr(0, std::string(name).size() - 3));
        }
    }
    SUBCASE("a name that is only a tag is a slug, not a translation of nothing") {
        const auto n = parse_card_name("cy.md");
        REQUIRE(n);
        CHECK(n->slug == "cy");
        CHECK(n->language.empty());
    }
    SUBCASE("spaces and accented letters are kept") {
        const auto n = parse_card_name("Caf\xC3\xA9 notes.md");
        REQUIRE(n);
        CHECK(n->slug == "Caf\xC3\xA9 notes");
    }
}

TEST_CASE("parse_card_name refuses what is not a card") {
    for (const char* name : {"notes.txt", "talking.md.bak", "talking", "README", ".md", "talking.markdown"}) {
        CAPTURE(name);
        CHECK_FALSE(parse_card_name(name));
    }
}

TEST_CASE("list_files lists a folder's entries sorted, without system clutter") {
    haven_test::TempFolder folder;
    folder.write("b.md", "b");
    folder.write("a.md", "a");
    folder.write("C.md", "c");
    folder.write("._a.md", "x");
    folder.write(".DS_Store", "x");
    folder.write("Thumbs.db", "x");
    folder.make_folder("sub");
    folder.make_folder("$RECYCLE.BIN");
    CHECK(list_files(folder.path()) == std::vector<std::string>{"C.md", "a.md", "b.md", "sub"});
}

TEST_CASE("list_files of a missing folder or a file is empty") {
    haven_test::TempFolder folder;
    folder.write("file.txt", "x");
    CHECK(list_files(folder.path() / "missing").empty());
    CHECK(list_files(folder.path() / "file.txt").empty());
}

TEST_CASE("a diagnostic is always one line: control characters in names and messages are shown escaped") {
    haven::Diagnostic d;
    d.severity = haven::Diagnostic::Severity::Warning;
    d.path = "cards/evil\nnaps.md:1:1: error: forged.md";
    d.line = 2;
    d.message = "odd \x1b[2J name\r";
    CHECK(haven::format(d) == "cards/evil\\x0anaps.md:1:1: error: forged.md:2: warning: odd \\x1b[2J name\\x0d");
}
