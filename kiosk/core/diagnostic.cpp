#include "diagnostic.hpp"

#include <algorithm>

namespace haven {

std::string format(const Diagnostic& d) {
    std::string out = d.path;
    if (d.line > 0) {
        out += ':' + std::to_string(d.line);
        if (d.column > 0) out += ':' + std::to_string(d.column);
    }
    out += d.severity == Diagnostic::Severity::Error ? ": error: " : ": warning: ";
    out += d.message;
    return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace haven
