#pragma once
// The scripted-session language: one command a line, `#` starts a comment.
//
//   wait MS                 advance virtual time by MS milliseconds, rendering frames
//   tap X Y                 press and lift a finger at pixel X,Y
//   tap "Label"             tap the centre of the visible widget labelled exactly Label
//   drag X1 Y1 X2 Y2 MS     press at X1,Y1, move to X2,Y2 over MS milliseconds, lift
//   hold X Y MS             press at X,Y, keep the finger still for MS milliseconds, lift
//   shot FILE.png           write the current frame as a PNG
//   expect "Text"           fail unless Text is visible now
//
// Quoted strings accept \" and \\ escapes.

#include <string>
#include <string_view>
#include <vector>

namespace haven {

struct ScriptCommand {
    enum class Kind { Wait, TapAt, TapLabel, Drag, Shot, Expect };
    Kind kind = Kind::Wait;
    int line = 0;
    double ms = 0;                       // Wait, Drag
    float x1 = 0, y1 = 0, x2 = 0, y2 = 0; // TapAt (x1,y1), Drag
    std::string text;                    // TapLabel, Shot, Expect
};

struct ScriptError {
    int line = 0;
    std::string message;
};

struct ParsedScript {
    std::vector<ScriptCommand> commands;
    std::vector<ScriptError> errors;
};

ParsedScript parse_script(std::string_view source);

} // namespace haven
