#include "core/content/content_templates.hpp"

#include "core/text/toml_text.hpp"
#include "core/text/utf8.hpp"

namespace haven {
namespace {

// What staff are told at the top of every file: how comments work and what to keep.
constexpr std::string_view kHowToEdit =
    "# Lines starting with # are notes for you: the kiosk ignores them. Change the text\n"
    "# between the quotes and keep the quotes. Save the file as UTF-8 (Notepad does).\n"
    "# When you are done, check the whole folder: `haven check FOLDER` on a computer with\n"
    "# Haven, or the kiosk checks it from the stick. docs/content-format.md has every detail.\n";

// Everything a card file holds, for the example cards and a new card alike.
struct CardFields {
    std::string title;
    std::string tile;
    std::string topic;
    int code = 0;
    int order = 1;
    std::string summary;
    std::string source;  // one placeholder source
    CalendarDate reviewed;
    std::string_view body;
};

// The placeholder text below a card's front matter: it shows what Markdown a card may use,
// and says plainly that it is to be replaced.
constexpr std::string_view kPlaceholderBody =
    "This is placeholder text. Replace it with what patients should read before this card\n"
    "goes on a kiosk.\n"
    "\n"
    "Leave an empty line between paragraphs. You can also use:\n"
    "\n"
    "## A heading (two # signs and a space at the start of the line)\n"
    "\n"
    "- bullet points (a dash and a space)\n"
    "- **bold words** (two stars on each side) and *italic words* (one star)\n"
    "\n"
    "> A quote or a gentle reminder (a > sign and a space).\n";

std::string card_file(const CardFields& f) {
    std::string out = "+++\n";
    out += "# A card: what patients read on the kiosk. This part, between the two +++ lines,\n"
           "# describes the card; the text below the second +++ line is what patients read.\n";
    out += kHowToEdit;
    out += "\n# The card's full title, in normal-size text under its heading, for the reader alone.\n";
    out += "title = " + toml_basic_string(f.title) + "\n";
    out += "# The discreet title: the card's tile and its large heading, which others in the\n"
           "# waiting room can read. If the title names something private (a body part, a\n"
           "# treatment), write a gentler one here.\n";
    out += "tile = " + toml_basic_string(f.tile) + "\n";
    out += "# The number nurses say aloud (\"look at code 12\"): 1 to 999, and no other card may\n"
           "# use it. By custom a topic's cards share a group of ten (10 to 19, 20 to 29 ...).\n"
           "# Once it is printed on the nurses' handout, keep it.\n";
    out += "code = " + std::to_string(f.code) + "\n";
    out += "# The topic the card is listed under: an id from topics.toml.\n";
    out += "topic = " + toml_basic_string(f.topic) + "\n";
    out += "# Where the card comes in its topic: lower numbers first.\n";
    out += "order = " + std::to_string(f.order) + "\n";
    out += "# One short sentence shown under the title in the topic's list.\n";
    out += "summary = " + toml_basic_string(f.summary) + "\n";
    out += "# A picture (optional): put a PNG or JPEG in the images folder, remove the # at the\n"
           "# start of the next line and change the name.\n"
           "# image = \"images/example.png\"\n";
    out += "# A recording of the card read aloud (optional), played instead of the kiosk's own\n"
           "# voice: put an OGG, MP3, FLAC or WAV file of at most 10 minutes in the audio folder,\n"
           "# remove the # at the start of the next line and change the name.\n"
           "# audio = \"audio/example.ogg\"\n";
    out += "\n# Review: the day someone last checked this card against its sources, written\n"
           "# year-month-day. Change it each time the card is checked. The next review is due a\n"
           "# year later; for another day, remove the # before review_due and change its date.\n";
    out += "reviewed = " + iso_text(f.reviewed) + "\n";
    out += "# review_due = " + iso_text(one_year_after(f.reviewed)) + "\n";
    out += "# What the card was checked against: leaflets, web pages or guidance, by name (not\n"
           "# links), each in quotes, with commas between them: [\"First\", \"Second\"].\n";
    out += "sources = [" + toml_basic_string(f.source) + "]\n";
    out += "\n# Further help, shown as a QR code patients scan with their own phone (optional).\n"
           "# Remove the # at the start of the three lines and change them; copy the three\n"
           "# lines for each more. Only https:// pages and tel: numbers (digits only).\n"
           "# [[help]]\n"
           "# label = \"Name of the service\"\n"
           "# url = \"https://www.example.org/\"\n";
    out += "+++\n";
    out += f.body;
    return out;
}

std::string kiosk_toml() {
    std::string out = "# kiosk.toml: this clinic's settings for the Haven kiosk.\n#\n";
    out += kHowToEdit;
    out += "# Every setting may be left out: the kiosk then uses its own default.\n";
    out += R"toml(
# The clinic's name, shown small at the top of the home screen.
clinic_name = "Example Clinic"

# The welcome line on the home screen.
welcome = "Private, practical information. Tap a topic to begin."

# Seconds without a touch before the kiosk asks "Still reading?" and then goes back to the
# home screen, forgetting what was read (20 to 3600).
idle_timeout_seconds = 60
# A screen full of text waits longer for a slow reader, up to this many seconds (20 to 3600).
idle_timeout_max_seconds = 180

# The language the cards are written in, as a short code: "en" English, "cy" Welsh ...
default_language = "en"

# The colours: "calm" (soft) or "contrast" (high contrast, for people who see less well).
theme = "calm"

# The text size the kiosk starts with: "small", "medium" or "large". Patients can change it.
text_size = "medium"

# The staff view (hold the top-left corner of the screen for 3 seconds, then type the PIN)
# needs a PIN. Run `haven pin` on a computer with Haven, type the PIN twice, and put the
# line it prints here instead of the example below (without the #). Never write the PIN
# itself. Without it there is no staff view.
# staff_pin_hash = "$argon2id$v=19$..."

# Sound for the breathing exercise.
[sound]
# true: sound is on when a patient starts the exercise; false: off until they turn it on.
enabled = false
# How loud it starts, from 0 (silent) to 1 (loudest).
default_volume = 0.6
# The loudest a patient can make it, from 0 to 1.
max_volume = 0.8
# true: suggest headphones.
headphone_hint = true
# true: a Listen button on every card reads it aloud. Only for kiosks with headphones or a
# private corner: others can hear it.
read_aloud = false

# How new content may reach this kiosk from a USB stick.
[updates]
# false: the kiosk takes only content packs signed with the clinic's key (`haven pack`).
# true: a plain content folder on a stick, like this one, also waits in the staff view,
# where staff with the PIN can preview it, then publish or discard it.
# The kiosk obeys the kiosk.toml it shows now, never the one on a stick: a stick cannot
# let itself in. Once this folder is published it is the one the kiosk obeys, so if staff
# update the kiosk this way, write true here and keep staff_pin_hash, or the kiosk will
# ignore the next stick. Use true only on a kiosk with a staff PIN (see docs/updates.md).
allow_unsigned = false
# A few words saying what this version of the content is, for staff: the staff view and the
# kiosk's history show it ("December update: new cards on sleep"). Change it each time.
label = "First version"

# Further help for the whole clinic, shown as QR codes that patients scan with their own
# phone. Only https:// pages and tel: numbers (digits only). To add one, remove the # at
# the start of the three lines below and change them; copy the three lines for each more.
# [[help]]
# label = "NHS 111 (urgent, not an emergency)"
# url = "tel:111"
)toml";
    return out;
}

std::string topics_toml() {
    std::string out = "# topics.toml: the topics on the kiosk's home screen. Each card names its topic.\n#\n";
    out += kHowToEdit;
    out += R"toml(#
# Each topic starts with a [[topic]] line. To add one, copy a topic's lines, paste them at
# the end and change them. A topic with no cards is not shown. By custom the cards of the
# first topic have codes 10 to 19, the second's 20 to 29 and so on, so a code also tells
# nurses the topic; `haven new card` chooses the next free code for you.

[[topic]]
# A short name that cards use to say where they belong (topic = "example" in a card):
# lower-case letters a to z, digits, - and _ only. Patients never see it.
id = "example"
# The title on the home screen. Anyone in the waiting room can read it: keep it discreet.
title = "Example topic"
# Topics are shown in this order, lowest first.
order = 1
# A picture for the topic's tile (optional): a PNG or JPEG in the images folder. Remove the
# # at the start of the line to use it.
# icon = "images/example.png"

[[topic]]
id = "example-two"
title = "Another example topic"
order = 2
)toml";
    return out;
}

std::string breathing_toml() {
    std::string out = "# breathing.toml: the rhythms offered by the breathing exercise. This file is optional:\n"
                      "# without it the kiosk offers Haven's own four (Calm, Box, 4-7-8 and Coherent).\n#\n";
    out += kHowToEdit;
    out += R"toml(#
# Each rhythm starts with a [[pattern]] line; copy one to add another. Times are in seconds.
# The screen says each rhythm in plain words ("breathe in for 4 seconds ...") and always tells
# people to stop and breathe normally if they feel dizzy or short of breath.

# A soft background sound while the exercise runs (optional): put an OGG, MP3, FLAC or WAV
# file in the audio folder, then remove the # at the start of the next line and change the name.
# ambient = "audio/example.ogg"

# Recorded prompts for the voice guide (optional; any left out are spoken by the kiosk's own
# voice). Each starts the moment its phase begins, so trim any silence before the first word,
# and may last at most 10 seconds. Remove the # from the [voice] line and from each prompt you
# recorded, and change the names.
# [voice]
# breathe_in = "audio/breathe-in.ogg"
# hold = "audio/hold.ogg"
# breathe_out = "audio/breathe-out.ogg"

[[pattern]]
# The name on the button.
name = "Calm"
# Seconds to breathe in (1 to 20).
inhale = 4
# Seconds to hold the breath in (0 to 20; 0 for no hold).
hold_in = 0
# Seconds to breathe out (1 to 20).
exhale = 6
# Seconds to hold before the next breath in (0 to 20; 0 for no hold).
hold_out = 0
# The length offered first, in minutes (patients choose 1, 3 or 5).
default_minutes = 3
# A line in plain words about the rhythm (optional).
description = "A longer breath out helps many people slow down and settle."

[[pattern]]
name = "Box"
inhale = 4
hold_in = 4
exhale = 4
hold_out = 4
default_minutes = 3
description = "Four equal steps, like the four sides of a box. A steady rhythm to focus on."
)toml";
    return out;
}

// Code points that reorder the text around them without being seen (the bidirectional
// marks, embeddings, overrides and isolates): a title that shows something other than what
// was typed.
bool is_bidi_control(unsigned cp) {
    return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

} // namespace

std::vector<TemplateFile> new_site_files(const CalendarDate& today) {
    CardFields first;
    first.title = "Example card: replace this text";
    first.tile = "Example card";
    first.topic = "example";
    first.code = 10;
    first.order = 1;
    first.summary = "An example card, to replace with your own.";
    first.source = "Example: replace with the name of a leaflet or web page you checked this card against";
    first.reviewed = today;
    first.body = kPlaceholderBody;

    CardFields second = first;
    second.title = "Another example card: replace this text";
    second.tile = "Another example card";
    second.topic = "example-two";
    second.code = 20;
    second.summary = "A second example card, in the second topic.";

    return {
        {"kiosk.toml", kiosk_toml()},
        {"topics.toml", topics_toml()},
        {"breathing.toml", breathing_toml()},
        {"cards/example-card.md", card_file(first)},
        {"cards/another-example-card.md", card_file(second)},
    };
}

std::string card_title_problem(std::string_view title) {
    if (title.find_first_not_of(" \t") == std::string_view::npos) return "the title is empty";
    std::size_t characters = 0;
    for (std::size_t i = 0; i < title.size(); ++characters) {
        unsigned cp = 0;
        const std::size_t length = decode_utf8(title, i, cp);
        const std::string where = " (character " + std::to_string(characters + 1) + ")";
        if (length == 0) return "the title is not valid UTF-8 text" + where;
        i += length;
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
            return "the title holds a control character such as a line break or a tab" + where +
                   ": a title is one line of plain text";
        if (cp == 0x2028 || cp == 0x2029) return "the title holds a line break" + where + ": a title is one line of plain text";
        if (is_bidi_control(cp))
            return "the title holds an invisible character that reorders text" + where + ": type the title as it should read";
    }
    if (characters > kMaxCardTitleCharacters)
        return "the title is " + std::to_string(characters) + " characters long; at most " +
               std::to_string(kMaxCardTitleCharacters) + " fit on a tile and a heading";
    return {};
}

std::string new_card_text(const NewCard& card) {
    CardFields fields;
    fields.title = card.title;
    fields.tile = card.title;
    fields.topic = card.topic;
    fields.code = card.code;
    fields.order = card.order;
    fields.summary = "Replace this with one short sentence about the card.";
    fields.source = "Replace with the name of a leaflet or web page you checked this card against";
    fields.reviewed = card.today;
    fields.body = kPlaceholderBody;
    return card_file(fields);
}

} // namespace haven
