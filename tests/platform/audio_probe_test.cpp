// probe_audio: a recording decoded as the kiosk would play it, with its length, on SDL's
// dummy driver (no sound card needed); what cannot be decoded says why in one line; and SDL
// is left as it was found.

#include "platform/audio_probe.hpp"
#include "support/temp_folder.hpp"

#include <SDL.h>
#include <doctest/doctest.h>

#include <stdlib.h>

#include <cstdint>
#include <filesystem>
#include <random>
#include <string>

using haven::platform::AudioProbe;
using haven::platform::ProbeMixer;
using haven::platform::probe_audio;
using haven_test::support::TempFolder;

namespace {

void put_le(std::string& out, std::uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

// A WAV file of `frames` frames of a quiet square wave, 16-bit PCM.
std::string wav(int rate, int channels, std::uint32_t frames) {
    const std::uint32_t data = frames * static_cast<std::uint32_t>(channels) * 2;
    std::string out = "RIFF";
    put_le(out, 36 + data, 4);
    out += "WAVEfmt ";
    put_le(out, 16, 4);
    put_le(out, 1, 2);  // PCM
    put_le(out, static_cast<std::uint32_t>(channels), 2);
    put_le(out, static_cast<std::uint32_t>(rate), 4);
    put_le(out, static_cast<std::uint32_t>(rate * channels * 2), 4);
    put_le(out, static_cast<std::uint32_t>(channels * 2), 2);
    put_le(out, 16, 2);
    out += "data";
    put_le(out, data, 4);
    for (std::uint32_t f = 0; f < frames; ++f)
        for (int c = 0; c < channels; ++c) put_le(out, (f / 50) % 2 ? 0x0400 : 0xFC00, 2);
    return out;
}

} // namespace

TEST_CASE("a WAV file decodes, and its length is the samples it holds, whatever its rate and channels") {
    TempFolder folder;
    folder.write("stereo.wav", wav(44100, 2, 44100 * 3 / 2));  // 1.5 s
    folder.write("mono.wav", wav(22050, 1, 22050 * 12));      // 12 s
    const AudioProbe stereo = probe_audio(folder.path() / "stereo.wav");
    INFO(stereo.problem);
    CHECK(stereo.decoded);
    CHECK(stereo.problem.empty());
    CHECK(stereo.seconds == doctest::Approx(1.5).epsilon(0.002));
    const AudioProbe mono = probe_audio(folder.path() / "mono.wav");
    CHECK(mono.decoded);
    CHECK(mono.seconds == doctest::Approx(12).epsilon(0.002));
}

TEST_CASE("an Ogg Vorbis recording decodes with its length") {
    const AudioProbe tone = probe_audio(HAVEN_TEST_TONE_OGG);  // 1 s, made by sox
    INFO(tone.problem);
    CHECK(tone.decoded);
    CHECK(tone.seconds == doctest::Approx(1).epsilon(0.01));
}

TEST_CASE("random bytes after an Ogg or WAV signature are not decoded, and the problem is one line") {
    TempFolder folder;
    std::mt19937 random(12);
    std::string noise(4000, '\0');
    for (char& c : noise) c = static_cast<char>(random());
    folder.write("bad.ogg", "OggS" + noise);
    folder.write("bad.wav", "RIFF\x24\x10\0\0WAVE" + noise);
    for (const char* name : {"bad.ogg", "bad.wav"}) {
        CAPTURE(name);
        const AudioProbe probe = probe_audio(folder.path() / name);
        CHECK_FALSE(probe.decoded);
        CHECK_FALSE(probe.problem.empty());
        CHECK(probe.problem.find('\n') == std::string::npos);
    }
}

TEST_CASE("a file that is not there is not decoded, and says so") {
    TempFolder folder;
    const AudioProbe probe = probe_audio(folder.path() / "nowhere.ogg");
    CHECK_FALSE(probe.decoded);
    CHECK_FALSE(probe.problem.empty());
}

TEST_CASE("SDL's audio is left as it was: stopped after a probe, open while a ProbeMixer lives") {
    TempFolder folder;
    folder.write("short.wav", wav(8000, 1, 800));
    REQUIRE(SDL_WasInit(SDL_INIT_AUDIO) == 0);
    CHECK(probe_audio(folder.path() / "short.wav").decoded);
    CHECK(SDL_WasInit(SDL_INIT_AUDIO) == 0);
    {
        const ProbeMixer mixer;
        REQUIRE(mixer.problem().empty());
        CHECK(SDL_WasInit(SDL_INIT_AUDIO) != 0);
        for (int i = 0; i < 3; ++i) CHECK(probe_audio(folder.path() / "short.wav").seconds == doctest::Approx(0.1));
        CHECK(SDL_WasInit(SDL_INIT_AUDIO) != 0);  // the probes did not close it
    }
    CHECK(SDL_WasInit(SDL_INIT_AUDIO) == 0);
}

TEST_CASE("the dummy driver is used even where SDL_AUDIODRIVER names another, and only for the probe") {
    TempFolder folder;
    folder.write("short.wav", wav(8000, 1, 800));
    // The disk driver would write what it plays to this file: it must stay unwritten.
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", (folder.path() / "played.raw").c_str(), 1);
    {
        const ProbeMixer mixer;
        REQUIRE(mixer.problem().empty());
        CHECK(SDL_GetCurrentAudioDriver() == std::string("dummy"));
        CHECK(probe_audio(folder.path() / "short.wav").decoded);
    }
    CHECK_FALSE(std::filesystem::exists(folder.path() / "played.raw"));
    REQUIRE(SDL_GetHint(SDL_HINT_AUDIODRIVER) != nullptr);
    CHECK(SDL_GetHint(SDL_HINT_AUDIODRIVER) == std::string("disk"));  // the environment's, again
    unsetenv("SDL_AUDIODRIVER");
    unsetenv("SDL_DISKAUDIOFILE");
}
