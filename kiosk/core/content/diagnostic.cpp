#include "core/content/diagnostic.hpp"

#include "core/text/printable_text.hpp"

#include <algorithm>

namespace haven {

// One diagnostic is one line: a file named with a newline (or an escape sequence) in it must
// not be able to print a line of its own, such as a forged "0 errors".
std::string format(const Diagnostic& d) {
    std::string out = printable(d.path);
    if (d.line > 0) {
        out += ':' + std::to_string(d.line);
        if (d.column > 0) out += ':' + std::to_string(d.column);
    }
    out += d.severity == Diagnostic::Severity::Error ? ": error: " : ": warning: ";
    out += printable(d.message);
    return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace haven
