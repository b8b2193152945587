// The one file that compiles stb_image (from Debian's libstb-dev headers), with only the PNG
// and JPEG decoders and a hard dimension cap; never libstb.so, never the GIF loader.

#include "image_codec.hpp"

#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
// The decoder's own hard limit, above Haven's cap so that images between the two get
// Haven's precise message; nothing larger is ever decoded.
#define STBI_MAX_DIMENSIONS 16384
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wall"
#pragma GCC diagnostic ignored "-Wextra"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wcast-align"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wdouble-promotion"
#endif
#include <stb_image.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#include <cstring>

static_assert(STBI_MAX_DIMENSIONS >= haven::kMaxImageSide, "the decoder must accept what the checker allows");

namespace haven {
namespace {

bool starts_with(std::string_view bytes, std::string_view magic) { return bytes.substr(0, magic.size()) == magic; }

} // namespace

std::optional<ImageInfo> image_info(std::string_view bytes, std::string& error) {
    ImageInfo info;
    if (starts_with(bytes, "\x89PNG\r\n\x1a\n")) {
        info.format = ImageInfo::Format::Png;
    } else if (starts_with(bytes, "\xFF\xD8\xFF")) {
        info.format = ImageInfo::Format::Jpeg;
    } else {
        error = "not a PNG or JPEG image";
        return std::nullopt;
    }
    if (bytes.size() > kMaxImageBytes) {
        error = "image is " + std::to_string(bytes.size()) + " bytes, over the limit of " + std::to_string(kMaxImageBytes);
        return std::nullopt;
    }
    int components = 0;
    if (!stbi_info_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()), static_cast<int>(bytes.size()),
                               &info.width, &info.height, &components)) {
        const std::string reason = stbi_failure_reason();
        error = reason == "too large" ? "image is over " + std::to_string(STBI_MAX_DIMENSIONS) +
                                            " pixels on a side; at most " + std::to_string(kMaxImageSide)
                                      : "the image header cannot be read (" + reason + ")";
        return std::nullopt;
    }
    if (info.width <= 0 || info.height <= 0 || info.width > kMaxImageSide || info.height > kMaxImageSide) {
        error = "image is " + std::to_string(info.width) + "x" + std::to_string(info.height) +
                " pixels; at most " + std::to_string(kMaxImageSide) + " on each side";
        return std::nullopt;
    }
    return info;
}

std::optional<DecodedImage> decode_image(std::string_view bytes, std::string& error) {
    const auto info = image_info(bytes, error);
    if (!info) return std::nullopt;
    int w = 0, h = 0, components = 0;
    stbi_uc* pixels = stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()),
                                            static_cast<int>(bytes.size()), &w, &h, &components, 4);
    if (!pixels) {
        error = std::string("the image is damaged (") + stbi_failure_reason() + ")";
        return std::nullopt;
    }
    DecodedImage image;
    image.width = w;
    image.height = h;
    image.rgba.assign(pixels, pixels + static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    stbi_image_free(pixels);
    return image;
}

} // namespace haven
