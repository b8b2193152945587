#pragma once
// Decodes a sound file the way the kiosk will play it (SDL_mixer), to learn whether it
// plays at all and how long it lasts. For `haven check`: core checks where a recording is
// and what kind of file it claims to be, but has no decoder.

#include <filesystem>
#include <string>

namespace haven::platform {

struct AudioProbe {
    bool decoded = false;
    double seconds = 0;   // the decoded length, when decoded
    std::string problem;  // one line, when not decoded
};

// Decodes the whole file (OGG, MP3, FLAC or WAV) with the mixer already open (the kiosk's, or
// a ProbeMixer's), or else with one opened for the call and closed again.
AudioProbe probe_audio(const std::filesystem::path& file);

// A mixer on SDL's "dummy" driver, open while this lives, so that no sound card is needed or
// touched. Closing one waits for two of its buffers: a command probing many files holds one
// across them. Where a mixer is open already it does nothing, and it leaves SDL as it was.
class ProbeMixer {
public:
    ProbeMixer();
    ~ProbeMixer();
    ProbeMixer(const ProbeMixer&) = delete;
    ProbeMixer& operator=(const ProbeMixer&) = delete;

    // Why no mixer could be opened, or empty.
    const std::string& problem() const { return problem_; }

private:
    bool sdl_audio_ = false;  // this one started SDL's audio
    bool mixer_ = false;      // this one opened the mixer
    std::string problem_;
};

} // namespace haven::platform
