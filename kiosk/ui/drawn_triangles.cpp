#include "drawn_triangles.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace haven::ui {
namespace {

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 31);
}

std::uint64_t bits(float f) {
    std::uint32_t u = 0;
    std::memcpy(&u, &f, sizeof u);
    return u;
}

std::uint64_t mix_vertex(std::uint64_t h, const ImDrawVert& v) {
    h = mix(h, bits(v.pos.x) | bits(v.pos.y) << 32);
    h = mix(h, bits(v.uv.x) | bits(v.uv.y) << 32);
    return mix(h, v.col);
}

}  // namespace

Rect scissor_box(const ImDrawData& data, const ImDrawCmd& cmd) {
    // As imgui_impl_opengl3.cpp (1.86): clip_min/clip_max in framebuffer pixels, skipped when
    // empty, then glScissor((int)min.x, (int)(fb_height - max.y), (int)(max.x - min.x),
    // (int)(max.y - min.y)), which is turned back here into top-down pixels.
    const ImVec2 off = data.DisplayPos;
    const ImVec2 scale = data.FramebufferScale;
    const float fb_height = data.DisplaySize.y * scale.y;
    const ImVec2 lo((cmd.ClipRect.x - off.x) * scale.x, (cmd.ClipRect.y - off.y) * scale.y);
    const ImVec2 hi((cmd.ClipRect.z - off.x) * scale.x, (cmd.ClipRect.w - off.y) * scale.y);
    if (hi.x <= lo.x || hi.y <= lo.y) return {};
    const int x = static_cast<int>(lo.x);
    const int width = static_cast<int>(hi.x - lo.x);
    const int gl_y = static_cast<int>(static_cast<float>(static_cast<int>(fb_height)) - hi.y);
    const int height = static_cast<int>(hi.y - lo.y);
    const int bottom = static_cast<int>(fb_height) - gl_y;
    return {static_cast<float>(x), static_cast<float>(bottom - height), static_cast<float>(x + width),
            static_cast<float>(bottom)};
}

bool drawn_triangles(const ImDrawData& data, unsigned clear, std::vector<DrawnTriangle>& out) {
    out.clear();
    if (data.DisplayPos.x != 0 || data.DisplayPos.y != 0 || data.FramebufferScale.x != 1 || data.FramebufferScale.y != 1)
        return false;
    out.push_back({mix(0, clear), Rect{0, 0, data.DisplaySize.x, data.DisplaySize.y}});
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList& list = *data.CmdLists[n];
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback != nullptr) return false;
            const Rect clip = scissor_box(data, cmd);
            if (clip.empty()) continue;
            std::uint64_t seed = mix(0, reinterpret_cast<std::uintptr_t>(cmd.TextureId));
            seed = mix(seed, bits(clip.x0) | bits(clip.y0) << 32);
            seed = mix(seed, bits(clip.x1) | bits(clip.y1) << 32);
            const ImDrawIdx* index = list.IdxBuffer.Data + cmd.IdxOffset;
            const ImDrawVert* vertex = list.VtxBuffer.Data + cmd.VtxOffset;
            for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
                const ImDrawVert& a = vertex[index[i]];
                const ImDrawVert& b = vertex[index[i + 1]];
                const ImDrawVert& c = vertex[index[i + 2]];
                const Rect box = Rect{std::min({a.pos.x, b.pos.x, c.pos.x}), std::min({a.pos.y, b.pos.y, c.pos.y}),
                                      std::max({a.pos.x, b.pos.x, c.pos.x}), std::max({a.pos.y, b.pos.y, c.pos.y})}
                                     .intersect(clip);
                // A triangle with no area can still light pixels at its edge; only a clipped
                // one is certain to draw nothing.
                if (box.x1 < box.x0 || box.y1 < box.y0) continue;
                out.push_back({mix_vertex(mix_vertex(mix_vertex(seed, a), b), c), box});
            }
        }
    }
    return true;
}

} // namespace haven::ui
