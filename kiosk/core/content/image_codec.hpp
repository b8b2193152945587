#pragma once
// PNG and JPEG images from content folders, which may be corrupt or hostile. The header is
// checked (type, dimensions) before any decoding, and decoding refuses anything over the caps.
// Built on stb_image with only its PNG and JPEG decoders compiled in (image_codec.cpp).

#include "core/content/content_model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace haven {

inline constexpr int kMaxImageSide = 4096;                     // pixels, either side
inline constexpr std::size_t kMaxImageBytes = 8 * 1024 * 1024; // file size

struct ImageInfo {
    enum class Format { Png, Jpeg };
    Format format = Format::Png;
    int width = 0;
    int height = 0;
};

// Reads the header only. On failure `error` says why in words staff understand.
std::optional<ImageInfo> image_info(std::string_view bytes, std::string& error);

// Decodes to 8-bit RGBA, after the same checks as image_info.
std::optional<DecodedImage> decode_image(std::string_view bytes, std::string& error);

} // namespace haven
