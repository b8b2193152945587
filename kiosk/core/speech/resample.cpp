#include "core/speech/resample.hpp"

#include <cstdlib>

namespace haven {

std::vector<std::int16_t> resample_mono(const std::vector<std::int16_t>& mono, int from_rate, int to_rate, int channels) {
    std::vector<std::int16_t> out;
    if (mono.empty() || from_rate <= 0 || to_rate <= 0 || channels <= 0) return out;
    const auto frames = static_cast<std::size_t>((static_cast<long long>(mono.size()) * to_rate + from_rate - 1) / from_rate);
    out.reserve(frames * static_cast<std::size_t>(channels));
    for (std::size_t f = 0; f < frames; ++f) {
        // Position in the source, in whole samples and a fraction, without accumulating error.
        const long long scaled = static_cast<long long>(f) * from_rate;
        const auto i = static_cast<std::size_t>(scaled / to_rate);
        const double t = static_cast<double>(scaled % to_rate) / to_rate;
        const double a = mono[i];
        const double b = i + 1 < mono.size() ? mono[i + 1] : a;
        const auto sample = static_cast<std::int16_t>(a + (b - a) * t);
        for (int c = 0; c < channels; ++c) out.push_back(sample);
    }
    return out;
}

std::size_t first_sound(const std::vector<std::int16_t>& mono, int threshold) {
    for (std::size_t i = 0; i < mono.size(); ++i)
        if (std::abs(static_cast<int>(mono[i])) > threshold) return i;
    return mono.size();
}

}  // namespace haven
