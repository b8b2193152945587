#include "platform/audio_probe.hpp"

#include <SDL.h>
#include <SDL_mixer.h>

namespace haven::platform {

ProbeMixer::ProbeMixer() {
    int rate = 0;
    Uint16 format = 0;
    int channels = 0;
    if (Mix_QuerySpec(&rate, &format, &channels) != 0) return;  // already open
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");  // SDL must not take over Ctrl+C
    if (SDL_WasInit(SDL_INIT_AUDIO) == 0) {
        // The dummy driver for this start only, over SDL_AUDIODRIVER too: a staff laptop's
        // sound card stays untouched, and a machine without one decodes all the same. Haven
        // never sets the hint itself, so resetting it gives the environment's back.
        SDL_SetHintWithPriority(SDL_HINT_AUDIODRIVER, "dummy", SDL_HINT_OVERRIDE);
        const bool started = SDL_InitSubSystem(SDL_INIT_AUDIO) == 0;
        SDL_ResetHint(SDL_HINT_AUDIODRIVER);
        if (!started) {
            problem_ = std::string("the sound system cannot start: ") + SDL_GetError();
            return;
        }
        sdl_audio_ = true;
    }
    // Mono at 8 kHz: decoding is checked, not fidelity, and a long recording decoded whole
    // then takes 16 kB a second (10 minutes under 10 MB) instead of ten times that. Small
    // buffers: closing waits for two of them.
    if (Mix_OpenAudio(8000, AUDIO_S16SYS, 1, 256) != 0) {
        problem_ = std::string("the sound system cannot start: ") + Mix_GetError();
        return;
    }
    mixer_ = true;
}

ProbeMixer::~ProbeMixer() {
    if (mixer_) Mix_CloseAudio();
    if (sdl_audio_) SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

AudioProbe probe_audio(const std::filesystem::path& file) {
    AudioProbe out;
    const ProbeMixer mixer;
    if (!mixer.problem().empty()) {
        out.problem = mixer.problem();
        return out;
    }
    int rate = 0;
    Uint16 format = 0;
    int channels = 0;
    Mix_QuerySpec(&rate, &format, &channels);
    Mix_Chunk* chunk = Mix_LoadWAV(file.c_str());
    if (!chunk) {
        const char* why = Mix_GetError();
        out.problem = why && *why ? why : "not a sound SDL_mixer can read";
        return out;
    }
    const double bytes_per_second = static_cast<double>(rate) * channels * (SDL_AUDIO_BITSIZE(format) / 8);
    out.decoded = true;
    out.seconds = bytes_per_second > 0 ? chunk->alen / bytes_per_second : 0;
    Mix_FreeChunk(chunk);
    return out;
}

} // namespace haven::platform
