#pragma once
// A topic: its cards as tiles (discreet tile title and summary), with a way back home.

#include "core/content_model.hpp"
#include "core/navigation.hpp"
#include "view_context.hpp"

namespace haven::ui {

Action topic_view(ViewContext& ctx, const Content& content, const Topic& topic);

} // namespace haven::ui
