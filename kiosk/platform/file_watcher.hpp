#pragma once
// Tells the kiosk when anything in the content folder changes, so staff edits (or a new
// content version switched in) show up without a restart. Uses inotify on a thread of its
// own that sleeps in the kernel, so an unchanged folder costs nothing.
//
// The folder may be a symlink (the store's `current` link): its parent is watched too, and
// when the link is swapped to a new version the watches move to the new target.

#include <atomic>
#include <filesystem>
#include <functional>
#include <thread>

namespace haven::platform {

class FileWatcher {
public:
    enum class Depth { Tree, FolderOnly };

    // `on_change` runs on the watcher's thread: keep it to setting a flag and waking the loop.
    // Depth::FolderOnly watches the folder's own entries, not what is inside its sub-folders
    // (the store: its status file and `current`, not every file an import writes).
    FileWatcher(const std::filesystem::path& folder, std::function<void()> on_change, Depth depth = Depth::Tree);
    ~FileWatcher();
    FileWatcher(const FileWatcher&) = delete;
    FileWatcher& operator=(const FileWatcher&) = delete;

    // True while the folder exists and is watched; a missing folder is looked for each second.
    bool watching() const { return watching_; }

private:
    void run(const std::filesystem::path& folder, std::filesystem::path target, int fd, int parent_wd,
             const std::function<void()>& on_change, Depth depth);

    std::atomic<bool> watching_{false};
    int stop_pipe_[2] = {-1, -1};
    std::thread thread_;
};

} // namespace haven::platform
