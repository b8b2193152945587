#include "breathing_audio.hpp"

#include <SDL.h>
#include <SDL_mixer.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace haven::platform {

// Held by the UI thread around its Mix_* calls. SDL runs mix() inside its audio-device lock,
// and every Mix_* call takes that lock. On a virtual clock mix() waits for virtual time, which
// only the UI thread moves on: a Mix_* call made then would wait for mix(), which waits for
// the caller (a scripted run hung so, in Mix_HaltMusic at the end of an exercise). While one
// of these is held, mix() does not wait: it mixes its buffer and returns, letting SDL's lock
// go. The UI publishes its new plan before taking one, so what mix() plays meanwhile already
// follows it, cues on their exact frames. The stream may then run ahead of virtual time by as
// many buffers as the audio thread mixes before the UI thread gets SDL's lock: usually one,
// more on a busy machine (SDL's disk driver without a delay takes the lock straight back), and
// a change due within them lands late. It waits for virtual time again once this is released.
// Scripted runs play no background track, so nothing takes the lock between open() and close()
// there, and their output stays exact.
class BreathingAudio::DeviceAccess {
public:
    explicit DeviceAccess(BreathingAudio& audio) : audio_(audio) {
        {
            // Under the mutex mix() checks it under: a mix() about to wait sees it, and one
            // already waiting is woken below. No wake-up can be lost in between.
            std::lock_guard lock(audio_.mutex_);
            audio_.ui_needs_device_ = true;
        }
        audio_.virtual_time_.notify_all();
    }
    ~DeviceAccess() {
        std::lock_guard lock(audio_.mutex_);
        audio_.ui_needs_device_ = false;
    }
    DeviceAccess(const DeviceAccess&) = delete;
    DeviceAccess& operator=(const DeviceAccess&) = delete;

private:
    BreathingAudio& audio_;
};

BreathingAudio::~BreathingAudio() { close(); }

std::future<bool> BreathingAudio::open_in_background(std::filesystem::path sounds) {
    return std::async(std::launch::async, [this, sounds = std::move(sounds)] {
        const bool opened = open(sounds);
        SDL_TLSCleanup();  // SDL's error messages for this thread (SDL frees only its own threads')
        return opened;
    });
}

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
    // Before the mix is installed: Mix_LoadWAV takes SDL's device lock, which mix() may hold
    // while it waits for virtual time.
    const char* names[3] = {"cue-in.wav", "cue-hold.wav", "cue-out.wav"};
    for (int i = 0; i < 3; ++i) {
        cues_[i] = Mix_LoadWAV((sounds / names[i]).c_str());
        if (!cues_[i]) {
            problem_ = std::string("sound unavailable: cannot read ") + names[i] + ": " + Mix_GetError();
            close();
            return false;
        }
    }
    {
        std::lock_guard lock(mutex_);
        stopping_ = false;  // opened again after a close
        stream_frame_ = 0;
    }
    // Before eSpeak NG starts (the slow step): a scripted run's stream is paced from (nearly)
    // the device's first buffer, so what SDL's disk driver writes starts at virtual time 0.
    Mix_SetPostMix(&BreathingAudio::mix, this);
    // Without eSpeak NG the cards are not read aloud and the tones guide the breathing.
    if (paced_) speech_.pace_with_virtual_clock();
    if (!speech_.open(rate_, channels_)) std::fprintf(stderr, "haven: %s\n", speech_.problem().c_str());
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

bool BreathingAudio::waiting_for_virtual_time() const {
    std::lock_guard lock(mutex_);
    return mix_waiting_;
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

BreathingAudio::Voice BreathingAudio::voice_for(BreathPhase phase, long long start) {
    if (plan_.voice_guide) {
        // Scripted runs wait for synthesized prompts, so that the first is heard at its
        // boundary; never for recorded ones, whose decoding takes SDL's lock, held here.
        const bool recorded = !(plan_.prompts.recorded[0].empty() && plan_.prompts.recorded[1].empty() &&
                                plan_.prompts.recorded[2].empty());
        if (auto prompts = speech_.prompts(plan_.prompts, paced_ && !recorded)) {
            const int i = phase == BreathPhase::In ? 0 : phase == BreathPhase::Out ? 2 : 1;
            const auto& pcm = prompts->pcm[static_cast<std::size_t>(i)];
            if (!pcm.empty())
                return {pcm.data(), static_cast<long long>(pcm.size()) / channels_, start, std::move(prompts)};
        }
    }
    const Mix_Chunk* cue = cue_for(phase);
    if (!cue) return {nullptr, 0, start, nullptr};
    return {reinterpret_cast<const short*>(cue->abuf),
            static_cast<long long>(cue->alen / (sizeof(short) * static_cast<size_t>(channels_))), start, nullptr};
}

void BreathingAudio::follow(const SoundPlan& plan) {
    if (!open_) return;
    if (plan.voice_guide) speech_.prepare_prompts(plan.prompts);
    volume_permille_ = static_cast<int>(std::lround(std::clamp(plan.volume, 0.0, 1.0) * 1000));
    bool halt_music = false;  // the exercise stopped or started again
    bool start_music = false;
    {
        std::lock_guard lock(mutex_);
        const bool restart = plan.playing && (!active_ || plan.run != plan_.run);
        if (!plan.playing && active_) {
            active_ = false;
            voices_.clear();  // stop at once, mid-cue if need be
            halt_music = true;
        } else if (restart) {
            active_ = true;
            start_frame_ = -1;  // fixed by the audio thread at its next buffer
            paused_frames_ = 0;
            pause_frame_ = -1;
            next_cue_ = 0;
            voices_.clear();
            halt_music = true;
            start_music = !plan.ambient.empty();
        }
        plan_ = plan;  // published before any Mix_* call below (see DeviceAccess)
    }
    // The track follows the plan through SDL_mixer, which is told only what changed: most
    // frames do not touch it, and so never take SDL's lock.
    const int music_volume = static_cast<int>(MIX_MAX_VOLUME * std::clamp(plan.volume, 0.0, 1.0) * 0.5);  // softer than the cues
    halt_music = halt_music && music_on_;
    if (!halt_music && !start_music &&
        !(music_on_ && (plan.paused != music_paused_ || music_volume != music_volume_)))
        return;
    DeviceAccess device(*this);
    if (halt_music) {
        Mix_HaltMusic();
        music_on_ = false;
    }
    if (start_music) {
        if (ambient_path_ != plan.ambient) {
            if (ambient_) Mix_FreeMusic(ambient_);
            ambient_ = Mix_LoadMUS(plan.ambient.c_str());
            ambient_path_ = plan.ambient;
        }
        Mix_VolumeMusic(music_volume);  // before it starts, so that it starts at this volume
        music_volume_ = music_volume;
        music_on_ = ambient_ && Mix_PlayMusic(ambient_, -1) == 0;  // a broken track: the cues play on alone
        music_paused_ = false;
    }
    if (!music_on_) return;
    if (music_volume != music_volume_) {
        Mix_VolumeMusic(music_volume);
        music_volume_ = music_volume;
    }
    if (plan.paused != music_paused_) {
        plan.paused ? Mix_PauseMusic() : Mix_ResumeMusic();
        music_paused_ = plan.paused;
    }
}

void BreathingAudio::play_test_sound() {
    if (!open_) return;
    std::lock_guard lock(mutex_);
    const BreathPhase phases[] = {BreathPhase::In, BreathPhase::HoldIn, BreathPhase::Out};
    long long at = stream_frame_;
    for (BreathPhase phase : phases) {
        if (const Mix_Chunk* cue = cue_for(phase))
            voices_.push_back({reinterpret_cast<const short*>(cue->abuf),
                               static_cast<long long>(cue->alen / (sizeof(short) * static_cast<size_t>(channels_))), at,
                               nullptr});
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
        // virtual session, sample for sample. Never while the UI thread is about to call
        // SDL_mixer, which would wait for SDL's lock, held around this very call.
        mix_waiting_ = true;
        virtual_time_.wait(lock, [&] {
            return stopping_ || ui_needs_device_ || virtual_now_ * rate_ >= static_cast<double>(end);
        });
        mix_waiting_ = false;
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
        // Cues whose phase starts within this buffer begin at their exact frame; while paused,
        // only those before the pause, which on the virtual clock can fall inside this buffer.
        // A cue whose frame has gone by (the stream ran ahead while the UI held the device)
        // starts at once, whole.
        const long long until = plan_.paused ? std::min(end, pause_frame_) : end;
        while (next_cue_ < plan_.cues.size()) {
            const long long at = start_frame_ + paused_frames_ + frame_of(plan_.cues[next_cue_].at);
            if (at >= until) break;
            voices_.push_back(voice_for(plan_.cues[next_cue_].phase, std::max(at, first)));
            ++next_cue_;
        }
    }
    const int volume = volume_permille_.load();
    const size_t channels = static_cast<size_t>(channels_);
    for (const Voice& v : voices_) {
        const short* pcm = v.pcm;
        const long long length = v.frames;
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
    std::erase_if(voices_, [&](const Voice& v) { return !v.pcm || v.start + v.frames <= end; });
    stream_frame_ = end;
    lock.unlock();
    // A card read aloud, into the same buffer (after the lock: the player may wait for its
    // thread here in a scripted run, and the UI thread must not wait for that).
    speech_.mix(samples, frames);
    produced_.notify_all();
}

void BreathingAudio::close() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;  // mix() never waits again, so the Mix_* calls below can take SDL's lock
        active_ = false;
        voices_.clear();
    }
    virtual_time_.notify_all();
    if (open_) {
        Mix_SetPostMix(nullptr, nullptr);
        Mix_HaltMusic();
        Mix_CloseAudio();
    }
    speech_.close();  // mix() no longer runs
    if (ambient_) Mix_FreeMusic(ambient_);
    ambient_ = nullptr;
    ambient_path_.clear();
    music_on_ = false;
    music_paused_ = false;
    music_volume_ = -1;
    for (Mix_Chunk*& chunk : cues_) {
        if (chunk) Mix_FreeChunk(chunk);
        chunk = nullptr;
    }
    open_ = false;
    if (sdl_audio_) SDL_QuitSubSystem(SDL_INIT_AUDIO);
    sdl_audio_ = false;
}

} // namespace haven::platform
