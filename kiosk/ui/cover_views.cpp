#include "cover_views.hpp"

#include "ui/text/draw_text.hpp"

#include "screen_window.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace haven::ui {
namespace {

// A full-screen window whose whole surface is one invisible touch target.
bool full_screen_catch(ViewContext& ctx, const char* name, ImU32 background) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(static_cast<float>(ctx.m.display.width), static_cast<float>(ctx.m.display.height)));
    ImGui::SetNextWindowBgAlpha(0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin(name, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->PushClipRect(ImVec2(0, 0), ImGui::GetIO().DisplaySize, false);  // edge to edge
    list->AddRectFilled(ImVec2(0, 0), ImGui::GetIO().DisplaySize, background);
    ImGui::SetCursorScreenPos(ImVec2(0, 0));
    return ImGui::InvisibleButton("##anywhere", ImVec2(std::max(1.0f, ImGui::GetIO().DisplaySize.x),
                                                       std::max(1.0f, ImGui::GetIO().DisplaySize.y)));
}

} // namespace

Action hidden_view(ViewContext& ctx) {
    begin_screen(ctx, "Hidden");
    // A calm, empty picture: soft circles, no words about anything a patient was reading; and
    // two plain choices beneath it that say nothing of it either.
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float width = static_cast<float>(ctx.m.display.width);
    const float height = static_cast<float>(ctx.m.display.height);
    const float h = ctx.m.target(3);
    const float gap = ctx.m.gap(1.2f);
    const float radius = std::min(ctx.m(6), height * 0.22f);
    const ImVec2 centre(width * 0.5f, std::max(radius + ctx.m(1), height * 0.4f - h));
    list->AddCircleFilled(centre, radius, ctx.theme.tile, 64);
    list->AddCircleFilled(centre, radius * 0.58f, ctx.theme.tile_pressed, 64);

    const std::string continue_label = ctx.say("continue_reading");
    const std::string start_again_label = ctx.say("start_again");
    const float w = std::max(button_width(ctx, continue_label), button_width(ctx, start_again_label));
    const bool side_by_side = 2 * w + gap <= width - 2 * ImGui::GetStyle().WindowPadding.x;
    float y = centre.y + radius + ctx.m(2);
    Action action;
    ImGui::SetCursorScreenPos(ImVec2(side_by_side ? (width - 2 * w - gap) * 0.5f : (width - w) * 0.5f, y));
    if (button(ctx, continue_label, ImVec2(w, h))) action = Action::make(Action::Kind::Uncover);
    if (side_by_side) {
        ImGui::SameLine(0, gap);
    } else {
        ImGui::SetCursorScreenPos(ImVec2((width - w) * 0.5f, y + h + gap));
    }
    if (quiet_button(ctx, start_again_label, ImVec2(w, h))) action = Action::make(Action::Kind::Reveal);
    ImGui::End();
    return action;
}

bool idle_prompt(ViewContext& ctx, Seconds seconds_left) {
    const bool tapped = full_screen_catch(ctx, "Still reading", ctx.theme.scrim);
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float w = std::min(static_cast<float>(ctx.m.display.width) - ctx.m(2), ctx.m(26));
    const float h = ctx.m(12);
    const ImVec2 min((static_cast<float>(ctx.m.display.width) - w) * 0.5f, (static_cast<float>(ctx.m.display.height) - h) * 0.5f);
    list->AddRectFilled(min, ImVec2(min.x + w, min.y + h), ctx.theme.background, ctx.m(1));
    list->AddRect(min, ImVec2(min.x + w, min.y + h), ctx.theme.tile_border, ctx.m(1), 0, 2);
    centred_text(ctx, ctx.fonts.heading, ctx.theme.text, ctx.say("still_reading"), min.y + ctx.m(1.5f));
    const int left = static_cast<int>(std::ceil(seconds_left));
    centred_text(ctx, ctx.fonts.body, ctx.theme.muted_text,
                 left == 1 ? ctx.say("going_back_one") : ctx.say("going_back", {{"seconds", std::to_string(left)}}),
                 min.y + ctx.m(4.2f));
    // The button is a picture of what a tap anywhere does; it keeps its label for scripts.
    const float bw = std::min(w - ctx.m(2), ctx.m(16));
    const ImVec2 b0((static_cast<float>(ctx.m.display.width) - bw) * 0.5f, min.y + ctx.m(7));
    const ImVec2 b1(b0.x + bw, b0.y + ctx.m.target(3));
    list->AddRectFilled(b0, b1, ctx.theme.button, (b1.y - b0.y) * 0.5f);
    const std::string label = ctx.say("still_here");
    const ImVec2 ts = text_extent(ctx, ctx.fonts.strong, label);
    draw_text(ctx, list, ctx.fonts.strong, ImVec2(b0.x + (bw - ts.x) * 0.5f, b0.y + (b1.y - b0.y - ts.y) * 0.5f),
              ctx.theme.button_text, label);
    ctx.seen.add(label, {b0.x, b0.y, b1.x, b1.y}, {0, 0, static_cast<float>(ctx.m.display.width), static_cast<float>(ctx.m.display.height)}, true);
    list->PopClipRect();
    ImGui::End();
    return tapped;
}

} // namespace haven::ui
