// image_info and decode_image on arbitrary bytes (a PNG or JPEG from a stick), with the
// invariants the renderer relies on: accepted images are within the caps, decoding agrees
// with the header, and the pixel buffer is exactly width x height x 4 bytes.

#include "core/content/image_codec.hpp"
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);

    std::string info_error;
    const auto info = haven::image_info(input, info_error);
    if (info) {
        HAVEN_FUZZ_CHECK(info->width >= 1 && info->width <= haven::kMaxImageSide);
        HAVEN_FUZZ_CHECK(info->height >= 1 && info->height <= haven::kMaxImageSide);
    } else {
        HAVEN_FUZZ_CHECK(!info_error.empty());
    }

    std::string decode_error;
    const auto image = haven::decode_image(input, decode_error);
    if (!image) {
        HAVEN_FUZZ_CHECK(!decode_error.empty());
        return 0;
    }
    HAVEN_FUZZ_CHECK(info.has_value());
    HAVEN_FUZZ_CHECK(image->width == info->width && image->height == info->height);
    HAVEN_FUZZ_CHECK(image->rgba.size() ==
                     static_cast<std::size_t>(image->width) * static_cast<std::size_t>(image->height) * 4);
    return 0;
}
