// Which part of the screen a frame changes: the triangles between the shared prefix and
// suffix of two frames, old and new, bound it; a frame with no change is not drawn at all.

#include "core/drawing/frame_damage.hpp"

#include <doctest/doctest.h>

#include <vector>

using haven::DrawnTriangle;
using haven::FrameDamage;
using haven::FrameDamageTracker;
using haven::Rect;
using haven::Size;

namespace {
const Size kScreen{1000, 800};

DrawnTriangle tri(std::uint64_t key, float x0, float y0, float x1, float y1) { return {key, Rect{x0, y0, x1, y1}}; }

// A screen's worth of triangles: a background and a row of labels.
std::vector<DrawnTriangle> screen() {
    std::vector<DrawnTriangle> t{tri(1, 0, 0, 1000, 800)};
    for (int i = 0; i < 10; ++i) t.push_back(tri(100 + i, i * 100.f, 700, i * 100.f + 80, 760));
    return t;
}
} // namespace

TEST_CASE("a frame the same as the one shown is not drawn") {
    CHECK(haven::damage_between(screen(), screen(), kScreen).kind == FrameDamage::Kind::None);
}

TEST_CASE("a changed triangle damages its old and new bounds, in whole pixels with a pixel to spare") {
    auto before = screen();
    auto after = screen();
    after[3] = tri(999, 310.5f, 690.2f, 390, 770.7f);  // moved and changed
    const FrameDamage d = haven::damage_between(before, after, kScreen);
    REQUIRE(d.kind == FrameDamage::Kind::Region);
    CHECK(d.region.x0 == 199);  // the old one: 200..280
    CHECK(d.region.y0 == 689);
    CHECK(d.region.x1 == 391);
    CHECK(d.region.y1 == 772);
}

TEST_CASE("triangles added or removed in the middle damage only themselves, whatever follows them") {
    auto before = screen();
    auto after = screen();
    after.insert(after.begin() + 5, tri(500, 420, 100, 460, 140));
    FrameDamage d = haven::damage_between(before, after, kScreen);
    REQUIRE(d.kind == FrameDamage::Kind::Region);
    CHECK(d.region.x0 == 419);
    CHECK(d.region.y1 == 141);
    d = haven::damage_between(after, before, kScreen);  // and taken away again
    REQUIRE(d.kind == FrameDamage::Kind::Region);
    CHECK(d.region.y0 == 99);
}

TEST_CASE("the same triangles in another order are a change: what is drawn last shows") {
    auto before = screen();
    auto after = screen();
    std::swap(after[2], after[4]);
    const FrameDamage d = haven::damage_between(before, after, kScreen);
    REQUIRE(d.kind == FrameDamage::Kind::Region);
    CHECK(d.region.x0 == 99);
    CHECK(d.region.x1 == 381);
}

TEST_CASE("a change over most of the screen, or one that reaches its edges, is drawn whole or clipped to the screen") {
    auto after = screen();
    after[0].key = 2;  // the background
    CHECK(haven::damage_between(screen(), after, kScreen).kind == FrameDamage::Kind::Whole);
    after = screen();
    after.push_back(tri(7, -50, -50, 20, 20));
    const FrameDamage d = haven::damage_between(screen(), after, kScreen);
    REQUIRE(d.kind == FrameDamage::Kind::Region);
    CHECK(d.region.x0 == 0);
    CHECK(d.region.y0 == 0);
    CHECK(d.region.x1 == 21);
}

TEST_CASE("the tracker draws the first frame, a resized screen and anything after invalidate() whole") {
    FrameDamageTracker tracker;
    auto frame = screen();
    CHECK(tracker.next(frame, kScreen).kind == FrameDamage::Kind::Whole);
    frame = screen();
    CHECK(tracker.next(frame, kScreen).kind == FrameDamage::Kind::None);
    frame = screen();
    CHECK(tracker.next(frame, {1000, 801}).kind == FrameDamage::Kind::Whole);
    frame = screen();
    tracker.invalidate();  // a texture changed: the same triangles draw other pixels
    const FrameDamage d = tracker.next(frame, {1000, 801});
    CHECK(d.kind == FrameDamage::Kind::Whole);
    CHECK(d.region.x1 == 1000);
    CHECK(d.region.y1 == 801);
    // The buffer handed back is the frame before, to be refilled.
    CHECK(frame.size() == screen().size());
}
