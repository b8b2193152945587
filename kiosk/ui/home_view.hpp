#pragma once
// The home screen: the clinic's welcome line, a tile for every topic (discreet titles
// only), "Enter a code" for what a nurse suggested, and the clinic's further help.

#include "core/content/content_model.hpp"
#include "core/session/navigation.hpp"
#include "view_context.hpp"

namespace haven::ui {

Action home_view(ViewContext& ctx, const Content& content, const Navigation& nav);

} // namespace haven::ui
