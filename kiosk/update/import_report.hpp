#pragma once
// The import's report: one sentence for staff (imported, refused or failed, and why), then
// what is known of the pack (source, label and signing time, signer, files, the content
// check) and its problems. Written to the store, onto the stick and to the terminal.

#include "manifest.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace haven::update {

// What the report says besides its first line, filled in as the import learns it.
struct ReportDetails {
    std::filesystem::path source;
    std::optional<PackComment> comment;  // once the signature is verified
    std::string signer;                  // key id, once the signature file could be read
    std::size_t files = 0;
    std::optional<std::int64_t> bytes;  // once the pack's files are measured
    bool files_verified = false;
    std::optional<std::pair<std::size_t, std::size_t>> check_counts;  // errors, warnings
    std::vector<std::string> notes;
    std::vector<std::string> problems;
};

// The whole report, dated `now`. Every piece that came from the stick (the label, file names,
// the path) goes through printable(): one line of the report is one line, whatever the stick
// holds. At most 50 problems are listed; the rest are counted.
std::string format_report(const std::string& first_line, std::int64_t now, const ReportDetails& details);

// A size for staff: "512 bytes", "14 KiB", "3.2 MiB".
std::string byte_size_text(std::int64_t bytes);

}  // namespace haven::update
