#include "core/content/background_loader.hpp"

namespace haven {

BackgroundLoader::BackgroundLoader(std::function<void()> on_done)
    : on_done_(std::move(on_done)), thread_([this] { run(); }) {}

BackgroundLoader::~BackgroundLoader() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    cancel_ = true;
    wake_.notify_all();
    thread_.join();
}

void BackgroundLoader::request(std::filesystem::path folder) {
    {
        std::lock_guard lock(mutex_);
        requested_ = std::move(folder);
    }
    wake_.notify_all();
}

std::optional<LoadResult> BackgroundLoader::take() {
    std::lock_guard lock(mutex_);
    std::optional<LoadResult> out = std::move(result_);
    result_.reset();
    return out;
}

bool BackgroundLoader::busy() const {
    std::lock_guard lock(mutex_);
    return loading_ || requested_.has_value();
}

void BackgroundLoader::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return stop_ || requested_.has_value(); });
        if (stop_) return;
        const std::filesystem::path folder = std::move(*requested_);
        requested_.reset();
        loading_ = true;
        lock.unlock();
        LoadResult loaded = load_content(folder, &cancel_);
        // Content with errors is never shown: drop it here, so freeing thousands of refused
        // cards never stalls the frame that takes the result. The problems go on.
        if (!loaded.ok()) loaded.content = Content{};
        lock.lock();
        loading_ = false;
        if (stop_) return;
        result_ = std::move(loaded);  // a newer result replaces one nobody took yet
        lock.unlock();
        if (on_done_) on_done_();
        lock.lock();
    }
}

} // namespace haven
