// Finds the onsets of sounds in raw audio written by SDL's disk driver (signed 16-bit,
// interleaved channels, 44.1 kHz): a sound starts where the level rises above about
// -44 dBFS after at least 100 ms below -50 dBFS. Prints one onset a line, in milliseconds
// from the start of the file, to a tenth of a millisecond.
//
//   audio_onsets FILE.raw [CHANNELS]

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: audio_onsets FILE.raw [CHANNELS]\n");
        return 2;
    }
    const int channels = argc > 2 ? std::atoi(argv[2]) : 2;
    std::ifstream in(argv[1], std::ios::binary);
    if (!in || channels < 1) {
        std::fprintf(stderr, "audio_onsets: cannot read %s\n", argv[1]);
        return 2;
    }
    constexpr double kRate = 44100;
    constexpr int kLoud = 200;   // about -44 dBFS
    constexpr int kQuiet = 100;  // about -50 dBFS
    const long quiet_needed = static_cast<long>(kRate * 0.1);
    std::vector<short> frame(static_cast<size_t>(channels));
    long quiet_run = 0;
    bool armed = true;  // the file starts as if after silence
    long index = 0;
    while (in.read(reinterpret_cast<char*>(frame.data()), static_cast<std::streamsize>(frame.size() * sizeof(short)))) {
        int level = 0;
        for (short s : frame) level = std::max(level, std::abs(static_cast<int>(s)));
        if (armed && level > kLoud) {
            std::printf("%.1f\n", static_cast<double>(index) * 1000.0 / kRate);
            armed = false;
        }
        quiet_run = level < kQuiet ? quiet_run + 1 : 0;
        if (quiet_run >= quiet_needed) armed = true;  // silence long enough: ready for the next sound
        ++index;
    }
    return 0;
}
