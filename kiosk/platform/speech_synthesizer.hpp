#pragma once
// eSpeak NG, the speech engine the NVDA screen reader ships: text in, mono 16-bit samples out,
// all on the calling thread (its synchronous mode: no audio device of its own, no server, no
// files written). eSpeak NG keeps global state, loaded once for the process: one
// SpeechSynthesizer exists at a time and only one thread uses it after open().

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace haven::platform {

class SpeechSynthesizer {
public:
    SpeechSynthesizer() = default;
    ~SpeechSynthesizer();
    SpeechSynthesizer(const SpeechSynthesizer&) = delete;
    SpeechSynthesizer& operator=(const SpeechSynthesizer&) = delete;

    // Loads eSpeak NG's data (espeak-ng-data). False, with a one-line reason, when it cannot.
    bool open();
    bool available() const { return open_; }
    const std::string& problem() const { return problem_; }
    int sample_rate() const { return rate_; }  // eSpeak NG's own: 22,050 Hz

    // Speaks `text` (UTF-8) with `voice` at `words_per_minute`. Stops early, returning what it
    // had, as soon as `cancel` is set. False when the voice does not exist.
    bool speak(const std::string& text, const std::string& voice, int words_per_minute,
               std::vector<std::int16_t>& samples, const std::atomic<bool>& cancel);

    void close();

private:
    bool open_ = false;
    std::string problem_ = "speech not opened";
    int rate_ = 22050;
    std::string voice_;  // what eSpeak NG was last set to
    int words_per_minute_ = 0;
};

}  // namespace haven::platform
