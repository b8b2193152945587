#pragma once
// Plain screen geometry in pixels, free of any UI library.

namespace haven {

struct Point {
    float x = 0;
    float y = 0;
};

struct Rect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    Point center() const { return {(x0 + x1) * 0.5f, (y0 + y1) * 0.5f}; }
    bool empty() const { return x1 <= x0 || y1 <= y0; }
    bool contains(Point p) const { return p.x >= x0 && p.x < x1 && p.y >= y0 && p.y < y1; }
    Rect intersect(const Rect& o) const {
        return {x0 > o.x0 ? x0 : o.x0, y0 > o.y0 ? y0 : o.y0, x1 < o.x1 ? x1 : o.x1, y1 < o.y1 ? y1 : o.y1};
    }
};

struct Size {
    int width = 0;
    int height = 0;
};

} // namespace haven
