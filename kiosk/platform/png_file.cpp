#include "png_file.hpp"

#include "core/content/third_party.hpp"

// stb_image_write from Debian's libstb-dev headers, compiled here and nowhere else.
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
HAVEN_BEGIN_THIRD_PARTY
#include <stb_image_write.h>
HAVEN_END_THIRD_PARTY

#include <cerrno>
#include <cstring>

namespace haven::platform {

std::string write_png(const std::string& path, const Image& image) {
    if (image.size.width <= 0 || image.size.height <= 0) return "the frame is empty";
    errno = 0;
    const int ok = stbi_write_png(path.c_str(), image.size.width, image.size.height, 4, image.rgba.data(),
                                  image.size.width * 4);
    if (!ok) return errno ? std::strerror(errno) : "the PNG encoder failed";
    return {};
}

} // namespace haven::platform
