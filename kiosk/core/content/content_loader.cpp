// Loads a whole content folder: each file through its reader, then the checks that span
// files (duplicate codes, unknown topics, translations without an original), then the
// images are decoded. Every problem is collected; nothing stops the reading.

#include "core/content/content_loader.hpp"
#include "core/content/font_checks.hpp"
#include "core/text/script_fonts.hpp"
#include "core/i18n/language_names.hpp"

#include "core/content/content_files.hpp"
#include "core/content/content_readers.hpp"
#include "core/content/image_codec.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <system_error>

namespace haven {
namespace fs = std::filesystem;

namespace {

using detail::CardFile;
using detail::LoadContext;

void error(LoadContext& ctx, const std::string& path, int line, std::string message) {
    ctx.diagnostics.push_back({Diagnostic::Severity::Error, path, line, line ? 1 : 0, std::move(message)});
}
void warning(LoadContext& ctx, const std::string& path, int line, std::string message) {
    ctx.diagnostics.push_back({Diagnostic::Severity::Warning, path, line, line ? 1 : 0, std::move(message)});
}

// Reads every card file, split into the default language and translations.
bool cancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(); }

void read_cards(LoadContext& ctx, const std::string& default_language, std::vector<CardFile>& originals,
                std::vector<CardFile>& translations, const std::atomic<bool>* cancel) {
    std::error_code ec;
    if (!fs::is_directory(ctx.folder / "cards", ec)) {
        error(ctx, "cards", 0, "the cards folder is missing");
        return;
    }
    const std::vector<std::string> names = list_files(ctx.folder / "cards");
    if (std::none_of(names.begin(), names.end(), [](const std::string& n) { return parse_card_name(n).has_value(); }))
        error(ctx, "cards", 0, "there are no cards (.md files) in the cards folder");
    for (const std::string& name : names) {
        if (cancelled(cancel)) return;
        const std::string rel = "cards/" + name;
        if (fs::is_directory(ctx.folder / rel, ec)) {
            warning(ctx, rel, 0, "folders inside cards/ are not read");
            continue;
        }
        const auto card_name = parse_card_name(name);
        if (!card_name) {
            warning(ctx, rel, 0, "not a card (cards end in .md); ignored");
            continue;
        }
        const std::string language = card_name->language.empty() ? default_language : card_name->language;
        auto card = detail::read_card(ctx, rel, card_name->slug, language);
        if (!card) continue;
        (language == default_language ? originals : translations).push_back(std::move(*card));
    }
}

void check_originals(LoadContext& ctx, std::vector<CardFile>& originals, const std::vector<Topic>& topics) {
    std::map<int, std::string> codes;
    std::map<std::string, std::string> slugs;  // lower-cased: Windows and macOS see Food.md and food.md as one
    for (CardFile& f : originals) {
        Card& card = f.card;
        if (!f.has_code)
            error(ctx, card.file, f.front_matter_line, "the card has no code: add code = N (1 to 999), the number nurses give");
        if (!f.has_topic)
            error(ctx, card.file, f.front_matter_line, "the card has no topic: add topic = \"...\" with an id from topics.toml");
        if (card.code > 0) {
            if (const auto first = codes.find(card.code); first != codes.end()) {
                error(ctx, card.file, f.code_line,
                      "code " + std::to_string(card.code) + " is already used by " + first->second);
                card.code = 0;
            } else {
                codes[card.code] = card.file;
            }
        }
        if (!card.topic.empty() && std::none_of(topics.begin(), topics.end(), [&](const Topic& t) { return t.id == card.topic; }))
            error(ctx, card.file, f.topic_line, "topic '" + card.topic + "' is not defined in topics.toml");
        const std::string key = to_lower(card.slug);
        if (const auto first = slugs.find(key); first != slugs.end()) {
            error(ctx, card.file, 0, "this card has the same name as " + first->second + " (only letter case or language tag differs)");
        } else {
            slugs[key] = card.file;
        }
    }
}

void attach_translations(LoadContext& ctx, const std::vector<CardFile>& originals, std::vector<CardFile>& translations,
                         Content& content) {
    for (CardFile& t : translations) {
        const auto original = std::find_if(originals.begin(), originals.end(),
                                           [&](const CardFile& o) { return o.card.slug == t.card.slug; });
        if (original == originals.end()) {
            error(ctx, t.card.file, 0,
                  "a translation needs the card in the default language (" + content.settings.default_language +
                      "): cards/" + t.card.slug + ".md is missing");
            continue;
        }
        // The code, topic and order belong to the card, whatever its language.
        if (t.has_code && t.card.code != original->card.code)
            error(ctx, t.card.file, t.code_line, "code differs from " + original->card.file + "; leave it out of translations");
        if (t.has_topic && t.card.topic != original->card.topic)
            error(ctx, t.card.file, t.topic_line, "topic differs from " + original->card.file + "; leave it out of translations");
        t.card.code = original->card.code;
        t.card.topic = original->card.topic;
        t.card.order = original->card.order;
        if (t.card.image.empty()) t.card.image = original->card.image;
        // Not the recording: a card in one language must never be read out in another's voice.
        if (t.card.help.empty()) t.card.help = original->card.help;
        if (!t.card.title.empty()) content.translations[t.card.language][t.card.slug] = std::move(t.card);
    }
}

void arrange(LoadContext& ctx, Content& content) {
    std::stable_sort(content.topics.begin(), content.topics.end(),
                     [](const Topic& a, const Topic& b) { return a.order < b.order; });
    std::vector<size_t> order(content.cards.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const Card& x = content.cards[a];
        const Card& y = content.cards[b];
        return x.order != y.order ? x.order < y.order : x.code < y.code;
    });
    for (size_t index : order) {
        const Card& card = content.cards[index];
        for (Topic& topic : content.topics)
            if (topic.id == card.topic) topic.cards.push_back(index);
    }
    for (const Topic& topic : content.topics)
        if (topic.cards.empty()) warning(ctx, "topics.toml", 0, "topic '" + topic.id + "' has no cards, so it is not shown");
}

// Decoded pictures live in memory (and then on the GPU) for as long as the content is shown.
// Each is capped in size, but a 65 KB PNG can still open to 64 MiB: the whole set gets a
// budget too, so a stick cannot exhaust a small kiosk's memory.
constexpr std::uint64_t kMaxDecodedImageBytes = 256ull << 20;

void decode_images(LoadContext& ctx, Content& content, const std::atomic<bool>* cancel) {
    std::uint64_t decoded_bytes = 0;
    for (auto& [reference, pending] : ctx.images) {
        if (cancelled(cancel)) return;
        std::string problem;
        if (const auto info = image_info(pending.bytes, problem)) {
            const std::uint64_t bytes = 4ull * static_cast<std::uint64_t>(info->width) * static_cast<std::uint64_t>(info->height);
            if (decoded_bytes + bytes > kMaxDecodedImageBytes) {
                ctx.diagnostics.push_back(
                    {Diagnostic::Severity::Error, pending.file, pending.line, pending.column,
                     "'" + reference + "': the pictures together would take more than " +
                         std::to_string(kMaxDecodedImageBytes >> 20) +
                         " MiB of memory once opened; make them smaller (about 1000 pixels a side is plenty)"});
                continue;
            }
            decoded_bytes += bytes;
        }
        auto image = decode_image(pending.bytes, problem);
        if (!image) {
            ctx.diagnostics.push_back({Diagnostic::Severity::Error, pending.file, pending.line, pending.column,
                                       "'" + reference + "': " + problem});
            continue;
        }
        content.images.emplace(reference, std::move(*image));
    }
}

// A language with cards whose screens would still speak English: worth knowing, not an error
// (English is a fallback every screen has).
void warn_untranslated_screens(LoadContext& ctx, const Content& content) {
    for (const std::string& language : content.languages()) {
        if (language == "en" || content.screen_text.count(language)) continue;
        ctx.diagnostics.push_back({Diagnostic::Severity::Warning, "i18n/" + language + ".toml", 0, 0,
                                   "there are cards in '" + language + "' but no i18n/" + language +
                                       ".toml, so Haven's own words (Back, Hide screen, ...) stay in English for them"});
    }
}

// Every string a patient can see, for the font atlas.
void gather_characters(Content& c) {
    auto mark = [&c](const std::string& s) { mark_characters(s, c.characters); };
    c.characters.assign(0x10000, false);
    mark(c.settings.clinic_name);
    mark(c.settings.welcome);
    for (const auto& link : c.settings.help) mark(link.label);
    for (const auto& topic : c.topics) mark(topic.title);
    auto card = [&mark](const Card& k) {
        mark(k.title);
        mark(k.tile);
        mark(k.summary);
        for (const auto& link : k.help) mark(link.label);
        for (const auto& block : k.blocks) {
            mark(block.marker);
            for (const auto& span : block.spans) mark(span.text);
        }
    };
    for (const std::string& language : c.languages()) mark(language_name(language));  // the language button
    // Screen text only of the languages patients can choose: a file for a language without
    // cards would only make the atlas bigger.
    for (const std::string& language : c.languages())
        if (const auto it = c.screen_text.find(language); it != c.screen_text.end())
            for (const auto& [id, text] : it->second) mark(text);
    for (const auto& k : c.cards) card(k);
    for (const auto& [language, cards] : c.translations)
        for (const auto& [slug, k] : cards) card(k);
}

} // namespace

KioskSettings load_settings(const fs::path& folder) {
    std::vector<Diagnostic> diagnostics;
    LoadContext ctx{folder, diagnostics, {}};
    KioskSettings settings;
    std::error_code ec;
    if (fs::is_directory(folder, ec)) detail::read_settings(ctx, settings);
    return settings;
}

LoadResult load_content(const fs::path& folder, const std::atomic<bool>* cancel) {
    LoadResult result;
    LoadContext ctx{folder, result.diagnostics, {}};
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        error(ctx, ".", 0, "the content folder " + folder.string() + " does not exist or is not a folder");
        return result;
    }
    if (list_files(folder).empty()) {
        error(ctx, ".", 0, "the content folder is empty");
        return result;
    }
    Content& content = result.content;
    detail::read_settings(ctx, content.settings);
    detail::read_topics(ctx, content.topics);
    detail::read_breathing(ctx, content.breathing, content.breathing_ambient, content.breathing_voice);
    detail::read_screen_text(ctx, content.screen_text);

    std::vector<CardFile> originals;
    std::vector<CardFile> translations;
    read_cards(ctx, content.settings.default_language, originals, translations, cancel);
    check_originals(ctx, originals, content.topics);
    attach_translations(ctx, originals, translations, content);
    for (CardFile& f : originals)
        if (!f.card.title.empty()) content.cards.push_back(std::move(f.card));  // untitled: reported, not shown
    arrange(ctx, content);
    warn_untranslated_screens(ctx, content);
    for (Diagnostic& warning : font_warnings(content, noto_font_folder())) ctx.diagnostics.push_back(std::move(warning));
    decode_images(ctx, content, cancel);
    gather_characters(content);
    if (cancelled(cancel)) error(ctx, ".", 0, "loading was cancelled");
    return result;
}

} // namespace haven
