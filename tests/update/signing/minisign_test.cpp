#include "update/minisign.hpp"

#include <doctest/doctest.h>
#include <sodium.h>

#include <stdexcept>
#include <string>
#include <vector>

using namespace haven::update;
using Outcome = Verification::Outcome;

namespace {

std::span<const std::uint8_t> bytes_of(std::string_view text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size()) {
        const size_t end = text.find('\n', start);
        lines.push_back(text.substr(start, end - start));
        start = end == std::string::npos ? text.size() : end + 1;
    }
    return lines;
}

std::string join(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) text += line + "\n";
    return text;
}

std::vector<std::uint8_t> decode(const std::string& base64) {
    std::vector<std::uint8_t> out(base64.size());
    size_t size = 0;
    REQUIRE(sodium_base642bin(out.data(), out.size(), base64.data(), base64.size(), nullptr, &size, nullptr,
                              sodium_base64_VARIANT_ORIGINAL) == 0);
    out.resize(size);
    return out;
}

std::string encode(const std::vector<std::uint8_t>& blob) {
    std::string out(sodium_base64_encoded_len(blob.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), blob.data(), blob.size(), sodium_base64_VARIANT_ORIGINAL);
    out.pop_back();
    return out;
}

// Rewrites the binary blob on line 2 of a minisign file.
template <typename Change>
std::string with_blob_changed(const std::string& file, Change change) {
    auto lines = lines_of(file);
    auto blob = decode(lines.at(1));
    change(blob);
    lines[1] = encode(blob);
    return join(lines);
}

// A secret key blob's checksum, as minisign computes it (BLAKE2b-256 of "Ed", id, key).
void refresh_checksum(std::vector<std::uint8_t>& blob) {
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    crypto_generichash_update(&state, blob.data(), 2);
    crypto_generichash_update(&state, blob.data() + 54, 8 + 64);
    crypto_generichash_final(&state, blob.data() + 126, 32);
}

struct Signed {
    KeyPair pair = generate_key_pair();
    std::string message = "the manifest\n";
    std::string file = sign(pair.secret_key, bytes_of(message), "timestamp:1\tfile:MANIFEST");

    Verification check(std::string_view signature_file) const {
        const PublicKey trusted[] = {pair.public_key};
        return verify(trusted, bytes_of(message), signature_file);
    }
};

} // namespace

TEST_CASE("key ids are printed as minisign prints them: a little-endian number in upper-case hex") {
    const KeyId id{0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0xAB};
    CHECK(key_id_text(id) == "AB07060504030201");
}

TEST_CASE("key pairs round-trip through minisign's key files") {
    const KeyPair pair = generate_key_pair();
    CHECK(pair.public_key.id == pair.secret_key.id);
    std::string problem;

    const std::string public_text = format_public_key(pair.public_key);
    CHECK(public_text.rfind("untrusted comment: minisign public key " + key_id_text(pair.public_key.id) + "\n", 0) == 0);
    const auto public_key = parse_public_key(public_text, problem);
    REQUIRE_MESSAGE(public_key, problem);
    CHECK(public_key->id == pair.public_key.id);
    CHECK(public_key->key == pair.public_key.key);

    const std::string secret_text = format_secret_key(pair.secret_key);
    const auto secret_key = parse_secret_key(secret_text, problem);
    REQUIRE_MESSAGE(secret_key, problem);
    CHECK(secret_key->id == pair.secret_key.id);
    CHECK(secret_key->key == pair.secret_key.key);

    // Two different key pairs, not the same one twice.
    CHECK(generate_key_pair().public_key.key != pair.public_key.key);
}

TEST_CASE("key files are read with Windows line endings and without a final newline") {
    const KeyPair pair = generate_key_pair();
    std::string text = format_public_key(pair.public_key);
    std::string problem;
    CHECK(parse_public_key(text.substr(0, text.size() - 1), problem));
    std::string crlf = lines_of(text)[0] + "\r\n" + lines_of(text)[1] + "\r\n\r\n";
    CHECK(parse_public_key(crlf, problem));
}

TEST_CASE("a secret key's file is checked: algorithms, password protection, checksum, consistency") {
    const KeyPair pair = generate_key_pair();
    const std::string good = format_secret_key(pair.secret_key);
    std::string problem;

    SUBCASE("a password-protected key is refused with a way out") {
        const std::string encrypted = with_blob_changed(good, [](auto& blob) { blob[2] = 'S', blob[3] = 'c'; });
        CHECK_FALSE(parse_secret_key(encrypted, problem));
        CHECK(problem.find("password") != std::string::npos);
        CHECK(problem.find("minisign -G -W") != std::string::npos);
        CHECK(problem.find("haven keygen") != std::string::npos);
    }
    SUBCASE("an unknown key protection") {
        CHECK_FALSE(parse_secret_key(with_blob_changed(good, [](auto& blob) { blob[2] = 'X'; }), problem));
        CHECK(problem.find("unknown key protection") != std::string::npos);
    }
    SUBCASE("another signature algorithm") {
        CHECK_FALSE(parse_secret_key(with_blob_changed(good, [](auto& blob) { blob[1] = 'X'; }), problem));
        CHECK(problem.find("algorithm") != std::string::npos);
    }
    SUBCASE("another checksum algorithm") {
        CHECK_FALSE(parse_secret_key(with_blob_changed(good, [](auto& blob) { blob[5] = 'X'; }), problem));
        CHECK(problem.find("checksum") != std::string::npos);
    }
    SUBCASE("a damaged key fails its checksum") {
        CHECK_FALSE(parse_secret_key(with_blob_changed(good, [](auto& blob) { blob[70] ^= 1; }), problem));
        CHECK(problem.find("checksum does not match") != std::string::npos);
    }
    SUBCASE("minisign -G -W leaves the checksum zero: accepted") {
        const std::string zero = with_blob_changed(good, [](auto& blob) { std::fill(blob.begin() + 126, blob.end(), 0); });
        const auto key = parse_secret_key(zero, problem);
        REQUIRE_MESSAGE(key, problem);
        CHECK(key->key == pair.secret_key.key);
    }
    SUBCASE("a public half that does not belong to the private half is refused, even with a right checksum") {
        const std::string mixed = with_blob_changed(good, [](auto& blob) {
            blob[54 + 8 + 40] ^= 1;
            refresh_checksum(blob);
        });
        CHECK_FALSE(parse_secret_key(mixed, problem));
        CHECK(problem.find("public half") != std::string::npos);
    }
    SUBCASE("the public key file given instead") {
        CHECK_FALSE(parse_secret_key(format_public_key(pair.public_key), problem));
        CHECK(problem.find(".pub") != std::string::npos);
    }
}

TEST_CASE("a public key's file is checked") {
    const KeyPair pair = generate_key_pair();
    const std::string good = format_public_key(pair.public_key);
    std::string problem;
    CHECK_FALSE(parse_public_key(with_blob_changed(good, [](auto& blob) { blob[0] = 'X'; }), problem));
    CHECK(problem.find("algorithm") != std::string::npos);
    CHECK_FALSE(parse_public_key(format_secret_key(pair.secret_key), problem));
    CHECK_FALSE(parse_public_key("", problem));
    CHECK_FALSE(parse_public_key(lines_of(good)[1] + "\n", problem));  // no comment line
    CHECK_FALSE(parse_public_key(good + "more\n", problem));
    CHECK_FALSE(parse_public_key(good.substr(0, good.size() - 5) + "\n", problem));  // truncated base64
    CHECK_FALSE(parse_public_key("untrusted comment: " + std::string(2000, 'x') + "\n" + lines_of(good)[1] + "\n", problem));
    CHECK(problem.find("too long") != std::string::npos);
}

TEST_CASE("sign and verify round trip, with the trusted comment") {
    const Signed s;
    const auto lines = lines_of(s.file);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].rfind("untrusted comment: ", 0) == 0);
    CHECK(decode(lines[1]).at(0) == 'E');
    CHECK(decode(lines[1]).at(1) == 'D');  // pre-hashed, minisign's default
    CHECK(lines[2] == "trusted comment: timestamp:1\tfile:MANIFEST");

    const Verification v = s.check(s.file);
    CHECK(v.outcome == Outcome::Valid);
    CHECK(v.trusted_comment == "timestamp:1\tfile:MANIFEST");
    CHECK(v.key_id == s.pair.public_key.id);
    CHECK(v.problem.empty());
}

TEST_CASE("an empty message can be signed and verified") {
    const KeyPair pair = generate_key_pair();
    const PublicKey trusted[] = {pair.public_key};
    const std::string file = sign(pair.secret_key, {}, "");
    CHECK(verify(trusted, {}, file).outcome == Outcome::Valid);
    CHECK(verify(trusted, bytes_of("x"), file).outcome == Outcome::BadSignature);
}

TEST_CASE("a changed message fails") {
    Signed s;
    s.message[0] = 'T';
    const Verification v = s.check(s.file);
    CHECK(v.outcome == Outcome::BadSignature);
    CHECK(v.trusted_comment.empty());
    CHECK(v.problem.find("changed") != std::string::npos);
}

TEST_CASE("a changed trusted comment fails, though the message still matches") {
    const Signed s;
    auto lines = lines_of(s.file);
    lines[2] = "trusted comment: timestamp:2\tfile:MANIFEST";
    const Verification v = s.check(join(lines));
    CHECK(v.outcome == Outcome::BadSignature);
    CHECK(v.problem.find("trusted comment") != std::string::npos);
}

TEST_CASE("the untrusted comment may change freely") {
    const Signed s;
    auto lines = lines_of(s.file);
    lines[0] = "untrusted comment: renamed by someone";
    CHECK(s.check(join(lines)).outcome == Outcome::Valid);
}

TEST_CASE("a signature by a key that is not trusted is an unknown key") {
    const Signed s;
    const KeyPair other = generate_key_pair();
    const PublicKey only_other[] = {other.public_key};
    const Verification v = verify(only_other, bytes_of(s.message), s.file);
    CHECK(v.outcome == Outcome::UnknownKey);
    CHECK(v.key_id == s.pair.public_key.id);
    CHECK(v.problem.find(key_id_text(s.pair.public_key.id)) != std::string::npos);

    const PublicKey none[1] = {};
    CHECK(verify(std::span(none, 0), bytes_of(s.message), s.file).outcome == Outcome::UnknownKey);

    // Among several trusted keys, the signer's is found.
    const PublicKey several[] = {other.public_key, s.pair.public_key};
    CHECK(verify(several, bytes_of(s.message), s.file).outcome == Outcome::Valid);

    // The same id with another key's bytes (a forged id) does not pass.
    PublicKey impostor = other.public_key;
    impostor.id = s.pair.public_key.id;
    const PublicKey forged[] = {impostor};
    CHECK(verify(forged, bytes_of(s.message), s.file).outcome == Outcome::BadSignature);
}

TEST_CASE("legacy \"Ed\" signatures (no pre-hash) are refused unless asked for, and then verified") {
    const KeyPair pair = generate_key_pair();
    const std::string message = "signed the old way";
    const std::string comment = "timestamp:1555779966\tfile:test";
    std::vector<std::uint8_t> signature(crypto_sign_BYTES);
    crypto_sign_detached(signature.data(), nullptr, bytes_of(message).data(), message.size(), pair.secret_key.key.data());
    // "Ed", key id, signature; filled in place (GCC 12 -O2 warns falsely about inserts here).
    std::vector<std::uint8_t> blob(2 + pair.secret_key.id.size() + signature.size());
    blob[0] = 'E';
    blob[1] = 'd';
    std::copy(pair.secret_key.id.begin(), pair.secret_key.id.end(), blob.begin() + 2);
    std::copy(signature.begin(), signature.end(), blob.begin() + 2 + static_cast<std::ptrdiff_t>(pair.secret_key.id.size()));
    std::vector<std::uint8_t> covered = signature;
    covered.insert(covered.end(), comment.begin(), comment.end());
    std::vector<std::uint8_t> global(crypto_sign_BYTES);
    crypto_sign_detached(global.data(), nullptr, covered.data(), covered.size(), pair.secret_key.key.data());
    const std::string file = join({"untrusted comment: signature from minisign secret key", encode(blob),
                                   "trusted comment: " + comment, encode(global)});

    const PublicKey trusted[] = {pair.public_key};
    // Issue 13.8: by default, as minisign itself now does, a legacy signature is refused.
    const Verification refused = verify(trusted, bytes_of(message), file);
    CHECK(refused.outcome == Outcome::Legacy);
    CHECK(refused.trusted_comment.empty());
    CHECK(refused.key_id == pair.public_key.id);
    CHECK(refused.problem.find("legacy") != std::string::npos);
    const Verification v = verify(trusted, bytes_of(message), file, LegacySignatures::Accept);
    CHECK(v.outcome == Outcome::Valid);
    CHECK(v.trusted_comment == comment);
    CHECK(verify(trusted, bytes_of("signed the new way"), file, LegacySignatures::Accept).outcome == Outcome::BadSignature);
}

TEST_CASE("an \"ED\" signature relabelled \"Ed\" is refused by default; allowed, it signs the file's BLAKE2b") {
    // "ED" signs the 64-byte BLAKE2b-512 of the file; read as "Ed", the same signature signs a
    // 64-byte file holding that hash: one signature, two messages. Refused by default.
    const Signed s;
    const std::string relabelled = with_blob_changed(s.file, [](std::vector<std::uint8_t>& blob) {
        REQUIRE(blob[1] == 'D');
        blob[1] = 'd';
    });
    const PublicKey trusted[] = {s.pair.public_key};
    CHECK(verify(trusted, bytes_of(s.message), relabelled).outcome == Outcome::Legacy);
    CHECK(verify(trusted, bytes_of(s.message), relabelled, LegacySignatures::Accept).outcome == Outcome::BadSignature);
    std::vector<std::uint8_t> hash(crypto_generichash_BYTES_MAX);
    crypto_generichash(hash.data(), hash.size(), bytes_of(s.message).data(), s.message.size(), nullptr, 0);
    CHECK(verify(trusted, hash, relabelled).outcome == Outcome::Legacy);
    CHECK(verify(trusted, hash, relabelled, LegacySignatures::Accept).outcome == Outcome::Valid);  // the ambiguity
}

TEST_CASE("malformed signature files are refused as malformed, never crash") {
    const Signed s;
    const auto lines = lines_of(s.file);
    auto malformed = [&](const std::string& file) {
        const Verification v = s.check(file);
        CHECK(v.outcome == Outcome::Malformed);
        CHECK_FALSE(v.problem.empty());
        return v.problem;
    };
    SUBCASE("empty") { malformed(""); }
    SUBCASE("truncated base64") { malformed(join({lines[0], lines[1].substr(0, 60), lines[2], lines[3]})); }
    SUBCASE("base64 one character short of its padding") {
        malformed(join({lines[0], lines[1].substr(0, lines[1].size() - 1), lines[2], lines[3]}));
    }
    SUBCASE("invalid base64 characters") {
        std::string bad = lines[1];
        bad[10] = '*';
        malformed(join({lines[0], bad, lines[2], lines[3]}));
    }
    SUBCASE("an unknown signature algorithm") {
        const std::string file = with_blob_changed(s.file, [](auto& blob) { blob[1] = 'X'; });
        CHECK(malformed(file).find("algorithm") != std::string::npos);
    }
    SUBCASE("missing trusted comment line") { malformed(join({lines[0], lines[1], lines[3]})); }
    SUBCASE("only the first two lines") { malformed(join({lines[0], lines[1]})); }
    SUBCASE("third line is not a trusted comment") { malformed(join({lines[0], lines[1], "comment: x", lines[3]})); }
    SUBCASE("first line is not an untrusted comment") { malformed(join({"hello", lines[1], lines[2], lines[3]})); }
    SUBCASE("an overlong untrusted comment") {
        malformed(join({"untrusted comment: " + std::string(1100, 'x'), lines[1], lines[2], lines[3]}));
    }
    SUBCASE("an overlong trusted comment") {
        malformed(join({lines[0], lines[1], "trusted comment: " + std::string(9000, 'x'), lines[3]}));
    }
    SUBCASE("a huge file") { malformed(s.file + std::string(100000, '\n')); }
    SUBCASE("text after the signature") { malformed(s.file + "more\n"); }
    SUBCASE("a NUL byte") { malformed(std::string(s.file).insert(5, 1, '\0')); }
    SUBCASE("the global signature truncated") { malformed(join({lines[0], lines[1], lines[2], lines[3].substr(0, 80)})); }
}

TEST_CASE("signature files with Windows line endings and trailing blank lines still verify") {
    const Signed s;
    std::string crlf;
    for (const auto& line : lines_of(s.file)) crlf += line + "\r\n";
    CHECK(s.check(crlf + "\r\n\n").outcome == Outcome::Valid);
    CHECK(s.check(s.file.substr(0, s.file.size() - 1)).outcome == Outcome::Valid);  // no final newline
}

TEST_CASE("a trusted comment must be one line") {
    const KeyPair pair = generate_key_pair();
    CHECK_THROWS_AS(sign(pair.secret_key, bytes_of("m"), "two\nlines"), std::invalid_argument);
    CHECK_THROWS_AS(sign(pair.secret_key, bytes_of("m"), std::string(9000, 'x')), std::invalid_argument);
}
