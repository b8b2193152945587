#pragma once
// Tells the kiosk when anything in the content folder changes, so staff edits (or a new
// content version switched in) show up without a restart. Uses inotify on a thread of its
// own that sleeps in the kernel, so an unchanged folder costs nothing.

#include <atomic>
#include <filesystem>
#include <functional>
#include <thread>

namespace haven::platform {

class FileWatcher {
public:
    // `on_change` runs on the watcher's thread: keep it to setting a flag and waking the loop.
    FileWatcher(const std::filesystem::path& folder, std::function<void()> on_change);
    ~FileWatcher();
    FileWatcher(const FileWatcher&) = delete;
    FileWatcher& operator=(const FileWatcher&) = delete;

    bool watching() const { return inotify_ >= 0; }

private:
    // Watches `folder` and its sub-folders; false when the folder itself cannot be watched.
    bool add_watches(const std::filesystem::path& folder);

    int inotify_ = -1;
    int stop_pipe_[2] = {-1, -1};
    std::thread thread_;
};

} // namespace haven::platform
