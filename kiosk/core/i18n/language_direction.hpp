#pragma once
// Which languages are written right to left, by their code ("ar", "ur", "fa-IR"): a screen in
// one of them mirrors (the text column, the help beside it, Back and Next change sides).

#include <string_view>

namespace haven {

bool right_to_left_language(std::string_view code);

}  // namespace haven
