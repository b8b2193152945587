#pragma once
// Collects the diagnostics for one file: every reader reports through it, so each message
// carries the file's path and a line in that file.

#include "core/content/diagnostic.hpp"

#include <string>
#include <vector>

namespace haven {

class DiagnosticsSink {
public:
    DiagnosticsSink(std::vector<Diagnostic>& out, std::string path, int first_line = 1)
        : out_(out), path_(std::move(path)), line_offset_(first_line - 1) {}

    // `line` and `column` are 1-based within the text being read (0: unknown).
    void error(int line, int column, std::string message) { add(Diagnostic::Severity::Error, line, column, std::move(message)); }
    void warning(int line, int column, std::string message) { add(Diagnostic::Severity::Warning, line, column, std::move(message)); }

    const std::string& path() const { return path_; }
    // A line within the text being read as a line of the file.
    int file_line(int line) const { return line > 0 ? line + line_offset_ : 0; }
    DiagnosticsSink with_first_line(int first_line) const { return DiagnosticsSink(out_, path_, first_line); }

private:
    void add(Diagnostic::Severity severity, int line, int column, std::string message) {
        out_.push_back({severity, path_, line > 0 ? line + line_offset_ : 0, column, std::move(message)});
    }

    std::vector<Diagnostic>& out_;
    std::string path_;
    int line_offset_;
};

} // namespace haven
