// Speech samples reach the sound device at its rate and channel count, and prompts start at
// their first sound.

#include "core/speech/resample.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <vector>

using haven::resample_mono;

TEST_CASE("mono speech at 22,050 Hz becomes stereo at 44,100 Hz: twice the frames, both channels equal") {
    const std::vector<std::int16_t> mono{0, 100, 200, -200};
    const std::vector<std::int16_t> out = resample_mono(mono, 22050, 44100, 2);
    REQUIRE(out.size() == 16);
    // Every other frame is a source sample; those between lie halfway.
    const std::vector<std::int16_t> left{out[0], out[2], out[4], out[6], out[8], out[10], out[12], out[14]};
    CHECK(left == std::vector<std::int16_t>{0, 50, 100, 150, 200, 0, -200, -200});
    for (std::size_t i = 0; i < out.size(); i += 2) CHECK(out[i] == out[i + 1]);
}

TEST_CASE("resampling keeps the length in time and the pitch of a tone") {
    // One second of a 440 Hz tone at 16 kHz, played at 44.1 kHz, one channel.
    std::vector<std::int16_t> tone(16000);
    for (std::size_t i = 0; i < tone.size(); ++i)
        tone[i] = static_cast<std::int16_t>(10000 * std::sin(2 * M_PI * 440 * static_cast<double>(i) / 16000));
    const std::vector<std::int16_t> out = resample_mono(tone, 16000, 44100, 1);
    CHECK(out.size() == 44100);
    int crossings = 0;
    for (std::size_t i = 1; i < out.size(); ++i) crossings += (out[i - 1] < 0) != (out[i] < 0);
    CHECK(crossings >= 878);  // 440 cycles: two crossings each
    CHECK(crossings <= 882);
}

TEST_CASE("nothing in, nothing out; nonsense rates give nothing") {
    CHECK(resample_mono({}, 22050, 44100, 2).empty());
    CHECK(resample_mono({1, 2}, 0, 44100, 2).empty());
    CHECK(resample_mono({1, 2}, 22050, 44100, 0).empty());
}

TEST_CASE("a prompt's first sound is found past its silent lead-in") {
    CHECK(haven::first_sound({0, 3, -5, 400, 0}, 100) == 3);
    CHECK(haven::first_sound({0, 3, -500}, 100) == 2);
    CHECK(haven::first_sound({0, 3, 5}, 100) == 3);
}
