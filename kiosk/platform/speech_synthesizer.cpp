#include "speech_synthesizer.hpp"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#include <strings.h>

#include <cstring>

namespace haven::platform {
namespace {

// eSpeak NG's callback has no context pointer of its own, but runs on the thread that called
// speak(): that call's collector is this thread's.
struct Collector {
    std::vector<std::int16_t>* samples;
    const std::atomic<bool>* cancel;
};
thread_local Collector* collecting = nullptr;

int collect(short* wav, int count, espeak_EVENT*) {
    if (!collecting) return 1;
    if (wav && count > 0) collecting->samples->insert(collecting->samples->end(), wav, wav + count);
    return collecting->cancel->load() ? 1 : 0;  // 1: stop synthesising
}

// Whether one of eSpeak NG's voices lists `language` ("en-gb") among its languages. Each
// voice's list is a priority byte, then a language, then a zero, until an empty one.
bool speaks(const std::string& language) {
    for (const espeak_VOICE* const* v = espeak_ListVoices(nullptr); v && *v; ++v) {
        for (const char* p = (*v)->languages; p && *p;) {
            const char* name = p + 1;
            if (strcasecmp(name, language.c_str()) == 0) return true;
            p = name + std::strlen(name) + 1;
        }
    }
    return false;
}

std::string message(espeak_ng_STATUS status) {
    char text[512] = {};
    espeak_ng_GetStatusCodeMessage(status, text, sizeof text);
    return text;
}

// eSpeak NG is started once for the process and never terminated: in 1.51 (Debian 12)
// espeak_ng_Terminate waits for its event thread, which does not end while idle, and hangs
// (espeak-ng/espeak-ng#572, fixed by #573, not in 1.51). Its data stays loaded until the kiosk
// exits, and a second open() finds it ready.
struct Engine {
    bool ready = false;
    std::string problem;
    int rate = 22050;
};

const Engine& engine() {
    static const Engine started = [] {
        Engine e;
        espeak_ng_InitializePath(nullptr);  // Debian's espeak-ng-data, or $ESPEAK_DATA_PATH
        espeak_ng_ERROR_CONTEXT context = nullptr;
        const espeak_ng_STATUS status = espeak_ng_Initialize(&context);
        if (status != ENS_OK) {
            e.problem = "speech unavailable: eSpeak NG cannot load its data (" + message(status) +
                        "); install espeak-ng-data";
            espeak_ng_ClearErrorContext(&context);
            return e;
        }
        // Synchronous: samples come back through the callback, and eSpeak NG opens no device.
        if (const espeak_ng_STATUS output = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
            output != ENS_OK) {
            e.problem = "speech unavailable: " + message(output);
            return e;
        }
        espeak_SetSynthCallback(collect);
        e.rate = espeak_ng_GetSampleRate();
        e.ready = true;
        return e;
    }();
    return started;
}

}  // namespace

SpeechSynthesizer::~SpeechSynthesizer() { close(); }

bool SpeechSynthesizer::open() {
    if (open_) return true;
    const Engine& started = engine();
    if (!started.ready) {
        problem_ = started.problem;
        return false;
    }
    rate_ = started.rate;
    voice_.clear();
    words_per_minute_ = 0;
    open_ = true;
    problem_.clear();
    return true;
}

bool SpeechSynthesizer::speak(const std::string& text, const std::string& voice, int words_per_minute,
                              std::vector<std::int16_t>& samples, const std::atomic<bool>& cancel) {
    if (!open_) return false;
    if (voice != voice_) {
        // As espeak-ng's own command does: a voice's name ("English_(Great_Britain)") or file, else
        // the best voice for a language code ("en-gb").
        // (By language, eSpeak NG would fall back to some other voice rather than fail: a
        // language none of its voices speaks is refused here first.)
        if (espeak_ng_SetVoiceByName(voice.c_str()) != ENS_OK) {
            espeak_VOICE wanted{};
            wanted.languages = voice.c_str();
            if (!speaks(voice) || espeak_ng_SetVoiceByProperties(&wanted) != ENS_OK) {
                voice_.clear();
                return false;
            }
        }
        voice_ = voice;
        words_per_minute_ = 0;  // a new voice starts at its own rate
    }
    if (words_per_minute != words_per_minute_) {
        espeak_ng_SetParameter(espeakRATE, words_per_minute, 0);
        words_per_minute_ = words_per_minute;
    }
    Collector collector{&samples, &cancel};
    collecting = &collector;
    // A pause at the end, as between sentences read as one text.
    espeak_ng_Synthesize(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8 | espeakENDPAUSE,
                         nullptr, nullptr);
    collecting = nullptr;
    return true;
}

void SpeechSynthesizer::close() { open_ = false; }

}  // namespace haven::platform
