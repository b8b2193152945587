#include "screen_window.hpp"

#include "widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace haven::ui {
namespace {

constexpr float kFooterButtonEm = 2.6f;

} // namespace

void begin_screen(const ViewContext& ctx, const char* name) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(static_cast<float>(ctx.m.display.width),
                                    std::max(1.0f, static_cast<float>(ctx.m.display.height) - ctx.reserved_bottom)));
    // No background of its own: the screen is cleared to the theme's (KioskUi::background),
    // and painting it again would cost every redrawn pixel once more on llvmpipe.
    ImGui::Begin(name, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoBackground);
}

float footer_button_height(const ViewContext& ctx) { return ctx.m.target(kFooterButtonEm); }

float footer_height(const ViewContext& ctx) {
    return footer_button_height(ctx) + ImGui::GetStyle().ItemSpacing.y + ImGui::GetStyle().WindowPadding.y * 0.5f;
}

void begin_scroll_region(const ViewContext& ctx, const char* name, float footer) {
    ImGui::BeginChild(name, ImVec2(0, footer > 0 ? -footer : 0), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoNav);
    scroll_with_finger(ctx);
}

ScrollRegion end_scroll_region(ViewContext& ctx) {
    ScrollRegion region;
    region.window = ImGui::GetCurrentWindow();
    region.more_below = ImGui::GetScrollMaxY() - ImGui::GetScrollY() >= 1;
    region.page = std::max(ctx.m(2), ImGui::GetWindowHeight() - ctx.m(2.8f));
    if (region.more_below) {
        // A rule along the cut edge: the text goes on beneath it.
        const ImVec2 pos = ImGui::GetWindowPos();
        const ImVec2 size = ImGui::GetWindowSize();
        ImDrawList* list = ImGui::GetWindowDrawList();
        list->PushClipRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), false);
        list->AddRectFilled(ImVec2(pos.x, pos.y + size.y - 2), ImVec2(pos.x + size.x, pos.y + size.y), ctx.theme.edge);
        list->PopClipRect();
    }
    ImGui::EndChild();
    return region;
}

float more_below_width(const ViewContext& ctx) { return button_width(ctx, ctx.say("more_below")); }

void more_below_button(ViewContext& ctx, const ScrollRegion& region, float x) {
    if (!region.more_below || !region.window) return;
    const float w = more_below_width(ctx);
    const float y = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(x >= 0 ? x : (ImGui::GetWindowWidth() - w) * 0.5f, y));
    if (quiet_button(ctx, ctx.say("more_below"), ImVec2(w, footer_button_height(ctx))))
        ImGui::SetScrollY(region.window, std::min(region.window->Scroll.y + region.page, region.window->ScrollMax.y));
    ImGui::SetCursorPosY(y);
}

} // namespace haven::ui
