// i18n/LANG.toml: the words Haven draws, translated (core/i18n/screen_text.hpp). Flat
// `id = "text"` lines. A translation that cannot be used is reported and left out, so the
// screen falls back to English for that id and never to nothing: an unknown id or a text
// that drops one of its values ({code}) is a warning, a value that is not text an error.

#include "core/content/content_files.hpp"
#include "core/content/content_readers.hpp"
#include "core/content/toml_reader.hpp"
#include "core/i18n/screen_text.hpp"

#include <algorithm>
#include <system_error>

namespace haven::detail {
namespace {

constexpr const char* kFolder = "i18n";
// A screen text is a few words; a long one would not fit the buttons it labels.
constexpr size_t kMaxCharacters = 300;

bool is_language_code(std::string_view code) {
    if (code.size() < 2 || code.size() > 8) return false;
    return std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }) &&
           code.front() != '-' && code.back() != '-';
}

// Characters, not bytes: the text is valid UTF-8 (read_text checked it).
size_t characters_in(std::string_view text) {
    return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string join(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "{" : ", {") + n + "}";
    return out;
}

void read_one(LoadContext& ctx, const std::string& rel, ScreenTranslations& out) {
    const auto text = ctx.read_text(rel);
    if (!text) return;
    DiagnosticsSink sink(ctx.diagnostics, rel);
    const auto table = parse_toml(*text, sink);
    if (!table) return;
    std::vector<std::string_view> known;
    for (const ScreenTextEntry& e : screen_text_entries()) known.push_back(e.id);
    // In the file's order, as staff read it (the table itself is sorted by key).
    std::vector<std::pair<const toml::key*, const toml::node*>> lines;
    for (const auto& [key, node] : *table) lines.emplace_back(&key, &node);
    std::sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
        return a.second->source().begin.line < b.second->source().begin.line;
    });
    for (const auto& [key_pointer, node_pointer] : lines) {
        const toml::key& key = *key_pointer;
        const toml::node& node = *node_pointer;
        const std::string id(key.str());
        const int line = static_cast<int>(node.source().begin.line);
        const int column = static_cast<int>(key.source().begin.column);
        const ScreenTextEntry* entry = find_screen_text(id);
        if (entry == nullptr) {
            const std::string near = closest_name(id, known);
            sink.warning(line, column, "unknown screen text id '" + id + "'" +
                                           (near.empty() ? std::string(" (docs/content-format.md lists them)")
                                                         : "; did you mean '" + near + "'?"));
            continue;
        }
        const auto* value = node.as_string();
        if (value == nullptr) {
            sink.error(line, column, "'" + id + "' must be text in quotes");
            continue;
        }
        const std::string& translated = value->get();
        if (translated.empty()) {
            sink.warning(line, column, "'" + id + "' is empty; the English is shown instead");
            continue;
        }
        if (characters_in(translated) > kMaxCharacters) {
            sink.warning(line, column, "'" + id + "' is longer than " + std::to_string(kMaxCharacters) +
                                           " characters; the English is shown instead");
            continue;
        }
        const std::vector<std::string> wanted = placeholders_of(entry->english);
        if (placeholders_of(translated) != wanted) {
            sink.warning(line, column, "'" + id + "' must carry " + (wanted.empty() ? std::string("no values in braces") : join(wanted)) +
                                           " like the English (\"" + std::string(entry->english) +
                                           "\"); the English is shown instead");
            continue;
        }
        out[id] = translated;
    }
}

}  // namespace

void read_screen_text(LoadContext& ctx, std::map<std::string, ScreenTranslations>& out) {
    std::error_code ec;
    if (!std::filesystem::is_directory(ctx.folder / kFolder, ec)) return;
    for (const std::string& name : list_files(ctx.folder / kFolder)) {
        const std::string rel = std::string(kFolder) + "/" + name;
        if (!has_extension(name, "toml")) {
            ctx.diagnostics.push_back({Diagnostic::Severity::Warning, rel, 0, 0,
                                       "not a screen text file (i18n/ holds LANG.toml files, such as cy.toml); ignored"});
            continue;
        }
        const std::string language = to_lower(name.substr(0, name.size() - 5));
        if (!is_language_code(language)) {
            ctx.diagnostics.push_back({Diagnostic::Severity::Warning, rel, 0, 0,
                                       "'" + language + "' is not a language code such as 'cy' or 'pt-br'; ignored"});
            continue;
        }
        read_one(ctx, rel, out[language]);
    }
}

}  // namespace haven::detail
