#include "session.hpp"

#include <cstdio>

namespace haven::ui {
namespace {
// About a fingertip's wobble: a press that moves less than this is still a tap.
constexpr float kDragSlopEm = 0.6f;
} // namespace

Session::Session(const FontLibrary& fonts) : ui_(fonts), pointer_(24) {}

void Session::load(const std::filesystem::path& folder, bool initial) {
    LoadResult result = load_content(folder);
    for (const auto& d : result.diagnostics) std::fprintf(stderr, "haven: %s\n", format(d).c_str());
    if (!initial && !result.ok()) {
        std::fprintf(stderr, "haven: content in %s has errors; still showing the previous content\n",
                     folder.c_str());
        return;
    }
    ui_.set_content(std::move(result.content));
    pacer_.on_input();
}

void Session::push(PointerEvent event) {
    pointer_.push(event);
    pacer_.on_input();
}

Seconds Session::wait(Seconds now) const { return pointer_.pending() ? 0 : pacer_.wait(now); }

void Session::frame(Seconds now, Size display) {
    pointer_.set_drag_slop(ui_.metrics().em * kDragSlopEm);
    const FrameOutput out = ui_.frame({now, display, pointer_.next_frame()});
    pacer_.on_frame(out.animating, out.next_deadline);
    if (out.changed) pacer_.on_input();
    ++frames_drawn_;
}

} // namespace haven::ui
