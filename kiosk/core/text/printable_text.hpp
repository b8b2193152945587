#pragma once
// Text that came from a stick (a file name, a signed label, a line of a report) made safe to
// show: on a terminal, in the journal, in a report file, on the staff view.
//
// A file name on a Linux-formatted stick may hold a newline, and a signed label an escape
// sequence: shown as they are, they could print a line of their own ("Imported ... all
// good"), clear the screen or recolour what follows. So every control character becomes a
// visible `\xNN` and one text is always one line, exactly as long as it looks.

#include <string>
#include <string_view>

namespace haven {

// `text` with every C0 control character (newline and tab included), DEL, every C1 control
// character (U+0080 to U+009F, which some terminals obey as escapes) and every byte that is
// not part of valid UTF-8 written as `\xNN`, one escape per byte. Everything else, valid
// UTF-8 in any script included, is left as it is, except the invisible characters that
// reorder text around them (bidirectional overrides, embeddings, isolates and marks, such as
// U+202E), which are written as `\u{202e}`.
std::string printable(std::string_view text);

// The same for text of several lines (a report): each line made printable, the line breaks
// ('\n') kept.
std::string printable_lines(std::string_view text);

} // namespace haven
