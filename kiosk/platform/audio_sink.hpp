#pragma once
// Sound output through SDL_mixer. Opening can fail (no sound card, no audio server, a broken
// driver); the kiosk then runs silently and says so, never crashes.
//
// SDL is told not to install its own SIGINT/SIGTERM handlers, which would otherwise swallow
// `systemctl stop`.

#include <string>

namespace haven::platform {

class AudioSink {
public:
    AudioSink() = default;
    ~AudioSink();
    AudioSink(const AudioSink&) = delete;
    AudioSink& operator=(const AudioSink&) = delete;

    // Opens the default output. Returns false and keeps a one-line reason when sound is unavailable.
    bool open();
    void close();

    bool available() const { return open_; }
    const std::string& problem() const { return problem_; }

private:
    bool sdl_audio_ = false;
    bool open_ = false;
    std::string problem_ = "sound not opened";
};

} // namespace haven::platform
