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

void end_scroll_region() { ImGui::EndChild(); }

} // namespace haven::ui
