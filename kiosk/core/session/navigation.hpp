#pragma once
// Where the patient is and what they chose: the screen, the way back, the keypad's digits,
// and their reading preferences. Views return Actions; this is the only place that turns
// them into a new state, so the rules are tested here. Everything in Navigation is
// forgotten on an idle reset: it is the whole of a patient's trace.

#include "core/session/clock.hpp"
#include "core/content/content_model.hpp"

#include <string>
#include <vector>

namespace haven {

enum class Screen { Home, Topic, Card, Keypad, Hidden, Breathing };
enum class TextSize { Small, Medium, Large };

struct Place {
    Screen screen = Screen::Home;
    std::string topic_id;  // Topic
    int card_code = 0;     // Card: cards are found by code, which survives a reload

    bool operator==(const Place&) const = default;
};

// The breathing exercise in progress, if any. Times are the kiosk's clock.
struct BreathingState {
    enum class Stage { Choosing, Running, Paused, Done };
    Stage stage = Stage::Choosing;
    int pattern = 0;        // index into Content::breathing
    int minutes = 3;        // 1, 3 or 5
    Seconds started = 0;    // when Start was tapped
    Seconds paused_at = 0;  // when Pause was tapped (Paused)
    Seconds paused_for = 0; // total time spent paused
    int run = 0;            // counts starts, so a restart is told from a resume

    bool operator==(const BreathingState&) const = default;

    // Seconds of exercise so far.
    Seconds elapsed(Seconds now) const {
        const Seconds until = stage == Stage::Paused ? paused_at : now;
        return stage == Stage::Choosing ? 0 : until - started - paused_for;
    }
};

// A card read aloud. Kept in memory only and forgotten like the rest; leaving the card, hiding
// the screen, changing language and the staff gesture stop it.
struct ReadAloudState {
    int card = 0;          // the card being read (its code), 0: none
    int run = 0;           // counts Listen taps, so that a new tap starts again from the top
    int hint_card = 0;     // the card showing the headphone hint before its first Listen
    bool hinted = false;   // the hint was shown to this patient: Listen starts at once now
    bool slower = false;   // the patient asked for a slower voice

    bool operator==(const ReadAloudState&) const = default;
};

struct Navigation {
    Place here;
    std::vector<Place> back;     // where Back goes, newest last
    std::string digits;          // keypad entry, at most 3 digits
    bool unknown_code = false;   // the last "Go" named no card
    TextSize text_size = TextSize::Medium;
    bool high_contrast = false;
    std::string language;        // empty: the content's default language
    BreathingState breathing;
    bool sound_on = false;       // the breathing exercise's sound
    double volume = 0.6;         // 0..1
    bool voice_guide = false;    // the breathing exercise's spoken "Breathe in", "Hold", "Breathe out"
    ReadAloudState read_aloud;
    // Behind the hidden screen: where the patient was, for "Continue reading". Kept only in
    // memory, and forgotten by "Start again" and by the idle reset.
    Place covered;
    std::vector<Place> covered_back;

    // Everything compared: a kiosk is at rest only when nothing of a patient is left.
    bool operator==(const Navigation&) const = default;
};

struct Action {
    enum class Kind {
        None,
        OpenTopic,     // topic_id
        OpenCard,      // code: from a topic, remembered for Back
        StepCard,      // code: previous/next within the topic, replaces the card
        Back,
        Home,
        OpenKeypad,
        KeypadDigit,   // digit
        KeypadDelete,
        KeypadGo,
        Hide,          // quick hide: a neutral screen; where the patient was is kept for Uncover
        Reveal,        // "Start again" from the hidden screen: home, and what was covered forgotten
        Uncover,       // "Continue reading" from the hidden screen: back where the patient was
        SetTextSize,   // text_size
        ToggleContrast,
        NextLanguage,
        Reset,         // idle reset: forget everything
        OpenBreathing,
        ChoosePattern,   // code: the pattern's index
        ChooseMinutes,   // code: 1, 3 or 5
        StartBreathing,  // at
        PauseBreathing,  // at
        ResumeBreathing, // at
        FinishBreathing, // the schedule ran out
        ToggleSound,
        Louder,
        Quieter,
        ToggleVoiceGuide,
        Listen,          // code: read this card aloud (after the headphone hint, when the clinic wants one)
        StopListening,
        ToggleSlower,    // a slower voice, or the usual one again
        FinishListening, // code: the run that has been read to its end
    };
    Kind kind = Kind::None;
    std::string topic_id;
    int code = 0;
    char digit = 0;
    TextSize text_size = TextSize::Medium;
    Seconds at = 0;  // when the action happened (breathing); set by whoever applies it

    static Action none() { return {}; }
    static Action make(Kind kind) { Action a; a.kind = kind; return a; }
    static Action open_topic(std::string id) { Action a = make(Kind::OpenTopic); a.topic_id = std::move(id); return a; }
    static Action open_card(int code) { Action a = make(Kind::OpenCard); a.code = code; return a; }
    static Action step_card(int code) { Action a = make(Kind::StepCard); a.code = code; return a; }
    static Action go_home() { return make(Kind::Home); }
    static Action keypad_digit(char d) { Action a = make(Kind::KeypadDigit); a.digit = d; return a; }
    static Action set_text_size(TextSize s) { Action a = make(Kind::SetTextSize); a.text_size = s; return a; }
    static Action with_code(Kind kind, int code) { Action a = make(kind); a.code = code; return a; }
};

// A fresh patient's state for these settings (their text size and theme).
Navigation initial_navigation(const KioskSettings& settings);

// Applies an action. Actions naming something the content does not have change nothing
// (a wrong keypad code says so) or lead home. Reading aloud stops whenever the patient is no
// longer on that card.
void apply(Navigation& nav, const Action& action, const Content& content);

// Keeps the navigation valid after the content changed: a patient stays where they are
// unless that card or topic is gone.
void revalidate(Navigation& nav, const Content& content);

// The card before and after `code` within its topic, or 0 at either end.
int neighbour_card(const Content& content, int code, int step);

// Where a card sits: the 2nd of 4 in its topic. All zero (and no topic) for an unknown code.
struct CardPlace {
    int position = 0;  // from 1
    int count = 0;
    const Topic* topic = nullptr;
};
CardPlace card_place(const Content& content, int code);

} // namespace haven
