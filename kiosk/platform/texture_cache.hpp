#pragma once
// Content images on the GPU. Decoding happens off the UI thread (in the loader); uploading
// happens here, on the UI thread at a frame boundary, and the previous content's textures
// are freed in the same step.

#include "core/content/content_model.hpp"
#include "ui/texture.hpp"

#include <map>
#include <string>

namespace haven::platform {

class TextureCache {
public:
    TextureCache() = default;
    ~TextureCache();
    TextureCache(const TextureCache&) = delete;
    TextureCache& operator=(const TextureCache&) = delete;

    // Uploads `images`, frees every texture of the previous call, returns the new textures.
    ui::Textures replace(const std::map<std::string, DecodedImage>& images);

    size_t size() const { return textures_.size(); }

private:
    void free_all();
    ui::Textures textures_;
};

} // namespace haven::platform
