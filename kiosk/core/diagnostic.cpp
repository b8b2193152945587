#include "diagnostic.hpp"

#include <algorithm>

namespace haven {
namespace {

// One diagnostic is one line: a file named with a newline (or an escape sequence) in it must
// not be able to print a line of its own, such as a forged "0 errors".
std::string printable(const std::string& s) {
    static const char* const kHex = "0123456789abcdef";
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) {
            out += "\\x";
            out += kHex[byte >> 4];
            out += kHex[byte & 15];
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

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
