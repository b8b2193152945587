#include "preview_strip.hpp"

#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace haven::ui {

namespace {
constexpr const char* kEndPreview = "End preview";
constexpr const char* kTitle = "Preview: not yet published";
}  // namespace

float preview_strip_height(const ViewContext& ctx, bool previewing) {
    if (!previewing) return 0;
    return ctx.m.target(2.6f) + 2 * ctx.m(0.5f);
}

bool preview_strip_view(ViewContext& ctx, const std::string& what, float bottom) {
    const float h = preview_strip_height(ctx, true);
    const float width = static_cast<float>(ctx.m.display.width);
    ImGui::SetNextWindowPos(ImVec2(0, bottom - h));
    ImGui::SetNextWindowSize(ImVec2(width, h));
    // Its own colours: unmistakably not part of the patient's screen.
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(ctx.theme.text));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ctx.m(0.8f), ctx.m(0.5f)));
    ImGui::Begin("Preview strip", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();

    const float button_w = button_width(ctx, kEndPreview);
    const float row = ctx.m.target(2.6f);
    const float text_width = std::max(ctx.m(4), width - button_w - ctx.m(2.6f));
    const std::string message = what.empty() ? std::string(kTitle) : std::string(kTitle) + " (" + what + ")";
    ImFont* font = ctx.fonts.strong;
    // One line: cut with an ellipsis rather than grow (the strip's height is fixed).
    std::string shown = message;
    while (shown.size() > 4 && font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, shown.c_str()).x > text_width) {
        shown.resize(shown.size() - 4);
        while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0x80) shown.pop_back();
        shown += "...";
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float text_y = at.y + (row - font->FontSize) * 0.5f;
    ImGui::GetWindowDrawList()->AddText(font, font->FontSize, ImVec2(at.x, text_y), ctx.theme.background, shown.c_str());
    ctx.seen.add(shown, {at.x, text_y, at.x + text_width, text_y + font->FontSize}, {0, bottom - h, width, bottom}, false);
    ImGui::SetCursorScreenPos(ImVec2(width - ctx.m(0.8f) - button_w, at.y));
    const bool ended = button(ctx, kEndPreview, ImVec2(button_w, row));
    ImGui::End();
    return ended;
}

}  // namespace haven::ui
