// The whole card path as the kiosk runs it: the input is written as cards/x.md into a
// content folder of this process's own (with a topics.toml naming topic "t" and a small
// valid image at images/a.png), and load_content reads the folder: UTF-8 check, front
// matter, TOML, [[help]] links and their QR sizes, image references and decoding, Markdown.
//
// Invariants: the loader never throws, diagnostics name files relative to the folder, and a
// folder that loads without errors holds exactly this card, complete and on topic "t".

#include "core/content/content_loader.hpp"
#include "core/content/help_link_check.hpp"
#include "fuzz_check.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>
#include <stdlib.h>  // mkdtemp

namespace fs = std::filesystem;

namespace {

// A 2x2 RGB PNG.
constexpr unsigned char kPng[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00,
    0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x08, 0x02, 0x00, 0x00, 0x00, 0xfd, 0xd4, 0x9a, 0x73, 0x00,
    0x00, 0x00, 0x11, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0x38, 0x91, 0x62, 0x24, 0xa2, 0x61, 0xc3,
    0x00, 0xa1, 0x00, 0x1d, 0x50, 0x03, 0xad, 0xee, 0x45, 0x01, 0xe0, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};

void write_file(const fs::path& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
        std::fprintf(stderr, "fuzz_card_file: cannot write %s\n", path.c_str());
        std::abort();
    }
}

// The content folder, made once per process and removed at exit.
struct ContentFolder {
    fs::path root;

    ContentFolder() {
        std::string pattern = (fs::temp_directory_path() / "haven-fuzz-card-XXXXXX").string();
        if (!mkdtemp(pattern.data())) {
            std::perror("fuzz_card_file: mkdtemp");
            std::abort();
        }
        root = pattern;
        fs::create_directory(root / "cards");
        fs::create_directory(root / "images");
        write_file(root / "topics.toml", "[[topic]]\nid = \"t\"\ntitle = \"Topic\"\norder = 1\n");
        write_file(root / "images" / "a.png", std::string_view(reinterpret_cast<const char*>(kPng), sizeof kPng));
    }
    ~ContentFolder() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }
    ContentFolder(const ContentFolder&) = delete;
    ContentFolder& operator=(const ContentFolder&) = delete;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static ContentFolder folder;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    write_file(folder.root / "cards" / "x.md", input);

    const haven::LoadResult result = haven::load_content(folder.root);

    const long lines = static_cast<long>(std::count(input.begin(), input.end(), '\n')) + 1;
    for (const haven::Diagnostic& d : result.diagnostics) {
        HAVEN_FUZZ_CHECK(!d.path.empty() && d.path.front() != '/');
        HAVEN_FUZZ_CHECK(d.path.find(folder.root.string()) == std::string::npos);
        HAVEN_FUZZ_CHECK(!d.message.empty());
        HAVEN_FUZZ_CHECK(d.line >= 0 && d.column >= 0);
        // A line at most one past the end (a warning about what is missing after the last line).
        if (d.path == "cards/x.md") HAVEN_FUZZ_CHECK(d.line <= lines + 1);
    }

    const haven::Content& content = result.content;
    HAVEN_FUZZ_CHECK(content.cards.size() <= 1);
    HAVEN_FUZZ_CHECK(content.topics.size() == 1 && content.topics[0].id == "t");
    for (const haven::Card& card : content.cards) {
        HAVEN_FUZZ_CHECK(card.file == "cards/x.md" && card.slug == "x");
        HAVEN_FUZZ_CHECK(!card.title.empty());
        HAVEN_FUZZ_CHECK(card.code >= 0 && card.code <= 999);
        for (const haven::HelpLink& link : card.help) {
            HAVEN_FUZZ_CHECK(!link.label.empty());
            HAVEN_FUZZ_CHECK(haven::help_url_problem(link.url).empty());
        }
        for (const haven::Block& block : card.blocks) HAVEN_FUZZ_CHECK(!block.spans.empty());
        // Review dates are real days, and the next review never comes before the last.
        if (card.reviewed) HAVEN_FUZZ_CHECK(haven::is_valid_date(*card.reviewed));
        if (card.review_due) HAVEN_FUZZ_CHECK(haven::is_valid_date(*card.review_due));
        if (card.reviewed && card.review_due && result.ok()) HAVEN_FUZZ_CHECK(*card.reviewed <= *card.review_due);
        for (const std::string& source : card.sources) HAVEN_FUZZ_CHECK(!source.empty());
        // Every image a card shows was decoded (the one image in the folder is valid).
        if (!card.image.empty()) HAVEN_FUZZ_CHECK(content.images.count(card.image) == 1);
    }
    for (const auto& [reference, image] : content.images) {
        HAVEN_FUZZ_CHECK(image.width == 2 && image.height == 2 && image.rgba.size() == 16);
    }
    if (result.ok()) {
        HAVEN_FUZZ_CHECK(content.cards.size() == 1);
        const haven::Card& card = content.cards[0];
        HAVEN_FUZZ_CHECK(card.topic == "t" && card.code >= 1);
        HAVEN_FUZZ_CHECK(content.topics[0].cards.size() == 1 && content.topics[0].cards[0] == 0);
    }
    return 0;
}
