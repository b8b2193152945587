// The breathing exercise's sound on a virtual clock, through SDL's disk driver: the UI thread
// starts, pauses, resumes and stops exercises at moments when the audio callback is holding
// the output back for virtual time. That once deadlocked: the callback, inside SDL's
// audio-device lock, waited for virtual time, which only the UI thread moves on, while the UI
// thread waited for that lock in Mix_HaltMusic (at every stop) or Mix_PlayMusic (at a start
// with a background track). Then the written stream is read back.

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


// The session both tests play, in virtual seconds at 30 frames a second (every moment below
// is a frame's): a first run paused and resumed, stopped, then a short second run.
constexpr double kStart = 0.5, kPause = 1.2, kResume = 2.2, kStop = 3.2, kStart2 = 3.5, kStop2 = 4.0, kEnd = 4.5;
const std::vector<BreathCue> kCues = {{0.0, BreathPhase::In},    {0.3, BreathPhase::HoldIn}, {0.698, BreathPhase::Out},
                                      {1.0, BreathPhase::In},    {1.4, BreathPhase::Out},    {1.9, BreathPhase::In}};

SoundPlan plan_at(double now, const std::string& track) {
    SoundPlan plan;
    plan.volume = 1.0;
    plan.ambient = track;
    plan.cues = kCues;
    if (now >= kStart && now < kStop) {
        plan.playing = true;
        plan.run = 1;
        plan.started = kStart;
        plan.paused = now >= kPause && now < kResume;
        plan.paused_at = plan.paused ? kPause : 0;
        plan.paused_for = now >= kResume ? kResume - kPause : 0;
    } else if (now >= kStart2 && now < kStop2) {
        plan.playing = true;
        plan.run = 2;
        plan.started = kStart2;
    }
    return plan;
}

// Plays the session as a scripted run does, with every change made while the callback is
// holding the output back, and returns the left channel of what SDL's disk driver wrote.
std::vector<short> play_session(const TempFolder& folder, const std::string& track) {
    folder.write("sounds/cue-in.wav", wav(kInLevel, kCueFrames));
    folder.write("sounds/cue-hold.wav", wav(kHoldLevel, kCueFrames));
    folder.write("sounds/cue-out.wav", wav(kOutLevel, kCueFrames));
    const std::string output = (folder.path() / "out.raw").string();
    // The disk driver writes the stream to a file as fast as the callback fills it.
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", output.c_str(), 1);
    setenv("SDL_DISKAUDIODELAY", "0", 1);
    {
        Watchdog watchdog;
        haven::platform::BreathingAudio audio;
        audio.pace_with_virtual_clock();
        watchdog.step("open");
        REQUIRE_MESSAGE(audio.open(folder.path() / "sounds"), audio.problem());
        SoundPlan last;
        for (int frame = 0; frame <= static_cast<int>(std::lround(kEnd * 30)); ++frame) {
            const double now = frame / 30.0;
            // After each frame: the sound up to now first, then the frame's changes.
            watchdog.step("catch_up");
            audio.virtual_time_is(now);
            audio.catch_up();
            const SoundPlan plan = plan_at(now, track);
            if (plan.playing != last.playing || plan.paused != last.paused || plan.run != last.run) {
                watchdog.step("waiting for the callback to wait for virtual time");
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
    return left;
}

// Where cues begin in the stream, and which cue each is (by its level).
std::vector<Onset> onsets(const std::vector<short>& left) {
    std::vector<Onset> heard;
    for (size_t i = 0; i < left.size(); ++i) {
        if (left[i] < kInLevel / 2 || (i > 0 && left[i - 1] >= kInLevel / 2)) continue;
        const int level = left[i];
        const BreathPhase phase = level < (kInLevel + kHoldLevel) / 2 + kTrackInOutput    ? BreathPhase::In
                                  : level < (kHoldLevel + kOutLevel) / 2 + kTrackInOutput ? BreathPhase::HoldIn
                                                                                          : BreathPhase::Out;
        heard.push_back({static_cast<long long>(i), phase});
    }
    return heard;
}

} // namespace

TEST_CASE("as in a scripted run (no track): changes while the callback waits, and every cue on its exact frame") {
    TempFolder folder;
    const std::vector<short> left = play_session(folder, "");
    REQUIRE(left.size() >= static_cast<size_t>(frame_of(kEnd - 0.05)));  // catch_up() leaves less than a buffer

    // 0.698 s falls 88 frames before the pause, in the buffer the callback holds back at the
    // moment of the pause; 1.0 and 1.4 s come after it, later by the pause; 1.9 s falls after
    // the stop and must not sound; the second run has two.
    const std::vector<Onset> expected = {
        {frame_of(kStart) + frame_of(0.0), BreathPhase::In},
        {frame_of(kStart) + frame_of(0.3), BreathPhase::HoldIn},
        {frame_of(kStart) + frame_of(0.698), BreathPhase::Out},
        {frame_of(kStart) + frame_of(kResume - kPause) + frame_of(1.0), BreathPhase::In},
        {frame_of(kStart) + frame_of(kResume - kPause) + frame_of(1.4), BreathPhase::Out},
        {frame_of(kStart2) + frame_of(0.0), BreathPhase::In},
        {frame_of(kStart2) + frame_of(0.3), BreathPhase::HoldIn},
    };
    std::vector<Onset> heard = onsets(left);
    // The device starts writing as it opens, before BreathingAudio has installed its mixer
    // (it loads the cues in between): the file may begin with silence the stream does not
    // count. Frames are counted from the first that went through the mixer.
    REQUIRE(!heard.empty());
    const long long lead = heard.front().frame - expected.front().frame;
    CHECK(lead >= 0);
    for (Onset& onset : heard) onset.frame -= lead;
    CHECK(describe(heard) == describe(expected));
    // Nothing but the cues: the stream is silent around them.
    long long loud = 0;
    for (short sample : left) loud += sample != 0 && sample < kInLevel / 2;
    CHECK(loud == 0);
}

TEST_CASE("with a background track: starts, pauses, resumes and stops while the callback waits do not deadlock") {
    TempFolder folder;
    folder.write("track.wav", wav(kTrackLevel, kRate / 4));  // loops every 0.25 s
    const std::vector<short> left = play_session(folder, (folder.path() / "track.wav").string());
    REQUIRE(left.size() >= static_cast<size_t>(frame_of(kEnd - 0.05)));

    // The track can only be started, paused or stopped once the UI thread gets SDL's lock,
    // and until it does the callback mixes on without waiting for virtual time (how far
    // depends on the scheduler), so only what that cannot change is checked beyond the calls
    // returning: the cues sound, first the first one, and the track was heard.
    const std::vector<Onset> heard = onsets(left);
    REQUIRE(!heard.empty());
    CHECK(heard.front().phase == BreathPhase::In);
    long long track = 0;
    for (short sample : left) track += std::abs(sample - kTrackInOutput) <= 2;
    CHECK(track > 0);
}
