#pragma once
// A problem found in content, reported as `path:line:col: error|warning: message` with the
// path relative to the content folder, the form editors and staff tools understand.

#include <string>
#include <vector>

namespace haven {

struct Diagnostic {
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    std::string path;  // relative to the content folder
    int line = 0;      // 1-based; 0 when the problem concerns the whole file
    int column = 0;
    std::string message;
};

std::string format(const Diagnostic& d);
bool has_errors(const std::vector<Diagnostic>& diagnostics);

} // namespace haven
