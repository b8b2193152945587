#include "core/script/script_runner.hpp"

#include <algorithm>
#include <cmath>

namespace haven {
namespace {

void tap(ScriptTarget& target, Point at) {
    target.pointer({PointerEvent::Kind::Move, at});
    target.pointer({PointerEvent::Kind::Press, at});
    target.advance(kTapHold);
    target.pointer({PointerEvent::Kind::Release, at});
    target.advance(kSettleAfterLift);
}

void drag(ScriptTarget& target, Point from, Point to, Seconds duration) {
    target.pointer({PointerEvent::Kind::Move, from});
    target.pointer({PointerEvent::Kind::Press, from});
    const int steps = std::max(1, static_cast<int>(std::ceil(duration / kDragStep)));
    for (int i = 1; i <= steps; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(steps);
        target.advance(duration / steps);
        target.pointer({PointerEvent::Kind::Move, {from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t}});
    }
    target.advance(kDragStep);
    target.pointer({PointerEvent::Kind::Release, to});
    target.advance(kSettleAfterLift);
}

} // namespace

std::vector<ScriptError> run_script(const std::vector<ScriptCommand>& commands, ScriptTarget& target) {
    std::vector<ScriptError> errors;
    for (const auto& cmd : commands) {
        switch (cmd.kind) {
        case ScriptCommand::Kind::Wait:
            target.advance(cmd.ms / 1000.0);
            break;
        case ScriptCommand::Kind::TapAt:
            tap(target, {cmd.x1, cmd.y1});
            break;
        case ScriptCommand::Kind::TapLabel:
            if (const VisibleItem* item = target.visible().find_widget(cmd.text)) {
                tap(target, item->rect.center());
            } else {
                errors.push_back({cmd.line, "no visible widget labelled \"" + cmd.text + "\""});
            }
            break;
        case ScriptCommand::Kind::Drag:
            drag(target, {cmd.x1, cmd.y1}, {cmd.x2, cmd.y2}, cmd.ms / 1000.0);
            break;
        case ScriptCommand::Kind::Shot:
            if (std::string error = target.shot(cmd.text); !error.empty())
                errors.push_back({cmd.line, "could not write " + cmd.text + ": " + error});
            break;
        case ScriptCommand::Kind::Expect:
            if (!target.visible().contains(cmd.text))
                errors.push_back({cmd.line, "expected \"" + cmd.text + "\" to be visible, but it is not"});
            break;
        }
    }
    return errors;
}

} // namespace haven
