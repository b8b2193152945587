// Cards read aloud: how soon the first sound comes after Listen, and what speaking costs.
//
// For each card of the bundled content (in English), as the kiosk speaks it: the time from
// the plan that Listen produces reaching the speech player to the first buffer with sound in
// it (the audio thread asks for a buffer every 11.6 ms; here the first buffer waits for the
// first sentence, so a real device adds up to one buffer and its own latency), and the CPU the player's thread and
// the mixing take for the whole card, against how long the card takes to hear.
//
//   bench_speech [--quick]   (--quick: the first three cards, for the CTest smoke run)
//
// Target (issue 18): the first sound within 300 ms of the tap.

#include "core/content/content_loader.hpp"
#include "core/speech/speech_plan.hpp"
#include "core/speech/spoken_card.hpp"
#include "platform/speech_player.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// CPU time of the whole process (every thread), in seconds.
double process_cpu() {
    rusage use{};
    getrusage(RUSAGE_SELF, &use);
    return static_cast<double>(use.ru_utime.tv_sec + use.ru_stime.tv_sec) +
           static_cast<double>(use.ru_utime.tv_usec + use.ru_stime.tv_usec) / 1e6;
}

constexpr int kRate = 44100;
constexpr std::size_t kBuffer = 512;

bool has_sound(const std::vector<std::int16_t>& buffer) {
    return std::any_of(buffer.begin(), buffer.end(), [](std::int16_t s) { return s != 0; });
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const haven::LoadResult loaded = haven::load_content(HAVEN_BUNDLED_CONTENT);
    if (!loaded.ok() || loaded.content.cards.empty()) {
        std::fprintf(stderr, "bench_speech: cannot load %s\n", HAVEN_BUNDLED_CONTENT);
        return 1;
    }
    haven::platform::SpeechPlayer player;
    // mix() waits for synthesis rather than handing back silence: the card's length in frames
    // is its length heard, with no gaps from asking faster than real time.
    player.pace_with_virtual_clock();
    if (!player.open(kRate, 2)) {
        std::fprintf(stderr, "bench_speech: %s\n", player.problem().c_str());
        return 1;
    }
    const std::size_t cards = quick ? std::min<std::size_t>(3, loaded.content.cards.size()) : loaded.content.cards.size();
    std::vector<double> first_sound_ms;
    double heard_seconds = 0;
    double cpu_seconds = 0;
    std::vector<std::int16_t> buffer(kBuffer * 2);
    for (std::size_t i = 0; i < cards; ++i) {
        haven::SpeechPlan plan;
        plan.speaking = true;
        plan.run = static_cast<int>(i) + 1;
        plan.voice = "en-gb";
        plan.volume = 1.0;
        for (auto& sentence : haven::spoken_card(loaded.content.cards[i], "Further help")) plan.sentences.push_back(sentence.text);

        // Tap to first sound.
        const Clock::time_point tap = Clock::now();
        const double cpu_before = process_cpu();
        player.follow(plan);
        bool sounding = false;
        while (!sounding && ms_since(tap) < 5000) {
            std::fill(buffer.begin(), buffer.end(), 0);
            player.mix(buffer.data(), kBuffer);
            sounding = has_sound(buffer);
            if (!sounding) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        first_sound_ms.push_back(ms_since(tap));
        // The rest of the card as fast as the player makes it: the CPU of speaking it all.
        std::size_t frames = kBuffer;
        while (!player.progress().finished) {
            std::fill(buffer.begin(), buffer.end(), 0);
            player.mix(buffer.data(), kBuffer);
            frames += kBuffer;
        }
        cpu_seconds += process_cpu() - cpu_before;
        heard_seconds += static_cast<double>(frames) / kRate;
        player.follow(haven::SpeechPlan{});
    }
    std::printf("%zu cards of the bundled content read aloud (eSpeak NG, en-gb, %d words a minute)\n", cards,
                haven::kUsualWordsPerMinute);
    std::printf("  tap to first sound, median        %8.1f ms\n", median(first_sound_ms));
    std::printf("  tap to first sound, longest       %8.1f ms\n", *std::max_element(first_sound_ms.begin(), first_sound_ms.end()));
    std::printf("  speech heard                      %8.1f s\n", heard_seconds);
    std::printf("  CPU to speak it (all threads)     %8.2f s\n", cpu_seconds);
    std::printf("  CPU while speaking                %8.1f %% of one core\n", 100 * cpu_seconds / heard_seconds);
    return *std::max_element(first_sound_ms.begin(), first_sound_ms.end()) < 5000 ? 0 : 1;
}
