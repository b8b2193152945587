#include "breathing_view.hpp"

#include "ui/text/draw_text.hpp"

#include "chrome.hpp"
#include "screen_window.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace haven::ui {
namespace {

using Stage = BreathingState::Stage;

// A number of seconds as people write it: "4", "5.5".
std::string number_text(double v) {
    std::string s = std::to_string(v);
    s.erase(s.find_last_not_of('0') + 1);
    if (s.back() == '.') s.pop_back();
    return s;
}

// The rhythm's shape picks the sentence: translators get whole sentences, never pieces.
const char* shape_of(const BreathingPattern& p) {
    if (p.hold_in > 0) return p.hold_out > 0 ? "in_hold_out_hold" : "in_hold_out";
    return p.hold_out > 0 ? "in_out_hold" : "in_out";
}

std::string describe(const ViewContext& ctx, const BreathingPattern& p) {
    return ctx.say(std::string("rhythm_") + shape_of(p), {{"in", number_text(p.inhale)},
                                                          {"hold", number_text(p.hold_in)},
                                                          {"out", number_text(p.exhale)},
                                                          {"hold_after", number_text(p.hold_out)}});
}

// The rhythm in plain words, then what the clinic says about it: "Box" and "4-7-8" mean
// nothing to most people until someone says what they ask of you.
std::string explain(const ViewContext& ctx, const BreathingPattern& p) {
    auto secs = [&ctx](double v) {
        return v == 1 ? ctx.say("seconds_one") : ctx.say("seconds", {{"count", number_text(v)}});
    };
    std::string out = ctx.say(std::string("explain_") + shape_of(p),
                              {{"name", p.name}, {"in", secs(p.inhale)}, {"hold", secs(p.hold_in)},
                               {"out", secs(p.exhale)}, {"hold_after", secs(p.hold_out)}});
    if (!p.description.empty()) out += " " + p.description;
    return out;
}

std::string minutes_label(const ViewContext& ctx, int m) {
    return m == 1 ? ctx.say("minutes_one") : ctx.say("minutes", {{"count", std::to_string(m)}});
}

const char* phase_id(BreathPhase phase) {
    switch (phase) {
    case BreathPhase::In: return "breathe_in";
    case BreathPhase::HoldIn:
    case BreathPhase::HoldOut: return "hold";
    case BreathPhase::Out: return "breathe_out";
    }
    return "hold";
}

// Sound on/off and volume, or a quiet note when the kiosk has no sound. Each control goes on
// the row when it fits and starts a new one when it does not, so a narrow portrait screen at
// large text still shows every one of them.
Action sound_controls(ViewContext& ctx, const Content& content, const Navigation& nav, bool available,
                      bool voice_available, float width) {
    Action action;
    if (!available) {
        text(ctx, ctx.fonts.small, ctx.theme.muted_text, ctx.say("sound_unavailable"), width);
        return action;
    }
    const float h = ctx.m.target(2.4f);
    const float gap = ctx.m.gap(0.8f);
    if (switch_button(ctx, ctx.say("sound"), nav.sound_on, h)) action = Action::make(Action::Kind::ToggleSound);
    if (nav.sound_on) {
        const std::string quieter = ctx.say("quieter");
        const std::string louder = ctx.say("louder");
        same_line_if_fits(button_width(ctx, quieter), gap);
        if (quiet_button(ctx, quieter, ImVec2(button_width(ctx, quieter), h))) action = Action::make(Action::Kind::Quieter);
        same_line_if_fits(button_width(ctx, louder), gap);
        if (quiet_button(ctx, louder, ImVec2(button_width(ctx, louder), h))) action = Action::make(Action::Kind::Louder);
        const int percent = static_cast<int>(std::lround(nav.volume * 100));
        const std::string volume = ctx.say("volume", {{"percent", std::to_string(percent)}});
        const float volume_width = text_extent(ctx, ctx.fonts.small, volume).x;
        same_line_if_fits(volume_width, gap);
        const float row_y = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(row_y + (h - ctx.fonts.small->FontSize) * 0.5f);
        text(ctx, ctx.fonts.small, ctx.theme.muted_text, volume, volume_width + 1);
        if (voice_available) {
            // Spoken "Breathe in", "Hold", "Breathe out" in place of the tones.
            const std::string guide = ctx.say("voice_guide");
            same_line_if_fits(switch_width(ctx, guide), gap);
            ImGui::SetCursorPosY(row_y);
            if (switch_button(ctx, guide, nav.voice_guide, h)) action = Action::make(Action::Kind::ToggleVoiceGuide);
        }
    }
    if (content.settings.sound.headphone_hint)
        text(ctx, ctx.fonts.small, ctx.theme.muted_text, ctx.say("headphones_hint"), width);
    return action;
}

Action choosing(ViewContext& ctx, const Content& content, const Navigation& nav, bool sound_available,
                bool voice_available) {
    Action action;
    const float width = std::min(ImGui::GetContentRegionAvail().x, ctx.m(56));
    text(ctx, ctx.fonts.heading, ctx.theme.text, ctx.say("breathing_exercise"), width);
    text(ctx, ctx.fonts.body, ctx.theme.muted_text,
         ctx.say("breathing_intro") + " " + ctx.say("breathing_dizzy"), width);
    ImGui::Dummy(ImVec2(1, ctx.m(0.3f)));
    text(ctx, ctx.fonts.subheading, ctx.theme.text, ctx.say("choose_rhythm"), width);
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const int columns = std::max(1, static_cast<int>((width + gap) / (ctx.m(12) + gap)));
    const float tile_width = (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    // Every tile as tall as the tallest needs (Nastaliq, or a long name), so rows stay even.
    ImVec2 tile_size(tile_width, ctx.m.target(3.6f));
    for (const BreathingPattern& p : content.breathing) tile_size = fit_tile(ctx, p.name, describe(ctx, p), tile_size, false);
    for (size_t i = 0; i < content.breathing.size(); ++i) {
        if (i % static_cast<size_t>(columns) != 0) ImGui::SameLine();
        const BreathingPattern& p = content.breathing[i];
        const bool chosen = static_cast<int>(i) == nav.breathing.pattern;
        ImGui::PushID(static_cast<int>(i));
        if (tile(ctx, "##pattern", p.name, describe(ctx, p), tile_size, nullptr, chosen))
            action = Action::with_code(Action::Kind::ChoosePattern, static_cast<int>(i));
        ImGui::PopID();
    }
    ImGui::Dummy(ImVec2(1, ctx.m(0.3f)));
    text(ctx, ctx.fonts.subheading, ctx.theme.text, ctx.say("how_long"), width);
    // 1, 3 and 5 minutes, and the pattern's own default if the clinic chose another length.
    std::vector<int> lengths{1, 3, 5};
    if (!content.breathing.empty()) {
        const int own = content.breathing[static_cast<size_t>(std::clamp(nav.breathing.pattern, 0,
                                                                          static_cast<int>(content.breathing.size()) - 1))]
                            .default_minutes;
        if (std::find(lengths.begin(), lengths.end(), own) == lengths.end()) lengths.push_back(own);
        std::sort(lengths.begin(), lengths.end());
    }
    for (int m : lengths) {
        const std::string label = minutes_label(ctx, m);
        if (m != lengths.front()) same_line_if_fits(button_width(ctx, label), ctx.m.gap(0.8f));
        const ImVec2 size(button_width(ctx, label), ctx.m.target(2.6f));
        const bool tapped = m == nav.breathing.minutes ? button(ctx, label, size) : quiet_button(ctx, label, size);
        if (tapped) action = Action::with_code(Action::Kind::ChooseMinutes, m);
    }
    // What the chosen rhythm asks of you, in words, below the choices so they stay in view.
    if (!content.breathing.empty()) {
        const size_t chosen = static_cast<size_t>(std::clamp(nav.breathing.pattern, 0, static_cast<int>(content.breathing.size()) - 1));
        ImGui::Dummy(ImVec2(1, ctx.m(0.3f)));
        text(ctx, ctx.fonts.body, ctx.theme.muted_text, explain(ctx, content.breathing[chosen]), width);
    }
    ImGui::Dummy(ImVec2(1, ctx.m(0.3f)));
    if (Action sound = sound_controls(ctx, content, nav, sound_available, voice_available, width); sound.kind != Action::Kind::None)
        action = sound;
    return action;
}

Action exercising(ViewContext& ctx, const Content& content, const Navigation& nav, Seconds now, bool sound_available,
                  bool voice_available) {
    Action action;
    const BreathingSchedule schedule = breathing_schedule_for(content, nav);
    const BreathMoment moment = schedule.at(nav.breathing.elapsed(now));
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float h = ctx.m.target(3);
    const std::string pause_label = ctx.say(nav.breathing.stage == Stage::Paused ? "continue" : "pause");
    const std::string stop_label = ctx.say("stop");
    const std::string sound_label = ctx.say("sound");
    const float gap = ctx.m.gap(1);
    const float buttons = button_width(ctx, pause_label) + gap + button_width(ctx, stop_label);
    const std::string guide_label = ctx.say("voice_guide");
    // The voice guide's switch stands beside Sound, once sound is on, where the row has room
    // for it: on a small screen a second row would leave the circle none (it is on the
    // choosing screen too).
    const float sound_only = sound_available ? switch_width(ctx, sound_label) : 0;
    const float with_guide = sound_only + gap + switch_width(ctx, guide_label);
    const bool guide = sound_available && voice_available && nav.sound_on && buttons + gap + with_guide <= avail.x;
    const float sound = guide ? with_guide : sound_only;
    const bool one_row = buttons + gap + sound <= avail.x;
    const float controls = (one_row ? h : 2 * h + gap) + ctx.m(1);
    const float area = std::max(1.0f, avail.y - controls);
    // Room below the circle for the time left and the dizziness advice.
    const ImVec2 centre(ImGui::GetWindowPos().x + ImGui::GetWindowWidth() * 0.5f, pos.y + area * 0.5f - ctx.m(1.4f));
    const float largest = std::min(area * 0.5f - ctx.m(2.0f) - centred_text_height(ctx, ctx.fonts.small, ctx.say("breathing_dizzy")),
                                   ImGui::GetWindowWidth() * 0.42f);
    const float smallest = largest * 0.35f;
    // In half pixels: a frame in which the circle moves less than that is the frame before,
    // and is neither drawn nor shown again (core/drawing/frame_damage).
    const float radius = std::round((smallest + (largest - smallest) * static_cast<float>(moment.fullness)) * 2) / 2;
    ImDrawList* list = ImGui::GetWindowDrawList();
    // The room to grow into, and the breath: each with an edge that stands out from what is
    // around it, so the circle's size reads at low vision too.
    const float line = std::max(2.0f, ctx.m(0.1f));
    list->AddCircleFilled(centre, largest, ctx.theme.tile, 96);
    list->AddCircle(centre, largest, ctx.theme.tile_border, 96, line);
    list->AddCircleFilled(centre, radius, ctx.theme.tile_pressed, 96);
    list->AddCircle(centre, radius, ctx.theme.accent, 96, line * 1.5f);

    const bool paused = nav.breathing.stage == Stage::Paused;
    const std::string word = ctx.say(paused ? "paused" : phase_id(moment.phase));
    centred_text(ctx, ctx.fonts.heading, ctx.theme.text, word, centre.y - ctx.fonts.heading->FontSize);
    if (!paused) centred_text(ctx, ctx.fonts.subheading, ctx.theme.muted_text, std::to_string(moment.count), centre.y + ctx.m(0.4f));
    const int left = static_cast<int>(std::ceil(schedule.total() - nav.breathing.elapsed(now)));
    const float advice = centred_text_height(ctx, ctx.fonts.small, ctx.say("breathing_dizzy"));
    centred_text(ctx, ctx.fonts.small, ctx.theme.muted_text,
                 ctx.say("time_left", {{"time", std::to_string(left / 60) + ":" + (left % 60 < 10 ? "0" : "") +
                                                     std::to_string(left % 60)}}),
                 pos.y + area - advice - ctx.m(1.2f));
    centred_text(ctx, ctx.fonts.small, ctx.theme.muted_text, ctx.say("breathing_dizzy"), pos.y + area - advice - ctx.m(0.1f));

    ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + area + ctx.m(0.5f)));
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), (ImGui::GetWindowWidth() - (one_row ? buttons + gap + sound : buttons)) * 0.5f));
    if (button(ctx, pause_label, ImVec2(button_width(ctx, pause_label), h)))
        action = Action::make(paused ? Action::Kind::ResumeBreathing : Action::Kind::PauseBreathing);
    ImGui::SameLine(0, gap);
    if (quiet_button(ctx, stop_label, ImVec2(button_width(ctx, stop_label), h))) action = Action::make(Action::Kind::OpenBreathing);
    if (sound_available) {
        if (one_row) {
            ImGui::SameLine(0, gap);
        } else {
            ImGui::SetCursorPosX(std::max(ImGui::GetStyle().WindowPadding.x, (ImGui::GetWindowWidth() - sound) * 0.5f));
        }
        if (switch_button(ctx, ctx.say("sound"), nav.sound_on, h)) action = Action::make(Action::Kind::ToggleSound);
        if (guide) {
            ImGui::SameLine(0, gap);
            if (switch_button(ctx, guide_label, nav.voice_guide, h)) action = Action::make(Action::Kind::ToggleVoiceGuide);
        }
    }
    return action;
}

Action closing(ViewContext& ctx) {
    Action action;
    // In the middle of the screen, whatever its shape: a portrait screen is not left half empty.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float width = std::min(avail.x, ctx.m(36));
    const std::string notice = ctx.say("well_done_detail");
    const float block = ctx.fonts.heading->FontSize +
                        text_extent(ctx, ctx.fonts.body, notice, width).y +
                        ctx.m(1) + ctx.m.target(3) + 3 * ImGui::GetStyle().ItemSpacing.y;
    const float left = ImGui::GetCursorPosX() + std::max(0.0f, (avail.x - width) * 0.5f);
    ImGui::Dummy(ImVec2(1, std::max(ctx.m(1), (avail.y - block) * 0.4f)));
    ImGui::SetCursorPosX(left);
    text(ctx, ctx.fonts.heading, ctx.theme.text, ctx.say("well_done"), width);
    ImGui::SetCursorPosX(left);
    text(ctx, ctx.fonts.body, ctx.theme.muted_text, notice, width);
    ImGui::Dummy(ImVec2(1, ctx.m(1)));
    ImGui::SetCursorPosX(left);
    if (button(ctx, ctx.say("again"), ImVec2(button_width(ctx, ctx.say("again")), ctx.m.target(3))))
        action = Action::make(Action::Kind::OpenBreathing);
    const std::string to_start = ctx.say("back_to_start");
    same_line_if_fits(button_width(ctx, to_start), ctx.m.gap(1));
    if (quiet_button(ctx, to_start, ImVec2(button_width(ctx, to_start), ctx.m.target(3))))
        action = Action::go_home();
    return action;
}

} // namespace

BreathingSchedule breathing_schedule_for(const Content& content, const Navigation& nav) {
    const std::vector<BreathingPattern> fallback = default_breathing_patterns();
    const auto& patterns = content.breathing.empty() ? fallback : content.breathing;
    const size_t index = std::min(static_cast<size_t>(std::max(0, nav.breathing.pattern)), patterns.size() - 1);
    return BreathingSchedule(patterns[index], nav.breathing.minutes);
}

Action breathing_view(ViewContext& ctx, const Content& content, const Navigation& nav, Seconds now,
                      bool sound_available, bool voice_available) {
    begin_screen(ctx, "Breathing");
    Action action = top_bar(ctx, nav, content);
    Action own;
    switch (nav.breathing.stage) {
    case Stage::Choosing: {
        // The choices scroll when they do not fit (large text, small screens); Start and
        // "More below" stay in view beneath them.
        begin_scroll_region(ctx, "choose", footer_height(ctx));
        own = choosing(ctx, content, nav, sound_available, voice_available);
        const ScrollRegion region = end_scroll_region(ctx);
        const float start_y = ImGui::GetCursorPosY();
        const float start_x = ImGui::GetCursorPosX();
        const float end_x = ImGui::GetWindowContentRegionMax().x;
        const float start_width = std::max(button_width(ctx, ctx.say("start")), ctx.m(8));
        // Start leads the row: at the right in a right-to-left language, More below opposite.
        if (ctx.right_to_left) ImGui::SetCursorPosX(end_x - start_width);
        if (button(ctx, ctx.say("start"), ImVec2(start_width, footer_button_height(ctx))))
            own = Action::make(Action::Kind::StartBreathing);
        ImGui::SetCursorPosY(start_y);
        more_below_button(ctx, region, ctx.right_to_left ? start_x : end_x - more_below_width(ctx));
        break;
    }
    case Stage::Running:
    case Stage::Paused: own = exercising(ctx, content, nav, now, sound_available, voice_available); break;
    case Stage::Done: own = closing(ctx); break;
    }
    ImGui::End();
    return own.kind != Action::Kind::None ? own : action;
}

} // namespace haven::ui
