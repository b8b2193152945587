#include "content_folder_listing.hpp"

#include "import_report.hpp"
#include "manifest.hpp"

#include "core/content/content_files.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <iterator>

namespace haven::update {
namespace {
// The report names this many of the things left on the stick, and counts the rest.
constexpr size_t kNamedLeftOut = 20;
}  // namespace

bool is_content_part(std::string_view name) {
    static constexpr std::string_view kParts[] = {"kiosk.toml", "topics.toml", "breathing.toml", "cards",
                                                  "images",     "audio",       "i18n"};
    const std::string lower = to_lower(name);
    return std::find(std::begin(kParts), std::end(kParts), lower) != std::end(kParts);
}

ContentFolderListing list_content_folder(int folder, const ImportOptions& caps, std::string_view report_name) {
    ContentFolderListing out;
    out.limits = WalkLimits{kMaxPathParts, kMaxPathBytes, caps.max_files + 1000};  // a million files end early
    out.walk = walk_folder(folder, out.limits, [&](const WalkEntry& e) {
        if (is_system_clutter(e.name)) return WalkStep::Skip;
        // Only what a content folder holds is taken: a stick also carries other things (a
        // staff member's own files, perhaps about patients), and none of them may end up on
        // the kiosk. The rest is named in the report and left on the stick.
        if (e.path.find('/') == std::string::npos && !is_content_part(e.name)) {
            if (e.path != report_name) out.left_out.push_back(e.path);
            return WalkStep::Skip;
        }
        const mode_t mode = e.info.st_mode;
        if (const std::string problem = manifest_path_problem(e.path); !problem.empty()) {
            out.problems.push_back(e.path + ": " + problem + "; rename it");
            return WalkStep::Skip;
        }
        if (S_ISDIR(mode)) return WalkStep::Enter;
        if (!S_ISREG(mode)) {
            out.problems.push_back(e.path + (S_ISLNK(mode) ? ": a shortcut (symbolic link); copy the file itself instead"
                                                           : ": not a regular file (a device, pipe or socket)"));
            return WalkStep::Skip;
        }
        const auto size = static_cast<std::int64_t>(e.info.st_size);
        out.bytes += size;
        if (size > caps.max_file_bytes)
            out.problems.push_back(e.path + ": " + byte_size_text(size) + ", over the limit of " +
                                   byte_size_text(caps.max_file_bytes) + " per file");
        out.files.push_back(e.path);
        return WalkStep::Skip;
    });
    std::sort(out.files.begin(), out.files.end());
    std::sort(out.left_out.begin(), out.left_out.end());
    if (static_cast<std::int64_t>(out.files.size()) > caps.max_files)
        out.problems.push_back("the folder has " + std::to_string(out.files.size()) + " files; at most " +
                               std::to_string(caps.max_files) + " are accepted");
    if (out.bytes > caps.max_total_bytes)
        out.problems.push_back("the files add up to " + byte_size_text(out.bytes) + ", over the limit of " +
                               byte_size_text(caps.max_total_bytes));
    return out;
}

std::string left_out_note(const std::vector<std::string>& left_out) {
    if (left_out.empty()) return {};
    std::string names;
    for (size_t i = 0; i < left_out.size() && i < kNamedLeftOut; ++i) names += (i ? ", " : "") + left_out[i];
    if (left_out.size() > kNamedLeftOut) names += " and " + std::to_string(left_out.size() - kNamedLeftOut) + " more";
    return "Left on the stick, not content: " + names + ".";
}

}  // namespace haven::update
