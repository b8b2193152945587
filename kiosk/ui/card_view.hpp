#pragma once
// A card: its title, its code shown discreetly ("Topic 12"), an optional picture, the body
// with real typography at a comfortable line length, further help as QR codes, and
// previous/next within the topic.

#include "core/content/content_model.hpp"
#include "core/session/navigation.hpp"
#include "view_context.hpp"

namespace haven::ui {

Action card_view(ViewContext& ctx, const Content& content, const Navigation& nav, const Card& card);

} // namespace haven::ui
