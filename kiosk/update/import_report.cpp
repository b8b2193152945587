#include "import_report.hpp"

#include "core/text/count_text.hpp"
#include "core/text/printable_text.hpp"
#include "core/text/time_text.hpp"

#include <algorithm>
#include <cstdio>

namespace haven::update {
namespace {

// Problems listed one per line; a pack that is wrong everywhere says so in the count instead
// of in ten thousand lines.
constexpr std::size_t kMaxListedProblems = 50;

}  // namespace

std::string byte_size_text(std::int64_t bytes) {
    char text[32];
    if (bytes < 1024) return std::to_string(bytes) + " bytes";
    if (bytes < (1ll << 20)) return std::to_string((bytes + 1023) / 1024) + " KiB";
    std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
    return text;
}

std::string format_report(const std::string& first_line, std::int64_t now, const ReportDetails& d) {
    std::string text = printable(first_line) + "\n";
    text += "Date: " + time_text(now, Zone::Local) + "\n";
    text += "Source: " + printable(d.source.string()) + "\n";
    if (d.comment) {
        text += "Pack: " + (d.comment->label.empty() ? std::string("(no label)") : "\"" + printable(d.comment->label) + "\"");
        if (d.comment->signed_at > 0) text += ", signed " + time_text(d.comment->signed_at, Zone::Local);
        text += "\n";
    }
    if (!d.signer.empty()) text += "Signer key: " + d.signer + "\n";
    if (d.files > 0) {
        text += "Files: " + count_text(d.files, "file", "files");
        if (d.bytes) text += ", " + byte_size_text(*d.bytes);
        if (d.files_verified) text += ", every one matching the signed manifest";
        text += "\n";
    }
    if (d.check_counts)
        text += "Content check: " + count_text(d.check_counts->first, "error", "errors") + ", " +
                count_text(d.check_counts->second, "warning", "warnings") + "\n";
    for (const std::string& note : d.notes) text += printable(note) + "\n";
    if (!d.problems.empty()) {
        text += "\nProblems:\n";
        const size_t listed = std::min(d.problems.size(), kMaxListedProblems);
        for (size_t i = 0; i < listed; ++i) text += "  " + printable(d.problems[i]) + "\n";
        if (d.problems.size() > listed) text += "  ... and " + std::to_string(d.problems.size() - listed) + " more\n";
    }
    return text;
}


}  // namespace haven::update
