#pragma once
// The whole kiosk UI for one frame, without any window or GPU: pointer and time in, ImGui
// draw data and what is visible out. The live loop, scripted sessions and headless UI tests
// all drive this same class, so what the tests tap is what a patient taps.

#include "core/session/clock.hpp"
#include "core/content/content_model.hpp"
#include "core/content/diagnostic.hpp"
#include "core/session/frame_pacer.hpp"
#include "core/session/idle_policy.hpp"
#include "core/session/navigation.hpp"
#include "core/input/pointer_input.hpp"
#include "core/breathing/sound_plan.hpp"
#include "core/speech/speech_plan.hpp"
#include "core/session/staff_access.hpp"
#include "core/text/visible_text.hpp"
#include "fonts.hpp"
#include "metrics.hpp"
#include "qr_cache.hpp"
#include "staff_info.hpp"
#include "texture.hpp"
#include "theme.hpp"
#include "update_banner.hpp"
#include "ui/text/shaped_text.hpp"

#include <functional>
#include <optional>

struct ImGuiContext;
struct ImDrawData;

namespace haven::ui {

struct FrameInput {
    Seconds now = 0;
    Size display;
    PointerFrame pointer;
    float px_per_mm = 0;  // the screen's pixel density; 0 when unknown
};

struct FrameOutput {
    bool changed = false;        // the screen changed: draw a few more frames to settle
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
    // are unless that card or topic is gone.
    // While staff preview other content, it is kept aside and shown again when the preview ends.
    void set_content(Content content, Textures textures = {});
    const Content& content() const { return content_; }

    // Staff asked to preview `content` (new content waiting for approval, or a kept version):
    // the kiosk shows it exactly as a patient would, from its home screen, with the preview
    // strip beneath. End preview and the staff gesture return to the staff view; the idle
    // reset ends it too and closes the staff view. Either way the kiosk's own content comes
    // back, and a StaffRequest::EndPreview tells the app to reload its images.
    void start_preview(Content content, Textures textures, std::string what);
    bool previewing() const { return live_.has_value(); }

    FrameOutput frame(const FrameInput& input);

    ImDrawData* draw_data() const;

    // What the breathing exercise should sound like now (derived from the patient's state).
    SoundPlan sound_plan() const;
    // Whether sound can be played at all; when not, the exercise says so quietly.
    void set_sound_available(bool available) { sound_available_ = available; }
    // Whether cards can be read aloud and the breathing prompts spoken (eSpeak NG is there and
    // sound works), and if not, why: the staff view says so.
    void set_speech_available(bool available, std::string problem = {}) {
        speech_available_ = available;
        speech_problem_ = std::move(problem);
    }
    // What the card on screen should sound like now, and where the voice has got to (from the
    // speech player, each frame before frame()): the sentence heard is highlighted, and a
    // reading that has ended turns Listen back on.
    SpeechPlan speech_plan() const;
    void set_speech_progress(const SpeechProgress& progress) { speech_progress_ = progress; }
    // Staff: the problems of the latest load, what the staff view shows about the store, and
    // what it asks for (taken once by the app after each frame).
    void set_problems(std::vector<Diagnostic> problems) { problems_ = std::move(problems); }
    const std::vector<Diagnostic>& problems() const { return problems_; }
    void set_staff_info(StaffInfo info) { staff_info_ = std::move(info); }
    std::optional<StaffRequest> take_staff_request();
    const StaffAccess& staff_access() const { return staff_; }
    // The import's progress or result at the foot of the screen.
    void set_update_banner(UpdateBanner banner) { banner_ = std::move(banner); }

    const VisibleText& visible() const { return seen_; }
    const Navigation& navigation() const { return nav_; }
    const Metrics& metrics() const { return metrics_; }
    const Fonts& fonts() const { return fonts_; }
    const Theme& theme() const;
    // The colour the last frame was drawn on: the renderer clears to it, and no screen paints
    // its own background over it (each layer costs CPU on a machine without a GPU).
    ImU32 background() const { return background_; }
    ImGuiContext* imgui() const { return context_; }
    // The glyphs of shaped text (scripts ImGui cannot draw): the renderer makes its texture
    // and uploads what each frame added.
    GlyphAtlas& glyph_atlas() { return painter_.atlas(); }
    const TextPainter& text_painter() const { return painter_; }

private:
    void update_metrics(Size display, float px_per_mm);
    // The card on screen in the patient's language, or nullptr.
    const Card* card_on_screen() const;
    // Listen is offered for `card`: the clinic allows it, sound works, and it has a recording
    // or a voice speaks its language.
    bool can_read_aloud(const Card& card) const;
    std::string card_language(const Card& card) const;
    // For staff, where the clinic turned reading aloud on: whether cards are read, and if not, why.
    std::string read_aloud_status() const;
    Action draw_screen(struct ViewContext& ctx, Seconds now);
    bool at_rest() const;
    // The staff screens, when open; returns true when they were drawn (instead of the patient's).
    bool draw_staff(struct ViewContext& ctx, Seconds now);
    bool held_in_staff_corner(const PointerFrame& pointer) const;
    void install_content(Content content, Textures textures);
    // The kiosk's own settings, also while a preview shows other content: what a stick's
    // content says (a long idle time, say) never governs the kiosk before it is published.
    const KioskSettings& kiosk_settings() const { return live_ ? live_->settings : content_.settings; }
    void end_preview();

    const FontLibrary& font_library_;
    ImGuiContext* context_ = nullptr;
    std::function<void()> fonts_rebuilt_;
    Content content_;
    std::vector<ImWchar> glyphs_;  // every character the content uses, for the font atlas
    Textures textures_;
    QrCache qr_;
    Navigation nav_;
    IdlePolicy idle_;
    Metrics metrics_;
    Fonts fonts_;
    bool fonts_stale_ = true;
    TextPainter painter_;
    VisibleText seen_;
    Seconds last_frame_ = -1;
    bool sound_available_ = false;
    bool speech_available_ = false;
    std::string speech_problem_;
    SpeechProgress speech_progress_;
    int followed_sentence_ = -1;  // the sentence last scrolled into view
    Place drawn_place_;  // what the previous frame showed
    ImU32 background_ = calm_theme().background;  // the last frame's
    StaffAccess staff_;
    bool display_test_ = false;
    std::string confirm_rollback_;  // a rollback waiting for "Yes, go back"
    std::string confirm_publish_;   // publishing waiting for "Yes, publish"
    std::optional<Content> live_;   // the kiosk's own content, aside while staff preview other content
    std::string preview_what_;
    std::string pin_message_;
    StaffInfo staff_info_;
    std::vector<Diagnostic> problems_;
    std::optional<StaffRequest> staff_request_;
    UpdateBanner banner_;
};

} // namespace haven::ui
