#include "file_watcher.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <system_error>

namespace haven::platform {
namespace fs = std::filesystem;

namespace {

constexpr uint32_t kFolderEvents = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB |
                                   IN_DELETE_SELF | IN_MOVE_SELF;
// In the parent: the link (or folder) itself being replaced, renamed or removed.
constexpr uint32_t kParentEvents = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DONT_FOLLOW;
constexpr int kMaxWatchedFolders = 256;

fs::path resolve(const fs::path& folder) {
    std::error_code ec;
    fs::path target = fs::canonical(folder, ec);
    return ec ? fs::path() : target;
}

struct Watches {
    int fd = -1;
    int parent = -1;  // the watch on the folder's parent, where only the folder's own name matters
};

// A fresh inotify instance watching `folder`'s parent, the folder's target and its
// sub-folders. fd is -1 when the folder cannot be watched.
Watches watch_all(const fs::path& folder, const fs::path& target, FileWatcher::Depth depth) {
    Watches w;
    const int fd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (fd < 0) return w;
    const fs::path parent = fs::absolute(folder).parent_path();
    w.parent = inotify_add_watch(fd, parent.c_str(), kParentEvents);
    if (target.empty() || inotify_add_watch(fd, target.c_str(), kFolderEvents) < 0) {
        close(fd);
        return w;
    }
    w.fd = fd;
    if (depth == FileWatcher::Depth::FolderOnly) return w;
    std::error_code ec;
    int count = 1;
    for (fs::recursive_directory_iterator it(target, fs::directory_options::none, ec), end;
         !ec && it != end && count < kMaxWatchedFolders; it.increment(ec)) {
        if (it->is_directory(ec) && !it->is_symlink(ec)) {
            inotify_add_watch(fd, it->path().c_str(), kFolderEvents);
            ++count;
        }
    }
    return w;
}

} // namespace

FileWatcher::FileWatcher(const fs::path& folder, std::function<void()> on_change, Depth depth) {
    // The watches exist before the constructor returns: no change after it can be missed.
    // A folder that is not there yet (a stick not yet copied) is looked for every second.
    const fs::path target = resolve(folder);
    const Watches watches = watch_all(folder, target, depth);
    if (pipe2(stop_pipe_, O_CLOEXEC) != 0) {
        if (watches.fd >= 0) close(watches.fd);
        return;
    }
    watching_ = watches.fd >= 0;
    thread_ = std::thread([this, folder, target, watches, depth, on_change = std::move(on_change)] {
        run(folder, target, watches.fd, watches.parent, on_change, depth);
    });
}

void FileWatcher::run(const fs::path& folder, fs::path target, int fd, int parent_wd,
                      const std::function<void()>& on_change, Depth depth) {
    Watches watches{fd, parent_wd};
    const std::string name = fs::absolute(folder).filename().string();
    alignas(inotify_event) char buffer[4096];
    for (;;) {
        // While the folder is missing (a link being swapped, a stick pulled), retry each second.
        pollfd fds[2] = {{stop_pipe_[0], POLLIN, 0}, {fd, POLLIN, 0}};
        if (poll(fds, 2, fd >= 0 ? -1 : 1000) < 0) continue;
        if (fds[0].revents) break;

        bool rewatch = fd < 0;
        bool relevant = fd < 0;
        if (fd >= 0) {
            ssize_t n = 0;
            while ((n = read(fd, buffer, sizeof buffer)) > 0) {
                for (ssize_t at = 0; at < n;) {
                    const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
                    at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
                    // Other entries beside the folder (staging folders of an import) do not matter.
                    if (event->wd == watches.parent && (event->len == 0 || name != event->name)) continue;
                    relevant = true;
                    if ((event->mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)) ||
                        ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))))
                        rewatch = true;
                }
            }
        }
        const fs::path now = resolve(folder);
        if (now != target) rewatch = relevant = true;  // the link now points at another version
        if (!relevant) continue;
        if (rewatch) {
            if (fd >= 0) close(fd);
            watches = watch_all(folder, now, depth);
            fd = watches.fd;
            if (fd < 0 && target.empty()) continue;  // still missing: nothing new to report
            target = now;
            watching_ = fd >= 0;
        }
        on_change();
    }
    if (fd >= 0) close(fd);
}

FileWatcher::~FileWatcher() {
    if (thread_.joinable()) {
        const char stop = 1;
        [[maybe_unused]] const ssize_t written = write(stop_pipe_[1], &stop, 1);
        thread_.join();
    }
    for (int fd : stop_pipe_)
        if (fd >= 0) close(fd);
}

} // namespace haven::platform
