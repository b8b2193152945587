#pragma once
// The breathing exercise's sound through SDL_mixer: a soft cue at the start of each phase
// and an optional background track. Cues are mixed into the output stream at the exact
// sample where the schedule puts their phase, counted from the sample where the exercise
// started, so they cannot drift from the schedule however long the session.
//
// Opening can fail (no sound card, no audio server, a broken cue file): the kiosk then runs
// silently and says so, never crashes. SDL is told not to install its own SIGINT/SIGTERM
// handlers, which would otherwise swallow `systemctl stop`.
//
// Two threads: the UI thread calls everything below; SDL's audio thread calls mix() while
// holding SDL's audio-device lock, which every Mix_* function also takes. On a virtual clock
// mix() waits for virtual time, which only the UI thread moves on, so the UI thread must
// never wait for that lock while mix() waits for it: see DeviceAccess in the .cpp.

#include "core/breathing/sound_plan.hpp"
#include "speech_player.hpp"

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

struct Mix_Chunk;
typedef struct _Mix_Music Mix_Music;

namespace haven::platform {

class BreathingAudio {
public:
    BreathingAudio() = default;
    ~BreathingAudio();
    BreathingAudio(const BreathingAudio&) = delete;
    BreathingAudio& operator=(const BreathingAudio&) = delete;

    // Opens the default output and loads the cues (cue-in.wav, cue-hold.wav, cue-out.wav)
    // from `sounds`. Returns false, with a one-line reason, when sound is unavailable.
    // Speech (cards read aloud, the voice guide) opens with it when eSpeak NG is there.
    bool open(const std::filesystem::path& sounds);
    // open() on a thread of its own, so that finding the device (a tenth of a second on a
    // machine without one) and starting eSpeak NG overlap the window's start. Nothing else
    // may touch this object until the result is taken.
    std::future<bool> open_in_background(std::filesystem::path sounds);
    bool available() const { return open_; }
    const std::string& problem() const { return problem_; }
    // Cards read aloud share this output: its device, its stream and its virtual clock.
    SpeechPlayer& speech() { return speech_; }
    bool speech_available() const { return open_ && speech_.available(); }
    // Why cards cannot be read aloud, for staff; empty when they can.
    std::string speech_problem() const { return open_ ? speech_.problem() : problem_; }

    // Scripted sessions: the output advances with the virtual clock instead of the device,
    // so what is written (SDL's disk driver) lines up with virtual time exactly.
    void pace_with_virtual_clock();
    void virtual_time_is(Seconds now);
    // Waits until the output has caught up with virtual time (end of a scripted run).
    void catch_up();
    // True while the audio thread is holding the output back until virtual time moves on:
    // the moment at which a change from the UI once deadlocked (tests act at exactly it).
    bool waiting_for_virtual_time() const;

    // Called every frame on the UI thread: starts, pauses, resumes or stops at once.
    void follow(const SoundPlan& plan);

    // The staff view's sound test: the three cues, one second apart, at the volume in use.
    void play_test_sound();

    void close();

private:
    class DeviceAccess;
    struct Voice {
        const short* pcm;     // interleaved device frames
        long long frames;
        long long start;      // the stream frame where it begins
        std::shared_ptr<const PromptSounds> keep;  // a spoken prompt's samples, alive while it sounds
    };
    static void mix(void* self, unsigned char* stream, int bytes);
    void mix(short* samples, size_t frames);
    const Mix_Chunk* cue_for(BreathPhase phase) const;
    // The cue for `phase`: the spoken prompt when the voice guide is on and it is ready.
    Voice voice_for(BreathPhase phase, long long start);

    bool sdl_audio_ = false;
    bool open_ = false;
    std::string problem_ = "sound not opened";
    int rate_ = 44100;
    int channels_ = 2;
    Mix_Chunk* cues_[3] = {nullptr, nullptr, nullptr};
    // The background track, on the UI thread only: what SDL_mixer was last told, so that
    // it is told only about changes (each call takes the device lock).
    Mix_Music* ambient_ = nullptr;
    std::string ambient_path_;
    bool music_on_ = false;
    bool music_paused_ = false;
    int music_volume_ = -1;

    // Shared with the audio thread.
    mutable std::mutex mutex_;
    std::condition_variable virtual_time_;
    std::condition_variable produced_;
    bool paced_ = false;
    bool stopping_ = false;
    bool ui_needs_device_ = false;     // the UI thread is about to call SDL_mixer: mix() must not wait
    bool mix_waiting_ = false;         // mix() is waiting for virtual time
    double virtual_now_ = 0;
    long long stream_frame_ = 0;       // frames through mix() since open() installed it
    SoundPlan plan_;                   // what the UI asked for last
    bool active_ = false;              // an exercise is sounding
    long long start_frame_ = -1;       // stream frame of the exercise's start (-1: not yet)
    long long paused_frames_ = 0;
    long long pause_frame_ = -1;       // stream frame where the current pause began
    size_t next_cue_ = 0;
    std::vector<Voice> voices_;
    std::atomic<int> volume_permille_{600};
    SpeechPlayer speech_;  // mix() mixes it in; close() stops mix() before closing it
};

} // namespace haven::platform
