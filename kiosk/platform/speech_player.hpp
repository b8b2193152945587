#pragma once
// Cards read aloud and the breathing guide's spoken prompts. Synthesis (eSpeak NG) and the
// decoding of recordings run on the player's own thread, never the UI's; what they make is
// queued, a few seconds ahead at most, and mixed into the sound device's stream by the audio
// thread (BreathingAudio::mix calls mix() below). Stopping clears the queue under the lock the
// audio thread mixes under, so silence follows within one buffer; synthesis under way is
// cancelled. Nothing is written anywhere: samples live in memory until they are heard.
//
// Three threads: the UI thread calls follow(), prepare_prompts() and progress(); the audio
// thread calls mix() and prompts(); the player's thread synthesises. None of them ever waits
// for SDL's device lock while holding the player's lock.

#include "core/breathing/sound_plan.hpp"
#include "core/speech/speech_plan.hpp"
#include "speech_synthesizer.hpp"

#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace haven::platform {

// The voice guide's prompts as the device plays them (its rate and channels), ready to mix.
struct PromptSounds {
    VoicePrompts made_for;
    std::array<std::vector<std::int16_t>, 3> pcm;  // breathe in, hold, breathe out; empty: none
};

class SpeechPlayer {
public:
    SpeechPlayer() = default;
    ~SpeechPlayer();
    SpeechPlayer(const SpeechPlayer&) = delete;
    SpeechPlayer& operator=(const SpeechPlayer&) = delete;

    // Starts eSpeak NG and the player's thread for a device playing `rate` frames a second of
    // `channels`. False, with a one-line reason (problem()), when eSpeak NG is missing.
    bool open(int rate, int channels);
    bool available() const { return open_; }
    const std::string& problem() const { return problem_; }

    // Scripted sessions: mix() waits for synthesis rather than leaving a gap, so the written
    // stream is the same however busy the machine is.
    void pace_with_virtual_clock() { paced_ = true; }
    // Called on the audio thread when the sentence heard changes or a reading ends: the live
    // loop wakes the UI with it, to move the highlight. Set before open().
    std::function<void()> on_progress;

    // UI thread, every frame: starts, restarts (a new run; a new speed from the sentence being
    // heard) or stops at once.
    void follow(const SpeechPlan& plan);
    SpeechProgress progress() const;

    // UI thread: makes these prompts ready (on the player's thread) if they are not.
    void prepare_prompts(const VoicePrompts& prompts);
    // Audio thread: the prompts if they are ready; `wait` (scripted runs) waits for them.
    std::shared_ptr<const PromptSounds> prompts(const VoicePrompts& wanted, bool wait);

    // Audio thread: adds what is to be heard next to `frames` frames of `out`.
    void mix(std::int16_t* out, std::size_t frames);

    void close();

private:
    struct Piece {
        std::vector<std::int16_t> pcm;  // device frames, interleaved
        std::size_t used = 0;           // samples already mixed
        int sentence = -1;
    };
    struct Job {
        long long generation = 0;
        SpeechPlan plan;
        std::size_t first = 0;  // the sentence to start at
    };
    void run();
    void speak(const Job& job);
    bool queue(Piece piece, long long generation);
    std::shared_ptr<const PromptSounds> make_prompts(const VoicePrompts& wanted);
    // A recording in the device's format; false when it will not decode or lasts longer than
    // `longest_seconds` (what haven check allows).
    bool decode(const std::string& path, double longest_seconds, std::vector<std::int16_t>& pcm) const;

    SpeechSynthesizer synthesizer_;  // the player's thread only, after open()
    bool open_ = false;
    std::string problem_ = "speech not opened";
    bool paced_ = false;
    int rate_ = 44100;
    int channels_ = 2;
    std::thread thread_;

    mutable std::mutex mutex_;
    std::condition_variable work_;      // the player's thread: a job or prompts wanted
    std::condition_variable space_;     // the player's thread: the queue has room again
    std::condition_variable produced_;  // the audio thread (paced): more queued, or done
    std::atomic<bool> cancel_{false};   // the synthesis under way is no longer wanted
    bool quit_ = false;
    long long generation_ = 0;          // changes whenever what is queued stops being wanted
    bool job_waiting_ = false;
    Job job_;
    SpeechPlan plan_;                   // what the UI asked for last
    bool speaking_ = false;
    bool synthesis_done_ = false;       // the current run is all queued
    std::deque<Piece> queue_;
    std::size_t queued_frames_ = 0;
    SpeechProgress progress_;
    double volume_ = 0.6;
    VoicePrompts wanted_prompts_;
    bool prompts_waiting_ = false;
    std::shared_ptr<const PromptSounds> prompts_;
};

}  // namespace haven::platform
