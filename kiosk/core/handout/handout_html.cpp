#include "core/handout/handout_html.hpp"

#include "core/handout/help_link_text.hpp"

#include <cstdio>
#include <string>

namespace haven {
namespace {

// Print styles for one or two A4 sheets. Sizes are in print units so the sheet looks the
// same from any browser; fonts are the ones a Debian desk computer has, with fallbacks that
// any other computer has, because nothing may be fetched.
constexpr std::string_view kStyle = R"(
@page { size: A4; margin: 14mm 14mm 12mm; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 11pt;
       line-height: 1.3; color: #000; background: #fff; }
body { margin: 0; }
@media screen { body { max-width: 210mm; margin: 0 auto; padding: 14mm; } }
header { border-bottom: 0.6mm solid #000; padding-bottom: 2.5mm; margin-bottom: 4mm; }
h1 { font-size: 20pt; line-height: 1.15; margin: 0; }
.how { margin: 1.2mm 0 0; }
h2 { font-size: 12pt; margin: 0 0 1.2mm; padding-bottom: 0.6mm; border-bottom: 0.3mm solid #777; }
ol { list-style: none; margin: 0; padding: 0; }
.topics { columns: 2; column-gap: 9mm; }
.topic { break-inside: avoid; margin: 0 0 4mm; }
.cards li { display: flex; align-items: baseline; gap: 3mm; padding: 0.7mm 0; break-inside: avoid; }
.code { flex: 0 0 11mm; text-align: right; font-size: 16pt; font-weight: 700; line-height: 1.1;
        font-variant-numeric: tabular-nums; }
.title { flex: 1; }
.reviewed { font-size: 8pt; color: #333; white-space: nowrap; }
.help { break-inside: avoid; margin-top: 2mm; border-top: 0.6mm solid #000; padding-top: 2.5mm; }
.help h2 { border: 0; margin: 0; padding: 0; }
.help p { margin: 0.5mm 0 3mm; }
.links { display: grid; grid-template-columns: repeat(5, 1fr); gap: 4mm 4mm; }
.links li { break-inside: avoid; font-size: 9pt; line-height: 1.25; overflow-wrap: anywhere; }
.links svg { display: block; width: 28mm; height: 28mm; margin-bottom: 1.2mm; }
.label { font-weight: 700; }
.phone { font-size: 12pt; font-weight: 700; }
footer { margin-top: 6mm; border-top: 0.3mm solid #777; padding-top: 1.5mm; font-size: 8.5pt; color: #333; }
)";

constexpr double kQrSideMm = 28;  // about 0.6 to 1 mm a module: a phone reads it from the desk

void append_topic(std::string& html, const Content& content, const Topic& topic) {
    html += "<li class=\"topic\"><h2>" + escape_html(topic.title) + "</h2><ol class=\"cards\">\n";
    for (const size_t index : topic.cards) {
        const Card& card = content.cards.at(index);
        // The real title, not the discreet tile: nurses need to know what they suggest.
        // And when it was last reviewed, so a nurse can tell how current the advice is.
        std::string reviewed;
        if (card.reviewed) reviewed = " <span class=\"reviewed\">reviewed " + escape_html(long_text(*card.reviewed)) + "</span>";
        html += "<li><span class=\"code\">" + std::to_string(card.code) + "</span> <span class=\"title\">" +
                escape_html(card.title) + reviewed + "</span></li>\n";
    }
    html += "</ol></li>\n";
}

void append_help(std::string& html, const std::vector<HelpLink>& links) {
    html += "<section class=\"help\"><h2>Further help</h2>"
            "<p>The same QR codes the kiosk shows: patients can scan them with a phone camera.</p>"
            "<ol class=\"links\">\n";
    for (const HelpLink& link : links) {
        const bool phone = link.url.rfind("tel:", 0) == 0;
        html += "<li>" + qr_svg(make_qr(link.url), link.label, kQrSideMm) + "<div class=\"label\">" +
                escape_html(link.label) + "</div><div class=\"" + (phone ? "phone" : "address") + "\">" +
                escape_html(readable_link(link.url)) + "</div></li>\n";
    }
    html += "</ol></section>\n";
}

std::string footer_text(const HandoutOrigin& origin) {
    std::string text;
    if (!origin.content_date.empty()) text += "Content as of " + escape_html(origin.content_date) + " · ";
    text += "Printed from Haven";
    if (!origin.haven_version.empty()) text += " " + escape_html(origin.haven_version);
    return text;
}

} // namespace

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string qr_svg(const QrMatrix& code, std::string_view label, double side_mm) {
    if (code.size <= 0) return {};
    const int side = code.size_with_quiet_zone();
    char size[64];
    std::snprintf(size, sizeof size, "%.1fmm", side_mm);
    std::string svg = "<svg viewBox=\"0 0 " + std::to_string(side) + " " + std::to_string(side) + "\" width=\"" + size +
                      "\" height=\"" + size + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR code: " +
                      escape_html(label) + "\">";
    // The light square is the quiet zone too: a scanner needs it even on tinted paper.
    svg += "<rect width=\"" + std::to_string(side) + "\" height=\"" + std::to_string(side) + "\" fill=\"#fff\"/>";
    // One path of horizontal runs keeps the file small (a version 6 code has ~900 modules).
    svg += "<path fill=\"#000\" d=\"";
    for (int y = 0; y < code.size; ++y) {
        for (int x = 0; x < code.size;) {
            if (!code.at(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < code.size && code.at(x + run, y)) ++run;
            svg += "M" + std::to_string(x + kQrQuietZone) + " " + std::to_string(y + kQrQuietZone) + "h" +
                   std::to_string(run) + "v1h-" + std::to_string(run) + "z";
            x += run;
        }
    }
    svg += "\"/></svg>";
    return svg;
}

std::string handout_html(const Content& content, const HandoutOrigin& origin) {
    const std::string clinic = escape_html(content.settings.clinic_name);
    std::string html;
    html += "<!DOCTYPE html>\n<html lang=\"" + escape_html(content.settings.default_language) +
            "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + clinic + ": card codes</title>\n<style>";
    html += kStyle;
    html += "</style>\n</head>\n<body>\n";
    html += "<header><h1>" + clinic + "</h1><p class=\"how\">Card codes for patients. On the kiosk they tap "
            "<b>Enter a code</b> and type the number.</p></header>\n";
    html += "<main>\n<ol class=\"topics\">\n";
    for (const Topic& topic : content.topics)
        if (!topic.cards.empty()) append_topic(html, content, topic);  // the kiosk hides empty topics too
    html += "</ol>\n";
    if (!content.settings.help.empty()) append_help(html, content.settings.help);
    html += "</main>\n<footer>" + footer_text(origin) + "</footer>\n</body>\n</html>\n";
    return html;
}

} // namespace haven
