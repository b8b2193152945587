#pragma once
// One kiosk session, whatever drives it: content, UI, pointer queue and frame pacing. The
// live loop feeds it real time and GLFW events; a scripted session feeds it a virtual clock
// and scripted touches. Both draw frames through `frame()` and nothing else.

#include "core/content_loader.hpp"
#include "core/frame_pacer.hpp"
#include "core/pointer_input.hpp"
#include "fonts.hpp"
#include "kiosk_ui.hpp"

#include <filesystem>

namespace haven::ui {

class Session {
public:
    explicit Session(const FontLibrary& fonts);

    // Loads the content folder. At start-up whatever loaded is shown; on a reload, content
    // with errors is refused and the patient keeps seeing what was there. Problems go to stderr.
    void load(const std::filesystem::path& folder, bool initial);

    void push(PointerEvent event);
    void wake() { pacer_.on_input(); }  // an outside change wants a redraw

    // Seconds until the next frame is due (0: now, kForever: when an event comes).
    Seconds wait(Seconds now) const;
    void frame(Seconds now, Size display);

    KioskUi& ui() { return ui_; }
    const KioskUi& ui() const { return ui_; }
    int frames_drawn() const { return frames_drawn_; }

private:
    KioskUi ui_;
    PointerInput pointer_;
    FramePacer pacer_;
    int frames_drawn_ = 0;
};

} // namespace haven::ui
