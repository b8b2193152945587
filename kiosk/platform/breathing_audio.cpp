#include "breathing_audio.hpp"

#include <SDL.h>
#include <SDL_mixer.h>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace haven::platform {

BreathingAudio::~BreathingAudio() { close(); }

bool BreathingAudio::open(const std::filesystem::path& sounds) {
    if (open_) return true;
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        problem_ = std::string("sound unavailable: ") + SDL_GetError();
        return false;
    }
    sdl_audio_ = true;
    // Small buffers: a cue is placed to the sample, and the device adds little delay.
    if (Mix_OpenAudio(44100, AUDIO_S16SYS, 2, 512) != 0) {
        problem_ = std::string("sound unavailable: ") + Mix_GetError();
        close();
        return false;
    }
    Uint16 format = 0;
    Mix_QuerySpec(&rate_, &format, &channels_);
    if (format != AUDIO_S16SYS || channels_ < 1) {
        problem_ = "sound unavailable: the sound device does not take 16-bit samples";
        close();
        return false;
    }
    const char* names[3] = {"cue-in.wav", "cue-hold.wav", "cue-out.wav"};
    for (int i = 0; i < 3; ++i) {
        cues_[i] = Mix_LoadWAV((sounds / names[i]).c_str());
        if (!cues_[i]) {
            problem_ = std::string("sound unavailable: cannot read ") + names[i] + ": " + Mix_GetError();
            close();
            return false;
        }
    }
    Mix_SetPostMix(&BreathingAudio::mix, this);
    open_ = true;
    problem_.clear();
    return true;
}

void BreathingAudio::pace_with_virtual_clock() {
    std::lock_guard lock(mutex_);
    paced_ = true;
}

void BreathingAudio::virtual_time_is(Seconds now) {
    {
        std::lock_guard lock(mutex_);
        virtual_now_ = now;
    }
    virtual_time_.notify_all();
}

void BreathingAudio::catch_up() {
    if (!open_) return;
    std::unique_lock lock(mutex_);
    // The device asks for whole buffers: caught up once less than one buffer remains.
    produced_.wait_for(lock, std::chrono::seconds(60),
                       [&] { return static_cast<double>(stream_frame_ + 512) >= virtual_now_ * rate_; });
}

const Mix_Chunk* BreathingAudio::cue_for(BreathPhase phase) const {
    switch (phase) {
    case BreathPhase::In: return cues_[0];
    case BreathPhase::HoldIn:
    case BreathPhase::HoldOut: return cues_[1];
    case BreathPhase::Out: return cues_[2];
    }
    return cues_[1];
}

void BreathingAudio::follow(const SoundPlan& plan) {
    if (!open_) return;
    volume_permille_ = static_cast<int>(std::lround(std::clamp(plan.volume, 0.0, 1.0) * 1000));
    bool start_music = false;
    bool stop_music = false;
    {
        std::lock_guard lock(mutex_);
        const bool restart = plan.playing && (!active_ || plan.run != plan_.run);
        if (!plan.playing && active_) {
            active_ = false;
            voices_.clear();  // stop at once, mid-cue if need be
            stop_music = true;
        } else if (restart) {
            active_ = true;
            start_frame_ = -1;  // fixed by the audio thread at its next buffer
            paused_frames_ = 0;
            pause_frame_ = -1;
            next_cue_ = 0;
            voices_.clear();
            start_music = !plan.ambient.empty();
        }
        plan_ = plan;
    }
    if (stop_music) Mix_HaltMusic();
    if (start_music) {
        if (ambient_path_ != plan.ambient) {
            if (ambient_) Mix_FreeMusic(ambient_);
            ambient_ = Mix_LoadMUS(plan.ambient.c_str());
            ambient_path_ = plan.ambient;
        }
        if (ambient_) Mix_PlayMusic(ambient_, -1);  // a broken track: the cues play on alone
    }
    if (ambient_ && Mix_PlayingMusic()) {
        Mix_VolumeMusic(static_cast<int>(MIX_MAX_VOLUME * plan.volume * 0.5));  // softer than the cues
        if (plan.paused != (Mix_PausedMusic() != 0)) plan.paused ? Mix_PauseMusic() : Mix_ResumeMusic();
    }
}

void BreathingAudio::play_test_sound() {
    if (!open_) return;
    std::lock_guard lock(mutex_);
    const BreathPhase phases[] = {BreathPhase::In, BreathPhase::HoldIn, BreathPhase::Out};
    long long at = stream_frame_;
    for (BreathPhase phase : phases) {
        if (const Mix_Chunk* cue = cue_for(phase)) voices_.push_back({cue, at});
        at += rate_;
    }
}

void BreathingAudio::mix(void* self, unsigned char* stream, int bytes) {
    auto* audio = static_cast<BreathingAudio*>(self);
    const size_t frames = static_cast<size_t>(bytes) / (sizeof(short) * static_cast<size_t>(audio->channels_));
    audio->mix(reinterpret_cast<short*>(stream), frames);
}

void BreathingAudio::mix(short* samples, size_t frames) {
    std::unique_lock lock(mutex_);
    const long long first = stream_frame_;
    const long long end = first + static_cast<long long>(frames);
    if (paced_) {
        // Produce audio only as far as virtual time has gone: the written stream is the
        // virtual session, sample for sample.
        virtual_time_.wait(lock, [&] { return stopping_ || virtual_now_ * rate_ >= static_cast<double>(end); });
    }
    auto frame_of = [&](Seconds t) { return static_cast<long long>(std::llround(t * rate_)); };
    if (active_) {
        if (start_frame_ < 0) start_frame_ = paced_ ? frame_of(plan_.started) : first;
        // Pauses, in stream frames: from the kiosk's clock when paced, else from now.
        if (plan_.paused && pause_frame_ < 0) pause_frame_ = paced_ ? frame_of(plan_.paused_at) : first;
        if (!plan_.paused && pause_frame_ >= 0) {
            paused_frames_ = paced_ ? frame_of(plan_.paused_for) : paused_frames_ + (first - pause_frame_);
            pause_frame_ = -1;
        }
        if (!plan_.paused) {
            // Cues whose phase starts within this buffer begin at their exact frame.
            while (next_cue_ < plan_.cues.size()) {
                const long long at = start_frame_ + paused_frames_ + frame_of(plan_.cues[next_cue_].at);
                if (at >= end) break;
                voices_.push_back({cue_for(plan_.cues[next_cue_].phase), at});
                ++next_cue_;
            }
        }
    }
    const int volume = volume_permille_.load();
    const size_t channels = static_cast<size_t>(channels_);
    for (const Voice& v : voices_) {
        const auto* pcm = reinterpret_cast<const short*>(v.chunk->abuf);
        const long long length = static_cast<long long>(v.chunk->alen / (sizeof(short) * channels));
        const long long from = std::max(first, v.start);
        const long long to = std::min(end, v.start + length);
        for (long long s = from; s < to; ++s) {
            const size_t out = static_cast<size_t>(s - first) * channels;
            const size_t in = static_cast<size_t>(s - v.start) * channels;
            for (size_t c = 0; c < channels; ++c) {
                const int mixed = samples[out + c] + pcm[in + c] * volume / 1000;
                samples[out + c] = static_cast<short>(std::clamp(mixed, -32768, 32767));
            }
        }
    }
    std::erase_if(voices_, [&](const Voice& v) {
        return v.start + static_cast<long long>(v.chunk->alen / (sizeof(short) * channels)) <= end;
    });
    stream_frame_ = end;
    lock.unlock();
    produced_.notify_all();
}

void BreathingAudio::close() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        active_ = false;
        voices_.clear();
    }
    virtual_time_.notify_all();
    if (open_) {
        Mix_SetPostMix(nullptr, nullptr);
        Mix_HaltMusic();
        Mix_CloseAudio();
    }
    if (ambient_) Mix_FreeMusic(ambient_);
    ambient_ = nullptr;
    for (Mix_Chunk*& chunk : cues_) {
        if (chunk) Mix_FreeChunk(chunk);
        chunk = nullptr;
    }
    open_ = false;
    if (sdl_audio_) SDL_QuitSubSystem(SDL_INIT_AUDIO);
    sdl_audio_ = false;
}

} // namespace haven::platform
