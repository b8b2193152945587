#include "screen_window.hpp"

#include "widgets.hpp"

#include <imgui.h>

namespace haven::ui {

void begin_screen(const ViewContext& ctx, const char* name) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(static_cast<float>(ctx.m.display.width), static_cast<float>(ctx.m.display.height)));
    ImGui::Begin(name, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNav);
}

void begin_scroll_region(const ViewContext& ctx, const char* name) {
    ImGui::BeginChild(name, ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoNav);
    scroll_with_finger(ctx);
}

void end_scroll_region(ViewContext& ctx) {
    more_below_hint(ctx);
    ImGui::EndChild();
}

void more_below_hint(ViewContext& ctx) {
    if (ImGui::GetScrollMaxY() - ImGui::GetScrollY() < 1) return;
    ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 pos = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    const float fade = ctx.m(2.5f);
    const ImU32 solid = ctx.theme.background;
    const ImU32 clear = solid & ~IM_COL32_A_MASK;
    const float bottom = pos.y + size.y;
    list->PushClipRect(pos, ImVec2(pos.x + size.x, bottom), false);
    list->AddRectFilledMultiColor(ImVec2(pos.x, bottom - fade), ImVec2(pos.x + size.x, bottom), clear, clear, solid, solid);
    const char* label = "More below";
    ImFont* font = ctx.fonts.small;
    const ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label);
    const ImVec2 pad(ctx.m(0.8f), ctx.m(0.3f));
    const ImVec2 p0(pos.x + (size.x - ts.x) * 0.5f - pad.x, bottom - ts.y - pad.y * 2 - ctx.m(0.3f));
    const ImVec2 p1(p0.x + ts.x + pad.x * 2, p0.y + ts.y + pad.y * 2);
    list->AddRectFilled(p0, p1, ctx.theme.quiet_button, (p1.y - p0.y) * 0.5f);
    if (ctx.theme.tile_border) list->AddRect(p0, p1, ctx.theme.quiet_button_text, (p1.y - p0.y) * 0.5f);
    list->AddText(font, font->FontSize, ImVec2(p0.x + pad.x, p0.y + pad.y), ctx.theme.quiet_button_text, label);
    list->PopClipRect();
    ctx.seen.add(label, {p0.x, p0.y, p1.x, p1.y}, {pos.x, pos.y, pos.x + size.x, bottom}, false);
}

} // namespace haven::ui
