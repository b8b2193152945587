// A helper for import_e2e.sh: the store as the running kiosk reads it.
//
//   store_tool status STORE   read_import_status(): "state: <running|imported|refused|failed|pending|none>",
//                             then "message: <text>"; the kiosk's banner follows the state
#include "update/import_status.hpp"

#include <cstdio>
#include <string_view>

namespace {

const char* state_name(haven::update::ImportStatus::State state) {
    using State = haven::update::ImportStatus::State;
    switch (state) {
    case State::None: return "none";
    case State::Running: return "running";
    case State::Imported: return "imported";
    case State::Refused: return "refused";
    case State::Failed: return "failed";
    case State::Pending: return "pending";
    }
    return "?";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 || std::string_view(argv[1]) != "status") {
        std::fprintf(stderr, "usage: store_tool status STORE\n");
        return 2;
    }
    const haven::update::ImportStatus status = haven::update::read_import_status(argv[2]);
    std::printf("state: %s\nmessage: %s\n", state_name(status.state), status.message.c_str());
    return 0;
}
