#include "check_command.hpp"

#include "core/content/card_review.hpp"
#include "core/content/content_loader.hpp"
#include "core/text/count_text.hpp"
#include "platform/local_date.hpp"

#include <algorithm>
#include <ostream>

namespace haven::app {

int run_check(const std::filesystem::path& folder, std::ostream& out) {
    LoadResult result = load_content(folder);
    // Review dates and sources: what a patient-information team checks before a card goes up.
    for (Diagnostic& d : review_warnings(result.content, platform::local_today())) result.diagnostics.push_back(std::move(d));
    return report_check(folder, std::move(result), out);
}

int report_check(const std::filesystem::path& folder, LoadResult result, std::ostream& out) {
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
    out << folder.string() << ": " << count_text(errors, "error", "errors") << ", " << count_text(warnings, "warning", "warnings")
        << "; " << count_text(c.topics.size(), "topic", "topics") << ", " << count_text(c.cards.size(), "card", "cards");
    if (translated > 0) out << " (+" << count_text(translated, "translation", "translations") << ")";
    out << ", " << count_text(c.images.size(), "image", "images") << '\n';
    return errors == 0 ? 0 : 1;
}

} // namespace haven::app
