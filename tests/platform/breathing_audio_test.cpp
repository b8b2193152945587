// The breathing exercise's sound on a virtual clock, through SDL's disk driver: the UI thread
// starts, pauses, resumes and stops an exercise with a background track at moments when the
// audio callback is holding the output back for virtual time. That once deadlocked: the
// callback, inside SDL's audio-device lock, waited for the UI thread, which was waiting for that
// lock in Mix_PlayMusic/Mix_HaltMusic. Then the written stream is read back: every cue starts
// at its exact frame and the track is heard only while the exercise runs.

#include "platform/breathing_audio.hpp"
#include "support/temp_folder.hpp"

#include <doctest/doctest.h>

#include <stdlib.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using haven::BreathCue;
using haven::BreathPhase;
using haven::SoundPlan;
using haven_test::support::TempFolder;

namespace {

constexpr int kRate = 44100;
// Each cue is 10 ms of one constant level, so its first frame is unmistakable and the level
// says which cue it is. The track is a quieter constant level.
constexpr int kCueFrames = 441;
constexpr short kInLevel = 12000, kHoldLevel = 16000, kOutLevel = 20000;
constexpr short kTrackLevel = 2000;
constexpr int kTrackInOutput = kTrackLevel / 2;  // the track plays at half the cues' volume

long long frame_of(double seconds) { return std::llround(seconds * kRate); }

// A 16-bit stereo WAV file of `frames` frames, all at `level`.
std::string wav(short level, int frames) {
    std::string out;
    auto u32 = [&out](std::uint32_t v) { for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff); };
    auto u16 = [&out](std::uint16_t v) { for (int i = 0; i < 2; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff); };
    const std::uint32_t bytes = static_cast<std::uint32_t>(frames) * 4;
    out += "RIFF"; u32(36 + bytes); out += "WAVE";
    out += "fmt "; u32(16); u16(1); u16(2); u32(kRate); u32(kRate * 4); u16(4); u16(16);
    out += "data"; u32(bytes);
    for (int i = 0; i < frames * 2; ++i) u16(static_cast<std::uint16_t>(level));
    return out;
}

// Ends the process with a message when a step takes far too long: a deadlock shows as a
// failure naming the step, not as a test runner's timeout.
class Watchdog {
public:
    Watchdog() : thread_([this] { watch(); }) {}
    ~Watchdog() {
        {
            std::lock_guard lock(mutex_);
            done_ = true;
        }
        changed_.notify_all();
        thread_.join();
    }
    void step(const char* name) {
        std::lock_guard lock(mutex_);
        step_ = name;
        ++count_;
        changed_.notify_all();
    }

private:
    void watch() {
        std::unique_lock lock(mutex_);
        while (!done_) {
            const long long seen = count_;
            if (!changed_.wait_for(lock, std::chrono::seconds(20), [&] { return done_ || count_ != seen; })) {
                std::fprintf(stderr, "FAIL: '%s' has not finished after 20 s: the UI and audio threads deadlock\n", step_);
                std::_Exit(1);
            }
        }
    }
    std::mutex mutex_;
    std::condition_variable changed_;
    const char* step_ = "start-up";
    long long count_ = 0;
    bool done_ = false;
    std::thread thread_;
};

struct Onset {
    long long frame;
    BreathPhase phase;
};
// "22050 in, 35280 hold, ...": compared as text, so that a failure shows both lists.
std::string describe(const std::vector<Onset>& onsets) {
    std::string out;
    for (const Onset& onset : onsets) {
        if (!out.empty()) out += ", ";
        out += std::to_string(onset.frame) + (onset.phase == BreathPhase::In       ? " in"
                                              : onset.phase == BreathPhase::Out    ? " out"
                                                                                   : " hold");
    }
    return out;
}

} // namespace

TEST_CASE("start, pause, resume and stop with a background track while the callback waits for virtual time") {
    TempFolder folder;
    folder.write("sounds/cue-in.wav", wav(kInLevel, kCueFrames));
    folder.write("sounds/cue-hold.wav", wav(kHoldLevel, kCueFrames));
    folder.write("sounds/cue-out.wav", wav(kOutLevel, kCueFrames));
    folder.write("track.wav", wav(kTrackLevel, kRate / 4));  // loops every 0.25 s
    const std::string output = (folder.path() / "out.raw").string();
    // SDL's disk driver writes the stream to a file as fast as the callback fills it.
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", output.c_str(), 1);
    setenv("SDL_DISKAUDIODELAY", "0", 1);

    // The exercise, in virtual seconds, at 30 frames a second (every moment is a frame's).
    const double start = 0.5, pause = 1.2, resume = 2.2, stop = 3.2, start2 = 3.5, stop2 = 4.0, end = 4.5;
    const std::vector<BreathCue> cues = {{0.0, BreathPhase::In},    {0.3, BreathPhase::HoldIn},
                                         {0.698, BreathPhase::Out}, {1.0, BreathPhase::In},
                                         {1.4, BreathPhase::Out},   {1.9, BreathPhase::In}};
    auto plan_at = [&](double now) {
        SoundPlan plan;
        plan.volume = 1.0;
        plan.ambient = (folder.path() / "track.wav").string();
        plan.cues = cues;
        if (now >= start && now < stop) {
            plan.playing = true;
            plan.run = 1;
            plan.started = start;
            plan.paused = now >= pause && now < resume;
            plan.paused_at = plan.paused ? pause : 0;
            plan.paused_for = now >= resume ? resume - pause : 0;
        } else if (now >= start2 && now < stop2) {
            plan.playing = true;
            plan.run = 2;
            plan.started = start2;
        }
        return plan;
    };
    // Where each cue must begin: 0.698 s falls 88 frames before the pause, in the buffer the
    // callback holds back at the moment of the pause; 1.0 and 1.4 s come after it, later by
    // the pause; 1.9 s falls after the stop and must not sound; the second run has two.
    const std::vector<Onset> expected = {
        {frame_of(start) + frame_of(0.0), BreathPhase::In},
        {frame_of(start) + frame_of(0.3), BreathPhase::HoldIn},
        {frame_of(start) + frame_of(0.698), BreathPhase::Out},
        {frame_of(start) + frame_of(resume - pause) + frame_of(1.0), BreathPhase::In},
        {frame_of(start) + frame_of(resume - pause) + frame_of(1.4), BreathPhase::Out},
        {frame_of(start2) + frame_of(0.0), BreathPhase::In},
        {frame_of(start2) + frame_of(0.3), BreathPhase::HoldIn},
    };

    {
        Watchdog watchdog;
        haven::platform::BreathingAudio audio;
        audio.pace_with_virtual_clock();
        watchdog.step("open");
        REQUIRE_MESSAGE(audio.open(folder.path() / "sounds"), audio.problem());
        SoundPlan last;
        for (int frame = 0; frame <= static_cast<int>(std::lround(end * 30)); ++frame) {
            const double now = frame / 30.0;
            // As a scripted run does after each frame: the sound up to now first, then the
            // frame's changes.
            watchdog.step("catch_up");
            audio.virtual_time_is(now);
            audio.catch_up();
            const SoundPlan plan = plan_at(now);
            if (plan.playing != last.playing || plan.paused != last.paused || plan.run != last.run) {
                // A change: make sure it comes while the callback is holding the output back,
                // the moment that deadlocked.
                watchdog.step("waiting for the callback to wait");
                while (!audio.waiting_for_virtual_time()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            watchdog.step("follow");
            audio.follow(plan);
            last = plan;
        }
        audio.catch_up();
        watchdog.step("close");
        audio.close();
        watchdog.step("done");
    }

    std::ifstream in(output, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<short> left(bytes.size() / 4);
    for (size_t i = 0; i < left.size(); ++i) {
        left[i] = static_cast<short>(static_cast<unsigned char>(bytes[4 * i]) |
                                     (static_cast<unsigned char>(bytes[4 * i + 1]) << 8));
    }
    REQUIRE(left.size() >= static_cast<size_t>(frame_of(end - 0.05)));  // catch_up() leaves less than a buffer

    std::vector<Onset> heard;
    for (size_t i = 0; i < left.size(); ++i) {
        if (left[i] < kInLevel / 2 || (i > 0 && left[i - 1] >= kInLevel / 2)) continue;
        const int level = left[i];
        const BreathPhase phase = level < (kInLevel + kHoldLevel) / 2 + kTrackInOutput ? BreathPhase::In
                                  : level < (kHoldLevel + kOutLevel) / 2 + kTrackInOutput ? BreathPhase::HoldIn
                                                                                           : BreathPhase::Out;
        heard.push_back({static_cast<long long>(i), phase});
    }
    // The device starts writing as it opens, before BreathingAudio has installed its mixer
    // (it loads the cues in between): the file may begin with silence the stream does not
    // count. Frames are counted from the first that went through the mixer.
    REQUIRE(!heard.empty());
    const long long lead = heard.front().frame - expected.front().frame;
    CHECK(lead >= 0);
    for (Onset& onset : heard) onset.frame -= lead;
    CHECK(describe(heard) == describe(expected));

    // The track, between the cues: heard while an exercise runs, silent while it is paused
    // and after it stops. Each window leaves a margin after a change, for the buffers the
    // callback may mix before the UI thread gets SDL's lock.
    auto track_share = [&](double from, double to) {
        long long frames = 0, playing = 0, silent = 0;
        for (long long i = lead + frame_of(from); i < lead + frame_of(to) && i < static_cast<long long>(left.size()); ++i) {
            const int sample = left[static_cast<size_t>(i)];
            if (sample >= kInLevel / 2) continue;  // a cue
            ++frames;
            if (std::abs(sample - kTrackInOutput) <= 2) ++playing;
            if (sample == 0) ++silent;
        }
        return std::pair{static_cast<double>(playing) / static_cast<double>(frames),
                         static_cast<double>(silent) / static_cast<double>(frames)};
    };
    CHECK(track_share(0, start).second == 1.0);
    CHECK(track_share(start + 0.2, pause).first > 0.95);
    CHECK(track_share(pause + 0.3, resume).second == 1.0);
    CHECK(track_share(resume + 0.2, stop).first > 0.95);
    CHECK(track_share(stop + 0.2, start2).second == 1.0);
    CHECK(track_share(start2 + 0.2, stop2).first > 0.95);
    CHECK(track_share(stop2 + 0.2, end - 0.05).second == 1.0);
}
