// parse_public_key, parse_secret_key and verify on arbitrary bytes: key files and
// signatures come from sticks and from /etc/haven/trusted-keys. verify() runs against a
// fixed key (made from a fixed seed) over a fixed message; a Valid result on fuzzed input
// would be a forgery, so it must only happen for a signature file that is byte-for-byte a
// real signature of that message (the seeds hold one, with its legacy and CRLF variants).
// It runs twice, as the import does by default (legacy "Ed" signatures refused) and with
// them allowed: the two may differ only in that a legacy signature is refused as Legacy.

#include "fuzz_check.hpp"
#include "update/minisign.hpp"

#include <sodium.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view kMessage = "fuzz message\n";

haven::update::PublicKey fixed_key() {
    haven::update::PublicKey key;
    std::array<std::uint8_t, crypto_sign_SEEDBYTES> seed{};
    std::array<std::uint8_t, crypto_sign_SECRETKEYBYTES> secret{};
    seed.fill(7);
    crypto_sign_seed_keypair(key.key.data(), secret.data(), seed.data());
    key.id = {1, 2, 3, 4, 5, 6, 7, 8};
    return key;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    static const haven::update::PublicKey trusted[] = {fixed_key()};

    std::string problem;
    const auto public_key = haven::update::parse_public_key(input, problem);
    HAVEN_FUZZ_CHECK(public_key.has_value() == problem.empty());
    if (public_key) {
        // What was read writes back to a file that reads the same.
        std::string again;
        const auto reread = haven::update::parse_public_key(haven::update::format_public_key(*public_key), again);
        HAVEN_FUZZ_CHECK(reread && reread->key == public_key->key && reread->id == public_key->id);
    }
    problem.clear();
    const auto secret_key = haven::update::parse_secret_key(input, problem);
    HAVEN_FUZZ_CHECK(secret_key.has_value() == problem.empty());

    const std::span<const std::uint8_t> message(reinterpret_cast<const std::uint8_t*>(kMessage.data()), kMessage.size());
    using haven::update::LegacySignatures;
    using Outcome = haven::update::Verification::Outcome;
    const auto strict = haven::update::verify(trusted, message, input);
    const auto lenient = haven::update::verify(trusted, message, input, LegacySignatures::Accept);
    for (const auto& result : {strict, lenient}) {
        if (result.outcome == Outcome::Valid) {
            HAVEN_FUZZ_CHECK(result.problem.empty());
            HAVEN_FUZZ_CHECK(result.key_id == trusted[0].id);
            HAVEN_FUZZ_CHECK(input.find(result.trusted_comment) != std::string_view::npos);
        } else {
            HAVEN_FUZZ_CHECK(!result.problem.empty());
            HAVEN_FUZZ_CHECK(result.trusted_comment.empty());
        }
    }
    HAVEN_FUZZ_CHECK(lenient.outcome != Outcome::Legacy);
    if (strict.outcome != Outcome::Legacy) {
        HAVEN_FUZZ_CHECK(strict.outcome == lenient.outcome);
        HAVEN_FUZZ_CHECK(strict.trusted_comment == lenient.trusted_comment);
    } else {
        HAVEN_FUZZ_CHECK(lenient.outcome != Outcome::Malformed);
    }
    return 0;
}
