// What real USB sticks carry, all handled quietly: no error and no warning. Windows line
// endings and byte-order marks, the clutter macOS and Windows leave behind, upper-case
// extensions, and file names with spaces and accented letters.

#include "content_test_folder.hpp"
#include "test_images.hpp"

#include "core/content/markdown.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace haven_test;

namespace {

std::string crlf(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Every kind of file, with the features whose parsing line endings could upset.
constexpr std::string_view kKiosk = "clinic_name = \"Riverside\"\n"
                                    "idle_timeout_seconds = 90\n"
                                    "theme = \"contrast\"\n"
                                    "[sound]\nenabled = true\nmax_volume = 0.7\n"
                                    "[[help]]\nlabel = \"Line\"\nurl = \"tel:08088080000\"\n";
constexpr std::string_view kBreathing = "[[pattern]]\nname = \"Slow\"\ninhale = 5\nexhale = 7\n";
constexpr std::string_view kCardBody = "# Heading\n\nFirst line\nsecond line.\n\n- one\n- two\n\n> quoted\n";
constexpr std::string_view kWelsh = "+++\ntitle = \"Bwyd\"\n+++\nTestun.\n";

void write_everything(const TempFolder& folder, std::string (*transform)(std::string_view)) {
    folder.write("kiosk.toml", transform(kKiosk));
    folder.write("topics.toml", transform(kBaseTopics));
    folder.write("breathing.toml", transform(kBreathing));
    folder.write("cards/food.md", transform(card_text("Meals", "food", 1, "[[help]]\nlabel = \"L\"\nurl = \"tel:0800123\"\n", kCardBody)));
    folder.write("cards/food.cy.md", transform(kWelsh));
    folder.write("i18n/cy.toml", transform("hide_screen = \"Cuddio'r sgrin\"\n"));
    folder.write("cards/sleep.md", transform(card_text("Naps", "sleep", 2)));
}

void check_everything_read(const LoadResult& result) {
    check_clean(result);
    const auto& s = result.content.settings;
    CHECK(s.clinic_name == "Riverside");
    CHECK(s.idle_timeout_seconds == doctest::Approx(90));
    CHECK(s.theme == "contrast");
    CHECK(s.sound.enabled);
    CHECK(s.sound.max_volume == doctest::Approx(0.7));
    REQUIRE(s.help.size() == 1);
    CHECK(s.help[0].url == "tel:08088080000");  // no \r left on the end
    REQUIRE(result.content.breathing.size() == 1);
    CHECK(result.content.breathing[0].name == "Slow");
    REQUIRE(result.content.topics.size() == 2);
    CHECK(result.content.topics[0].title == "Food");
    const haven::Card* food = find_card(result, "cards/food.md");
    REQUIRE(food != nullptr);
    CHECK(food->title == "Meals");
    CHECK(food->code == 1);
    REQUIRE(food->help.size() == 1);
    CHECK(food->help[0].url == "tel:0800123");
    REQUIRE(food->blocks.size() == 5);
    CHECK(food->blocks[0].kind == haven::Block::Kind::Heading);
    CHECK(haven::plain_text({food->blocks[1]}) == "First line second line.");
    CHECK(food->blocks[2].marker == "\u2022");
    CHECK(haven::plain_text({food->blocks[3]}) == "two");
    CHECK(food->blocks[4].quote);
    CHECK(haven::plain_text({food->blocks[4]}) == "quoted");
    const size_t index = static_cast<size_t>(food - result.content.cards.data());
    CHECK(result.content.localized(index, "cy").title == "Bwyd");
}

std::string as_is(std::string_view text) { return std::string(text); }
std::string with_crlf(std::string_view text) { return crlf(text); }
std::string with_bom(std::string_view text) { return std::string(kBom) + std::string(text); }
std::string with_bom_and_crlf(std::string_view text) { return std::string(kBom) + crlf(text); }

} // namespace

TEST_CASE("the quirk-free folder the quirk tests start from is read in full") {
    TempFolder folder;
    write_everything(folder, as_is);
    check_everything_read(folder.load());
}

TEST_CASE("CRLF line endings in every file are read quietly") {
    TempFolder folder;
    write_everything(folder, with_crlf);
    check_everything_read(folder.load());
}

TEST_CASE("a UTF-8 byte-order mark on every file is read quietly") {
    TempFolder folder;
    write_everything(folder, with_bom);
    check_everything_read(folder.load());
}

TEST_CASE("a byte-order mark and CRLF line endings together are read quietly") {
    TempFolder folder;
    write_everything(folder, with_bom_and_crlf);
    check_everything_read(folder.load());
}

TEST_CASE("with CRLF and a byte-order mark, errors are still on the right line and column") {
    TempFolder folder;
    write_base(folder);
    folder.write("kiosk.toml", with_bom_and_crlf("clinic_name = \"A\"\ntheme = \"dark\"\n"));
    folder.write("cards/x.md", with_bom_and_crlf(card_text("A", "food", 5, "colour = \"red\"\n")));
    check_diagnostics(folder.load(), {
        {Severity::Error, "kiosk.toml", 2, 9, {"'theme' is 'dark'"}},
        {Severity::Error, "cards/x.md", 5, 1, {"unknown field 'colour'"}},
    });
}

TEST_CASE("macOS ._* files and .DS_Store, in cards/ and at the top, are ignored quietly") {
    TempFolder folder;
    write_base(folder);
    // AppleDouble files are binary, so they would fail as cards (not UTF-8, no front matter).
    const std::string apple_double("\x00\x05\x16\x07\x00\x02\x00\x00\xFF\xFE", 10);
    folder.write("cards/._food.md", apple_double);
    folder.write("cards/._sleep.md", apple_double);
    folder.write("cards/.DS_Store", std::string("\0\0\0\1Bud1\xFF", 9));
    folder.write("._topics.toml", apple_double);
    folder.write("._kiosk.toml", apple_double);
    folder.write(".DS_Store", std::string("\0\0\0\1Bud1\xFF", 9));
    folder.make_folder("cards/._drafts");
    const LoadResult result = folder.load();
    check_clean(result);
    CHECK(result.content.cards.size() == 2);
}

TEST_CASE("Windows and macOS system files and folders, in cards/ and at the top, are ignored quietly") {
    TempFolder folder;
    write_base(folder);
    for (const std::string where : {"", "cards/"}) {
        folder.write(where + "Thumbs.db", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
        folder.write(where + "desktop.ini", "[.ShellClassInfo]\r\nIconResource=x\r\n");
        folder.write(where + "System Volume Information/IndexerVolumeGuid", "{guid}");
        folder.write(where + "$RECYCLE.BIN/S-1-5-21/desktop.ini", "x");
        folder.write(where + ".Trashes/501/old.md", "\xFF");
        folder.write(where + ".Spotlight-V100/Store-V2/x", "\xFF");
        folder.make_folder(where + ".fseventsd");
    }
    const LoadResult result = folder.load();
    check_clean(result);
    CHECK(result.content.cards.size() == 2);
}

TEST_CASE("system files are recognised in any letter case") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/THUMBS.DB", "\xD0\xCF\x11\xE0");
    folder.write("cards/Desktop.ini", "[x]\n");
    folder.make_folder("cards/$Recycle.Bin");
    check_clean(folder.load());
}

TEST_CASE("upper-case extensions on cards and images are fine") {
    TempFolder folder;
    folder.write("topics.toml", kBaseTopics);
    folder.write("cards/FOOD.MD", card_text("Meals", "food", 1, "image = \"images/A.PNG\"\n"));
    folder.write("cards/FOOD.CY.MD", "+++\ntitle = \"Bwyd\"\nimage = \"images/C.JPEG\"\n+++\nTestun.\n");
    folder.write("i18n/CY.TOML", "hide_screen = \"Cuddio'r sgrin\"\n");
    folder.write("cards/Sleep.Md", card_text("Naps", "sleep", 2, "image = \"images/B.JPG\"\n"));
    folder.write_bytes("images/A.PNG", kPng3x2);
    folder.write_bytes("images/B.JPG", kJpeg5x3);
    folder.write_bytes("images/C.JPEG", kJpeg5x3);
    const LoadResult result = folder.load();
    check_clean(result);
    REQUIRE(result.content.cards.size() == 2);
    CHECK(result.content.images.size() == 3);
    CHECK(result.content.images.at("images/A.PNG").width == 3);
    CHECK(result.content.images.at("images/B.JPG").width == 5);
    CHECK(result.content.images.at("images/C.JPEG").height == 3);
    const haven::Card* food = find_card(result, "cards/FOOD.MD");
    REQUIRE(food != nullptr);
    CHECK(food->slug == "FOOD");
    const size_t index = static_cast<size_t>(food - result.content.cards.data());
    CHECK(result.content.localized(index, "cy").title == "Bwyd");
    CHECK(result.content.localized(index, "cy").image == "images/C.JPEG");
    CHECK(result.content.languages() == std::vector<std::string>{"en", "cy"});
}

TEST_CASE("file names with spaces and accented letters are fine, for cards and images") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/Caf\xC3\xA9 notes.md", card_text("Caf\xC3\xA9", "food", 7, "image = \"images/\xC3\x9An\xC3\xAF" "code pic.png\"\n"));
    folder.write_bytes("images/\xC3\x9An\xC3\xAF" "code pic.png", kPng3x2);
    const LoadResult result = folder.load();
    check_clean(result);
    const haven::Card* c = find_card(result, "cards/Caf\xC3\xA9 notes.md");
    REQUIRE(c != nullptr);
    CHECK(c->slug == "Caf\xC3\xA9 notes");
    CHECK(c->image == "images/\xC3\x9An\xC3\xAF" "code pic.png");
    REQUIRE(result.content.images.count("images/\xC3\x9An\xC3\xAF" "code pic.png") == 1);
    CHECK(result.content.images.at("images/\xC3\x9An\xC3\xAF" "code pic.png").width == 3);
}

TEST_CASE("an error in a card with an accented name is reported under that name") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/Caf\xC3\xA9 notes.md", card_text("Caf\xC3\xA9", "cafe", 7));
    check_only(folder.load(), {Severity::Error, "cards/Caf\xC3\xA9 notes.md", 3, 1, {"topic 'cafe' is not defined"}});
}
