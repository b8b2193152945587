#include "file_watcher.hpp"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <system_error>

namespace haven::platform {
namespace fs = std::filesystem;

namespace {
constexpr uint32_t kEvents = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB |
                             IN_DELETE_SELF | IN_MOVE_SELF;
constexpr int kMaxWatchedFolders = 256;
} // namespace

bool FileWatcher::add_watches(const fs::path& folder) {
    if (inotify_add_watch(inotify_, folder.c_str(), kEvents) < 0) return false;
    std::error_code ec;
    int count = 1;
    for (fs::recursive_directory_iterator it(folder, fs::directory_options::none, ec), end;
         !ec && it != end && count < kMaxWatchedFolders; it.increment(ec)) {
        if (it->is_directory(ec) && !it->is_symlink(ec)) {
            inotify_add_watch(inotify_, it->path().c_str(), kEvents);
            ++count;
        }
    }
    return true;
}

FileWatcher::FileWatcher(const fs::path& folder, std::function<void()> on_change) {
    inotify_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (inotify_ < 0) return;
    if (pipe(stop_pipe_) != 0) {
        close(inotify_);
        inotify_ = -1;
        return;
    }
    if (!add_watches(folder)) {
        close(inotify_);
        inotify_ = -1;
        return;
    }
    thread_ = std::thread([this, folder, on_change = std::move(on_change)] {
        alignas(inotify_event) char buffer[4096];
        for (;;) {
            pollfd fds[2] = {{inotify_, POLLIN, 0}, {stop_pipe_[0], POLLIN, 0}};
            if (poll(fds, 2, -1) < 0) continue;
            if (fds[1].revents) return;
            bool new_folder = false;
            ssize_t n = 0;
            while ((n = read(inotify_, buffer, sizeof buffer)) > 0) {
                for (ssize_t at = 0; at < n;) {
                    const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
                    if ((event->mask & IN_ISDIR) && (event->mask & (IN_CREATE | IN_MOVED_TO))) new_folder = true;
                    at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
                }
            }
            if (new_folder) add_watches(folder);  // adding a watch twice is harmless
            on_change();
        }
    });
}

FileWatcher::~FileWatcher() {
    if (thread_.joinable()) {
        const char stop = 1;
        [[maybe_unused]] const ssize_t written = write(stop_pipe_[1], &stop, 1);
        thread_.join();
    }
    for (int fd : {inotify_, stop_pipe_[0], stop_pipe_[1]})
        if (fd >= 0) close(fd);
}

} // namespace haven::platform
