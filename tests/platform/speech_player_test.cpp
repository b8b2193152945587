// Speech on the kiosk: eSpeak NG has a voice for every language Haven names one for, the
// player speaks a card sentence by sentence and says which sentence is heard, stopping
// leaves silence from the very next buffer, and the voice guide's prompts start at once.
// No sound device: the tests call the player's mix() as SDL's audio thread would.

#include "core/speech/speech_voices.hpp"
#include "platform/speech_player.hpp"
#include "platform/speech_synthesizer.hpp"

#include <SDL.h>
#include <SDL_mixer.h>
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

using haven::SpeechPlan;
using haven::platform::SpeechPlayer;

namespace {

constexpr std::size_t kBuffer = 512;  // frames, as BreathingAudio opens the device

bool silent(const std::vector<std::int16_t>& buffer) {
    return std::all_of(buffer.begin(), buffer.end(), [](std::int16_t s) { return s == 0; });
}

// One buffer of the player's output (stereo).
std::vector<std::int16_t> next_buffer(SpeechPlayer& player) {
    std::vector<std::int16_t> buffer(kBuffer * 2, 0);
    player.mix(buffer.data(), kBuffer);
    return buffer;
}

// Mixes buffers until one has sound, waiting for the player's thread; false after 10 s.
bool until_sound(SpeechPlayer& player) {
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (std::chrono::steady_clock::now() < give_up) {
        if (!silent(next_buffer(player))) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return false;
}

SpeechPlan card_plan(int run) {
    SpeechPlan plan;
    plan.speaking = true;
    plan.run = run;
    plan.voice = "en-gb";
    plan.sentences = {"Talking about it.", "Many people find that closeness changes after treatment.", "That is common."};
    plan.volume = 1.0;
    return plan;
}

}  // namespace

TEST_CASE("eSpeak NG speaks every voice Haven can choose for a language") {
    haven::platform::SpeechSynthesizer synthesizer;
    REQUIRE_MESSAGE(synthesizer.open(), synthesizer.problem());
    CHECK(synthesizer.sample_rate() == 22050);
    const std::atomic<bool> never{false};
    for (std::string_view voice : haven::known_speech_voices()) {
        std::vector<std::int16_t> samples;
        CAPTURE(voice);
        CHECK(synthesizer.speak("1 2 3", std::string(voice), 150, samples, never));
        CHECK(samples.size() > 2205);  // more than a tenth of a second
    }
    std::vector<std::int16_t> samples;
    CHECK_FALSE(synthesizer.speak("1 2 3", "no-such-voice", 150, samples, never));
}

TEST_CASE("a slower rate speaks the same words for longer") {
    haven::platform::SpeechSynthesizer synthesizer;
    REQUIRE(synthesizer.open());
    const std::atomic<bool> never{false};
    std::vector<std::int16_t> usual, slower;
    const std::string text = "Many people find that closeness changes after treatment, and that is common.";
    REQUIRE(synthesizer.speak(text, "en-gb", haven::kUsualWordsPerMinute, usual, never));
    REQUIRE(synthesizer.speak(text, "en-gb", haven::kSlowerWordsPerMinute, slower, never));
    CHECK(static_cast<double>(slower.size()) > 1.15 * static_cast<double>(usual.size()));
}

TEST_CASE("a card is spoken sentence by sentence, each heard in turn, to its end") {
    SpeechPlayer player;
    REQUIRE_MESSAGE(player.open(44100, 2), player.problem());
    player.follow(card_plan(1));
    REQUIRE(until_sound(player));
    CHECK(player.progress().run == 1);
    CHECK(player.progress().sentence == 0);
    std::vector<int> heard{0};
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!player.progress().finished && std::chrono::steady_clock::now() < give_up) {
        next_buffer(player);
        if (player.progress().sentence != heard.back()) heard.push_back(player.progress().sentence);
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    CHECK(player.progress().finished);
    CHECK_FALSE(player.progress().failed);
    CHECK(heard == std::vector<int>{0, 1, 2});
    CHECK(silent(next_buffer(player)));  // nothing after the end
}

TEST_CASE("stopping leaves silence from the next buffer, and a new Listen starts from the top") {
    SpeechPlayer player;
    REQUIRE(player.open(44100, 2));
    player.follow(card_plan(1));
    REQUIRE(until_sound(player));
    for (int i = 0; i < 20; ++i) next_buffer(player);
    SpeechPlan stop;
    player.follow(stop);
    for (int i = 0; i < 50; ++i) CHECK(silent(next_buffer(player)));
    CHECK(player.progress() == haven::SpeechProgress{});

    player.follow(card_plan(2));
    REQUIRE(until_sound(player));
    CHECK(player.progress().run == 2);
    CHECK(player.progress().sentence == 0);
}

TEST_CASE("the voice guide's prompts are made once, in the device's format, and start with their sound") {
    SpeechPlayer player;
    REQUIRE(player.open(44100, 2));
    haven::VoicePrompts wanted;
    wanted.voice = "en-gb";
    wanted.words = {"Breathe in", "Hold", "Breathe out"};
    player.prepare_prompts(wanted);
    const auto prompts = player.prompts(wanted, true);
    REQUIRE(prompts != nullptr);
    for (const auto& pcm : prompts->pcm) {
        REQUIRE(pcm.size() > 2 * 4410);  // longer than a tenth of a second, stereo
        CHECK(pcm.size() % 2 == 0);
        CHECK(pcm.size() < 2 * 44100 * 2);  // a prompt, not a speech: under two seconds
        // eSpeak NG's lead-in silence is cut: loud within the first few milliseconds.
        const auto first = std::find_if(pcm.begin(), pcm.end(), [](std::int16_t s) { return std::abs(s) > 300; });
        CHECK(first - pcm.begin() < 2 * 44);
    }
    player.prepare_prompts(wanted);  // the same again: nothing to make
    CHECK(player.prompts(wanted, false) == prompts);
    haven::VoicePrompts welsh = wanted;
    welsh.voice = "cy";
    CHECK(player.prompts(welsh, false) == nullptr);  // not asked for
}

namespace {
// A WAV of `seconds` of a steady level, 44.1 kHz stereo: a clinic's recorded prompt.
std::string steady_wav(double seconds) {
    std::string out;
    auto u32 = [&out](std::uint32_t v) { for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff); };
    auto u16 = [&out](std::uint16_t v) { for (int i = 0; i < 2; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff); };
    const auto frames = static_cast<std::uint32_t>(seconds * 44100);
    out += "RIFF"; u32(36 + frames * 4); out += "WAVE";
    out += "fmt "; u32(16); u16(1); u16(2); u32(44100); u32(44100 * 4); u16(4); u16(16);
    out += "data"; u32(frames * 4);
    for (std::uint32_t i = 0; i < frames * 2; ++i) u16(1000);
    return out;
}
}  // namespace

TEST_CASE("recorded prompts win, and one longer than haven check allows is not decoded but synthesized") {
    // SDL_mixer decodes recordings into the device's format: a device that plays to nowhere.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    REQUIRE(SDL_InitSubSystem(SDL_INIT_AUDIO) == 0);
    REQUIRE(Mix_OpenAudio(44100, AUDIO_S16SYS, 2, 512) == 0);
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / ("haven-prompts-" + std::to_string(getpid()));
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "long.wav", std::ios::binary) << steady_wav(12);
    std::ofstream(folder / "hold.wav", std::ios::binary) << steady_wav(1);
    {
        SpeechPlayer player;
        REQUIRE(player.open(44100, 2));
        haven::VoicePrompts wanted;
        wanted.voice = "en-gb";
        wanted.words = {"Breathe in", "Hold", "Breathe out"};
        wanted.recorded = {(folder / "long.wav").string(), (folder / "hold.wav").string(), ""};
        player.prepare_prompts(wanted);
        const auto prompts = player.prompts(wanted, true);
        REQUIRE(prompts != nullptr);
        CHECK(prompts->pcm[1].size() == 44100 * 2);                // the clinic's own, whole
        CHECK(prompts->pcm[1][0] == 1000);
        CHECK(prompts->pcm[0].size() < 2 * 44100 * 2);             // 12 s refused: eSpeak NG's words instead
        CHECK(prompts->pcm[0].size() > 0);
        CHECK(prompts->pcm[2].size() > 0);                         // none recorded: synthesized
    }
    std::filesystem::remove_all(folder);
    Mix_CloseAudio();
    SDL_Quit();  // SDL_SetHint's entries are freed only here
}
