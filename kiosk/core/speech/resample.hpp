#pragma once
// eSpeak NG speaks mono at its own rate (22,050 Hz); the sound device plays 16-bit frames of
// one or two channels at its rate (44,100 Hz). Linear interpolation is plenty for speech,
// whose energy lies far below either rate's limit.

#include <cstdint>
#include <vector>

namespace haven {

// `mono` at `from_rate` as interleaved frames of `channels` at `to_rate`.
std::vector<std::int16_t> resample_mono(const std::vector<std::int16_t>& mono, int from_rate, int to_rate, int channels);

// The index of the first sample louder than `threshold` (its magnitude), or mono.size().
// Spoken prompts start at their phase boundary: eSpeak's lead-in silence is cut off.
std::size_t first_sound(const std::vector<std::int16_t>& mono, int threshold);

}  // namespace haven
