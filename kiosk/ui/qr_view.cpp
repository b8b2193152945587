#include "qr_view.hpp"

#include "ui/text/draw_text.hpp"

#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace haven::ui {
namespace {

constexpr float kMinModulePx = 4;
constexpr float kMinModuleMm = 0.9f;  // a phone camera at 40 cm reads this comfortably

float module_px(const ViewContext& ctx) {
    return std::ceil(std::max({kMinModulePx, kMinModuleMm * ctx.m.px_per_mm, ctx.m(0.16f)}));
}

void draw_qr(ViewContext& ctx, const QrMatrix& code) {
    const float unit = module_px(ctx);
    const float side = unit * static_cast<float>(code.size_with_quiet_zone());
    ImVec2 at = ImGui::GetCursorScreenPos();
    at = ImVec2(std::floor(at.x), std::floor(at.y));  // whole pixels: crisp module edges
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled(at, ImVec2(at.x + side, at.y + side), ctx.theme.qr_light);
    const float origin = unit * static_cast<float>(kQrQuietZone);
    for (int y = 0; y < code.size; ++y) {
        for (int x = 0; x < code.size; ++x) {
            if (!code.at(x, y)) continue;
            const ImVec2 p0(at.x + origin + unit * static_cast<float>(x), at.y + origin + unit * static_cast<float>(y));
            list->AddRectFilled(p0, ImVec2(p0.x + unit, p0.y + unit), ctx.theme.qr_dark);
        }
    }
    ImGui::Dummy(ImVec2(side, side));
}

} // namespace

float qr_side(const ViewContext& ctx, const std::string& url) {
    const QrMatrix& code = ctx.qr(url);
    return module_px(ctx) * static_cast<float>(code.size_with_quiet_zone());
}

void help_links(ViewContext& ctx, const std::vector<HelpLink>& links, float width) {
    for (const HelpLink& link : links) {
        ImGui::BeginGroup();
        // In a right-to-left language each line stands against the column's right edge.
        const float left = ImGui::GetCursorPosX();
        auto line = [&](ImFont* font, ImU32 colour, const std::string& s) {
            const float w = text_extent(ctx, font, s, width).x;
            if (ctx.right_to_left && w < width) ImGui::SetCursorPosX(left + width - w);
            text(ctx, font, colour, s, width);
        };
        const QrMatrix& code = ctx.qr(link.url);
        if (code.size > 0) {
            const float side = module_px(ctx) * static_cast<float>(code.size_with_quiet_zone());
            if (ctx.right_to_left && side < width) ImGui::SetCursorPosX(left + width - side);
            draw_qr(ctx, code);
        }
        line(ctx.fonts.strong, ctx.theme.text, link.label);
        if (link.url.rfind("tel:", 0) == 0) {
            line(ctx.fonts.heading, ctx.theme.text, readable_phone_number(link.url));
        } else {
            line(ctx.fonts.small, ctx.theme.muted_text, readable_address(link.url));
        }
        ImGui::EndGroup();
        ImGui::Dummy(ImVec2(1, ctx.m(0.6f)));
    }
}

} // namespace haven::ui
