// VisibleText: what a person could read or tap on the latest frame.

#include "core/text/visible_text.hpp"

#include <doctest/doctest.h>

using haven::Rect;
using haven::VisibleItem;
using haven::VisibleText;

namespace {

const Rect kScreen{0, 0, 800, 600};

} // namespace

TEST_CASE("an item inside the clip is kept with its whole rect") {
    VisibleText text;
    text.add("Welcome", {10, 20, 200, 60}, kScreen, false);
    REQUIRE(text.items().size() == 1);
    const VisibleItem& item = text.items()[0];
    CHECK(item.text == "Welcome");
    CHECK(item.rect.x0 == 10);
    CHECK(item.rect.y0 == 20);
    CHECK(item.rect.x1 == 200);
    CHECK(item.rect.y1 == 60);
    CHECK_FALSE(item.tappable);
}

TEST_CASE("an item partly outside the clip keeps only its visible part") {
    VisibleText text;
    // A button scrolled half below a list clipped at y = 500.
    text.add("Next", {100, 450, 300, 550}, {0, 100, 800, 500}, true);
    REQUIRE(text.items().size() == 1);
    const Rect& r = text.items()[0].rect;
    CHECK(r.x0 == 100);
    CHECK(r.y0 == 450);
    CHECK(r.x1 == 300);
    CHECK(r.y1 == 500);
    CHECK(text.items()[0].tappable);

    VisibleText left;
    left.add("Back", {-50, -20, 50, 30}, kScreen, true);
    REQUIRE(left.items().size() == 1);
    CHECK(left.items()[0].rect.x0 == 0);
    CHECK(left.items()[0].rect.y0 == 0);
    CHECK(left.items()[0].rect.x1 == 50);
    CHECK(left.items()[0].rect.y1 == 30);
}

TEST_CASE("an item clipped away entirely is dropped") {
    VisibleText text;
    text.add("Below the fold", {0, 700, 400, 760}, kScreen, true);
    text.add("Far right", {900, 10, 1000, 50}, kScreen, false);
    text.add("Touching the edge", {0, 600, 400, 640}, kScreen, true);  // shares only the edge
    CHECK(text.items().empty());
    CHECK(text.find_widget("Below the fold") == nullptr);
    CHECK_FALSE(text.contains("Far right"));
}

TEST_CASE("an item with an empty rect or empty text is dropped") {
    VisibleText text;
    text.add("Zero width", {10, 10, 10, 50}, kScreen, true);
    text.add("Upside down", {10, 50, 100, 10}, kScreen, true);
    text.add("", {10, 10, 100, 50}, kScreen, true);
    CHECK(text.items().empty());
}

TEST_CASE("find_widget finds only a tappable item with exactly that label") {
    VisibleText text;
    text.add("Home", {0, 0, 100, 40}, kScreen, false);  // a heading, not a button
    text.add("Home", {0, 500, 100, 560}, kScreen, true);
    text.add("Home page", {0, 100, 100, 140}, kScreen, true);

    const VisibleItem* home = text.find_widget("Home");
    REQUIRE(home != nullptr);
    CHECK(home->tappable);
    CHECK(home->rect.y0 == 500);

    CHECK(text.find_widget("Hom") == nullptr);
    CHECK(text.find_widget("home") == nullptr);
    CHECK(text.find_widget("Home page") != nullptr);
    CHECK(text.find_widget("Missing") == nullptr);
}

TEST_CASE("find_widget ignores text that is not tappable") {
    VisibleText text;
    text.add("Talking together", {0, 0, 300, 40}, kScreen, false);
    CHECK(text.find_widget("Talking together") == nullptr);
}

TEST_CASE("find_widget returns the first of two widgets with the same label") {
    VisibleText text;
    text.add("Open", {0, 100, 100, 140}, kScreen, true);
    text.add("Open", {0, 200, 100, 240}, kScreen, true);
    const VisibleItem* open = text.find_widget("Open");
    REQUIRE(open != nullptr);
    CHECK(open->rect.y0 == 100);
}

TEST_CASE("contains finds a substring of any single item, tappable or not") {
    VisibleText text;
    text.add("Welcome to Haven", {0, 0, 300, 40}, kScreen, false);
    text.add("Talking", {0, 100, 100, 140}, kScreen, true);
    text.add("together", {100, 100, 200, 140}, kScreen, false);

    CHECK(text.contains("Haven"));
    CHECK(text.contains("Welcome to Haven"));
    CHECK(text.contains("Talk"));
    CHECK_FALSE(text.contains("haven"));
    CHECK_FALSE(text.contains("Talking together"));  // never across two items
    CHECK_FALSE(text.contains("Goodbye"));
}

TEST_CASE("clear forgets every item of the previous frame") {
    VisibleText text;
    text.add("Home", {0, 0, 100, 40}, kScreen, true);
    text.clear();
    CHECK(text.items().empty());
    CHECK(text.find_widget("Home") == nullptr);
    CHECK_FALSE(text.contains("Home"));
}
