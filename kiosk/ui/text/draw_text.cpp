#include "ui/text/draw_text.hpp"

#include "core/text/script_fonts.hpp"

#include <cfloat>

namespace haven::ui {
namespace {

const ShapedBlock& lay_out(const ViewContext& ctx, ImFont* font, std::string_view s, float wrap_width) {
    return ctx.painter->lay_out(s, ctx.fonts.shaped_style(font), wrap_width > 0 ? wrap_width : FLT_MAX, ctx.language);
}

}  // namespace

bool shaped(const ViewContext& ctx, std::string_view s) { return ctx.painter != nullptr && needs_shaping(s); }

ImVec2 text_extent(const ViewContext& ctx, ImFont* font, std::string_view s, float wrap_width) {
    if (!shaped(ctx, s)) return font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap_width, s.data(), s.data() + s.size());
    const ShapedBlock& block = lay_out(ctx, font, s, wrap_width);
    return {block.width, block.height};
}

void draw_text(const ViewContext& ctx, ImDrawList* list, ImFont* font, ImVec2 at, ImU32 colour, std::string_view s,
               float wrap_width, TextAlign align) {
    if (!shaped(ctx, s)) {
        list->AddText(font, font->FontSize, at, colour, s.data(), s.data() + s.size(), wrap_width);
        return;
    }
    const ShapedBlock& block = lay_out(ctx, font, s, wrap_width);
    ctx.painter->draw(list, block, at, wrap_width > 0 ? wrap_width : block.width, colour, align);
}

}  // namespace haven::ui
