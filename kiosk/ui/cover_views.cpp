#include "cover_views.hpp"

#include "widgets.hpp"

#include <imgui.h>

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
    const bool tapped = full_screen_catch(ctx, "Hidden", ctx.theme.background);
    // A calm, empty picture: soft circles, no words about anything a patient was reading.
    ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 centre(static_cast<float>(ctx.m.display.width) * 0.5f, static_cast<float>(ctx.m.display.height) * 0.42f);
    list->AddCircleFilled(centre, ctx.m(6), ctx.theme.tile, 64);
    list->AddCircleFilled(centre, ctx.m(3.5f), ctx.theme.tile_pressed, 64);
    centred_text(ctx, ctx.fonts.body, ctx.theme.muted_text, "Tap anywhere to continue", centre.y + ctx.m(8));
    ctx.seen.add("Tap anywhere to continue", {0, 0, static_cast<float>(ctx.m.display.width), static_cast<float>(ctx.m.display.height)},
                 {0, 0, static_cast<float>(ctx.m.display.width), static_cast<float>(ctx.m.display.height)}, true);
    list->PopClipRect();
    ImGui::End();
    return tapped ? Action::make(Action::Kind::Reveal) : Action::none();
}

bool idle_prompt(ViewContext& ctx, Seconds seconds_left) {
    const bool tapped = full_screen_catch(ctx, "Still reading", ctx.theme.scrim);
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float w = std::min(static_cast<float>(ctx.m.display.width) - ctx.m(2), ctx.m(26));
    const float h = ctx.m(12);
    const ImVec2 min((static_cast<float>(ctx.m.display.width) - w) * 0.5f, (static_cast<float>(ctx.m.display.height) - h) * 0.5f);
    list->AddRectFilled(min, ImVec2(min.x + w, min.y + h), ctx.theme.background, ctx.m(1));
    if (ctx.theme.tile_border) list->AddRect(min, ImVec2(min.x + w, min.y + h), ctx.theme.tile_border, ctx.m(1), 0, 2);
    centred_text(ctx, ctx.fonts.heading, ctx.theme.text, "Still reading?", min.y + ctx.m(1.5f));
    const int left = static_cast<int>(std::ceil(seconds_left));
    centred_text(ctx, ctx.fonts.body, ctx.theme.muted_text,
                 "Going back to the start in " + std::to_string(left) + (left == 1 ? " second." : " seconds."),
                 min.y + ctx.m(4.2f));
    // The button is a picture of what a tap anywhere does; it keeps its label for scripts.
    const float bw = std::min(w - ctx.m(2), ctx.m(16));
    const ImVec2 b0((static_cast<float>(ctx.m.display.width) - bw) * 0.5f, min.y + ctx.m(7));
    const ImVec2 b1(b0.x + bw, b0.y + ctx.m.target(3));
    list->AddRectFilled(b0, b1, ctx.theme.button, (b1.y - b0.y) * 0.5f);
    const std::string label = "I'm still here";
    const ImVec2 ts = ctx.fonts.strong->CalcTextSizeA(ctx.fonts.strong->FontSize, FLT_MAX, 0, label.c_str());
    list->AddText(ctx.fonts.strong, ctx.fonts.strong->FontSize,
                  ImVec2(b0.x + (bw - ts.x) * 0.5f, b0.y + (b1.y - b0.y - ts.y) * 0.5f), ctx.theme.button_text, label.c_str());
    ctx.seen.add(label, {b0.x, b0.y, b1.x, b1.y}, {0, 0, static_cast<float>(ctx.m.display.width), static_cast<float>(ctx.m.display.height)}, true);
    list->PopClipRect();
    ImGui::End();
    return tapped;
}

} // namespace haven::ui
