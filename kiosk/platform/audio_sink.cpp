#include "audio_sink.hpp"

#include <SDL.h>
#include <SDL_mixer.h>

namespace haven::platform {

AudioSink::~AudioSink() { close(); }

bool AudioSink::open() {
    if (open_) return true;
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        problem_ = std::string("sound unavailable: ") + SDL_GetError();
        return false;
    }
    sdl_audio_ = true;
    if (Mix_OpenAudio(MIX_DEFAULT_FREQUENCY, MIX_DEFAULT_FORMAT, 2, 1024) != 0) {
        problem_ = std::string("sound unavailable: ") + Mix_GetError();
        close();
        return false;
    }
    open_ = true;
    problem_.clear();
    return true;
}

void AudioSink::close() {
    if (open_) Mix_CloseAudio();
    open_ = false;
    if (sdl_audio_) SDL_QuitSubSystem(SDL_INIT_AUDIO);
    sdl_audio_ = false;
}

} // namespace haven::platform
