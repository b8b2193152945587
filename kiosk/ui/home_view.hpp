#pragma once
// The home screen: the clinic's welcome line and a tile for every topic.

#include "core/content_model.hpp"
#include "core/navigation.hpp"
#include "view_context.hpp"

namespace haven::ui {

Action home_view(ViewContext& ctx, const Content& content);

} // namespace haven::ui
