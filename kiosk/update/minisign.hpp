#pragma once
// Minisign's key and signature formats (https://jedisct1.github.io/minisign/), made and read
// with libsodium, so staff can sign content packs with `haven pack` or with minisign itself
// and anyone can check a pack with `minisign -V`.
//
// Keys are Ed25519. Signatures are minisign's pre-hashed kind ("ED": Ed25519 over the
// BLAKE2b-512 of the message), with a trusted comment covered by a second, global signature.
// Legacy "Ed" signatures (no pre-hash, made by `minisign -l` and old versions) are refused
// unless the caller asks for them, as minisign itself now does: the two kinds sign different
// bytes with the same key, so accepting both by default lets a signature be read as the
// other kind (an "ED" signature relabelled "Ed" signs the 64-byte BLAKE2b of the file).

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace haven::update {

using KeyId = std::array<std::uint8_t, 8>;

struct PublicKey {
    KeyId id{};
    std::array<std::uint8_t, 32> key{};
};

struct SecretKey {
    KeyId id{};
    std::array<std::uint8_t, 64> key{};  // libsodium's Ed25519 secret key (seed + public key)
};

struct KeyPair {
    PublicKey public_key;
    SecretKey secret_key;
};

// A fresh random key pair.
KeyPair generate_key_pair();

// The files minisign writes: an "untrusted comment:" line, then one base64 line.
// The secret key is written unencrypted (minisign -W): keep it off the kiosk, on the
// staff laptop or a stick kept locked away.
std::string format_public_key(const PublicKey& key);
std::string format_secret_key(const SecretKey& key);

// Reads the files above (and the same files from minisign -G -W). On failure returns
// nullopt and says why in `problem`. A password-protected minisign secret key is refused
// with a message saying to make one with `minisign -G -W` or `haven keygen`.
std::optional<PublicKey> parse_public_key(std::string_view text, std::string& problem);
std::optional<SecretKey> parse_secret_key(std::string_view text, std::string& problem);

// True when `text` is a secret key file in that format, protected by a password or not,
// whatever its comment says: it must never travel in a pack.
bool is_secret_key_file(std::string_view text);

// The minisign signature file (.minisig) for `message`, with the given trusted comment
// (one line, no newline).
std::string sign(const SecretKey& key, std::span<const std::uint8_t> message, std::string_view trusted_comment);

struct Verification {
    enum class Outcome {
        Valid,
        Malformed,     // not a minisign signature file
        UnknownKey,    // signed by a key that is not trusted
        BadSignature,  // the message or the trusted comment was changed
        Legacy,        // a legacy "Ed" signature, not asked for (not checked further)
    };
    Outcome outcome = Outcome::Malformed;
    std::string trusted_comment;  // only when Valid
    KeyId key_id{};               // whoever signed, when the file could be read
    std::string problem;          // a sentence for staff, when not Valid
};

enum class LegacySignatures { Refuse, Accept };

// Checks a .minisig file's text against `message` and every trusted key.
Verification verify(std::span<const PublicKey> trusted, std::span<const std::uint8_t> message,
                    std::string_view signature_file, LegacySignatures legacy = LegacySignatures::Refuse);

// The key id as minisign prints it (16 upper-case hex digits).
std::string key_id_text(const KeyId& id);

} // namespace haven::update
