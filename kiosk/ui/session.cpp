#include "session.hpp"

#include <algorithm>
#include <cstdio>

namespace haven::ui {
namespace {
// About a fingertip's wobble: a press that moves less than this is still a tap.
constexpr float kDragSlopEm = 0.6f;
// How many of a load's problems go to the log.
constexpr size_t kMaxLoggedProblems = 50;
} // namespace

Session::Session(const FontLibrary& fonts) : ui_(fonts), pointer_(24) {}

void Session::apply(LoadResult loaded, bool initial) {
    // The journal gets the first problems and a count: a pack of 10,000 broken cards must not
    // stall the frame that refuses it (or flood the log). Staff see them all in the staff view.
    const size_t logged = std::min(loaded.diagnostics.size(), kMaxLoggedProblems);
    for (size_t i = 0; i < logged; ++i) std::fprintf(stderr, "haven: %s\n", format(loaded.diagnostics[i]).c_str());
    if (loaded.diagnostics.size() > logged)
        std::fprintf(stderr, "haven: ... and %zu more problems (haven check lists them all)\n",
                     loaded.diagnostics.size() - logged);
    const bool ok = loaded.ok();
    ui_.set_problems(std::move(loaded.diagnostics));
    if (!ok) {
        std::fprintf(stderr, initial ? "haven: the content has errors; showing nothing until it is fixed\n"
                                     : "haven: the new content has errors; still showing the previous content\n");
        if (!initial) return;
        loaded.content = Content{};  // (a background load has dropped it already)
    }
    Textures textures;
    if (upload_images) textures = upload_images(loaded.content.images);
    loaded.content.images.clear();  // the pixels live on the GPU now
    std::fprintf(stderr, "haven: showing %zu topics and %zu cards\n", loaded.content.topics.size(),
                 loaded.content.cards.size());
    ui_.set_content(std::move(loaded.content), std::move(textures));
    pacer_.on_input();
}

std::string Session::preview(LoadResult loaded, const std::string& what) {
    for (const Diagnostic& d : loaded.diagnostics)
        if (d.severity == Diagnostic::Severity::Error)
            return "That content has errors (" + format(d) + "), so it cannot be previewed.";
    Textures textures;
    if (upload_images) textures = upload_images(loaded.content.images);
    loaded.content.images.clear();
    ui_.start_preview(std::move(loaded.content), std::move(textures), what);
    pacer_.on_input();
    return {};
}

void Session::push(PointerEvent event) {
    pointer_.push(event);
    pacer_.on_input();
}

Seconds Session::wait(Seconds now) const { return pointer_.pending() ? 0 : pacer_.wait(now); }

void Session::frame(Seconds now, Size display) {
    pointer_.set_drag_slop(ui_.metrics().em * kDragSlopEm);
    PointerFrame pointer = pointer_.next_frame();
    // Drags scroll with the finger; a flick keeps gliding after the lift.
    if (pointer.pressed) inertia_.stop();
    if (pointer.dragging) inertia_.drag(now, pointer.drag_delta.y);
    if (pointer.dragging && pointer.released) inertia_.release(now);
    pointer.drag_delta.y += inertia_.step(now);

    const FrameOutput out = ui_.frame({now, display, pointer, px_per_mm_});
    pacer_.on_frame(inertia_.gliding(), out.next_deadline);  // a flick glides at display rate
    if (out.changed) pacer_.on_input();
    ++frames_drawn_;
}

} // namespace haven::ui
