#include "update_banner.hpp"

#include <imgui.h>

#include <algorithm>

namespace haven::ui {

void update_banner_view(ViewContext& ctx, const UpdateBanner& banner) {
    if (!banner.visible()) return;
    const std::string message = banner.running ? (banner.total > 0 ? "Updating content... " + std::to_string(banner.done) +
                                                                         " of " + std::to_string(banner.total) + " files"
                                                                   : std::string("Updating content..."))
                                               : banner.result;
    ImFont* font = ctx.fonts.small;
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, message.c_str());
    const float pad = ctx.m(0.5f);
    const float bar = banner.running ? ctx.m(0.25f) : 0;
    const float w = size.x + 2 * pad;
    const float h = size.y + 2 * pad + bar;
    const ImVec2 min(ctx.m(0.8f), static_cast<float>(ctx.m.display.height) - h - ctx.m(0.8f));
    const ImVec2 max(min.x + w, min.y + h);

    // The foreground list draws above every window and is never hit-tested: taps pass through.
    ImDrawList* list = ImGui::GetForegroundDrawList();
    list->AddRectFilled(min, max, ctx.theme.tile, ctx.m(0.4f));
    if (ctx.theme.tile_border) list->AddRect(min, max, ctx.theme.tile_border, ctx.m(0.4f));
    list->AddText(font, font->FontSize, ImVec2(min.x + pad, min.y + pad), ctx.theme.muted_text, message.c_str());
    if (banner.running && banner.total > 0) {
        const float fraction = std::clamp(static_cast<float>(banner.done) / static_cast<float>(banner.total), 0.0f, 1.0f);
        const ImVec2 b0(min.x + pad, max.y - pad * 0.5f - bar);
        list->AddRectFilled(b0, ImVec2(max.x - pad, b0.y + bar), ctx.theme.tile_pressed);
        list->AddRectFilled(b0, ImVec2(b0.x + (w - 2 * pad) * fraction, b0.y + bar), ctx.theme.accent);
    }
    ctx.seen.add(message, {min.x, min.y, max.x, max.y}, {min.x, min.y, max.x, max.y}, false);
}

} // namespace haven::ui
