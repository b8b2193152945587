#pragma once
// One kiosk session, whatever drives it: content, UI, pointer queue and frame pacing. The
// live loop feeds it real time and GLFW events; a scripted session feeds it a virtual clock
// and scripted touches. Both draw frames through `frame()` and nothing else.

#include "core/content/content_loader.hpp"
#include "core/session/frame_pacer.hpp"
#include "core/input/pointer_input.hpp"
#include "core/input/scroll_inertia.hpp"
#include "fonts.hpp"
#include "kiosk_ui.hpp"
#include "texture.hpp"

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace haven::ui {

class Session {
public:
    explicit Session(const FontLibrary& fonts);

    // Uploads a new content's images and returns their textures (the old ones are freed by
    // the uploader). Unset in headless runs: no images are drawn.
    std::function<Textures(const std::map<std::string, DecodedImage>&)> upload_images;

    // Shows freshly loaded content at this frame boundary, all at once. Content with errors
    // is never shown: on a reload the patient keeps the previous content; at start-up the
    // kiosk shows a calm "nothing to show yet" screen. Problems go to stderr and are kept
    // for staff.
    void apply(LoadResult loaded, bool initial);
    // Staff preview `loaded` (KioskUi::start_preview); `what` names it on the preview strip.
    // Content with errors is not shown: the sentence why, else empty.
    std::string preview(LoadResult loaded, const std::string& what);
    // Loads a folder on this thread and applies it (start-up, scripted runs, tests).
    void load(const std::filesystem::path& folder, bool initial) { apply(load_content(folder), initial); }

    // The problems found by the latest load, refused or not.
    const std::vector<Diagnostic>& problems() const { return ui_.problems(); }

    void push(PointerEvent event);
    void wake() { pacer_.on_input(); }  // an outside change wants a redraw

    // Seconds until the next frame is due (0: now, kForever: when an event comes).
    Seconds wait(Seconds now) const;
    void frame(Seconds now, Size display);

    // The screen's pixel density, for physical touch-target sizes (0: unknown).
    void set_px_per_mm(float px_per_mm) { px_per_mm_ = px_per_mm; }

    KioskUi& ui() { return ui_; }
    const KioskUi& ui() const { return ui_; }
    int frames_drawn() const { return frames_drawn_; }

private:
    KioskUi ui_;
    PointerInput pointer_;
    FramePacer pacer_;
    ScrollInertia inertia_;
    int frames_drawn_ = 0;
    float px_per_mm_ = 0;
};

} // namespace haven::ui
