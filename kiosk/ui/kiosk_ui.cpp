#include "kiosk_ui.hpp"

#include "core/i18n/language_direction.hpp"

#include "breathing_view.hpp"
#include "card_view.hpp"
#include "cover_views.hpp"
#include "home_view.hpp"
#include "keypad_view.hpp"
#include "preview_strip.hpp"
#include "staff_views.hpp"
#include "topic_view.hpp"
#include "update_banner.hpp"
#include "view_context.hpp"

#include "core/session/reading_time.hpp"
#include "core/speech/speech_voices.hpp"
#include "core/speech/spoken_card.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cfloat>
#include <cmath>

namespace haven::ui {
namespace {

// ImGui asserts that time moves forward between frames.
constexpr Seconds kMinFrameDelta = 1e-4;
// The breathing exercise redraws at this interval while it runs.
constexpr Seconds kBreathingFrameInterval = 1.0 / 30;
// The hidden staff corner: a square at the top left, at least this many millimetres wide.
constexpr float kStaffCornerMm = 15;

// Forgets what ImGui remembers between frames for each window: scroll positions and
// stored widget state. Part of an idle reset: nothing a patient did may survive it.
void forget_widget_state() {
    for (ImGuiWindow* window : GImGui->Windows) {
        window->Scroll = ImVec2(0, 0);
        window->ScrollTarget = ImVec2(FLT_MAX, FLT_MAX);
        window->StateStorage.Clear();
    }
}

} // namespace

KioskUi::KioskUi(const FontLibrary& fonts) : font_library_(fonts) {
    IMGUI_CHECKVERSION();
    ImGuiContext* previous = ImGui::GetCurrentContext();
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    if (previous) ImGui::SetCurrentContext(previous);
}

KioskUi::~KioskUi() { ImGui::DestroyContext(context_); }

void KioskUi::set_content(Content content, Textures textures) {
    if (previewing()) {
        // Images come again when the preview ends (StaffRequest::EndPreview).
        live_ = std::move(content);
        return;
    }
    install_content(std::move(content), std::move(textures));
    staff_.set_enabled(!content_.settings.staff_pin_hash.empty());
    if (!staff_.enabled()) display_test_ = false;
}

void KioskUi::start_preview(Content content, Textures textures, std::string what) {
    if (!previewing()) live_ = std::move(content_);
    content_ = Content{};  // the preview starts at its own home screen
    install_content(std::move(content), std::move(textures));
    preview_what_ = std::move(what);
    staff_.begin_preview();
    confirm_rollback_.clear();
    confirm_publish_.clear();
    display_test_ = false;
    forget_widget_state();
}

void KioskUi::end_preview() {
    if (!previewing()) return;
    Content live = std::move(*live_);
    live_.reset();
    content_ = Content{};
    install_content(std::move(live), {});
    preview_what_.clear();
    staff_.end_preview();
    forget_widget_state();
    staff_request_ = StaffRequest{StaffRequest::Kind::EndPreview, {}};
}

void KioskUi::install_content(Content content, Textures textures) {
    const bool first = content_.topics.empty() && content_.cards.empty();
    content_ = std::move(content);
    textures_ = std::move(textures);
    qr_.clear();
    // Rebuilding the atlas takes tens of milliseconds: only when new characters appear.
    std::vector<ImWchar> glyphs = FontLibrary::glyph_ranges(content_.characters);
    if (glyphs != glyphs_) {
        glyphs_ = std::move(glyphs);
        fonts_stale_ = true;
    }
    if (first) nav_ = initial_navigation(content_.settings);
    revalidate(nav_, content_);
    idle_.set_timeout(kiosk_settings().idle_timeout_seconds);
}

std::optional<StaffRequest> KioskUi::take_staff_request() {
    std::optional<StaffRequest> request;
    request.swap(staff_request_);
    return request;
}

bool KioskUi::held_in_staff_corner(const PointerFrame& pointer) const {
    const float side = std::max(metrics_.target(3), kStaffCornerMm * metrics_.px_per_mm);
    return pointer.present && pointer.down && !pointer.dragging && pointer.position.x < side && pointer.position.y < side;
}

bool KioskUi::draw_staff(ViewContext& ctx, Seconds now) {
    if (staff_.stage() == StaffAccess::Stage::Closed || staff_.stage() == StaffAccess::Stage::Previewing) return false;
    StaffChoice choice;
    if (staff_.stage() == StaffAccess::Stage::EnteringPin) {
        choice = staff_pin_view(ctx, staff_, now, pin_message_);
    } else if (display_test_) {
        choice = display_test_view(ctx);
    } else {
        choice = staff_view(ctx, content_, staff_info_, problems_, sound_available_,
                            confirm_publish_.empty() ? confirm_rollback_ : confirm_publish_, read_aloud_status());
    }
    switch (choice.kind) {
    case StaffChoice::Kind::None: break;
    case StaffChoice::Kind::Close:
        confirm_rollback_.clear();
        confirm_publish_.clear();
        staff_.close();
        display_test_ = false;
        pin_message_.clear();
        break;
    case StaffChoice::Kind::Digit: staff_.digit(choice.digit); break;
    case StaffChoice::Kind::DeleteDigit: staff_.delete_digit(); break;
    case StaffChoice::Kind::SubmitPin: {
        const std::string& hash = content_.settings.staff_pin_hash;
        switch (staff_.submit(now, [&hash](const std::string& pin) { return pin_matches_hash(hash, pin); })) {
        case StaffAccess::Attempt::Opened:
            pin_message_.clear();
            staff_info_.note.clear();
            staff_request_ = StaffRequest{StaffRequest::Kind::Refresh, {}};
            break;
        case StaffAccess::Attempt::Wrong: pin_message_ = "That PIN is not right. Please try again."; break;
        case StaffAccess::Attempt::LockedOut: pin_message_.clear(); break;
        }
        break;
    }
    case StaffChoice::Kind::OpenDisplayTest: display_test_ = true; break;
    case StaffChoice::Kind::CloseDisplayTest: display_test_ = false; break;
    case StaffChoice::Kind::AskRollBack:
        confirm_publish_.clear();
        confirm_rollback_ = choice.version;
        break;
    case StaffChoice::Kind::CancelRollBack: confirm_rollback_.clear(); break;
    case StaffChoice::Kind::RollBack:
        confirm_rollback_.clear();
        staff_request_ = StaffRequest{StaffRequest::Kind::RollBack, choice.version};
        break;
    case StaffChoice::Kind::SoundTest: staff_request_ = StaffRequest{StaffRequest::Kind::SoundTest, {}}; break;
    case StaffChoice::Kind::Preview:
        staff_request_ = StaffRequest{StaffRequest::Kind::Preview, choice.version, choice.pending};
        break;
    case StaffChoice::Kind::AskPublish:
        confirm_rollback_.clear();
        confirm_publish_ = choice.version;
        break;
    case StaffChoice::Kind::CancelPublish: confirm_publish_.clear(); break;
    case StaffChoice::Kind::Publish:
        confirm_publish_.clear();
        staff_request_ = StaffRequest{StaffRequest::Kind::Publish, choice.version};
        break;
    case StaffChoice::Kind::Discard:
        confirm_publish_.clear();
        staff_request_ = StaffRequest{StaffRequest::Kind::Discard, choice.version};
        break;
    }
    return true;
}

ImDrawData* KioskUi::draw_data() const {
    ImGui::SetCurrentContext(context_);
    return ImGui::GetDrawData();
}

SoundPlan KioskUi::sound_plan() const {
    SoundPlan plan;
    const BreathingState& b = nav_.breathing;
    const bool exercising = b.stage == BreathingState::Stage::Running || b.stage == BreathingState::Stage::Paused;
    plan.playing = nav_.here.screen == Screen::Breathing && exercising && nav_.sound_on;
    if (!plan.playing) return plan;
    plan.paused = b.stage == BreathingState::Stage::Paused;
    plan.run = b.run;
    plan.started = b.started;
    plan.paused_at = b.paused_at;
    plan.paused_for = b.paused_for;
    plan.cues = breathing_schedule_for(content_, nav_).cues();
    plan.volume = nav_.volume;
    plan.ambient = content_.breathing_ambient;
    plan.voice_guide = nav_.voice_guide;
    if (plan.voice_guide) {
        const std::string language = nav_.language.empty() ? content_.settings.default_language : nav_.language;
        const ScreenText say = content_.screen_text_in(language);
        if (speech_available_) plan.prompts.voice = speech_voice(language).value_or("");
        plan.prompts.words = {say("breathe_in"), say("hold"), say("breathe_out")};
        plan.prompts.recorded = content_.breathing_voice;
    }
    return plan;
}

std::string KioskUi::card_language(const Card& card) const {
    return card.language.empty() ? content_.settings.default_language : card.language;
}

const Card* KioskUi::card_on_screen() const {
    if (nav_.here.screen != Screen::Card) return nullptr;
    const std::string& language = nav_.language.empty() ? content_.settings.default_language : nav_.language;
    for (size_t i = 0; i < content_.cards.size(); ++i)
        if (content_.cards[i].code == nav_.here.card_code) return &content_.localized(i, language);
    return nullptr;
}

bool KioskUi::can_read_aloud(const Card& card) const {
    if (!content_.settings.sound.read_aloud || !sound_available_) return false;
    return !card.audio.empty() || (speech_available_ && speech_voice(card_language(card)).has_value());
}

std::string KioskUi::read_aloud_status() const {
    if (!content_.settings.sound.read_aloud) return {};  // the clinic has not asked for it: nothing to explain
    if (!sound_available_) return "Cards cannot be read aloud: there is no sound device.";
    std::string status = speech_available_ ? "Cards are read aloud when a patient taps Listen."
                                           : "Cards cannot be read aloud by synthesis: " + speech_problem_ +
                                                 ". Only cards with their own recording offer Listen.";
    if (speech_available_) {
        std::string voiceless;
        for (const std::string& language : content_.languages())
            if (!speech_voice(language)) voiceless += (voiceless.empty() ? "" : ", ") + language;
        if (!voiceless.empty()) status += " No voice for: " + voiceless + " (only cards with a recording offer Listen there).";
    }
    return status;
}

SpeechPlan KioskUi::speech_plan() const {
    SpeechPlan plan;
    const Card* card = card_on_screen();
    // Never behind the staff screens, nor a card the kiosk can no longer read.
    if (card == nullptr || nav_.read_aloud.card != card->code || !can_read_aloud(*card) ||
        staff_.stage() != StaffAccess::Stage::Closed)
        return plan;
    plan.speaking = true;
    plan.run = nav_.read_aloud.run;
    plan.voice = speech_voice(card_language(*card)).value_or("");
    plan.words_per_minute = nav_.read_aloud.slower ? kSlowerWordsPerMinute : kUsualWordsPerMinute;
    plan.recording = card->audio;
    if (plan.recording.empty())
        for (SpokenSentence& sentence : spoken_card(*card, content_.screen_text_in(card_language(*card))("further_help")))
            plan.sentences.push_back(std::move(sentence.text));
    plan.volume = nav_.volume;
    return plan;
}

const Theme& KioskUi::theme() const { return nav_.high_contrast ? contrast_theme() : calm_theme(); }

void KioskUi::update_metrics(Size display, float px_per_mm) {
    const Metrics wanted = metrics_for(display, nav_.text_size, px_per_mm);
    const bool em_changed = wanted.em != metrics_.em;
    metrics_ = wanted;
    if (!fonts_stale_ && !em_changed && fonts_.body) return;
    fonts_ = font_library_.build(*ImGui::GetIO().Fonts, metrics_.em, glyphs_);
    fonts_stale_ = false;
    if (fonts_rebuilt_) fonts_rebuilt_();
}

bool KioskUi::at_rest() const {
    if (staff_.stage() != StaffAccess::Stage::Closed) return false;  // staff leave it open: it times out
    // Nothing of a patient may be left for the next one: not a place, a setting, a sound
    // choice, nor a screen scrolled down (which would hide the welcome and the topics).
    if (!(nav_ == initial_navigation(content_.settings))) return false;
    for (const ImGuiWindow* window : GImGui->Windows)
        if (window->Active && window->Scroll.y != 0) return false;
    return true;
}

Action KioskUi::draw_screen(ViewContext& ctx, Seconds now) {
    const std::string& language = nav_.language.empty() ? content_.settings.default_language : nav_.language;
    switch (nav_.here.screen) {
    case Screen::Hidden: return hidden_view(ctx);
    case Screen::Keypad: return keypad_view(ctx, content_, nav_);
    case Screen::Breathing: {
        // The voice guide needs a voice for the patient's language, or the clinic's recordings.
        const auto& recorded = content_.breathing_voice;
        const bool voice = sound_available_ && ((speech_available_ && speech_voice(language).has_value()) ||
                                                !(recorded[0].empty() || recorded[1].empty() || recorded[2].empty()));
        return breathing_view(ctx, content_, nav_, now, sound_available_, voice);
    }
    case Screen::Card:
        if (const Card* card = card_on_screen()) {
            CardListening listening;
            listening.offered = can_read_aloud(*card);
            std::vector<SpokenSentence> sentences;
            const bool reading = nav_.read_aloud.card == card->code && speech_progress_.run == nav_.read_aloud.run;
            if (reading && speech_progress_.sentence >= 0 && card->audio.empty()) {
                sentences = spoken_card(*card, content_.screen_text_in(card_language(*card))("further_help"));
                if (static_cast<size_t>(speech_progress_.sentence) < sentences.size())
                    listening.heard = &sentences[static_cast<size_t>(speech_progress_.sentence)];
            }
            const int heard = listening.heard ? speech_progress_.sentence : -1;
            listening.follow = heard >= 0 && heard != followed_sentence_;
            followed_sentence_ = heard;
            return card_view(ctx, content_, nav_, *card, listening);
        }
        break;
    case Screen::Topic:
        if (const Topic* topic = content_.find_topic(nav_.here.topic_id)) return topic_view(ctx, content_, nav_, *topic);
        break;
    case Screen::Home: break;
    }
    return home_view(ctx, content_, nav_);
}

FrameOutput KioskUi::frame(const FrameInput& input) {
    ImGui::SetCurrentContext(context_);
    FrameOutput out;

    // A new touch is a sign of life; after the idle time with none, prompt, then forget.
    // Following the breathing exercise needs no touch: it counts as being here.
    const bool breathing = nav_.here.screen == Screen::Breathing && nav_.breathing.stage == BreathingState::Stage::Running;
    // Nor does listening to a card.
    const bool listening = nav_.read_aloud.card != 0;
    if (input.pointer.pressed || breathing || listening) idle_.touched(input.now);
    // A reading heard to its end (or that could not be spoken) turns Listen back on.
    if (listening && speech_progress_.run == nav_.read_aloud.run && speech_progress_.finished) {
        apply(nav_, Action::with_code(Action::Kind::FinishListening, speech_progress_.run), content_);
        out.changed = true;
    }
    if (breathing && breathing_schedule_for(content_, nav_).at(nav_.breathing.elapsed(input.now)).finished) {
        apply(nav_, Action::make(Action::Kind::FinishBreathing), content_);
        out.changed = true;
    }
    if (staff_.track_corner_press(held_in_staff_corner(input.pointer), input.now)) {
        if (staff_.stage() == StaffAccess::Stage::Open) end_preview();  // the gesture, during a preview
        pin_message_.clear();
        out.changed = true;
    }
    // The staff gesture silences a card being read; the patient taps Listen again after.
    if (staff_.stage() != StaffAccess::Stage::Closed && staff_.stage() != StaffAccess::Stage::Previewing &&
        nav_.read_aloud.card != 0)
        apply(nav_, Action::make(Action::Kind::StopListening), content_);
    if (at_rest()) idle_.touched(input.now);  // nothing to forget: no timer runs
    if (idle_.state(input.now) == IdlePolicy::State::Expired) {
        end_preview();  // patients never get stuck in a preview
        staff_.close();
        display_test_ = false;
        confirm_rollback_.clear();
        confirm_publish_.clear();
        apply(nav_, Action::make(Action::Kind::Reset), content_);
        idle_.touched(input.now);
        forget_widget_state();
        out.changed = true;
    }

    update_metrics(input.display, input.px_per_mm);
    const Theme& colours = theme();
    apply_style(colours, metrics_, ImGui::GetStyle());
    background_ = colours.background;

    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(input.display.width), static_cast<float>(input.display.height));
    io.DeltaTime = static_cast<float>(last_frame_ < 0 || input.now - last_frame_ < kMinFrameDelta
                                          ? kMinFrameDelta
                                          : input.now - last_frame_);
    last_frame_ = input.now;
    io.MousePos = input.pointer.present ? ImVec2(input.pointer.position.x, input.pointer.position.y)
                                        : ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseDown[0] = input.pointer.down;

    ImGui::NewFrame();
    seen_.clear();
    ViewContext ctx{metrics_, fonts_, colours, seen_, textures_, qr_, input.pointer.drag_delta.y};
    ctx.language = nav_.language.empty() ? content_.settings.default_language : nav_.language;
    ctx.say = content_.screen_text_in(ctx.language);
    ctx.painter = &painter_;
    ctx.right_to_left = right_to_left_language(ctx.language);
    // Glyphs missing from the last frame (the glyph cache filled up and was emptied): draw again.
    if (painter_.begin_frame()) out.changed = true;
    ctx.new_place = !(nav_.here == drawn_place_);
    const float banner_height = update_banner_height(ctx, banner_);
    ctx.reserved_bottom = banner_height + preview_strip_height(ctx, previewing());
    drawn_place_ = nav_.here;
    const StaffAccess::Stage staff_before = staff_.stage();
    const bool display_test_before = display_test_;
    Action action = draw_staff(ctx, input.now) ? Action::none() : draw_screen(ctx, input.now);
    // Not over the hidden screen: quick hide hides everything, the strip included.
    const float display_height = static_cast<float>(input.display.height);
    bool end_preview_tapped = false;
    if (previewing() && nav_.here.screen != Screen::Hidden)
        end_preview_tapped = preview_strip_view(ctx, preview_what_, display_height - banner_height);
    if (staff_.stage() != staff_before || display_test_ != display_test_before) out.changed = true;
    update_banner_view(ctx, banner_);
    // A screen full of text waits longer for a slow reader before asking "Still reading?".
    if (idle_.state(input.now) == IdlePolicy::State::Active)
        idle_.set_timeout(reading_time(seen_.words_shown(), kiosk_settings().idle_timeout_seconds,
                                       kiosk_settings().idle_timeout_max_seconds));
    const bool prompting = idle_.state(input.now) == IdlePolicy::State::Prompting;
    if (prompting) {
        action = Action::none();  // the prompt covers the screen: nothing beneath is tapped
        seen_.clear();
        if (idle_prompt(ctx, idle_.answer_time_left(input.now))) idle_.touched(input.now);
    }
    ImGui::Render();

    if (end_preview_tapped && !prompting) {
        end_preview();
        out.changed = true;
        action = Action::none();
    }
    if (action.kind != Action::Kind::None) {
        action.at = input.now;
        apply(nav_, action, content_);
        out.changed = true;
    }
    out.next_deadline = staff_.gesture_deadline();  // a finger held in the staff corner
    // The exercise's shape moves with time, but slowly: a steady 30 frames a second look as
    // smooth as the display rate and halve the drawing on a kiosk without a GPU.
    if (nav_.here.screen == Screen::Breathing && nav_.breathing.stage == BreathingState::Stage::Running)
        out.next_deadline = std::min(out.next_deadline, input.now + kBreathingFrameInterval);
    if (!at_rest()) {
        out.next_deadline = std::min(out.next_deadline, idle_.next_change(input.now));
        // While prompting, redraw each second for the countdown.
        if (prompting) out.next_deadline = std::min(out.next_deadline, std::floor(input.now) + 1.0);
    }
    return out;
}

} // namespace haven::ui
