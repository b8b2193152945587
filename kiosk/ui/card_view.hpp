#pragma once
// A card: its title, its code shown discreetly ("Topic 12"), an optional picture, the body
// with real typography at a comfortable line length, further help as QR codes, and
// previous/next within the topic.

#include "core/content/content_model.hpp"
#include "core/session/navigation.hpp"
#include "core/speech/spoken_card.hpp"
#include "view_context.hpp"

namespace haven::ui {

// The card read aloud, as far as the card shows it.
struct CardListening {
    bool offered = false;                    // Listen is shown: allowed, speech works, a voice or a recording
    const SpokenSentence* heard = nullptr;   // the sentence being heard, if any
    bool follow = false;                     // a new sentence: scroll it into view
};

Action card_view(ViewContext& ctx, const Content& content, const Navigation& nav, const Card& card,
                 const CardListening& listening = {});

} // namespace haven::ui
