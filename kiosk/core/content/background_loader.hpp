#pragma once
// Loads content on a thread of its own, so reading, checking and decoding images never
// stall a frame. The UI picks the result up at a frame boundary with take(). A result with
// errors carries its problems but no content: it is never shown.

#include "core/content/content_loader.hpp"

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace haven {

class BackgroundLoader {
public:
    // `on_done` runs on the loader's thread when a result is ready: wake the loop, no more.
    explicit BackgroundLoader(std::function<void()> on_done);
    // Cancels a load in progress and waits for the thread (quickly: the load checks often).
    ~BackgroundLoader();
    BackgroundLoader(const BackgroundLoader&) = delete;
    BackgroundLoader& operator=(const BackgroundLoader&) = delete;

    // Asks for `folder` to be loaded. A request during a load is served after it, once.
    void request(std::filesystem::path folder);
    // The newest finished result, if one is waiting.
    std::optional<LoadResult> take();
    bool busy() const;

private:
    void run();

    std::function<void()> on_done_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<std::filesystem::path> requested_;
    std::optional<LoadResult> result_;
    bool loading_ = false;
    bool stop_ = false;
    std::atomic<bool> cancel_{false};
    std::thread thread_;
};

} // namespace haven
