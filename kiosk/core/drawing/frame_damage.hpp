#pragma once
// Which part of the screen a new frame changes, so that only that part is drawn again and
// shown: without a GPU every pixel drawn costs CPU (llvmpipe), and most frames of an
// animation change a small part of the screen (the breathing circle and its words).
//
// A frame is seen as the ordered list of the triangles it draws. Two frames share a prefix
// and a suffix of identical triangles; the triangles in between, old and new, are all that
// can differ. A pixel outside their bounds is touched by the shared triangles alone, in the
// same order, so it keeps its colour; a pixel inside is drawn again from the whole new frame.
// The result is exact, whatever changed, with no view having to say what it animates.

#include "core/input/geometry.hpp"

#include <cstdint>
#include <vector>

namespace haven {

// One triangle as drawn: `key` stands for everything that decides its pixels (its corners'
// positions, texture coordinates and colours, its texture and its clip rectangle), and
// `bounds` are the pixels it can touch (its corners' box, clipped).
struct DrawnTriangle {
    std::uint64_t key = 0;
    Rect bounds;
};

struct FrameDamage {
    enum class Kind {
        None,    // the frame is the one on screen: nothing to draw or show
        Region,  // draw and show `region` only
        Whole,   // draw and show everything
    };
    Kind kind = Kind::Whole;
    Rect region;  // whole pixels, within the screen; the screen itself for Whole
};

// The damage from the frame `before` to the frame `after` on a screen of `screen` pixels. A
// region larger than `whole_share` of the screen is drawn whole: scissoring would save little.
FrameDamage damage_between(const std::vector<DrawnTriangle>& before, const std::vector<DrawnTriangle>& after,
                           Size screen, float whole_share = 0.5f);

// Remembers the frame on screen and says what each new one damages. Whatever changes pixels
// without changing triangles (a texture's contents, a resized or exposed window) must call
// invalidate(): the next frame is then drawn whole.
class FrameDamageTracker {
public:
    // Takes the new frame's triangles and hands back, in `frame`, the buffer of the frame
    // before, for the next frame to fill: no allocation a frame once the buffers are grown.
    FrameDamage next(std::vector<DrawnTriangle>& frame, Size screen);
    void invalidate() { valid_ = false; }

private:
    std::vector<DrawnTriangle> shown_;
    Size screen_;
    bool valid_ = false;
};

} // namespace haven
