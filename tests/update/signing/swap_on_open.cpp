// An LD_PRELOAD shim for pack_swap.sh: the moment `haven pack` opens one chosen file, it is
// swapped for a symbolic link (renamed over it) before the open really happens. That is the
// race of someone swapping a file for a link to the signing key while a pack is made, made
// to land every time: a pack that opens by path, or follows links, signs the key's bytes.
//
//   HAVEN_SWAP_TARGET  absolute path of the file to swap (its folder's real path)
//   HAVEN_SWAP_LINK    a prepared symbolic link in the same folder, renamed over the target
//   HAVEN_SWAP_SKIP    opens of the target to let through first (default 0)
//
// Only open/openat (and their 64-bit names) are caught: every way a C++ program opens a file
// ends in one of them. Built as a plain module, without the sanitizers (pack_swap.sh runs
// the sanitized haven with verify_asan_link_order=0 so that this may come first).

#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <unistd.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

bool swapped = false;
int skipped = 0;

// The absolute path `path` names, relative to the folder open as `folder` (or the cwd).
std::string full_path(int folder, const char* path) {
    if (path[0] == '/') return path;
    char base[PATH_MAX + 1] = {};
    if (folder == AT_FDCWD) {
        if (::getcwd(base, sizeof base - 1) == nullptr) return {};
    } else {
        const std::string link = "/proc/self/fd/" + std::to_string(folder);
        if (::readlink(link.c_str(), base, sizeof base - 1) < 0) return {};
    }
    return std::string(base) + "/" + path;
}

void maybe_swap(int folder, const char* path) {
    const char* target = std::getenv("HAVEN_SWAP_TARGET");
    const char* link = std::getenv("HAVEN_SWAP_LINK");
    if (swapped || target == nullptr || link == nullptr || path == nullptr) return;
    if (full_path(folder, path) != target) return;
    const char* skip = std::getenv("HAVEN_SWAP_SKIP");
    if (skip != nullptr && skipped++ < std::atoi(skip)) return;
    swapped = true;
    if (::rename(link, target) != 0) std::perror("swap_on_open: rename");
}

template <typename Function>
Function real(const char* name) {
    return reinterpret_cast<Function>(::dlsym(RTLD_NEXT, name));
}

mode_t mode_argument(int flags, va_list args) {
    return (flags & O_CREAT) != 0 || (flags & O_TMPFILE) == O_TMPFILE ? static_cast<mode_t>(va_arg(args, int)) : 0;
}

}  // namespace

extern "C" {

int open(const char* path, int flags, ...) {
    va_list args;
    va_start(args, flags);
    const mode_t mode = mode_argument(flags, args);
    va_end(args);
    maybe_swap(AT_FDCWD, path);
    return real<int (*)(const char*, int, ...)>("open")(path, flags, mode);
}

int open64(const char* path, int flags, ...) {
    va_list args;
    va_start(args, flags);
    const mode_t mode = mode_argument(flags, args);
    va_end(args);
    maybe_swap(AT_FDCWD, path);
    return real<int (*)(const char*, int, ...)>("open64")(path, flags, mode);
}

int openat(int folder, const char* path, int flags, ...) {
    va_list args;
    va_start(args, flags);
    const mode_t mode = mode_argument(flags, args);
    va_end(args);
    maybe_swap(folder, path);
    return real<int (*)(int, const char*, int, ...)>("openat")(folder, path, flags, mode);
}

int openat64(int folder, const char* path, int flags, ...) {
    va_list args;
    va_start(args, flags);
    const mode_t mode = mode_argument(flags, args);
    va_end(args);
    maybe_swap(folder, path);
    return real<int (*)(int, const char*, int, ...)>("openat64")(folder, path, flags, mode);
}

}  // extern "C"
