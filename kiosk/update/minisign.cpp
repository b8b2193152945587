// Minisign's binary layouts (src/minisign.h in minisign's source), kept as byte offsets
// rather than C structs so that nothing depends on padding or on a struct read off a stick.
//
//   public key  "Ed" keyid[8] pk[32]                                              42 bytes
//   secret key  "Ed" kdf_alg[2] "B2" salt[32] opslimit[8] memlimit[8]
//               keyid[8] sk[64] checksum[32]                                      158 bytes
//   signature   "ED" or "Ed" keyid[8] sig[64]                                     74 bytes
//
// Every file is read as hostile: exact line and base64 lengths, no NUL bytes, and a size
// cap before anything is split, so no input can make us allocate or loop much.

#include "minisign.hpp"

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace haven::update {
namespace {

constexpr std::string_view kUntrustedPrefix = "untrusted comment: ";
constexpr std::string_view kTrustedPrefix = "trusted comment: ";
// minisign reads comment lines into buffers of these sizes (COMMENTMAXBYTES and
// TRUSTEDCOMMENTMAXBYTES, newline and NUL included); a longer line would not round-trip.
constexpr size_t kMaxCommentLine = 1024 - 2;
constexpr size_t kMaxTrustedCommentLine = 8192 - 2;
// Far above the largest valid file (a signature with the longest trusted comment), so that
// a huge file is refused before it is split into lines.
constexpr size_t kMaxFileSize = 16 * 1024;

constexpr size_t kAlgorithmSize = 2;
constexpr size_t kKeyIdSize = 8;
constexpr size_t kPublicKeyBlobSize = kAlgorithmSize + kKeyIdSize + crypto_sign_PUBLICKEYBYTES;
constexpr size_t kSaltSize = 32;
constexpr size_t kLimitSize = 8;
constexpr size_t kChecksumSize = 32;
constexpr size_t kSecretKeyBlobSize = 3 * kAlgorithmSize + kSaltSize + 2 * kLimitSize + kKeyIdSize +
                                      crypto_sign_SECRETKEYBYTES + kChecksumSize;
constexpr size_t kSignatureBlobSize = kAlgorithmSize + kKeyIdSize + crypto_sign_BYTES;
constexpr size_t kPrehashSize = crypto_generichash_BYTES_MAX;  // BLAKE2b-512

// Offsets inside the secret key blob.
constexpr size_t kSecretKdfAt = kAlgorithmSize;
constexpr size_t kSecretChecksumAlgAt = kSecretKdfAt + kAlgorithmSize;
constexpr size_t kSecretKeyIdAt = kSecretChecksumAlgAt + kAlgorithmSize + kSaltSize + 2 * kLimitSize;
constexpr size_t kSecretKeyAt = kSecretKeyIdAt + kKeyIdSize;
constexpr size_t kSecretChecksumAt = kSecretKeyAt + crypto_sign_SECRETKEYBYTES;

constexpr char kSignatureAlgorithm[] = "Ed";
constexpr char kPrehashedAlgorithm[] = "ED";
constexpr char kScryptKdf[] = "Sc";
constexpr char kBlake2Checksum[] = "B2";

static_assert(kPublicKeyBlobSize == 42 && kSecretKeyBlobSize == 158 && kSignatureBlobSize == 74);
static_assert(sizeof(SecretKey::key) == crypto_sign_SECRETKEYBYTES && sizeof(PublicKey::key) == crypto_sign_PUBLICKEYBYTES);

using Bytes = std::vector<std::uint8_t>;

// libsodium must be initialised once before randombytes (and is cheap to ask again).
void require_sodium() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

bool has_algorithm(const Bytes& blob, size_t at, const char (&name)[3]) {
    return blob[at] == static_cast<std::uint8_t>(name[0]) && blob[at + 1] == static_cast<std::uint8_t>(name[1]);
}

void put_algorithm(Bytes& blob, size_t at, const char (&name)[3]) {
    blob[at] = static_cast<std::uint8_t>(name[0]);
    blob[at + 1] = static_cast<std::uint8_t>(name[1]);
}

std::string to_base64(const Bytes& blob) {
    std::string text(sodium_base64_encoded_len(blob.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(text.data(), text.size(), blob.data(), blob.size(), sodium_base64_VARIANT_ORIGINAL);
    text.pop_back();  // the terminating NUL libsodium writes
    return text;
}

// Exactly `size` bytes from padded base64 of exactly the matching length, or nullopt.
std::optional<Bytes> from_base64(std::string_view text, size_t size) {
    if (text.size() + 1 != sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL)) return std::nullopt;
    Bytes blob(size);
    size_t decoded = 0;
    if (sodium_base642bin(blob.data(), blob.size(), text.data(), text.size(), nullptr, &decoded, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        decoded != size)
        return std::nullopt;
    return blob;
}

// The lines of a minisign file. A final newline is optional, Windows line endings are
// accepted (minisign trims '\r' too), and blank lines at the end are ignored; anything else
// after the expected lines makes the file malformed.
struct Lines {
    std::vector<std::string_view> lines;
    std::string problem;
};

Lines split_lines(std::string_view text, size_t expected) {
    Lines out;
    if (text.size() > kMaxFileSize) {
        out.problem = "the file is too large to be a minisign file";
        return out;
    }
    if (text.find('\0') != std::string_view::npos) {
        out.problem = "the file contains NUL bytes, so it is not a minisign text file";
        return out;
    }
    while (!text.empty()) {
        const size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        out.lines.push_back(line);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    }
    while (out.lines.size() > expected && out.lines.back().empty()) out.lines.pop_back();
    if (out.lines.size() < expected) {
        out.problem = "the file ends early: expected " + std::to_string(expected) + " lines, found " +
                      std::to_string(out.lines.size());
    } else if (out.lines.size() > expected) {
        out.problem = "unexpected text after line " + std::to_string(expected);
    }
    return out;
}

// Checks the first line, which says nothing trusted but must look like minisign's.
bool check_untrusted_comment(std::string_view line, std::string& problem) {
    if (line.rfind(kUntrustedPrefix, 0) != 0) {
        problem = "the first line does not start with \"untrusted comment: \"";
        return false;
    }
    if (line.size() > kMaxCommentLine) {
        problem = "the first line (the untrusted comment) is too long";
        return false;
    }
    return true;
}

template <size_t N>
std::array<std::uint8_t, N> take(const Bytes& blob, size_t at) {
    std::array<std::uint8_t, N> out{};
    std::copy_n(blob.begin() + static_cast<std::ptrdiff_t>(at), N, out.begin());
    return out;
}

std::array<std::uint8_t, kChecksumSize> secret_key_checksum(const SecretKey& key) {
    std::array<std::uint8_t, kChecksumSize> checksum{};
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, checksum.size());
    const std::uint8_t algorithm[] = {static_cast<std::uint8_t>('E'), static_cast<std::uint8_t>('d')};
    crypto_generichash_update(&state, algorithm, sizeof algorithm);
    crypto_generichash_update(&state, key.id.data(), key.id.size());
    crypto_generichash_update(&state, key.key.data(), key.key.size());
    crypto_generichash_final(&state, checksum.data(), checksum.size());
    return checksum;
}

std::array<std::uint8_t, kPrehashSize> prehash(std::span<const std::uint8_t> message) {
    std::array<std::uint8_t, kPrehashSize> hash{};
    crypto_generichash(hash.data(), hash.size(), message.data(), message.size(), nullptr, 0);
    return hash;
}

std::array<std::uint8_t, crypto_sign_BYTES> sign_bytes(const SecretKey& key, const std::uint8_t* data, size_t size) {
    std::array<std::uint8_t, crypto_sign_BYTES> signature{};
    crypto_sign_detached(signature.data(), nullptr, data, size, key.key.data());
    return signature;
}

// What the global signature covers: the message signature, then the trusted comment.
Bytes signature_and_comment(const std::uint8_t* signature, std::string_view trusted_comment) {
    // Sized once and filled: GCC 12 warns falsely (-Warray-bounds) about an insert here.
    Bytes out(crypto_sign_BYTES + trusted_comment.size());
    std::copy_n(signature, crypto_sign_BYTES, out.begin());
    std::copy(trusted_comment.begin(), trusted_comment.end(), out.begin() + crypto_sign_BYTES);
    return out;
}

// A key file's two lines: the untrusted comment, then the base64 key of `size` bytes. `kind`
// is "public" or "secret", and `hint` ends the message about a key of the wrong length.
std::optional<Bytes> read_key_file(std::string_view text, const char* kind, size_t size, const char* hint,
                                   std::string& problem) {
    const std::string what = std::string("not a minisign ") + kind + " key: ";
    const Lines lines = split_lines(text, 2);
    if (!lines.problem.empty()) {
        problem = what + lines.problem;
        return std::nullopt;
    }
    if (!check_untrusted_comment(lines.lines[0], problem)) {
        problem = what + problem;
        return std::nullopt;
    }
    auto blob = from_base64(lines.lines[1], size);
    if (!blob) problem = what + "the second line is not a base64 key of the right length" + hint;
    return blob;
}

} // namespace

KeyPair generate_key_pair() {
    require_sodium();
    KeyPair pair;
    randombytes_buf(pair.secret_key.id.data(), pair.secret_key.id.size());
    crypto_sign_keypair(pair.public_key.key.data(), pair.secret_key.key.data());
    pair.public_key.id = pair.secret_key.id;
    return pair;
}

std::string key_id_text(const KeyId& id) {
    // minisign prints the id as a little-endian 64-bit number, so the last byte comes first.
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string text;
    for (auto it = id.rbegin(); it != id.rend(); ++it) {
        text += kDigits[*it >> 4];
        text += kDigits[*it & 0xF];
    }
    return text;
}

std::string format_public_key(const PublicKey& key) {
    Bytes blob(kPublicKeyBlobSize);
    put_algorithm(blob, 0, kSignatureAlgorithm);
    std::copy(key.id.begin(), key.id.end(), blob.begin() + kAlgorithmSize);
    std::copy(key.key.begin(), key.key.end(), blob.begin() + kAlgorithmSize + kKeyIdSize);
    return std::string(kUntrustedPrefix) + "minisign public key " + key_id_text(key.id) + "\n" + to_base64(blob) + "\n";
}

std::string format_secret_key(const SecretKey& key) {
    // Unencrypted, as `minisign -G -W` writes it: kdf_alg, salt and limits all zero. Unlike
    // minisign -W, the checksum is filled in, so a damaged key file is noticed.
    Bytes blob(kSecretKeyBlobSize, 0);
    put_algorithm(blob, 0, kSignatureAlgorithm);
    put_algorithm(blob, kSecretChecksumAlgAt, kBlake2Checksum);
    std::copy(key.id.begin(), key.id.end(), blob.begin() + kSecretKeyIdAt);
    std::copy(key.key.begin(), key.key.end(), blob.begin() + kSecretKeyAt);
    const auto checksum = secret_key_checksum(key);
    std::copy(checksum.begin(), checksum.end(), blob.begin() + kSecretChecksumAt);
    std::string text = std::string(kUntrustedPrefix) + "haven secret key " + key_id_text(key.id) +
                       " (unencrypted: keep it private)\n" + to_base64(blob) + "\n";
    sodium_memzero(blob.data(), blob.size());
    return text;
}

std::optional<PublicKey> parse_public_key(std::string_view text, std::string& problem) {
    const auto blob = read_key_file(text, "public", kPublicKeyBlobSize, "", problem);
    if (!blob) return std::nullopt;
    if (!has_algorithm(*blob, 0, kSignatureAlgorithm)) {
        problem = "unsupported public key: its algorithm is not Ed25519 (\"Ed\")";
        return std::nullopt;
    }
    PublicKey key;
    key.id = take<kKeyIdSize>(*blob, kAlgorithmSize);
    key.key = take<crypto_sign_PUBLICKEYBYTES>(*blob, kAlgorithmSize + kKeyIdSize);
    return key;
}

bool is_secret_key_file(std::string_view text) {
    std::string problem;
    auto blob = read_key_file(text, "secret", kSecretKeyBlobSize, "", problem);
    if (!blob) return false;
    const bool ed25519 = has_algorithm(*blob, 0, kSignatureAlgorithm);
    sodium_memzero(blob->data(), blob->size());
    return ed25519;
}

std::optional<SecretKey> parse_secret_key(std::string_view text, std::string& problem) {
    auto blob = read_key_file(text, "secret", kSecretKeyBlobSize, " (is this the .pub file?)", problem);
    if (!blob) return std::nullopt;
    struct Wipe {  // the decoded key must not linger in freed memory
        Bytes& bytes;
        ~Wipe() { sodium_memzero(bytes.data(), bytes.size()); }
    } wipe{*blob};
    if (!has_algorithm(*blob, 0, kSignatureAlgorithm)) {
        problem = "unsupported secret key: its algorithm is not Ed25519 (\"Ed\")";
        return std::nullopt;
    }
    if (!has_algorithm(*blob, kSecretChecksumAlgAt, kBlake2Checksum)) {
        problem = "unsupported secret key: its checksum is not BLAKE2b (\"B2\")";
        return std::nullopt;
    }
    if (has_algorithm(*blob, kSecretKdfAt, kScryptKdf)) {
        problem = "this secret key is protected by a password, which Haven cannot ask for; make an unprotected key "
                  "with `haven keygen --out NAME` or `minisign -G -W`, or remove the password with `minisign -C -W -s FILE`";
        return std::nullopt;
    }
    if ((*blob)[kSecretKdfAt] != 0 || (*blob)[kSecretKdfAt + 1] != 0) {
        problem = "unsupported secret key: unknown key protection";
        return std::nullopt;
    }
    SecretKey key;
    key.id = take<kKeyIdSize>(*blob, kSecretKeyIdAt);
    key.key = take<crypto_sign_SECRETKEYBYTES>(*blob, kSecretKeyAt);
    const auto stored_checksum = take<kChecksumSize>(*blob, kSecretChecksumAt);
    // minisign -G -W (0.11) leaves the checksum all zero; any other value must be right.
    const bool no_checksum = std::all_of(stored_checksum.begin(), stored_checksum.end(), [](auto b) { return b == 0; });
    if (!no_checksum && sodium_memcmp(stored_checksum.data(), secret_key_checksum(key).data(), kChecksumSize) != 0) {
        problem = "the secret key is damaged: its checksum does not match";
        sodium_memzero(key.key.data(), key.key.size());
        return std::nullopt;
    }
    // The second half of an Ed25519 secret key is its public key; a damaged one signs
    // packs that nobody can verify, so it is checked against the seed in the first half.
    std::array<std::uint8_t, crypto_sign_PUBLICKEYBYTES> public_key{};
    std::array<std::uint8_t, crypto_sign_SECRETKEYBYTES> rebuilt{};
    crypto_sign_seed_keypair(public_key.data(), rebuilt.data(), key.key.data());
    const bool consistent = sodium_memcmp(rebuilt.data(), key.key.data(), rebuilt.size()) == 0;
    sodium_memzero(rebuilt.data(), rebuilt.size());
    if (!consistent) {
        problem = "the secret key is damaged: its public half does not match its private half";
        sodium_memzero(key.key.data(), key.key.size());
        return std::nullopt;
    }
    return key;
}

std::string sign(const SecretKey& key, std::span<const std::uint8_t> message, std::string_view trusted_comment) {
    // A line break would end the comment early and make a file that never verifies.
    if (trusted_comment.find_first_of(std::string_view("\n\r\0", 3)) != std::string_view::npos)
        throw std::invalid_argument("a trusted comment must be one line");
    if (kTrustedPrefix.size() + trusted_comment.size() > kMaxTrustedCommentLine)
        throw std::invalid_argument("the trusted comment is too long for minisign");
    const auto hash = prehash(message);
    const auto signature = sign_bytes(key, hash.data(), hash.size());
    const Bytes covered = signature_and_comment(signature.data(), trusted_comment);
    const auto global = sign_bytes(key, covered.data(), covered.size());

    Bytes blob(kSignatureBlobSize);
    put_algorithm(blob, 0, kPrehashedAlgorithm);
    std::copy(key.id.begin(), key.id.end(), blob.begin() + kAlgorithmSize);
    std::copy(signature.begin(), signature.end(), blob.begin() + kAlgorithmSize + kKeyIdSize);
    return std::string(kUntrustedPrefix) + "signature from haven, key " + key_id_text(key.id) + "\n" + to_base64(blob) +
           "\n" + std::string(kTrustedPrefix) + std::string(trusted_comment) + "\n" +
           to_base64(Bytes(global.begin(), global.end())) + "\n";
}

Verification verify(std::span<const PublicKey> trusted, std::span<const std::uint8_t> message,
                    std::string_view signature_file, LegacySignatures legacy) {
    Verification result;
    auto malformed = [&](const std::string& why) {
        result.outcome = Verification::Outcome::Malformed;
        result.problem = "The signature file is not a valid minisign signature: " + why + ".";
        return result;
    };
    const Lines lines = split_lines(signature_file, 4);
    if (!lines.problem.empty()) return malformed(lines.problem);
    std::string problem;
    if (!check_untrusted_comment(lines.lines[0], problem)) return malformed(problem);
    const auto blob = from_base64(lines.lines[1], kSignatureBlobSize);
    if (!blob) return malformed("the second line is not a base64 signature of the right length");
    const bool prehashed = has_algorithm(*blob, 0, kPrehashedAlgorithm);
    if (!prehashed && !has_algorithm(*blob, 0, kSignatureAlgorithm))
        return malformed("its algorithm is neither \"ED\" nor \"Ed\"");
    const std::string_view trusted_line = lines.lines[2];
    if (trusted_line.rfind(kTrustedPrefix, 0) != 0)
        return malformed("the third line does not start with \"trusted comment: \"");
    if (trusted_line.size() > kMaxTrustedCommentLine) return malformed("the trusted comment is too long");
    const std::string_view trusted_comment = trusted_line.substr(kTrustedPrefix.size());
    const auto global = from_base64(lines.lines[3], crypto_sign_BYTES);
    if (!global) return malformed("the fourth line is not a base64 comment signature of the right length");

    result.key_id = take<kKeyIdSize>(*blob, kAlgorithmSize);
    if (!prehashed && legacy == LegacySignatures::Refuse) {
        result.outcome = Verification::Outcome::Legacy;
        result.problem = "The signature is of minisign's legacy kind (\"Ed\", made by `minisign -l` or an old "
                         "minisign), which is accepted only when asked for (key " + key_id_text(result.key_id) + ").";
        return result;
    }
    const std::uint8_t* signature = blob->data() + kAlgorithmSize + kKeyIdSize;
    const auto hash = prehashed ? prehash(message) : std::array<std::uint8_t, kPrehashSize>{};
    // libsodium is given a real pointer even for an empty message.
    static constexpr std::uint8_t kNothing = 0;
    const std::uint8_t* signed_data = prehashed ? hash.data() : message.empty() ? &kNothing : message.data();
    const size_t signed_size = prehashed ? hash.size() : message.size();
    const Bytes covered = signature_and_comment(signature, trusted_comment);

    bool known = false;
    bool message_ok = false;
    for (const PublicKey& key : trusted) {
        if (key.id != result.key_id) continue;
        known = true;
        if (crypto_sign_verify_detached(signature, signed_data, signed_size, key.key.data()) != 0) continue;
        message_ok = true;
        if (crypto_sign_verify_detached(global->data(), covered.data(), covered.size(), key.key.data()) != 0) continue;
        result.outcome = Verification::Outcome::Valid;
        result.trusted_comment = std::string(trusted_comment);
        return result;
    }
    const std::string id = key_id_text(result.key_id);
    if (!known) {
        result.outcome = Verification::Outcome::UnknownKey;
        result.problem = "Signed with key " + id + ", which is not one of this kiosk's trusted keys.";
    } else {
        result.outcome = Verification::Outcome::BadSignature;
        result.problem = message_ok ? "The signature's trusted comment was changed after signing (key " + id + ")."
                                    : "The signature does not match: the signed file was changed after signing, "
                                      "or the signature belongs to another file (key " + id + ").";
    }
    return result;
}

} // namespace haven::update
