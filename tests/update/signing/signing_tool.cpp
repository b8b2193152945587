// Test helper for the shell tests (not installed):
//   signing_tool verify KEY.pub FILE FILE.minisig [--legacy]
//                                                     haven's verify() (--legacy: legacy "Ed"
//                                                     signatures allowed); prints the trusted comment
//   signing_tool pin-matches HASH PIN                 whether a `haven pin` hash is that PIN's
// Exit 0 yes, 1 no, 2 bad arguments or unreadable files.

#include "update/minisign.hpp"

#include <sodium.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

namespace {

std::optional<std::string> read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), {});
}

int verify(const char* public_key_file, const char* message_file, const char* signature_file, bool legacy) {
    const auto public_text = read_file(public_key_file);
    const auto message = read_file(message_file);
    const auto signature = read_file(signature_file);
    if (!public_text || !message || !signature) {
        std::fprintf(stderr, "signing_tool: cannot read the files\n");
        return 2;
    }
    std::string problem;
    const auto key = haven::update::parse_public_key(*public_text, problem);
    if (!key) {
        std::fprintf(stderr, "signing_tool: %s\n", problem.c_str());
        return 2;
    }
    const haven::update::PublicKey trusted[] = {*key};
    const auto result = haven::update::verify(
        trusted, {reinterpret_cast<const std::uint8_t*>(message->data()), message->size()}, *signature,
        legacy ? haven::update::LegacySignatures::Accept : haven::update::LegacySignatures::Refuse);
    if (result.outcome != haven::update::Verification::Outcome::Valid) {
        std::fprintf(stderr, "signing_tool: not valid: %s\n", result.problem.c_str());
        return 1;
    }
    std::printf("valid, key %s, trusted comment: %s\n", haven::update::key_id_text(result.key_id).c_str(),
                result.trusted_comment.c_str());
    return 0;
}

int pin_matches(const char* hash, const char* pin) {
    if (sodium_init() < 0) return 2;
    return crypto_pwhash_str_verify(hash, pin, std::char_traits<char>::length(pin)) == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    const std::string command = argc > 1 ? argv[1] : "";
    if (command == "verify" && argc == 5) return verify(argv[2], argv[3], argv[4], false);
    if (command == "verify" && argc == 6 && std::string(argv[5]) == "--legacy") return verify(argv[2], argv[3], argv[4], true);
    if (command == "pin-matches" && argc == 4) return pin_matches(argv[2], argv[3]);
    std::fprintf(stderr, "usage: signing_tool verify KEY.pub FILE FILE.minisig [--legacy] | pin-matches HASH PIN\n");
    return 2;
}
