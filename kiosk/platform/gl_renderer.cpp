#include "gl_renderer.hpp"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "free_memory.hpp"
#include "ui/drawn_triangles.hpp"
#include "ui/text/glyph_atlas.hpp"


#include <cstdint>
#include <cstring>
#include <vector>

namespace haven::platform {

Rgba opaque_rgba(std::uint32_t packed) {
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(packed);
    return {c.x, c.y, c.z, 1.0f};
}

namespace {

// Texture swizzle (OpenGL 3.3, or ARB_texture_swizzle before it) lets a one-byte-a-pixel
// texture be read as white with alpha, a quarter of the memory of RGBA.
bool has_texture_swizzle() {
    GLint major = 0, minor = 0;
    glGetIntegerv(GL_MAJOR_VERSION, &major);
    glGetIntegerv(GL_MINOR_VERSION, &minor);
    if (major > 3 || (major == 3 && minor >= 3)) return true;
    GLint count = 0;
    glGetIntegerv(GL_NUM_EXTENSIONS, &count);
    for (GLint i = 0; i < count; ++i) {
        const auto* name = reinterpret_cast<const char*>(glGetStringi(GL_EXTENSIONS, static_cast<GLuint>(i)));
        if (name != nullptr && std::strcmp(name, "GL_ARB_texture_swizzle") == 0) return true;
    }
    return false;
}

// The bound texture, one byte a texel, is read as white with that byte as alpha.
void set_coverage_swizzle() {
    const GLint swizzle[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
}

}  // namespace

GlRenderer::GlRenderer() {
    ImGui_ImplOpenGL3_Init("#version 130");
    one_channel_ = has_texture_swizzle();
    // The backend's device objects now, while the atlas is still empty: making them also
    // makes the backend's own RGBA font texture, which reload_fonts() replaces. Made from the
    // kiosk's atlas, that would be an RGBA copy of every glyph, converted and uploaded only to
    // be thrown away (tens of milliseconds before the first frame without a GPU); from an
    // empty one it is ImGui's small default font, replaced the same way.
    if (ImGui::GetIO().Fonts->Fonts.empty()) ImGui_ImplOpenGL3_NewFrame();
}

GlRenderer::~GlRenderer() {
    release_offscreen();
    if (glyph_texture_ != 0) glDeleteTextures(1, &glyph_texture_);
    if (font_texture_ != 0) glDeleteTextures(1, &font_texture_);
    ImGui_ImplOpenGL3_Shutdown();
}

void GlRenderer::reload_fonts() {
    // The backend's device objects first (on the first call): making them makes an RGBA font
    // texture of the backend's own, which ours replaces.
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    unsigned char* alpha = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&alpha, &width, &height);
    if (alpha == nullptr) return;
    std::vector<std::uint8_t> rgba;
    if (!one_channel_) {
        rgba.assign(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4, 255);
        for (std::size_t i = 0; i < rgba.size() / 4; ++i) rgba[i * 4 + 3] = alpha[i];
    }
    GLint bound = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
    if (font_texture_ == 0) glGenTextures(1, &font_texture_);
    glBindTexture(GL_TEXTURE_2D, font_texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    if (one_channel_) {
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, alpha);
        set_coverage_swizzle();
    } else {
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    }
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(bound));
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(font_texture_)));
    atlas.ClearTexData();  // the glyphs' pixels live in the texture now
    fonts_changed_ = true;
    // Building the atlas and its pixels took tens of MiB of heap, now free: hand them back to
    // the system, so that changing the text size does not raise resident memory for good.
    return_free_memory();
}


void GlRenderer::use_glyph_atlas(ui::GlyphAtlas& atlas) {
    glyphs_ = &atlas;
    if (glyph_texture_ == 0) glGenTextures(1, &glyph_texture_);
    atlas.set_texture(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(glyph_texture_)));
}

bool GlRenderer::upload_glyphs() {
    if (glyphs_ == nullptr) return false;
    const bool cleared = glyphs_->take_cleared();
    std::vector<ui::GlyphUpload> uploads = glyphs_->take_uploads();
    if (!cleared && uploads.empty() && glyph_texture_size_ == glyphs_->size()) return false;
    const bool redone = cleared || glyph_texture_size_ != glyphs_->size();
    GLint bound = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &bound);
    glBindTexture(GL_TEXTURE_2D, glyph_texture_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    const GLenum format = one_channel_ ? GL_RED : GL_RGBA;
    if (redone) {
        // Emptied (or first used, or grown): cleared to transparent, so no stale glyph shows.
        glyph_texture_size_ = glyphs_->size();
        const std::vector<std::uint8_t> empty(static_cast<std::size_t>(glyph_texture_size_) *
                                              static_cast<std::size_t>(glyph_texture_size_) * (one_channel_ ? 1 : 4));
        glTexImage2D(GL_TEXTURE_2D, 0, one_channel_ ? GL_R8 : GL_RGBA8, glyph_texture_size_, glyph_texture_size_, 0, format,
                     GL_UNSIGNED_BYTE, empty.data());
        // Glyphs are drawn at whole pixels, texel for texel: nearest sampling keeps them sharp.
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        if (one_channel_) set_coverage_swizzle();
    }
    std::vector<std::uint8_t> rgba;
    for (const ui::GlyphUpload& upload : uploads) {
        const void* pixels = upload.alpha.data();
        if (!one_channel_) {
            rgba.assign(upload.alpha.size() * 4, 255);
            for (std::size_t i = 0; i < upload.alpha.size(); ++i) rgba[i * 4 + 3] = upload.alpha[i];
            pixels = rgba.data();
        }
        glTexSubImage2D(GL_TEXTURE_2D, 0, upload.x, upload.y, upload.width, upload.height, format, GL_UNSIGNED_BYTE, pixels);
    }
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(bound));
    // New glyphs go where nothing was drawn from; an emptied or regrown texture moves the old.
    return redone;
}

void GlRenderer::finish() { glFinish(); }

Rect GlRenderer::render(ImDrawData* data, Size target, Rgba clear, const Rect* region) {
    ImGui_ImplOpenGL3_NewFrame();  // creates device objects on first use
    const bool textures_changed = upload_glyphs() || fonts_changed_;
    fonts_changed_ = false;
    const Rect whole{0, 0, static_cast<float>(target.width), static_cast<float>(target.height)};
    glViewport(0, 0, target.width, target.height);
    glClearColor(clear.r, clear.g, clear.b, clear.a);
    if (region != nullptr && !textures_changed && data != nullptr) {
        const Rect part = region->intersect(whole);
        if (!part.empty()) draw_region(data, target, part);
        return part;
    }
    glClear(GL_COLOR_BUFFER_BIT);
    if (data) ImGui_ImplOpenGL3_RenderDrawData(data);
    return whole;
}

void GlRenderer::draw_region(ImDrawData* data, Size target, const Rect& part) {
    // The clear and every draw command are held inside the region: each command's clip
    // rectangle becomes its scissor box (as the backend computes it) cut to the region, in
    // whole pixels, so the backend scissors exactly those pixels and skips commands outside.
    glEnable(GL_SCISSOR_TEST);
    glScissor(static_cast<GLint>(part.x0), target.height - static_cast<GLint>(part.y1),
              static_cast<GLsizei>(part.x1 - part.x0), static_cast<GLsizei>(part.y1 - part.y0));
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
    clip_rects_.clear();
    for (int n = 0; n < data->CmdListsCount; ++n)
        for (ImDrawCmd& cmd : data->CmdLists[n]->CmdBuffer) {
            clip_rects_.insert(clip_rects_.end(), {cmd.ClipRect.x, cmd.ClipRect.y, cmd.ClipRect.z, cmd.ClipRect.w});
            const Rect box = ui::scissor_box(*data, cmd).intersect(part);
            cmd.ClipRect = box.empty() ? ImVec4(0, 0, 0, 0) : ImVec4(box.x0, box.y0, box.x1, box.y1);
        }
    ImGui_ImplOpenGL3_RenderDrawData(data);
    size_t i = 0;
    for (int n = 0; n < data->CmdListsCount; ++n)
        for (ImDrawCmd& cmd : data->CmdLists[n]->CmdBuffer) {
            cmd.ClipRect = ImVec4(clip_rects_[i], clip_rects_[i + 1], clip_rects_[i + 2], clip_rects_[i + 3]);
            i += 4;
        }
}

void GlRenderer::ensure_offscreen(Size size) {
    if (framebuffer_ && size.width == offscreen_size_.width && size.height == offscreen_size_.height) return;
    release_offscreen();
    glGenTextures(1, &colour_);
    glBindTexture(GL_TEXTURE_2D, colour_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, size.width, size.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glGenFramebuffers(1, &framebuffer_);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colour_, 0);
    offscreen_size_ = size;
}

void GlRenderer::release_offscreen() {
    if (framebuffer_) glDeleteFramebuffers(1, &framebuffer_);
    if (colour_) glDeleteTextures(1, &colour_);
    framebuffer_ = colour_ = 0;
}

Image GlRenderer::render_offscreen(ImDrawData* data, Size size, Rgba clear, const Rect* region) {
    ensure_offscreen(size);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    render(data, size, clear, region);
    Image image;
    image.size = size;
    const size_t row = static_cast<size_t>(size.width) * 4;
    std::vector<std::uint8_t> bottom_up(row * static_cast<size_t>(size.height));
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, size.width, size.height, GL_RGBA, GL_UNSIGNED_BYTE, bottom_up.data());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    // OpenGL's rows run bottom to top; images run top to bottom.
    image.rgba.resize(bottom_up.size());
    for (int y = 0; y < size.height; ++y)
        std::memcpy(image.rgba.data() + static_cast<size_t>(y) * row,
                    bottom_up.data() + static_cast<size_t>(size.height - 1 - y) * row, row);
    // Blending leaves partial alpha where text was drawn; a screen is opaque.
    for (size_t i = 3; i < image.rgba.size(); i += 4) image.rgba[i] = 0xFF;
    return image;
}

} // namespace haven::platform
