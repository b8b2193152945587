#pragma once
// The whole kiosk UI for one frame, without any window or GPU: pointer and time in, ImGui
// draw data and what is visible out. The live loop, scripted sessions and headless UI tests
// all drive this same class, so what the tests tap is what a patient taps.

#include "core/clock.hpp"
#include "core/content_model.hpp"
#include "core/frame_pacer.hpp"
#include "core/navigation.hpp"
#include "core/pointer_input.hpp"
#include "core/visible_text.hpp"
#include "fonts.hpp"
#include "metrics.hpp"
#include "texture.hpp"
#include "theme.hpp"

#include <functional>

struct ImGuiContext;
struct ImDrawData;

namespace haven::ui {

struct FrameInput {
    Seconds now = 0;
    Size display;
    PointerFrame pointer;
};

struct FrameOutput {
    bool changed = false;        // the screen changed: draw a few more frames to settle
    bool animating = false;      // the next frame is wanted at display rate
    Seconds next_deadline = kForever;
};

class KioskUi {
public:
    // Creates the ImGui context. ImGui writes no imgui.ini or log: a kiosk keeps no trace.
    explicit KioskUi(const FontLibrary& fonts);
    ~KioskUi();
    KioskUi(const KioskUi&) = delete;
    KioskUi& operator=(const KioskUi&) = delete;

    // Called after the font atlas was rebuilt, before the frame that uses it, so the
    // renderer can upload the new texture.
    void on_fonts_rebuilt(std::function<void()> callback) { fonts_rebuilt_ = std::move(callback); }

    // Replaces the content (and its images) between frames; the patient stays where they
    // are if it still exists.
    void set_content(Content content, Textures textures = {});
    const Content& content() const { return content_; }

    FrameOutput frame(const FrameInput& input);

    ImDrawData* draw_data() const;
    const VisibleText& visible() const { return seen_; }
    const Navigation& navigation() const { return nav_; }
    const Metrics& metrics() const { return metrics_; }
    ImGuiContext* imgui() const { return context_; }

private:
    void update_metrics(Size display);

    const FontLibrary& font_library_;
    ImGuiContext* context_ = nullptr;
    std::function<void()> fonts_rebuilt_;
    Content content_;
    Textures textures_;
    Navigation nav_;
    Metrics metrics_;
    Fonts fonts_;
    VisibleText seen_;
    Seconds last_frame_ = -1;
};

} // namespace haven::ui
