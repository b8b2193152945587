#include "check_command.hpp"

#include "core/content_loader.hpp"

#include <algorithm>
#include <ostream>

namespace haven::app {
namespace {

std::string count(size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

} // namespace

int run_check(const std::filesystem::path& folder, std::ostream& out) {
    LoadResult result = load_content(folder);
    auto& diagnostics = result.diagnostics;
    // Grouped by file and in line order, the way staff fix them.
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.path != b.path ? a.path < b.path : a.line < b.line;
    });
    size_t errors = 0;
    for (const auto& d : diagnostics) {
        out << format(d) << '\n';
        if (d.severity == Diagnostic::Severity::Error) ++errors;
    }
    const size_t warnings = diagnostics.size() - errors;
    const Content& c = result.content;
    size_t translated = 0;
    for (const auto& [language, cards] : c.translations) translated += cards.size();
    out << folder.string() << ": " << count(errors, "error", "errors") << ", " << count(warnings, "warning", "warnings")
        << "; " << count(c.topics.size(), "topic", "topics") << ", " << count(c.cards.size(), "card", "cards");
    if (translated > 0) out << " (+" << count(translated, "translation", "translations") << ")";
    out << ", " << count(c.images.size(), "image", "images") << '\n';
    return errors == 0 ? 0 : 1;
}

} // namespace haven::app
