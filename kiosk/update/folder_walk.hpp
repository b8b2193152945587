#pragma once
// Walks a folder tree by descriptors, for `haven import` (the pack on a stranger's stick) and
// `haven pack` (the content folder being signed).
//
// Every folder is opened with openat() relative to the one holding it, never following a
// link, so a folder swapped for a link during the walk is refused rather than followed, and
// no path the kernel sees is longer than one name: a tree whose full paths exceed PATH_MAX
// is walked, measured and refused like any other instead of failing half-way. What each
// entry is comes from fstatat() without following links, before anything opens it.
//
// The walk stops, saying why, at the first path with more than `max_parts` names, or longer
// than `max_path_bytes`, or after `max_entries` entries, so that no stick can make it use
// more than `max_parts` descriptors or run for long.

#include <sys/stat.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace haven::update {

struct WalkLimits {
    std::size_t max_parts = 64;
    std::size_t max_path_bytes = 4095;
    std::int64_t max_entries = 100000;
};

struct WalkEntry {
    const std::string& path;   // relative to the walked folder, '/'-separated
    std::string_view name;     // the last part of `path`
    int folder;                // a descriptor of the folder holding it, valid during the call
    const struct stat& info;   // what the entry itself is (a link is a link)
};

// What to do with a folder just visited (ignored for anything else).
enum class WalkStep { Enter, Skip };

struct WalkResult {
    enum class Stop { Done, TooDeep, TooLong, TooMany, Error };
    Stop stop = Stop::Done;
    int error = 0;     // errno, for Error
    std::string path;  // the path where the walk stopped (not Done)
};

// Visits every entry under the folder `root` (a descriptor; it stays open and unread),
// folders before what they hold, in no particular order.
WalkResult walk_folder(int root, const WalkLimits& limits, const std::function<WalkStep(const WalkEntry&)>& visit);

} // namespace haven::update
