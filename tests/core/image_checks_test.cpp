// Images named by cards and topics: decoded when good, and every problem an error at the
// line and column of the reference (file lines, not front-matter lines).

#include "content_test_folder.hpp"
#include "test_images.hpp"

#include "core/content/image_codec.hpp"
#include "core/content/text_file.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

using namespace haven_test;

namespace {

// A card whose `image = "..."` is on line 5, value at column 9.
std::string card_with_image(const std::string& reference) {
    return card_text("Pictured", "food", 5, "image = \"" + reference + "\"\n");
}

// The base folder plus cards/x.md naming `reference`.
void write_card_with_image(const TempFolder& folder, const std::string& reference) {
    write_base(folder);
    folder.write("cards/x.md", card_with_image(reference));
}

} // namespace

TEST_CASE("a PNG named by a card is decoded to RGBA with its width and height") {
    TempFolder folder;
    write_card_with_image(folder, "images/talk.png");
    folder.write_bytes("images/talk.png", kPng3x2);
    const LoadResult result = folder.load();
    check_clean(result);
    REQUIRE(find_card(result, "cards/x.md") != nullptr);
    CHECK(find_card(result, "cards/x.md")->image == "images/talk.png");
    REQUIRE(result.content.images.count("images/talk.png") == 1);
    const haven::DecodedImage& image = result.content.images.at("images/talk.png");
    CHECK(image.width == 3);
    CHECK(image.height == 2);
    REQUIRE(image.rgba.size() == 3 * 2 * 4);
    for (size_t i = 0; i < kPng3x2Pixels.size(); ++i) {
        CAPTURE(i);
        for (size_t c = 0; c < 4; ++c) CHECK(image.rgba[i * 4 + c] == kPng3x2Pixels[i][c]);
    }
}

TEST_CASE("a JPEG named by a card is decoded to RGBA with its width and height") {
    TempFolder folder;
    write_card_with_image(folder, "images/photo.jpg");
    folder.write_bytes("images/photo.jpg", kJpeg5x3);
    const LoadResult result = folder.load();
    check_clean(result);
    REQUIRE(result.content.images.count("images/photo.jpg") == 1);
    const haven::DecodedImage& image = result.content.images.at("images/photo.jpg");
    CHECK(image.width == 5);
    CHECK(image.height == 3);
    CHECK(image.rgba.size() == 5 * 3 * 4);
    CHECK(image.rgba[3] == 255);  // JPEG has no alpha: opaque
}

TEST_CASE("a topic icon is checked and decoded like a card image") {
    TempFolder folder;
    write_base(folder);
    folder.write("topics.toml", std::string(kBaseTopics) + "icon = \"images/moon.png\"\n");
    folder.write_bytes("images/moon.png", kPng3x2);
    const LoadResult result = folder.load();
    check_clean(result);
    CHECK(result.content.find_topic("sleep")->icon == "images/moon.png");
    REQUIRE(result.content.images.count("images/moon.png") == 1);
    CHECK(result.content.images.at("images/moon.png").width == 3);
}

TEST_CASE("a missing topic icon is an error at the icon's line in topics.toml") {
    TempFolder folder;
    write_base(folder);
    folder.write("topics.toml", std::string(kBaseTopics) + "icon = \"images/moon.png\"\n");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "topics.toml", 10, 8, {"the image 'images/moon.png' does not exist"}});
    CHECK(result.content.find_topic("sleep")->icon.empty());
}

TEST_CASE("an image named by two cards is decoded once and both cards show it") {
    TempFolder folder;
    write_card_with_image(folder, "images/talk.png");
    folder.write("cards/y.md", card_text("Also pictured", "sleep", 6, "image = \"images/talk.png\"\n"));
    folder.write_bytes("images/talk.png", kPng3x2);
    const LoadResult result = folder.load();
    check_clean(result);
    CHECK(result.content.images.size() == 1);
    CHECK(find_card(result, "cards/y.md")->image == "images/talk.png");
}

TEST_CASE("a missing image is an error at the image line, and the card is shown without it") {
    TempFolder folder;
    write_card_with_image(folder, "images/nowhere.png");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 5, 9, {"the image 'images/nowhere.png' does not exist"}});
    CHECK_FALSE(mentions(result.diagnostics[0].message, "did you mean"));
    REQUIRE(find_card(result, "cards/x.md") != nullptr);
    CHECK(find_card(result, "cards/x.md")->image.empty());
    CHECK(result.content.images.empty());
}

TEST_CASE("an image named in another letter case is missing, with the right name suggested") {
    TempFolder folder;
    write_card_with_image(folder, "images/Talk.PNG");
    folder.write_bytes("images/talk.png", kPng3x2);
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 5, 9,
                        {"'images/Talk.PNG' does not exist", "did you mean 'images/talk.png'?", "letter case"}});
    CHECK(result.content.images.empty());
}

TEST_CASE("an image in a folder named in another letter case is reported as missing") {
    TempFolder folder;
    write_card_with_image(folder, "Images/talk.png");
    folder.write_bytes("images/talk.png", kPng3x2);
    check_only(folder.load(), {Severity::Error, "cards/x.md", 5, 9, {"'Images/talk.png' does not exist"}});
}

TEST_CASE("an unreadable image is an error at the image line") {
    if (geteuid() == 0) {
        // root reads a file whatever its permissions, so there is nothing to test.
        MESSAGE("skipped: running as root");
        return;
    }
    TempFolder folder;
    write_card_with_image(folder, "images/locked.png");
    folder.write_bytes("images/locked.png", kPng3x2);
    fs::permissions(folder.path() / "images/locked.png", fs::perms::none);
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 5, 9, {"'images/locked.png' cannot be read"}});
    CHECK(result.content.images.empty());
}

TEST_CASE("a text file named .png is an error: not a PNG or JPEG image") {
    TempFolder folder;
    write_card_with_image(folder, "images/fake.png");
    folder.write("images/fake.png", "This is not a picture.\n");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 5, 9, {"'images/fake.png'", "not a PNG or JPEG image"}});
    CHECK(find_card(result, "cards/x.md")->image.empty());
}

TEST_CASE("a JPEG named .png is fine: the bytes decide, not the name") {
    TempFolder folder;
    write_card_with_image(folder, "images/photo.png");
    folder.write_bytes("images/photo.png", kJpeg5x3);
    const LoadResult result = folder.load();
    check_clean(result);
    REQUIRE(result.content.images.count("images/photo.png") == 1);
    CHECK(result.content.images.at("images/photo.png").width == 5);
}

TEST_CASE("an image reference with another extension is an error") {
    for (const char* reference : {"images/anim.gif", "images/pic.webp", "images/pic"}) {
        CAPTURE(reference);
        TempFolder folder;
        write_card_with_image(folder, reference);
        folder.write(reference, "GIF89a");
        check_only(folder.load(),
                   {Severity::Error, "cards/x.md", 5, 9, {"is not a .png, .jpg or .jpeg image"}});
    }
}

TEST_CASE("an image over the size cap is an error before it is read") {
    TempFolder folder;
    write_card_with_image(folder, "images/huge.png");
    folder.write_bytes("images/huge.png", kPng3x2);
    // Sparse: the size is all that matters and nothing is written to disk.
    fs::resize_file(folder.path() / "images/huge.png", haven::kMaxImageBytes + 1);
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 5, 9,
                        {"'images/huge.png' is " + std::to_string(haven::kMaxImageBytes + 1) + " bytes",
                         "over the limit of " + std::to_string(haven::kMaxImageBytes)}});
    CHECK(result.content.images.empty());
}

TEST_CASE("an image wider than the dimension cap is an error at the image line") {
    TempFolder folder;
    write_card_with_image(folder, "images/wide.png");
    folder.write("images/wide.png", png_header(5000, 10));
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 5, 9, {"'images/wide.png'"}});
    CHECK(result.content.images.empty());
    CHECK(find_card(result, "cards/x.md")->image.empty());
}

TEST_CASE("an image over the dimension cap is reported with its size and the cap") {
    TempFolder folder;
    write_card_with_image(folder, "images/wide.png");
    folder.write("images/wide.png", png_header(5000, 10));
    check_only(folder.load(), {Severity::Error, "cards/x.md", 5, 9, {"5000x10", "4096"}});
}

TEST_CASE("a damaged PNG (good header, cut-off data) is an error") {
    TempFolder folder;
    write_card_with_image(folder, "images/cut.png");
    // The signature, IHDR and the first bytes of IDAT: the header reads, the pixels do not.
    folder.write("images/cut.png", bytes_of(kPng3x2, 50));
    const LoadResult result = folder.load();
    INFO(all_messages(result));
    REQUIRE(result.diagnostics.size() == 1);
    const Diagnostic& d = result.diagnostics[0];
    CHECK(d.severity == Severity::Error);
    CHECK(d.path == "cards/x.md");
    CHECK(d.column == 9);
    CHECK(mentions(d.message, "'images/cut.png'"));
    CHECK(mentions(d.message, "damaged"));
    CHECK(result.content.images.empty());
}

TEST_CASE("a damaged PNG is reported at the card's image line") {
    TempFolder folder;
    write_card_with_image(folder, "images/cut.png");
    folder.write("images/cut.png", bytes_of(kPng3x2, 50));
    check_only(folder.load(), {Severity::Error, "cards/x.md", 5, 9, {"'images/cut.png'", "damaged"}});
}

TEST_CASE("a damaged topic icon is reported at the icon's line in topics.toml") {
    // topics.toml lines are not offset, so this one is on the right line today.
    TempFolder folder;
    write_base(folder);
    folder.write("topics.toml", std::string(kBaseTopics) + "icon = \"images/moon.png\"\n");
    folder.write("images/moon.png", bytes_of(kPng3x2, 50));
    check_only(folder.load(), {Severity::Error, "topics.toml", 10, 8, {"'images/moon.png'", "damaged"}});
}

// ---- references that leave the content folder ----

TEST_CASE("an image path with .. is an error, even when the file is there") {
    TempFolder outside;
    outside.write_bytes("escape.png", kPng3x2);
    TempFolder folder;
    write_card_with_image(folder, "../" + outside.path().filename().string() + "/escape.png");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 5, 9, {"leaves the content folder (..)"}});
    CHECK(result.content.images.empty());
}

TEST_CASE("an image path with .. that comes back inside is still refused") {
    TempFolder folder;
    write_card_with_image(folder, "images/../images/talk.png");
    folder.write_bytes("images/talk.png", kPng3x2);
    check_only(folder.load(), {Severity::Error, "cards/x.md", 5, 9, {"leaves the content folder (..)"}});
}

TEST_CASE("an absolute image path is an error, even when the file is there") {
    TempFolder outside;
    outside.write_bytes("abs.png", kPng3x2);
    TempFolder folder;
    const std::string absolute = (outside.path() / "abs.png").string();
    write_card_with_image(folder, absolute);
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 5, 9,
                        {"'" + absolute + "'", "must be a relative path inside the content folder"}});
    CHECK(result.content.images.empty());
}

TEST_CASE("a Windows path with backslashes or a drive letter is an error asking for /") {
    for (const char* reference : {"images\\\\talk.png", "C:/images/talk.png"}) {
        CAPTURE(reference);
        TempFolder folder;
        write_card_with_image(folder, reference);  // written into TOML: "\\\\" is one backslash
        folder.write_bytes("images/talk.png", kPng3x2);
        const LoadResult result = folder.load();
        check_only(result, {Severity::Error, "cards/x.md", 5, 9, {"relative path", "with / between folders"}});
        CHECK(result.content.images.empty());
    }
}

TEST_CASE("a symbolic link to an image outside the folder is an error") {
    TempFolder outside;
    outside.write_bytes("secret.png", kPng3x2);
    TempFolder folder;
    write_card_with_image(folder, "images/link.png");
    folder.make_folder("images");
    fs::create_symlink(outside.path() / "secret.png", folder.path() / "images/link.png");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 5, 9, {"'images/link.png'", "link to a file outside the content folder"}});
    CHECK(result.content.images.empty());
}

TEST_CASE("a symbolic link to a folder outside is an error for the images through it") {
    TempFolder outside;
    outside.write_bytes("pics/secret.png", kPng3x2);
    TempFolder folder;
    write_card_with_image(folder, "images/secret.png");
    fs::create_directory_symlink(outside.path() / "pics", folder.path() / "images");
    check_only(folder.load(), {Severity::Error, "cards/x.md", 5, 9, {"link to a file outside the content folder"}});
}

TEST_CASE("a symbolic link to an image inside the folder is fine") {
    TempFolder folder;
    write_card_with_image(folder, "images/alias.png");
    folder.write_bytes("images/real.png", kPng3x2);
    fs::create_symlink("real.png", folder.path() / "images/alias.png");
    const LoadResult result = folder.load();
    check_clean(result);
    CHECK(result.content.images.count("images/alias.png") == 1);
}

TEST_CASE("an empty image path is an error") {
    TempFolder folder;
    write_card_with_image(folder, "");
    check_only(folder.load(), {Severity::Error, "cards/x.md", 5, 9, {"the image path is empty"}});
}

TEST_CASE("a folder named like an image is an error: not a file") {
    TempFolder folder;
    write_card_with_image(folder, "images/folder.png");
    folder.make_folder("images/folder.png");
    check_only(folder.load(), {Severity::Error, "cards/x.md", 5, 9, {"'images/folder.png' is not a file"}});
}

// ---- image_codec directly ----

TEST_CASE("image_info reads the format and size from the header alone") {
    std::string error;
    const auto png = haven::image_info(bytes_of(kPng3x2), error);
    REQUIRE(png);
    CHECK(png->format == haven::ImageInfo::Format::Png);
    CHECK(png->width == 3);
    CHECK(png->height == 2);
    const auto jpeg = haven::image_info(bytes_of(kJpeg5x3), error);
    REQUIRE(jpeg);
    CHECK(jpeg->format == haven::ImageInfo::Format::Jpeg);
    CHECK(jpeg->width == 5);
    CHECK(jpeg->height == 3);
    // A crafted header with no pixel data is enough for image_info (but not for decoding).
    const auto header_only = haven::image_info(png_header(4096, 7), error);
    REQUIRE(header_only);
    CHECK(header_only->width == 4096);
    CHECK(header_only->height == 7);
    CHECK_FALSE(haven::decode_image(png_header(4096, 7), error));
}

TEST_CASE("png_header crafts the same signature and IHDR as a real PNG") {
    // Checks the test helper itself, CRC included, against stb_image_write's output.
    CHECK(png_header(3, 2) == bytes_of(kPng3x2, 33));
}

TEST_CASE("image_info refuses what is not a PNG or JPEG, and images over the cap on either side") {
    std::string error;
    CHECK_FALSE(haven::image_info("GIF89a....", error));
    CHECK(mentions(error, "not a PNG or JPEG image"));
    CHECK_FALSE(haven::image_info("", error));
    for (const auto& [w, h] : {std::pair{4097u, 1u}, std::pair{1u, 4097u}, std::pair{5000u, 10u}}) {
        CAPTURE(w);
        CAPTURE(h);
        error.clear();
        CHECK_FALSE(haven::image_info(png_header(w, h), error));
        CHECK_FALSE(error.empty());
    }
}

TEST_CASE("decode_image says a cut-off image is damaged") {
    std::string error;
    CHECK_FALSE(haven::decode_image(bytes_of(kPng3x2, 50), error));
    CHECK(mentions(error, "damaged"));
    const std::string jpeg = bytes_of(kJpeg5x3);
    error.clear();
    CHECK_FALSE(haven::decode_image(jpeg.substr(0, jpeg.size() / 3), error));
    CHECK_FALSE(error.empty());
}

// Inputs the fuzzers found to crash Debian 12's stb_image (tests/fuzz/corpus/fuzz_image):
// each must be refused with a clear message before stb decodes anything.
TEST_CASE("images that would overrun stb_image's tables are refused before decoding") {
    const std::filesystem::path corpus = std::filesystem::path(HAVEN_TEST_FIXTURES) / ".." / "fuzz" / "corpus" / "fuzz_image";
    for (const char* name : {"regression-stb-dht-counts-over-256.jpg", "regression-stb-dht-after-sof.jpg",
                             "regression-stb-dht-after-stray-bytes.jpg", "regression-stb-undefined-huffman-table.jpg",
                             "regression-stb-png-empty-idat.png", "regression-stb-png-huge-chunk.png"}) {
        CAPTURE(name);
        const haven::TextFile file = haven::read_file_bytes(corpus / name, haven::kMaxImageBytes);
        REQUIRE(file.error.empty());
        std::string error;
        CHECK_FALSE(haven::decode_image(file.text, error).has_value());
        CHECK(error.find("damaged") != std::string::npos);
        error.clear();
        CHECK_FALSE(haven::image_info(file.text, error).has_value());
    }
}

namespace {

// A valid all-black PNG of `side` x `side` pixels, 1 bit grey, stored without compression:
// small on disk (side * (side / 8 + 1) bytes) but 4 * side * side bytes once opened.
std::string blank_png(std::uint32_t side) {
    std::string raw;
    for (std::uint32_t y = 0; y < side; ++y) raw += std::string(1 + side / 8, '\0');  // filter 0, then the row
    std::string zlib = "\x78\x01";
    for (size_t at = 0; at < raw.size(); at += 65535) {
        const size_t n = std::min<size_t>(65535, raw.size() - at);
        zlib += at + n == raw.size() ? '\x01' : '\x00';  // stored block, last or not
        zlib += static_cast<char>(n & 0xff);
        zlib += static_cast<char>(n >> 8);
        zlib += static_cast<char>(~n & 0xff);
        zlib += static_cast<char>((~n >> 8) & 0xff);
        zlib += raw.substr(at, n);
    }
    std::uint32_t a = 1, b = 0;  // Adler-32 of the raw bytes
    for (const char c : raw) {
        a = (a + static_cast<unsigned char>(c)) % 65521;
        b = (b + a) % 65521;
    }
    append_be32(zlib, (b << 16) | a);

    std::string out = "\x89PNG\r\n\x1a\n";
    auto chunk = [&out](const std::string& type_and_data) {
        append_be32(out, static_cast<std::uint32_t>(type_and_data.size() - 4));
        out += type_and_data;
        append_be32(out, png_crc(type_and_data));
    };
    std::string ihdr = "IHDR";
    append_be32(ihdr, side);
    append_be32(ihdr, side);
    ihdr += std::string("\x01\x00\x00\x00\x00", 5);  // 1 bit, grey, deflate, no filter, no interlace
    chunk(ihdr);
    chunk("IDAT" + zlib);
    chunk("IEND");
    return out;
}

} // namespace

TEST_CASE("the pictures together have a memory budget: a stick of small files that open huge is refused") {
    // Each 4096 x 4096 picture is about 2 MB here but 64 MiB once opened; four fit in 256 MiB.
    TempFolder folder;
    write_base(folder);
    const std::string png = blank_png(4096);
    std::string images;
    for (int i = 1; i <= 5; ++i) {
        folder.write("images/big" + std::to_string(i) + ".png", png);
        folder.write("cards/x" + std::to_string(i) + ".md",
                     card_text("Pictured " + std::to_string(i), "food", 10 + i, "image = \"images/big" + std::to_string(i) + ".png\"\n"));
    }
    const LoadResult result = folder.load();
    CHECK(result.content.images.size() == 4);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].path == "cards/x5.md");
    CHECK(result.diagnostics[0].line == 5);
    CHECK(result.diagnostics[0].message.find("more than 256 MiB of memory once opened") != std::string::npos);
}
