// Translations follow Hugo's naming: cards/talking.cy.md is the Welsh text of
// cards/talking.md. It needs the original and takes its code, topic and order from it.

#include "content_test_folder.hpp"
#include "test_images.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace haven_test;

namespace {

size_t index_of(const LoadResult& result, std::string_view file) {
    const haven::Card* c = find_card(result, file);
    REQUIRE(c != nullptr);
    return static_cast<size_t>(c - result.content.cards.data());
}

// The base folder plus talking.md (code 12, order 3, an image and a help link).
void write_talking(const TempFolder& folder) {
    write_base(folder);
    folder.write("cards/talking.md",
                 card_text("Talking", "food", 12,
                           "order = 3\nimage = \"images/talk.png\"\n[[help]]\nlabel = \"Line\"\nurl = \"tel:0800123\"\n",
                           "English text.\n"));
    folder.write_bytes("images/talk.png", kPng3x2);
}

} // namespace

TEST_CASE("a Welsh translation is returned for cy, and the default-language card otherwise") {
    TempFolder folder;
    write_talking(folder);
    folder.write("cards/talking.cy.md", "+++\ntitle = \"Siarad\"\nsummary = \"Cryno\"\n+++\nTestun Cymraeg.\n");
    write_screen_text(folder, "cy");
    const LoadResult result = folder.load();
    check_clean(result);
    CHECK(result.content.cards.size() == 3);  // a translation is not a card of its own
    const size_t talking = index_of(result, "cards/talking.md");

    const haven::Card& welsh = result.content.localized(talking, "cy");
    CHECK(welsh.title == "Siarad");
    CHECK(welsh.summary == "Cryno");
    CHECK(welsh.language == "cy");
    CHECK(welsh.file == "cards/talking.cy.md");
    CHECK(welsh.slug == "talking");

    CHECK(result.content.localized(talking, "en").title == "Talking");
    CHECK(result.content.localized(talking, "fr").title == "Talking");  // no French at all
    // A card without a Welsh text falls back to English in Welsh too.
    CHECK(result.content.localized(index_of(result, "cards/sleep.md"), "cy").title == "Naps");
}

TEST_CASE("languages() lists the default language first, then each translated language") {
    TempFolder folder;
    write_talking(folder);
    CHECK(folder.load().content.languages() == std::vector<std::string>{"en"});
    folder.write("cards/talking.cy.md", "+++\ntitle = \"Siarad\"\n+++\nTestun.\n");
    write_screen_text(folder, "cy");
    CHECK(folder.load().content.languages() == std::vector<std::string>{"en", "cy"});
    folder.write("cards/talking.pt-br.md", "+++\ntitle = \"Conversar\"\n+++\nTexto.\n");
    write_screen_text(folder, "pt-br");
    folder.write("cards/food.ar.md", "+++\ntitle = \"Tar\"\n+++\nText.\n");
    write_screen_text(folder, "ar");
    const LoadResult result = folder.load();
    check_clean(result);
    CHECK(result.content.languages() == std::vector<std::string>{"en", "ar", "cy", "pt-br"});
    CHECK(result.content.localized(index_of(result, "cards/talking.md"), "pt-br").title == "Conversar");
}

TEST_CASE("a translation takes its code, topic, order, image and help from the original") {
    TempFolder folder;
    write_talking(folder);
    folder.write("cards/talking.cy.md", "+++\ntitle = \"Siarad\"\n+++\nTestun.\n");
    write_screen_text(folder, "cy");
    const LoadResult result = folder.load();
    check_clean(result);
    const haven::Card& welsh = result.content.localized(index_of(result, "cards/talking.md"), "cy");
    CHECK(welsh.code == 12);
    CHECK(welsh.topic == "food");
    CHECK(welsh.order == 3);
    CHECK(welsh.image == "images/talk.png");
    REQUIRE(welsh.help.size() == 1);
    CHECK(welsh.help[0].url == "tel:0800123");
}

TEST_CASE("a translation's own image and help replace the original's") {
    TempFolder folder;
    write_talking(folder);
    folder.write("cards/talking.cy.md",
                 "+++\ntitle = \"Siarad\"\nimage = \"images/siarad.jpg\"\n"
                 "[[help]]\nlabel = \"Llinell\"\nurl = \"https://www.example.cymru/\"\n+++\nTestun.\n");
    write_screen_text(folder, "cy");
    folder.write_bytes("images/siarad.jpg", kJpeg5x3);
    const LoadResult result = folder.load();
    check_clean(result);
    const haven::Card& welsh = result.content.localized(index_of(result, "cards/talking.md"), "cy");
    CHECK(welsh.image == "images/siarad.jpg");
    REQUIRE(welsh.help.size() == 1);
    CHECK(welsh.help[0].label == "Llinell");
    CHECK(result.content.images.count("images/siarad.jpg") == 1);
}

TEST_CASE("a translation may repeat the original's code and topic") {
    TempFolder folder;
    write_talking(folder);
    folder.write("cards/talking.cy.md", "+++\ntitle = \"Siarad\"\ncode = 12\ntopic = \"food\"\n+++\nTestun.\n");
    write_screen_text(folder, "cy");
    check_clean(folder.load());
}

TEST_CASE("a translation without the default-language card is an error, and it is not used") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/alone.cy.md", "+++\ntitle = \"Ar ei ben ei hun\"\n+++\nTestun.\n");
    write_screen_text(folder, "cy");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/alone.cy.md", 0, 0,
                        {"a translation needs the card in the default language (en)", "cards/alone.md is missing"}});
    CHECK(result.content.translations.empty());
    CHECK(result.content.languages() == std::vector<std::string>{"en"});
}

TEST_CASE("a translation whose code differs from the original's is an error on its code line") {
    TempFolder folder;
    write_talking(folder);
    folder.write("cards/talking.cy.md", "+++\ntitle = \"Siarad\"\ncode = 13\n+++\nTestun.\n");
    write_screen_text(folder, "cy");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/talking.cy.md", 3, 1,
                        {"code differs from cards/talking.md", "leave it out of translations"}});
    // The original's code wins: nurses give one number for every language.
    CHECK(result.content.localized(index_of(result, "cards/talking.md"), "cy").code == 12);
    CHECK(result.content.find_code(13) == nullptr);
}

TEST_CASE("a translation whose topic differs from the original's is an error on its topic line") {
    TempFolder folder;
    write_talking(folder);
    folder.write("cards/talking.cy.md", "+++\ntitle = \"Siarad\"\n\ntopic = \"sleep\"\n+++\nTestun.\n");
    write_screen_text(folder, "cy");
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/talking.cy.md", 4, 1,
                        {"topic differs from cards/talking.md", "leave it out of translations"}});
    CHECK(result.content.localized(index_of(result, "cards/talking.md"), "cy").topic == "food");
}

TEST_CASE("a translation is checked like any card: its problems are reported under its own name") {
    TempFolder folder;
    write_talking(folder);
    folder.write("cards/talking.cy.md", "+++\ntitle = \"Siarad\"\nsumary = \"x\"\nimage = \"images/nope.png\"\n+++\nTestun.\n");
    write_screen_text(folder, "cy");
    check_diagnostics(folder.load(), {
        {Severity::Error, "cards/talking.cy.md", 4, 9, {"the image 'images/nope.png' does not exist"}},
        {Severity::Error, "cards/talking.cy.md", 3, 1, {"unknown field 'sumary'", "did you mean 'summary'?"}},
    });
}

TEST_CASE("with default_language = \"cy\", untagged cards are Welsh and .en.md files are English translations") {
    TempFolder folder;
    write_talking(folder);
    folder.write("kiosk.toml", "default_language = \"cy\"\n");
    folder.write("cards/talking.en.md", "+++\ntitle = \"Talking (English)\"\n+++\nText.\n");
    write_screen_text(folder, "cy");  // the default language's screens need it too; English is built in
    const LoadResult result = folder.load();
    check_clean(result);
    CHECK(result.content.languages() == std::vector<std::string>{"cy", "en"});
    const size_t talking = index_of(result, "cards/talking.md");
    CHECK(result.content.cards[talking].language == "cy");
    CHECK(result.content.localized(talking, "en").title == "Talking (English)");
    CHECK(result.content.localized(talking, "cy").title == "Talking");
}
