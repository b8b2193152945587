#include "update_banner.hpp"

#include <imgui.h>

#include <algorithm>

namespace haven::ui {

namespace {

std::string message_of(const ViewContext& ctx, const UpdateBanner& banner) {
    if (!banner.running) return banner.result;  // the result is for staff, in English
    if (banner.total <= 0) return ctx.say("updating_content");
    return ctx.say("updating_content_files", {{"done", std::to_string(banner.done)}, {"total", std::to_string(banner.total)}});
}

} // namespace

float update_banner_height(const ViewContext& ctx, const UpdateBanner& banner) {
    if (!banner.visible()) return 0;
    return ctx.fonts.small->FontSize + ctx.m(1.0f) + (banner.running ? ctx.m(0.25f) : 0);
}

void update_banner_view(ViewContext& ctx, const UpdateBanner& banner) {
    if (!banner.visible()) return;
    const std::string message = message_of(ctx, banner);
    ImFont* font = ctx.fonts.small;
    const float pad = ctx.m(0.5f);
    const float bar = banner.running ? ctx.m(0.25f) : 0;
    const float width = static_cast<float>(ctx.m.display.width);
    const float h = update_banner_height(ctx, banner);
    const ImVec2 min(0, static_cast<float>(ctx.m.display.height) - h);
    const ImVec2 max(width, static_cast<float>(ctx.m.display.height));

    // The strip is the banner's own: the screen above it ends where it begins.
    ImDrawList* list = ImGui::GetForegroundDrawList();
    list->AddRectFilled(min, max, ctx.theme.tile);
    list->AddRectFilled(min, ImVec2(max.x, min.y + 2), ctx.theme.tile_border);
    const float x = ImGui::GetStyle().WindowPadding.x;
    list->AddText(font, font->FontSize, ImVec2(x, min.y + pad), ctx.theme.muted_text, message.c_str());
    if (banner.running && banner.total > 0) {
        const float fraction = std::clamp(static_cast<float>(banner.done) / static_cast<float>(banner.total), 0.0f, 1.0f);
        const ImVec2 b0(x, max.y - pad * 0.5f - bar);
        const float w = std::min(width - 2 * x, ctx.m(20));
        list->AddRectFilled(b0, ImVec2(b0.x + w, b0.y + bar), ctx.theme.tile_pressed);
        list->AddRectFilled(b0, ImVec2(b0.x + w * fraction, b0.y + bar), ctx.theme.accent);
    }
    ctx.seen.add(message, {min.x, min.y, max.x, max.y}, {min.x, min.y, max.x, max.y}, false);
}

} // namespace haven::ui
