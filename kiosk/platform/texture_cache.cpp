#include "texture_cache.hpp"

#include <GL/gl.h>

#include <cstdint>

namespace haven::platform {
namespace {

GLuint handle(ImTextureID id) { return static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(id)); }
ImTextureID id_of(GLuint texture) { return reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(texture)); }

} // namespace

TextureCache::~TextureCache() { free_all(); }

void TextureCache::free_all() {
    for (const auto& [path, texture] : textures_) {
        const GLuint name = handle(texture.id);
        glDeleteTextures(1, &name);
    }
    textures_.clear();
}

ui::Textures TextureCache::replace(const std::map<std::string, DecodedImage>& images) {
    free_all();
    for (const auto& [path, image] : images) {
        GLuint name = 0;
        glGenTextures(1, &name);
        glBindTexture(GL_TEXTURE_2D, name);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
        textures_[path] = {id_of(name), image.width, image.height};
    }
    return textures_;
}

} // namespace haven::platform
