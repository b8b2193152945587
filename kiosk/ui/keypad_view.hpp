#pragma once
// "Enter a code": a large keypad for the number a nurse gave. An unknown code is
// answered kindly and the keypad stays, digits kept, to correct it.

#include "core/content/content_model.hpp"
#include "core/session/navigation.hpp"
#include "view_context.hpp"

namespace haven::ui {

Action keypad_view(ViewContext& ctx, const Content& content, const Navigation& nav);

} // namespace haven::ui
