// The built-in English of every screen text id, and the lookup with English as fallback.

#include "core/i18n/screen_text.hpp"

#include <algorithm>
#include <map>
#include <vector>

namespace haven {
namespace {

// In the order a patient meets them. The English must stay exactly what the screens showed
// before they were translatable: tests, scripts and screenshots tap and read these words.
const std::vector<ScreenTextEntry> kEntries{
    // The bar along the top of every screen
    {"back", "Back", "top bar: the previous screen"},
    {"home", "Home", "top bar: the first screen"},
    {"text_size_small", "A", "top bar: the smallest text size"},
    {"text_size_medium", "A+", "top bar: the middle text size"},
    {"text_size_large", "A++", "top bar: the largest text size"},
    {"high_contrast", "High contrast", "top bar: stronger colours"},
    {"standard_colours", "Standard colours", "top bar: back from high contrast"},
    {"hide_screen", "Hide screen", "top bar: covers the screen at once"},
    // Home
    {"breathing_exercise", "Breathing exercise", "home tile, and the exercise's heading"},
    {"breathing_exercise_detail", "A few calm minutes, guided", "home tile, under Breathing exercise"},
    {"further_help", "Further help", "home and card: the heading above the QR codes"},
    {"scan_to_take_away", "Scan a code with your phone's camera to take it with you.", "home: under Further help"},
    {"enter_topic_code", "Enter a code", "home: the nurse's way in, and the keypad's heading"},
    {"enter_topic_code_hint", "If a nurse gave you a number", "home: beside Enter a code"},
    {"nothing_to_show", "There is nothing to show here yet. A member of staff can help you.", "home, with no content"},
    {"card_count_one", "1 card", "home: a topic tile with one card"},
    {"card_count", "{count} cards", "home: a topic tile with several cards"},
    // A card
    {"card_code", "Code {code}", "card: the code a nurse quotes"},
    {"card_place", "{position} of {count} in {topic}", "card: where it is in its topic"},
    {"last_reviewed", "Last reviewed {date}", "card: the date it was last checked"},
    {"scan_with_phone", "Scan with your phone's camera.", "card: under Further help"},
    {"previous", "Previous", "card: the card before"},
    {"next", "Next", "card: the card after"},
    {"listen", "Listen", "card: reads the card aloud"},
    {"listen_hint", "Others nearby may hear. Please use the headphones, or ask at the desk.",
     "card: shown before the first Listen when the clinic suggests headphones"},
    {"start_listening", "Start listening", "card: Listen, after the headphone hint"},
    {"stop_listening", "Stop listening", "card: stops reading aloud"},
    {"slower", "Slower", "card: the slower voice's switch"},
    {"more_below", "More below", "every screen: scrolls one screen down"},
    // The keypad
    {"keypad_hint", "Type the number a nurse gave you, then tap Go.", "keypad: under the heading"},
    {"code_not_found", "We could not find code {code}. Please check the number, or ask a member of staff.",
     "keypad: a code with no card"},
    {"key_delete", "Delete", "keypad: takes back a digit"},
    {"key_go", "Go", "keypad: opens the card"},
    // Hiding and the idle prompt
    {"continue_reading", "Continue reading", "hidden screen: back to what was shown"},
    {"start_again", "Start again", "hidden screen: forgets everything"},
    {"still_reading", "Still reading?", "the prompt after a while without a touch"},
    {"going_back_one", "Going back to the start in 1 second.", "the prompt's countdown, at 1"},
    {"going_back", "Going back to the start in {seconds} seconds.", "the prompt's countdown"},
    {"still_here", "I'm still here", "the prompt's button"},
    // The breathing exercise
    {"breathing_intro", "Breathe along with the circle: in as it grows, out as it shrinks.", "breathing: under the heading"},
    {"breathing_dizzy", "If you feel dizzy or short of breath, stop and breathe normally.", "breathing: safety advice"},
    {"choose_rhythm", "Choose a rhythm", "breathing: heading above the rhythms"},
    {"rhythm_in_out", "In {in}, out {out}", "breathing: a rhythm's tile"},
    {"rhythm_in_hold_out", "In {in}, hold {hold}, out {out}", "breathing: a rhythm's tile"},
    {"rhythm_in_out_hold", "In {in}, out {out}, hold {hold_after}", "breathing: a rhythm's tile"},
    {"rhythm_in_hold_out_hold", "In {in}, hold {hold}, out {out}, hold {hold_after}", "breathing: a rhythm's tile"},
    {"explain_in_out", "{name}: breathe in for {in}, then out for {out}.", "breathing: the chosen rhythm in words"},
    {"explain_in_hold_out", "{name}: breathe in for {in}, hold for {hold}, breathe out for {out}.",
     "breathing: the chosen rhythm in words"},
    {"explain_in_out_hold", "{name}: breathe in for {in}, breathe out for {out}, then hold for {hold_after}.",
     "breathing: the chosen rhythm in words"},
    {"explain_in_hold_out_hold",
     "{name}: breathe in for {in}, hold for {hold}, breathe out for {out}, then hold for {hold_after}.",
     "breathing: the chosen rhythm in words"},
    {"seconds_one", "1 second", "breathing: a length of time"},
    {"seconds", "{count} seconds", "breathing: a length of time"},
    {"how_long", "How long", "breathing: heading above the lengths"},
    {"minutes_one", "1 minute", "breathing: a length to choose"},
    {"minutes", "{count} minutes", "breathing: a length to choose"},
    {"start", "Start", "breathing: starts the exercise"},
    {"sound", "Sound", "breathing: the sound switch"},
    {"sound_on", "{label}: On", "breathing: the switch when on"},
    {"sound_off", "{label}: Off", "breathing: the switch when off"},
    {"quieter", "Quieter", "breathing: volume down"},
    {"louder", "Louder", "breathing: volume up"},
    {"volume", "Volume {percent}%", "breathing: the volume now"},
    {"sound_unavailable", "Sound unavailable: follow the circle and the words.", "breathing: no sound device"},
    {"headphones_hint", "Headphones keep it private: ask at the desk.", "breathing: under the sound controls"},
    {"voice_guide", "Voice guide", "breathing: the switch for the spoken prompts"},
    {"breathe_in", "Breathe in", "breathing: inside the circle"},
    {"hold", "Hold", "breathing: inside the circle"},
    {"breathe_out", "Breathe out", "breathing: inside the circle"},
    {"paused", "Paused", "breathing: inside the circle"},
    {"time_left", "{time} left", "breathing: the time left, as 2:30"},
    {"pause", "Pause", "breathing: pauses the exercise"},
    {"continue", "Continue", "breathing: carries on after a pause"},
    {"stop", "Stop", "breathing: ends the exercise"},
    {"well_done", "Well done.", "breathing: at the end"},
    {"well_done_detail", "Take a moment to notice how you feel before you carry on. You can come back to this whenever you like.",
     "breathing: at the end"},
    {"again", "Again", "breathing: at the end, once more"},
    {"back_to_start", "Back to the start", "breathing: at the end, to home"},
    {"updating_content", "Updating content...", "the strip at the foot while staff update content"},
    {"updating_content_files", "Updating content... {done} of {total} files", "the same, with progress"},
};

const std::vector<ScreenTextEntry>& all_entries() { return kEntries; }

}  // namespace

std::span<const ScreenTextEntry> screen_text_entries() { return all_entries(); }

const ScreenTextEntry* find_screen_text(std::string_view id) {
    // Asked dozens of times a frame: indexed once rather than searched each time.
    static const std::map<std::string_view, const ScreenTextEntry*> index = [] {
        std::map<std::string_view, const ScreenTextEntry*> built;
        for (const ScreenTextEntry& e : all_entries()) built.emplace(e.id, &e);
        return built;
    }();
    const auto it = index.find(id);
    return it == index.end() ? nullptr : it->second;
}

std::vector<std::string> placeholders_of(std::string_view text) {
    std::vector<std::string> names;
    for (size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        const size_t close = text.find('}', open + 1);
        if (close == std::string_view::npos) break;
        const std::string_view name = text.substr(open + 1, close - open - 1);
        if (!name.empty() && std::all_of(name.begin(), name.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; }))
            names.emplace_back(name);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

std::string ScreenText::operator()(std::string_view id,
                                   std::initializer_list<std::pair<std::string_view, std::string>> values) const {
    std::string_view text = id;
    if (translated_ != nullptr) {
        const auto it = translated_->find(id);
        if (it != translated_->end()) text = it->second;
    }
    if (text == id)
        if (const ScreenTextEntry* entry = find_screen_text(id)) text = entry->english;
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        bool replaced = false;
        if (text[i] == '{')
            for (const auto& [name, value] : values)
                if (text.compare(i + 1, name.size(), name) == 0 && i + 1 + name.size() < text.size() &&
                    text[i + 1 + name.size()] == '}') {
                    out += value;
                    i += name.size() + 1;
                    replaced = true;
                    break;
                }
        if (!replaced) out += text[i];
    }
    return out;
}

}  // namespace haven
