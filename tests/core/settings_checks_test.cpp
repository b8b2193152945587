// kiosk.toml ([sound], [[help]]) and breathing.toml: every field checked, each problem an
// error at the field's line and column, and a bad value never replaces the default.

#include "content_test_folder.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace haven_test;

namespace {

LoadResult load_with_kiosk(std::string_view kiosk_toml) {
    TempFolder folder;
    write_base(folder);
    folder.write("kiosk.toml", kiosk_toml);
    return folder.load();
}

LoadResult load_with_breathing(std::string_view breathing_toml) {
    TempFolder folder;
    write_base(folder);
    folder.write("breathing.toml", breathing_toml);
    return folder.load();
}

constexpr std::string_view kFinePattern = "\n[[pattern]]\nname = \"Fine\"\ninhale = 4\nexhale = 5\n";

} // namespace

// ---- kiosk.toml ----

TEST_CASE("a complete, valid kiosk.toml is read with no diagnostics") {
    const LoadResult result = load_with_kiosk(
        "clinic_name = \"Riverside\"\n"
        "welcome = \"Hello\"\n"
        "idle_timeout_seconds = 20\n"
        "default_language = \"en\"\n"
        "theme = \"contrast\"\n"
        "text_size = \"large\"\n"
        "staff_pin_hash = \"$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo\"\n"
        "[sound]\nenabled = true\ndefault_volume = 0.5\nmax_volume = 0.5\nheadphone_hint = true\n"
        "[updates]\nallow_unsigned = true\n"
        "[[help]]\nlabel = \"Line\"\nurl = \"tel:+441234567890\"\n");
    check_clean(result);
    CHECK(result.content.settings.updates.allow_unsigned);
    const auto& s = result.content.settings;
    CHECK(s.clinic_name == "Riverside");
    CHECK(s.welcome == "Hello");
    CHECK(s.idle_timeout_seconds == doctest::Approx(20));
    CHECK(s.theme == "contrast");
    CHECK(s.text_size == "large");
    CHECK(s.staff_pin_hash.rfind("$argon2id$", 0) == 0);
    CHECK(s.sound.enabled);
    CHECK(s.sound.default_volume == doctest::Approx(0.5));
    CHECK(s.sound.max_volume == doctest::Approx(0.5));
    CHECK(s.sound.headphone_hint);
    REQUIRE(s.help.size() == 1);
    CHECK(s.help[0].url == "tel:+441234567890");
}

TEST_CASE("unsigned content is off unless kiosk.toml turns it on, and on without a PIN it warns") {
    CHECK_FALSE(load_with_kiosk("clinic_name = \"A\"\n").content.settings.updates.allow_unsigned);
    const LoadResult no_pin = load_with_kiosk("clinic_name = \"A\"\n[updates]\nallow_unsigned = true\n");
    check_only(no_pin, {Severity::Warning, "kiosk.toml", 3, 18, {"'allow_unsigned' is true", "no 'staff_pin_hash'"}});
    const LoadResult wrong = load_with_kiosk("[updates]\nallow_unsigned = \"yes\"\n");
    CHECK(has_errors(wrong.diagnostics));
    CHECK_FALSE(wrong.content.settings.updates.allow_unsigned);
    const LoadResult unknown = load_with_kiosk("[updates]\nallow_unsigend = true\n");
    check_only(unknown, {Severity::Error, "kiosk.toml", 2, 1, {"unknown field 'allow_unsigend'"}});
}

TEST_CASE("an unknown kiosk.toml field is an error at its key; close names get a suggestion") {
    SUBCASE("close") {
        const LoadResult result = load_with_kiosk("clinic_name = \"A\"\nwelcom = \"Hi\"\n");
        check_only(result, {Severity::Error, "kiosk.toml", 2, 1,
                            {"unknown field 'welcom'", "in kiosk.toml", "did you mean 'welcome'?"}});
        // The known setting next to it is still read.
        CHECK(result.content.settings.clinic_name == "A");
    }
    SUBCASE("far") {
        const LoadResult result = load_with_kiosk("wallpaper = \"beach.png\"\n");
        check_only(result, {Severity::Error, "kiosk.toml", 1, 1, {"unknown field 'wallpaper'", "in kiosk.toml"}});
        CHECK_FALSE(mentions(result.diagnostics[0].message, "did you mean"));
    }
}

TEST_CASE("an unknown [sound] field is an error at its key; close names get a suggestion") {
    SUBCASE("close") {
        const LoadResult result = load_with_kiosk("[sound]\nenable = true\n");
        check_only(result, {Severity::Error, "kiosk.toml", 2, 1,
                            {"unknown field 'enable'", "in [sound]", "did you mean 'enabled'?"}});
        CHECK_FALSE(result.content.settings.sound.enabled);
    }
    SUBCASE("far") {
        const LoadResult result = load_with_kiosk("[sound]\nenabled = true\nspeakers = 2\n");
        check_only(result, {Severity::Error, "kiosk.toml", 3, 1, {"unknown field 'speakers'", "in [sound]"}});
        CHECK_FALSE(mentions(result.diagnostics[0].message, "did you mean"));
        CHECK(result.content.settings.sound.enabled);
    }
}

TEST_CASE("an unknown kiosk.toml [[help]] field is an error at its key; close names get a suggestion") {
    SUBCASE("close") {
        const LoadResult result = load_with_kiosk("[[help]]\nlabl = \"Line\"\nurl = \"tel:0800123\"\n");
        // The misspelt label is unknown, and the help link then lacks its label.
        check_diagnostics(result, {
            {Severity::Error, "kiosk.toml", 1, 0, {"[[help]] is missing 'label'"}},
            {Severity::Error, "kiosk.toml", 2, 1, {"unknown field 'labl'", "in [[help]]", "did you mean 'label'?"}},
        });
        CHECK(result.content.settings.help.empty());
    }
    SUBCASE("far") {
        const LoadResult result =
            load_with_kiosk("[[help]]\nlabel = \"Line\"\nurl = \"tel:0800123\"\nopening_hours = \"9 to 5\"\n");
        check_only(result, {Severity::Error, "kiosk.toml", 4, 1, {"unknown field 'opening_hours'", "in [[help]]"}});
        CHECK_FALSE(mentions(result.diagnostics[0].message, "did you mean"));
    }
}

TEST_CASE("idle_timeout_seconds under 20 is an error at its value, and the default stays") {
    const LoadResult result = load_with_kiosk("idle_timeout_seconds = 10\n");
    check_only(result, {Severity::Error, "kiosk.toml", 1, 24, {"'idle_timeout_seconds' is 10", "from 20 to 3600"}});
    CHECK(result.content.settings.idle_timeout_seconds == doctest::Approx(haven::KioskSettings{}.idle_timeout_seconds));
}

TEST_CASE("idle_timeout_seconds over an hour is an error") {
    check_only(load_with_kiosk("idle_timeout_seconds = 3601\n"),
               {Severity::Error, "kiosk.toml", 1, 24, {"'idle_timeout_seconds' is 3601", "from 20 to 3600"}});
}

TEST_CASE("idle_timeout_seconds written as text is an error naming the types") {
    check_only(load_with_kiosk("idle_timeout_seconds = \"60\"\n"),
               {Severity::Error, "kiosk.toml", 1, 24, {"'idle_timeout_seconds' should be a number, not text"}});
}

TEST_CASE("a theme outside calm|contrast is an error listing the choices, and the default stays") {
    const LoadResult result = load_with_kiosk("theme = \"dark\"\n");
    check_only(result, {Severity::Error, "kiosk.toml", 1, 9, {"'theme' is 'dark'", "one of 'calm', 'contrast'"}});
    CHECK(result.content.settings.theme == "calm");
}

TEST_CASE("a text_size outside small|medium|large is an error listing the choices, and the default stays") {
    const LoadResult result = load_with_kiosk("clinic_name = \"A\"\ntext_size = \"huge\"\n");
    check_only(result,
               {Severity::Error, "kiosk.toml", 2, 13, {"'text_size' is 'huge'", "one of 'small', 'medium', 'large'"}});
    CHECK(result.content.settings.text_size == "medium");
}

TEST_CASE("the theme is case-sensitive: 'Calm' is reported") {
    check_only(load_with_kiosk("theme = \"Calm\"\n"),
               {Severity::Error, "kiosk.toml", 1, 9, {"'theme' is 'Calm'"}});
}

TEST_CASE("a default_volume above max_volume is an error at default_volume, and it is lowered to the maximum") {
    const LoadResult result = load_with_kiosk("[sound]\nenabled = true\ndefault_volume = 0.9\nmax_volume = 0.5\n");
    check_only(result, {Severity::Error, "kiosk.toml", 3, 18, {"'default_volume' is above 'max_volume'"}});
    CHECK(result.content.settings.sound.default_volume == doctest::Approx(0.5));
    CHECK(result.content.settings.sound.max_volume == doctest::Approx(0.5));
}

TEST_CASE("a default_volume above the default max_volume is reported too") {
    // max_volume defaults to 0.8.
    check_only(load_with_kiosk("[sound]\ndefault_volume = 0.9\n"),
               {Severity::Error, "kiosk.toml", 2, 18, {"'default_volume' is above 'max_volume'"}});
}

TEST_CASE("a volume outside 0..1 is an error at its value") {
    check_only(load_with_kiosk("[sound]\nmax_volume = 1.5\n"),
               {Severity::Error, "kiosk.toml", 2, 14, {"'max_volume' is 1.5", "from 0 to 1"}});
}

TEST_CASE("[sound] enabled written as text is an error") {
    check_only(load_with_kiosk("[sound]\nenabled = \"yes\"\n"),
               {Severity::Error, "kiosk.toml", 2, 11, {"'enabled' should be true or false, not text"}});
}

TEST_CASE("sound written as a value instead of a [sound] table is an error") {
    check_only(load_with_kiosk("sound = true\n"),
               {Severity::Error, "kiosk.toml", 1, 9, {"'sound' should be a [sound] table, not true/false"}});
}

TEST_CASE("a staff_pin_hash that is not an argon2 hash is an error, and no PIN is set") {
    for (const char* pin : {"1234", "$2y$10$abcdefghijklmnopqrstuv", "argon2id$v=19"}) {
        CAPTURE(pin);
        const LoadResult result = load_with_kiosk(std::string("staff_pin_hash = \"") + pin + "\"\n");
        check_only(result, {Severity::Error, "kiosk.toml", 1, 18, {"'staff_pin_hash'", "haven pin", "never the PIN itself"}});
        CHECK(result.content.settings.staff_pin_hash.empty());
    }
}

TEST_CASE("a staff_pin_hash made by argon2i is accepted") {
    const LoadResult result = load_with_kiosk("staff_pin_hash = \"$argon2i$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA\"\n");
    check_clean(result);
    CHECK(result.content.settings.staff_pin_hash.rfind("$argon2i$", 0) == 0);
}

TEST_CASE("a default_language that is not a language code is an error") {
    const LoadResult result = load_with_kiosk("default_language = \"e\"\n");
    check_only(result, {Severity::Error, "kiosk.toml", 1, 20, {"'default_language'", "language code"}});
    CHECK(result.content.settings.default_language == "en");
}

// ---- help links, in kiosk.toml and in cards ----

TEST_CASE("a help url that is neither https:// nor tel: is an error at the url") {
    for (const char* url : {"http://example.org/", "mailto:help@example.org", "www.example.org", "ftp://example.org/"}) {
        CAPTURE(url);
        const LoadResult result =
            load_with_kiosk(std::string("[[help]]\nlabel = \"Help\"\nurl = \"") + url + "\"\n");
        check_only(result, {Severity::Error, "kiosk.toml", 3, 7,
                            {"only https:// and tel: links are allowed", std::string("got '") + url + "'"}});
        CHECK(result.content.settings.help.empty());
    }
}

TEST_CASE("a help url in a card is checked too, at its line in the card file") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/x.md", card_text("A", "food", 5, "[[help]]\nlabel = \"Help\"\nurl = \"http://example.org/\"\n"));
    const LoadResult result = folder.load();
    check_only(result, {Severity::Error, "cards/x.md", 7, 7, {"only https:// and tel: links are allowed"}});
    REQUIRE(find_card(result, "cards/x.md") != nullptr);
    CHECK(find_card(result, "cards/x.md")->help.empty());
}

TEST_CASE("a tel: link with spaces is an error asking for the number without spaces") {
    const LoadResult result = load_with_kiosk("[[help]]\nlabel = \"Line\"\nurl = \"tel:0808 808 0000\"\n");
    check_only(result, {Severity::Error, "kiosk.toml", 3, 7, {"without spaces", "tel:08088080000"}});
}

TEST_CASE("a tel: link with letters or too few digits is an error") {
    for (const char* url : {"tel:12", "tel:0800-123-456", "tel:NHS111", "tel:1234567890123456"}) {
        CAPTURE(url);
        check_only(load_with_kiosk(std::string("[[help]]\nlabel = \"Line\"\nurl = \"") + url + "\"\n"),
                   {Severity::Error, "kiosk.toml", 3, 7, {"3 to 15 digits"}});
    }
}

TEST_CASE("an https url too long for a QR code is an error; a 60-character one is fine") {
    const std::string base = "https://www.example.org/";
    const std::string fine = base + std::string(60 - base.size(), 'a');
    const std::string too_long = base + std::string(150 - base.size(), 'a');
    REQUIRE(fine.size() == 60);
    REQUIRE(too_long.size() == 150);
    SUBCASE("60 characters") {
        const LoadResult result = load_with_kiosk("[[help]]\nlabel = \"Web\"\nurl = \"" + fine + "\"\n");
        check_clean(result);
        REQUIRE(result.content.settings.help.size() == 1);
        CHECK(result.content.settings.help[0].url == fine);
    }
    SUBCASE("150 characters") {
        const LoadResult result = load_with_kiosk("[[help]]\nlabel = \"Web\"\nurl = \"" + too_long + "\"\n");
        check_only(result, {Severity::Error, "kiosk.toml", 3, 7, {"too long for a QR code", "150 characters"}});
        CHECK(result.content.settings.help.empty());
    }
}

TEST_CASE("an https url without a site name is an error") {
    check_only(load_with_kiosk("[[help]]\nlabel = \"Web\"\nurl = \"https://localhost/help\"\n"),
               {Severity::Error, "kiosk.toml", 3, 7, {"no site name"}});
}

TEST_CASE("a help url written as a number is an error naming the types") {
    check_only(load_with_kiosk("[[help]]\nlabel = \"Line\"\nurl = 111\n"),
               {Severity::Error, "kiosk.toml", 3, 7, {"'url' should be text in quotes, not a whole number"}});
}

TEST_CASE("help written as a single [help] table in kiosk.toml is an error") {
    check_only(load_with_kiosk("[help]\nlabel = \"Line\"\nurl = \"tel:111\"\n"),
               {Severity::Error, "kiosk.toml", 1, 1, {"'help' should be a list of [[help]] tables, not a table"}});
}

TEST_CASE("a help link without a url is an error at its [[help]] line") {
    check_only(load_with_kiosk("clinic_name = \"A\"\n\n[[help]]\nlabel = \"Line\"\n"),
               {Severity::Error, "kiosk.toml", 3, 0, {"[[help]] is missing 'url'"}});
}

// ---- breathing.toml ----

TEST_CASE("without breathing.toml Haven's own four patterns are offered") {
    TempFolder folder;
    write_base(folder);
    const LoadResult result = folder.load();
    check_clean(result);
    REQUIRE(result.content.breathing.size() == 4);
    CHECK(result.content.breathing[0].name == "Calm");
}

TEST_CASE("breathing.toml patterns replace Haven's own") {
    const LoadResult result = load_with_breathing(
        "[[pattern]]\nname = \"Slow\"\ninhale = 5\nhold_in = 1.5\nexhale = 7\nhold_out = 2\ndefault_minutes = 10\n");
    check_clean(result);
    REQUIRE(result.content.breathing.size() == 1);
    const auto& p = result.content.breathing[0];
    CHECK(p.name == "Slow");
    CHECK(p.inhale == doctest::Approx(5));
    CHECK(p.hold_in == doctest::Approx(1.5));
    CHECK(p.exhale == doctest::Approx(7));
    CHECK(p.hold_out == doctest::Approx(2));
    CHECK(p.default_minutes == 10);
}

TEST_CASE("an inhale of 0 is an error at its value, and that pattern is left out") {
    const LoadResult result =
        load_with_breathing("[[pattern]]\nname = \"Zero\"\ninhale = 0\nexhale = 6\n" + std::string(kFinePattern));
    check_only(result, {Severity::Error, "breathing.toml", 3, 10, {"'inhale' is 0", "from 1 to 20"}});
    REQUIRE(result.content.breathing.size() == 1);
    CHECK(result.content.breathing[0].name == "Fine");
}

TEST_CASE("a hold of 25 seconds is an error at its value") {
    const LoadResult result = load_with_breathing(
        "[[pattern]]\nname = \"Long\"\ninhale = 4\nhold_in = 25\nexhale = 6\n" + std::string(kFinePattern));
    check_only(result, {Severity::Error, "breathing.toml", 4, 11, {"'hold_in' is 25", "from 0 to 20"}});
}

TEST_CASE("a hold_out below 0 is an error at its value") {
    check_only(load_with_breathing("[[pattern]]\nname = \"Neg\"\ninhale = 4\nexhale = 6\nhold_out = -1\n"),
               {Severity::Error, "breathing.toml", 5, 12, {"'hold_out' is -1", "from 0 to 20"}});
}

TEST_CASE("default_minutes of 0 is an error at its value") {
    check_only(load_with_breathing("[[pattern]]\nname = \"Brief\"\ninhale = 4\nexhale = 6\ndefault_minutes = 0\n"),
               {Severity::Error, "breathing.toml", 5, 19, {"'default_minutes' is 0", "from 1 to 30"}});
}

TEST_CASE("a fractional inhale below 1 is reported with its decimals") {
    check_only(load_with_breathing("[[pattern]]\nname = \"Quick\"\ninhale = 0.5\nexhale = 6\n" + std::string(kFinePattern)),
               {Severity::Error, "breathing.toml", 3, 10, {"'inhale' is 0.5", "from 1 to 20"}});
}

TEST_CASE("a breathing time written as text is an error naming the types, and the pattern is left out") {
    const LoadResult result =
        load_with_breathing("[[pattern]]\nname = \"Words\"\ninhale = \"four\"\nexhale = 6\n" + std::string(kFinePattern));
    check_only(result, {Severity::Error, "breathing.toml", 3, 10, {"'inhale' should be a number, not text"}});
    REQUIRE(result.content.breathing.size() == 1);
    CHECK(result.content.breathing[0].name == "Fine");
}

TEST_CASE("a pattern name written as a number is an error at its value") {
    check_only(load_with_breathing("[[pattern]]\nname = 4\ninhale = 4\nexhale = 6\n" + std::string(kFinePattern)),
               {Severity::Error, "breathing.toml", 2, 8, {"'name' should be text in quotes, not a whole number"}});
}

TEST_CASE("a pattern missing its exhale is an error at its [[pattern]] line") {
    check_only(load_with_breathing("# patterns\n[[pattern]]\nname = \"Half\"\ninhale = 4\n" + std::string(kFinePattern)),
               {Severity::Error, "breathing.toml", 2, 0, {"[[pattern]] is missing 'exhale'"}});
}

TEST_CASE("a breathing.toml without patterns is an error, and Haven's own patterns stay") {
    const LoadResult result = load_with_breathing("# to do\n");
    check_only(result, {Severity::Error, "breathing.toml", 1, 0, {"no [[pattern]] entries"}});
    REQUIRE(result.content.breathing.size() == 4);
    CHECK(result.content.breathing[0].name == "Calm");
}

TEST_CASE("a breathing.toml whose only pattern is broken reports both the pattern and the empty list") {
    const LoadResult result = load_with_breathing("[[pattern]]\nname = \"Zero\"\ninhale = 0\nexhale = 6\n");
    check_diagnostics(result, {
        {Severity::Error, "breathing.toml", 3, 10, {"'inhale' is 0"}},
        {Severity::Error, "breathing.toml", 1, 0, {"no [[pattern]] entries"}},
    });
    CHECK(result.content.breathing.size() == 4);
}

TEST_CASE("an unknown [[pattern]] field is an error at its key; close names get a suggestion") {
    SUBCASE("close") {
        const LoadResult result = load_with_breathing(
            "[[pattern]]\nname = \"Calm\"\ninhale = 4\nexhale = 6\nhold_ot = 1\n");
        check_only(result, {Severity::Error, "breathing.toml", 5, 1,
                            {"unknown field 'hold_ot'", "in [[pattern]]", "did you mean 'hold_out'?"}});
    }
    SUBCASE("far") {
        const LoadResult result = load_with_breathing(
            "[[pattern]]\nname = \"Calm\"\ninhale = 4\nexhale = 6\nbackground_music = \"x.ogg\"\n");
        check_only(result, {Severity::Error, "breathing.toml", 5, 1, {"unknown field 'background_music'", "in [[pattern]]"}});
        CHECK_FALSE(mentions(result.diagnostics[0].message, "did you mean"));
    }
}
