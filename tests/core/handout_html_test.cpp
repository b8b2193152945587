// handout_html: the printable page nurses keep at the desk.

#include "core/handout/handout_html.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

using haven::Card;
using haven::Content;
using haven::escape_html;
using haven::handout_html;
using haven::HandoutOrigin;
using haven::HelpLink;
using haven::make_qr;
using haven::QrMatrix;
using haven::qr_svg;
using haven::Topic;

namespace {

Card card(int code, std::string title, std::string topic) {
    Card c;
    c.code = code;
    c.title = std::move(title);
    c.tile = "Discreet " + std::to_string(code);
    c.topic = std::move(topic);
    c.slug = "card-" + std::to_string(code);
    return c;
}

// Two topics shown in the opposite of alphabetical order, cards not in code order, one
// topic without cards, two clinic-wide help links.
Content sample_content() {
    Content content;
    content.settings.clinic_name = "Riverside Clinic";
    content.cards = {card(12, "Talking about changes", "talking"), card(3, "Gentle touch", "closeness"),
                     card(40, "Starting the conversation", "talking"), card(7, "Time together", "closeness")};
    content.topics = {Topic{"talking", "Talking together", 1, "", {2, 0}},
                      Topic{"empty", "Nothing here yet", 2, "", {}},
                      Topic{"closeness", "Closeness and touch", 3, "", {3, 1}}};
    content.settings.help = {{"Macmillan Support Line", "tel:08088080000"},
                             {"Relate: relationship support", "https://www.relate.org.uk/"}};
    return content;
}

size_t position(const std::string& html, const std::string& text) {
    const size_t at = html.find(text);
    INFO("looking for: " << text);
    REQUIRE(at != std::string::npos);
    return at;
}

size_t occurrences(const std::string& html, const std::string& text) {
    size_t n = 0;
    for (size_t at = html.find(text); at != std::string::npos; at = html.find(text, at + 1)) ++n;
    return n;
}

// Reads the dark modules back from an SVG qr_svg made: "M<x> <y>h<run>v1h-<run>z" runs.
std::vector<bool> modules_drawn(const std::string& svg, int side) {
    std::vector<bool> dark(static_cast<size_t>(side * side), false);
    const size_t d = svg.find(" d=\"");
    REQUIRE(d != std::string::npos);
    const char* p = svg.c_str() + d + 4;
    while (*p == 'M') {
        char* end = nullptr;
        const long x = std::strtol(p + 1, &end, 10);
        const long y = std::strtol(end + 1, &end, 10);
        REQUIRE(*end == 'h');
        const long run = std::strtol(end + 1, &end, 10);
        REQUIRE(std::string(end, 4 + std::to_string(run).size()) == "v1h-" + std::to_string(run));
        p = end + 4 + std::to_string(run).size();
        REQUIRE(*p == 'z');
        ++p;
        for (long i = 0; i < run; ++i) {
            REQUIRE(x + i < side);
            REQUIRE(y < side);
            dark[static_cast<size_t>(y * side + x + i)] = true;
        }
    }
    REQUIRE(*p == '"');
    return dark;
}

} // namespace

TEST_CASE("every card's code is shown large beside its real title, never its discreet tile") {
    const std::string html = handout_html(sample_content(), {});
    for (const auto& [code, title] : std::vector<std::pair<int, std::string>>{
             {12, "Talking about changes"}, {3, "Gentle touch"}, {40, "Starting the conversation"}, {7, "Time together"}}) {
        CAPTURE(code);
        CHECK(occurrences(html, "<span class=\"code\">" + std::to_string(code) + "</span> <span class=\"title\">" +
                                    title + "</span>") == 1);
        CHECK(html.find("Discreet " + std::to_string(code)) == std::string::npos);
    }
}

TEST_CASE("topics and their cards come in the kiosk's display order; empty topics are left out") {
    const std::string html = handout_html(sample_content(), {});
    CHECK(position(html, "Talking together") < position(html, "Closeness and touch"));
    CHECK(position(html, "Starting the conversation") < position(html, "Talking about changes"));
    CHECK(position(html, "Talking about changes") < position(html, "Closeness and touch"));
    CHECK(position(html, "Closeness and touch") < position(html, "Time together"));
    CHECK(position(html, "Time together") < position(html, "Gentle touch"));
    CHECK(html.find("Nothing here yet") == std::string::npos);
}

TEST_CASE("only default-language cards are listed") {
    Content content = sample_content();
    Card welsh = content.cards[0];
    welsh.language = "cy";
    welsh.title = "Siarad am newidiadau";
    content.translations["cy"][welsh.slug] = welsh;
    const std::string html = handout_html(content, {});
    CHECK(html.find("Siarad am newidiadau") == std::string::npos);
    CHECK(occurrences(html, "<span class=\"code\">12</span>") == 1);
}

TEST_CASE("text from content cannot become markup") {
    Content content = sample_content();
    content.settings.clinic_name = "<script>alert(1)</script> & 'Partners'";
    content.topics[0].title = "<b>Bold</b>";
    content.cards[0].title = "</span><img src=x onerror=alert(1)>";
    content.settings.help[0].label = "\"><svg onload=alert(1)>";
    content.settings.default_language = "en\"><script>";
    const std::string html = handout_html(content, {"<i>today</i>", "1.0 & \"beta\""});
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<b>Bold") == std::string::npos);
    CHECK(html.find("<i>today") == std::string::npos);
    CHECK(html.find("onload=alert(1)>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;Partners&#39;") != std::string::npos);
    CHECK(html.find("&lt;/span&gt;&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    CHECK(html.find("&quot;&gt;&lt;svg onload=alert(1)&gt;") != std::string::npos);
    CHECK(html.find("1.0 &amp; &quot;beta&quot;") != std::string::npos);
    CHECK(escape_html("a<b>&\"'c") == "a&lt;b&gt;&amp;&quot;&#39;c");
    CHECK(escape_html("Café 12") == "Café 12");
}

TEST_CASE("each clinic-wide help link has its own QR code, the kiosk's, with the address as text") {
    const Content content = sample_content();
    const std::string html = handout_html(content, {});
    CHECK(occurrences(html, "<svg ") == content.settings.help.size());
    for (const HelpLink& link : content.settings.help) {
        CAPTURE(link.url);
        const std::string svg = qr_svg(make_qr(link.url), link.label, 28);
        REQUIRE_FALSE(svg.empty());
        CHECK(occurrences(html, svg) == 1);
    }
    CHECK(position(html, "Macmillan Support Line") < position(html, "Relate: relationship support"));
    CHECK(html.find("0808 808 0000") != std::string::npos);
    CHECK(html.find(">www.relate.org.uk<") != std::string::npos);
}

TEST_CASE("a card's own help links stay on the kiosk") {
    Content content = sample_content();
    content.cards[1].help = {{"Card-only line", "tel:0123456789"}};
    const std::string html = handout_html(content, {});
    CHECK(html.find("Card-only line") == std::string::npos);
    CHECK(occurrences(html, "<svg ") == 2);
}

TEST_CASE("the QR SVG draws exactly the code's dark modules inside a 4-module quiet zone") {
    const QrMatrix code = make_qr("https://www.cosrt.org.uk/");
    REQUIRE(code.size > 0);
    const int side = code.size_with_quiet_zone();
    const std::string svg = qr_svg(code, "COSRT", 28);
    CHECK(svg.find("viewBox=\"0 0 " + std::to_string(side) + " " + std::to_string(side) + "\"") != std::string::npos);
    CHECK(svg.find("width=\"28.0mm\" height=\"28.0mm\"") != std::string::npos);
    CHECK(svg.find("aria-label=\"QR code: COSRT\"") != std::string::npos);
    // The light background covers the whole square, quiet zone included.
    CHECK(svg.find("<rect width=\"" + std::to_string(side) + "\" height=\"" + std::to_string(side) + "\" fill=\"#fff\"/>") !=
          std::string::npos);
    const std::vector<bool> drawn = modules_drawn(svg, side);
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            const bool inside = x >= 4 && y >= 4 && x < side - 4 && y < side - 4;
            const bool want = inside && code.at(x - 4, y - 4);
            if (drawn[static_cast<size_t>(y * side + x)] != want) {
                FAIL("module " << x << "," << y << " drawn " << drawn[static_cast<size_t>(y * side + x)]);
            }
        }
    }
    CHECK(qr_svg(QrMatrix{}, "nothing", 28).empty());
}

TEST_CASE("the page is self-contained and sized for A4") {
    const std::string html = handout_html(sample_content(), {});
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("@page { size: A4;") != std::string::npos);
    for (const char* outside : {"<script", "<link", "src=", "href=", "url(", "@import", "http:", "https:"}) {
        CAPTURE(outside);
        CHECK(html.find(outside) == std::string::npos);
    }
}

TEST_CASE("the footer says where the page came from, and leaves out what is unknown") {
    const std::string dated = handout_html(sample_content(), {"3 May 2024", "0.1.0"});
    CHECK(dated.find("<footer>Content as of 3 May 2024 · Printed from Haven 0.1.0</footer>") != std::string::npos);
    const std::string undated = handout_html(sample_content(), {});
    CHECK(undated.find("<footer>Printed from Haven</footer>") != std::string::npos);
}

TEST_CASE("a clinic without help links gets no empty help section") {
    Content content = sample_content();
    content.settings.help.clear();
    const std::string html = handout_html(content, {});
    CHECK(html.find("Further help") == std::string::npos);
    CHECK(html.find("<svg") == std::string::npos);
    CHECK(html.find("<h1>Riverside Clinic</h1>") != std::string::npos);
}

TEST_CASE("each card's review date is printed beside its title, so a nurse can tell how current it is") {
    Content content = sample_content();
    content.cards[0].reviewed = haven::CalendarDate{2026, 12, 1};
    const std::string html = handout_html(content, {});
    CHECK(occurrences(html, "Talking about changes <span class=\"reviewed\">reviewed 1 December 2026</span>") == 1);
    CHECK(occurrences(html, "class=\"reviewed\"") == 1);  // cards without a date print none
}
