// Debian builds libimgui.a against the system's stb_truetype and stb_rect_pack instead of
// ImGui's bundled copies, and expects the program to provide them. They are compiled here,
// from libstb-dev's headers, rather than linking libstb.so (which also carries an image
// decoder Haven must not use).

#include "core/content/third_party.hpp"

HAVEN_BEGIN_THIRD_PARTY

#define STB_RECT_PACK_IMPLEMENTATION
#include <stb_rect_pack.h>
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb_truetype.h>

HAVEN_END_THIRD_PARTY
