#pragma once
// The file name of a new card (`haven new card`), made from its title. Staff copy content
// between Windows, macOS and Linux on FAT and exFAT sticks, so the name is plain ASCII that
// every one of them accepts: lower-case letters, digits and hyphens, never a path
// separator, a dot (the loader reads `name.cy.md` as a Welsh translation) or a name Windows
// reserves (CON, NUL, COM1 ...).

#include <string>
#include <string_view>
#include <vector>

namespace haven {

// The longest slug made: the whole name stays short enough to read in a file list.
inline constexpr std::size_t kMaxCardSlugLength = 50;

// "Talking with your GP's team" -> "talking-with-your-gp-s-team". Accented Latin letters
// lose their accents ("Café" -> "cafe", "Straße" -> "strasse", Welsh "ŵ" -> "w"); every
// other run of characters becomes one hyphen; cut to kMaxCardSlugLength at a hyphen where
// possible. A title with no letter or digit to keep gives "card"; a name Windows reserves
// gets "-card" added ("con-card").
std::string card_slug(std::string_view title);

// `slug` + ".md", or with "-2", "-3" ... before ".md", whichever first names no card in
// `existing` (the names in cards/): compared without letter case and ignoring language tags,
// because Windows and macOS see Food.md and food.md as one file and the loader sees
// food.cy.md as food.md's translation.
std::string free_card_file_name(std::string_view slug, const std::vector<std::string>& existing);

} // namespace haven
