// The one file that compiles stb_image (from Debian's libstb-dev headers), with only the PNG
// and JPEG decoders and a hard dimension cap; never libstb.so, never the GIF loader.

#include "core/content/image_codec.hpp"
#include "core/content/third_party.hpp"

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
HAVEN_BEGIN_THIRD_PARTY
#include <stb_image.h>
HAVEN_END_THIRD_PARTY

#include <cstring>

static_assert(STBI_MAX_DIMENSIONS >= haven::kMaxImageSide, "the decoder must accept what the checker allows");

namespace haven {
namespace {

bool starts_with(std::string_view bytes, std::string_view magic) { return bytes.substr(0, magic.size()) == magic; }

unsigned byte(std::string_view b, size_t i) { return static_cast<unsigned char>(b[i]); }
unsigned be16(std::string_view b, size_t i) { return byte(b, i) << 8 | byte(b, i + 1); }
unsigned long be32(std::string_view b, size_t i) { return static_cast<unsigned long>(be16(b, i)) << 16 | be16(b, i + 2); }

// Debian 12's stb_image (git 2022-09-08) trusts a JPEG Huffman table whose code counts add
// up to more than 256 and writes past its arrays (upstream stb issues #1289, #1291; found
// by tests/fuzz). Every DHT segment, including those between progressive scans, is checked
// here before stb sees the file.
std::string jpeg_hazard(std::string_view b) {
    bool defined[2][4] = {};  // Huffman tables seen so far: [class: DC, AC][id]
    size_t i = 2;  // after SOI
    while (i + 4 <= b.size()) {
        if (byte(b, i) != 0xFF) { ++i; continue; }  // stb skips stray bytes to the next marker; so must we
        const unsigned marker = byte(b, i + 1);
        if (marker == 0xFF) { ++i; continue; }                         // fill byte
        if (marker == 0xD9) return {};                                 // EOI
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { i += 2; continue; }  // no length
        const size_t length = be16(b, i + 2);
        // stb reads a segment's tables before checking its length: a cut-short one is refused.
        if (length < 2 || i + 2 + length > b.size()) return "a damaged JPEG (cut short)";
        if (marker == 0xC4) {
            size_t t = i + 4;
            const size_t end = i + 2 + length;
            while (t + 17 <= end) {
                const unsigned table_class = byte(b, t) >> 4;
                const unsigned table_id = byte(b, t) & 15;
                if (table_class < 2 && table_id < 4) defined[table_class][table_id] = true;
                unsigned total = 0;
                for (size_t k = 1; k <= 16; ++k) total += byte(b, t + k);
                if (total > 256) return "a damaged JPEG (a Huffman table with more than 256 codes)";
                t += 17 + total;
            }
            if (t != end) return "a damaged JPEG (a Huffman table that does not fit its segment)";
        }
        if (marker == 0xDA) {
            // The same stb decodes a scan with tables it never read (found by tests/fuzz):
            // every table a scan names must have been defined before it.
            const size_t components = byte(b, i + 4);
            const size_t after = i + 5 + components * 2;
            if (after + 2 < i + 2 + length) {
                const unsigned spectral_start = byte(b, after);
                const unsigned spectral_end = byte(b, after + 1);
                for (size_t k = 0; k < components; ++k) {
                    const unsigned tables = byte(b, i + 6 + k * 2);
                    if ((spectral_start == 0 && (tables >> 4 > 3 || !defined[0][tables >> 4])) ||
                        (spectral_end > 0 && ((tables & 15) > 3 || !defined[1][tables & 15])))
                        return "a damaged JPEG (a scan uses a Huffman table that is not defined)";
                }
            }
        }
        i += 2 + length;
        if (marker == 0xDA) {
            // Entropy-coded data runs until the next marker that is not a stuffed 0xFF00 or a restart.
            while (i + 1 < b.size() && !(byte(b, i) == 0xFF && byte(b, i + 1) != 0x00 &&
                                         !(byte(b, i + 1) >= 0xD0 && byte(b, i + 1) <= 0xD7)))
                ++i;
        }
    }
    return {};
}

// The same stb passes a null pointer to memcpy for an empty IDAT chunk (undefined
// behaviour, found by tests/fuzz); real encoders never write one.
std::string png_hazard(std::string_view b) {
    size_t i = 8;
    while (i + 8 <= b.size()) {
        const unsigned long length = be32(b, i);
        if (b.substr(i + 4, 4) == "IDAT" && length == 0) return "a damaged PNG (an empty image data chunk)";
        // stb sizes its buffer from a chunk's stated length before reading it (found by
        // tests/fuzz: 2 GiB for a 379-byte file): a chunk must fit in the file.
        if (length > b.size() - i - 8) return "a damaged PNG (cut short)";
        if (b.substr(i + 4, 4) == "IEND") return {};
        i += 12 + static_cast<size_t>(length);
    }
    return {};
}

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
    const std::string hazard = info.format == ImageInfo::Format::Png ? png_hazard(bytes) : jpeg_hazard(bytes);
    if (!hazard.empty()) {
        error = "the image is " + hazard;
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
        // stb's reason is often empty for a file cut short: say that rather than "()".
        const char* reason = stbi_failure_reason();
        error = reason && *reason ? std::string("the image is damaged (") + reason + ")"
                                  : std::string("the image is damaged or cut short");
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
