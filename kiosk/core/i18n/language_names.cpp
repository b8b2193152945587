#include "core/i18n/language_names.hpp"

#include <cctype>
#include <map>

namespace haven {

std::string language_name(const std::string& code) {
    // The languages most asked for in UK clinics (NHS interpreting data), each in its own
    // words; written as escapes so the source stays ASCII.
    static const std::map<std::string, std::string> names{
        {"en", "English"},
        {"cy", "Cymraeg"},
        {"gd", "G\u00e0idhlig"},
        {"ga", "Gaeilge"},
        {"pl", "Polski"},
        {"ro", "Rom\u00e2n\u0103"},
        {"pt", "Portugu\u00eas"},
        {"es", "Espa\u00f1ol"},
        {"fr", "Fran\u00e7ais"},
        {"it", "Italiano"},
        {"de", "Deutsch"},
        {"lt", "Lietuvi\u0173"},
        {"lv", "Latvie\u0161u"},
        {"so", "Soomaali"},
        {"nl", "Nederlands"},
        {"tr", "T\u00fcrk\u00e7e"},
        {"sq", "Shqip"},
        {"cs", "\u010ce\u0161tina"},
        {"ur", "\u0627\u0631\u062f\u0648"},                          // Urdu
        {"ar", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"},        // Arabic
        {"fa", "\u0641\u0627\u0631\u0633\u06cc"},                    // Persian
        {"ps", "\u067e\u069a\u062a\u0648"},                          // Pashto
        {"ku", "Kurd\u00ee"},                                        // Kurdish (Kurmanji)
        {"bn", "\u09ac\u09be\u0982\u09b2\u09be"},                    // Bengali
        {"pa", "\u0a2a\u0a70\u0a1c\u0a3e\u0a2c\u0a40"},              // Punjabi (Gurmukhi)
        {"hi", "\u0939\u093f\u0928\u094d\u0926\u0940"},              // Hindi
        {"gu", "\u0a97\u0ac1\u0a9c\u0ab0\u0abe\u0aa4\u0ac0"},        // Gujarati
        {"ta", "\u0ba4\u0bae\u0bbf\u0bb4\u0bcd"},                    // Tamil
        {"ti", "\u1275\u130d\u122d\u129b"},                          // Tigrinya
        {"uk", "\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430"},  // Ukrainian
        {"ru", "\u0420\u0443\u0441\u0441\u043a\u0438\u0439"},        // Russian
        {"zh", "\u4e2d\u6587"},                                      // Chinese
    };
    const auto it = names.find(code);
    if (it != names.end()) return it->second;
    std::string upper = code;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return upper;
}

}  // namespace haven
