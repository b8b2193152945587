#pragma once
// What every view needs to draw one frame: sizes, fonts, colours, the record of what is
// visible (for scripts and tests), content images, the finger's drag for scrolling, and the
// patient's language (its words, its fonts and which way it reads).

#include "core/i18n/screen_text.hpp"
#include "core/text/visible_text.hpp"
#include "fonts.hpp"
#include "metrics.hpp"
#include "qr_cache.hpp"
#include "texture.hpp"
#include "theme.hpp"

#include <string>

namespace haven::ui {

class TextPainter;

struct ViewContext {
    const Metrics& m;
    const Fonts& fonts;
    const Theme& theme;
    VisibleText& seen;
    const Textures& textures;
    QrCache& qr_cache;
    float drag_dy = 0;  // vertical finger movement this frame while dragging, for scrolling
    bool new_place = false;  // the screen shows something new: start at the top
    float reserved_bottom = 0;  // a strip at the foot of the display kept for the update banner
    ScreenText say = ScreenText();  // the words Haven draws, in the patient's language
    TextPainter* painter = nullptr;  // shaped text (ui/text); without it, ImGui's fonts draw everything
    std::string language = std::string();  // the patient's language: it picks fonts and forms when shaping
    bool right_to_left = false;      // the patient's language reads right to left: screens mirror

    const QrMatrix& qr(const std::string& url) const { return qr_cache.get(url); }

    // The texture for a content image, or nullptr when it is absent or not uploaded.
    const Texture* texture(const std::string& path) const {
        const auto it = textures.find(path);
        return it == textures.end() || !it->second.id ? nullptr : &it->second;
    }
};

} // namespace haven::ui
