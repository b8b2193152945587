#pragma once
// What should be heard from a card now, frame by frame: the UI derives it from the patient's
// state and the speech player follows it, as the breathing exercise's SoundPlan is followed.
// A new `run` (a new Listen tap) starts again from the top; a plan that stops speaking stops
// the voice within one audio buffer.

#include <string>
#include <vector>

namespace haven {

// eSpeak NG's speaking rates, in words a minute (its own default is 175). Patients may be
// tired, hard of hearing or listening in a language they know less well: a little slower than
// eSpeak's usual, and slower still at one tap.
inline constexpr int kUsualWordsPerMinute = 150;
inline constexpr int kSlowerWordsPerMinute = 115;
// The breathing guide speaks its few words calmly.
inline constexpr int kGuideWordsPerMinute = 130;

struct SpeechPlan {
    bool speaking = false;
    int run = 0;                         // changes with each Listen
    std::string voice;                   // eSpeak NG voice ("en-gb", "cy")
    int words_per_minute = kUsualWordsPerMinute;
    std::vector<std::string> sentences;  // in reading order (core/speech/spoken_card)
    std::string recording;               // full path of the card's own recording: it wins over synthesis
    double volume = 0.6;                 // 0..1

    bool operator==(const SpeechPlan&) const = default;
};

// Where the voice has got to, as the speech player reports it to the UI.
struct SpeechProgress {
    int run = 0;           // the run it belongs to
    int sentence = -1;     // index into SpeechPlan::sentences being heard, -1: none yet (or a recording)
    bool finished = false; // everything of that run has been heard
    bool failed = false;   // it could not be spoken (a broken recording, a voice missing)

    bool operator==(const SpeechProgress&) const = default;
};

}  // namespace haven
