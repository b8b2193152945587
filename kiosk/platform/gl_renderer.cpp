#include "gl_renderer.hpp"

#define GL_GLEXT_PROTOTYPES 1
#include <GL/gl.h>
#include <GL/glext.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cstring>

namespace haven::platform {

GlRenderer::GlRenderer() { ImGui_ImplOpenGL3_Init("#version 130"); }

GlRenderer::~GlRenderer() {
    release_offscreen();
    ImGui_ImplOpenGL3_Shutdown();
}

void GlRenderer::reload_fonts() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void GlRenderer::render(ImDrawData* data, Size target, Rgba clear) {
    ImGui_ImplOpenGL3_NewFrame();  // creates device objects on first use
    glViewport(0, 0, target.width, target.height);
    glClearColor(clear.r, clear.g, clear.b, clear.a);
    glClear(GL_COLOR_BUFFER_BIT);
    if (data) ImGui_ImplOpenGL3_RenderDrawData(data);
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

Image GlRenderer::render_offscreen(ImDrawData* data, Size size, Rgba clear) {
    ensure_offscreen(size);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    render(data, size, clear);
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
