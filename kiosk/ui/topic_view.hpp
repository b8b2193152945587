#pragma once
// A topic: its cards as tiles (discreet tile title and summary).

#include "core/content/content_model.hpp"
#include "core/session/navigation.hpp"
#include "view_context.hpp"

namespace haven::ui {

Action topic_view(ViewContext& ctx, const Content& content, const Navigation& nav, const Topic& topic);

} // namespace haven::ui
