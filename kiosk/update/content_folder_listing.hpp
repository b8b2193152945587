#pragma once
// What a plain content folder on a stick (unsigned content, import.hpp) offers to copy: the
// regular files of a content folder's own parts, with safe names, within the import's caps.
// Everything else is named: files that cannot be taken (links, devices, unsafe names, over a
// cap) as problems, and whatever else lies at the folder's top (a staff member's own files,
// a MANIFEST or MANIFEST.minisig) as left on the stick. The folder is walked by descriptors
// (folder_walk.hpp); nothing is read here, only measured.

#include "folder_walk.hpp"
#include "import.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace haven::update {

// True for what a content folder holds at its top (docs/content-format.md, "Layout"), in any
// letter case. MANIFEST and MANIFEST.minisig are not among them: unsigned content never
// brings a signature file, whose comment would otherwise be read later as if verified.
bool is_content_part(std::string_view name);

struct ContentFolderListing {
    std::vector<std::string> files;     // relative paths, sorted
    std::int64_t bytes = 0;             // their sizes added up
    std::vector<std::string> problems;  // one line each: what cannot be taken, and why
    std::vector<std::string> left_out;  // top-level names that are not content, sorted
    WalkResult walk;                    // how the walk ended (Done, or why it stopped)
    WalkLimits limits;                  // the limits it was walked with
};

// Lists the folder `folder` (a descriptor). `report_name` is the import's own report, which
// may sit at the top of the folder and is neither content nor worth mentioning.
ContentFolderListing list_content_folder(int folder, const ImportOptions& caps, std::string_view report_name);

// "Left on the stick, not content: a, b and 3 more." for the report; empty when nothing was.
std::string left_out_note(const std::vector<std::string>& left_out);

}  // namespace haven::update
