// A new card's file name (core/content/card_file_name.hpp): plain ASCII that Windows, macOS
// and Linux all accept on a stick, made from any title, never the name of a card already there.

#include "core/content/card_file_name.hpp"
#include "core/content/content_files.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using haven::card_slug;
using haven::free_card_file_name;
using haven::kMaxCardSlugLength;

namespace {

bool plain(const std::string& slug) {
    if (slug.empty() || slug.front() == '-' || slug.back() == '-') return false;
    for (char c : slug)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return slug.find("--") == std::string::npos;
}

} // namespace

TEST_CASE("card slug: lower-case words joined by hyphens") {
    CHECK(card_slug("Talking together") == "talking-together");
    CHECK(card_slug("  Talking   with your GP's team!  ") == "talking-with-your-gp-s-team");
    CHECK(card_slug("Step 2: after 6 weeks") == "step-2-after-6-weeks");
    CHECK(card_slug("ALL CAPS") == "all-caps");
}

TEST_CASE("card slug: never a path separator, a dot or a quote") {
    for (const char* title : {"../../etc/passwd", "a/b\\c", "C:\\Windows\\System32", "name.cy", "\"quoted\" 'title'",
                              "tab\there\nnewline", "..", ".", "/"}) {
        const std::string slug = card_slug(title);
        INFO("title: ", title, ", slug: ", slug);
        CHECK(plain(slug));
        CHECK(slug.find('/') == std::string::npos);
        CHECK(slug.find('\\') == std::string::npos);
        CHECK(slug.find('.') == std::string::npos);
    }
    CHECK(card_slug("../../etc/passwd") == "etc-passwd");
    // "name.cy.md" would be read as the Welsh translation of "name.md".
    CHECK(card_slug("name.cy") == "name-cy");
}

TEST_CASE("card slug: accented Latin letters lose their accents; other scripts are left out") {
    CHECK(card_slug("Café crème") == "cafe-creme");
    CHECK(card_slug("Straße") == "strasse");
    CHECK(card_slug("Ŵyn bach ŷd") == "wyn-bach-yd");  // Welsh
    CHECK(card_slug("Ærø Łódź") == "aero-lodz");
    CHECK(card_slug("Здоровье и сон") == "card");     // nothing ASCII to keep
    CHECK(card_slug("睡眠 sleep 睡眠") == "sleep");
    CHECK(card_slug("😀 Smile") == "smile");
    CHECK(card_slug("") == "card");
    CHECK(card_slug("!!!") == "card");
    // Bytes that are not UTF-8 count as separators.
    CHECK(card_slug("caf\xe9 au lait") == "caf-au-lait");
}

TEST_CASE("card slug: names Windows reserves get a suffix") {
    CHECK(card_slug("Con") == "con-card");
    CHECK(card_slug("NUL") == "nul-card");
    CHECK(card_slug("com1") == "com1-card");
    CHECK(card_slug("LPT9") == "lpt9-card");
    CHECK(card_slug("Console") == "console");
}

TEST_CASE("card slug: a very long title is cut, between words where it can be") {
    std::string title;
    for (int i = 0; i < 200; ++i) title += "word ";
    const std::string slug = card_slug(title);
    CHECK(slug.size() <= kMaxCardSlugLength);
    CHECK(slug.size() >= kMaxCardSlugLength - 5);
    CHECK(plain(slug));
    CHECK(slug.rfind("word-word", 0) == 0);
    CHECK(slug.substr(slug.size() - 4) == "word");  // whole words only
    // One endless word is cut where the limit falls.
    CHECK(card_slug(std::string(500, 'x')) == std::string(kMaxCardSlugLength, 'x'));
}

TEST_CASE("free card file name: never the name, or the slug, of a card already there") {
    CHECK(free_card_file_name("sleep", {}) == "sleep.md");
    CHECK(free_card_file_name("sleep", {"food.md"}) == "sleep.md");
    CHECK(free_card_file_name("sleep", {"sleep.md"}) == "sleep-2.md");
    CHECK(free_card_file_name("sleep", {"sleep.md", "sleep-2.md", "sleep-3.md"}) == "sleep-4.md");
    // Windows and macOS see Sleep.MD and sleep.md as one file.
    CHECK(free_card_file_name("sleep", {"Sleep.MD"}) == "sleep-2.md");
    // sleep.cy.md alone would become the Welsh text of a new sleep.md.
    CHECK(free_card_file_name("sleep", {"sleep.cy.md"}) == "sleep-2.md");
    // Anything else by that name, a folder or a picture, is avoided too.
    CHECK(free_card_file_name("sleep", {"sleep"}) == "sleep-2.md");
    // The name found is really free.
    std::vector<std::string> names;
    for (int i = 0; i < 20; ++i) {
        const std::string name = free_card_file_name("card", names);
        for (const std::string& existing : names) CHECK(haven::to_lower(existing) != name);
        names.push_back(name);
    }
    CHECK(names.back() == "card-20.md");
}
