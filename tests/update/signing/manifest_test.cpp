#include "update/manifest.hpp"

#include "support/temp_folder.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>

using namespace haven::update;
namespace fs = std::filesystem;

namespace {

const std::string kHashA = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";  // sha256("abc")
const std::string kHashEmpty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

std::string line(const std::string& path, const std::string& hash = kHashA) { return hash + "  " + path + "\n"; }

// The problem parse_manifest reports, or "" when it accepts the text.
std::string problem_with(const std::string& text) {
    std::string problem;
    const bool ok = parse_manifest(text, problem).has_value();
    if (ok) return "";
    CHECK_FALSE(problem.empty());
    return problem;
}

using haven_test::support::TempFolder;

} // namespace

TEST_CASE("sha256 matches the standard test vectors") {
    CHECK(sha256_hex("abc") == kHashA);
    CHECK(sha256_hex("") == kHashEmpty);
    TempFolder folder;
    folder.write("abc.txt", "abc");
    CHECK(sha256_of_file(folder.path() / "abc.txt") == kHashA);
    CHECK_FALSE(sha256_of_file(folder.path() / "missing.txt"));
    CHECK_FALSE(sha256_of_file(folder.path()));  // a folder is not a file
}

TEST_CASE("a manifest round-trips in sha256sum's format") {
    Manifest manifest;
    manifest.entries = {{kHashA, "cards/a.md"}, {kHashEmpty, "images/b c.png"}, {kHashA, "topics.toml"}};
    const std::string text = format_manifest(manifest);
    CHECK(text == line("cards/a.md") + line("images/b c.png", kHashEmpty) + line("topics.toml"));
    std::string problem;
    const auto parsed = parse_manifest(text, problem);
    REQUIRE_MESSAGE(parsed, problem);
    CHECK(parsed->entries == manifest.entries);
}

TEST_CASE("the manifest parser is strict: each rule has a case") {
    CHECK(problem_with(line("a.md") + line("b/c.md")) == "");

    CHECK(problem_with("").find("no files") != std::string::npos);
    CHECK(problem_with(kHashA + "  a.md").find("newline") != std::string::npos);
    CHECK(problem_with(line("a.md") + "\n").find("line 2") != std::string::npos);               // empty line
    CHECK(problem_with(kHashA + " a.md\n").find("two spaces") != std::string::npos);           // one space
    CHECK(problem_with(kHashA + " *a.md\n").find("line 1") != std::string::npos);              // binary-mode marker
    CHECK(problem_with(kHashA.substr(1) + "  a.md\n").find("line 1") != std::string::npos);    // 63 digits
    CHECK(problem_with(line("a.md", "BA" + kHashA.substr(2))).find("lower-case") != std::string::npos);
    CHECK(problem_with(line("a.md", "zz" + kHashA.substr(2))).find("hex") != std::string::npos);
    CHECK(problem_with(kHashA + "  a.md\r\n").find("carriage return") != std::string::npos);
    CHECK(problem_with(line("/etc/passwd")).find("absolute") != std::string::npos);
    CHECK(problem_with(line("../outside.md")).find("'..'") != std::string::npos);
    CHECK(problem_with(line("cards/../../x")).find("'..'") != std::string::npos);
    CHECK(problem_with(line("./a.md")).find("'.'") != std::string::npos);
    CHECK(problem_with(line("cards//a.md")).find("empty part") != std::string::npos);
    CHECK(problem_with(line("cards/")).find("empty part") != std::string::npos);
    CHECK(problem_with(line("cards\\a.md")).find("backslash") != std::string::npos);
    CHECK(problem_with(line("a\tb.md")).find("control") != std::string::npos);
    CHECK(problem_with(line(std::string("a\x7f.md"))).find("control") != std::string::npos);
    CHECK(problem_with(line("")).find("line 1") != std::string::npos);
    CHECK(problem_with(line("b.md") + line("a.md")).find("out of order") != std::string::npos);
    CHECK(problem_with(line("a.md") + line("a.md")).find("twice") != std::string::npos);
    CHECK(problem_with(line("a") + line("a.md") + line("a/b.md")).find("listed as a file") != std::string::npos);
    CHECK(problem_with(line(std::string(300, 'n'))).find("too long") != std::string::npos);
    CHECK(problem_with(line(std::string(5000, 'n'))).find("too long") != std::string::npos);
}

TEST_CASE("a manifest may not list clutter, nor nest deeper than the import walks") {
    // Issue 13.4: the import leaves clutter on the stick unmeasured, so a manifest listing a
    // file inside `.Trashes` slipped it past the size caps and into the store.
    for (const std::string path : {".Trashes/big.bin", "$RECYCLE.BIN/S-1-5-21/big.bin", "._cards/a.md",
                                   "cards/._a.md", "cards/.DS_Store", "System Volume Information/x",
                                   "images/.spotlight-v100/x", "THUMBS.DB"}) {
        CAPTURE(path);
        CHECK(problem_with(line(path)).find("left on sticks by Windows or macOS") != std::string::npos);
    }
    std::string deep;
    for (int i = 0; i < 63; ++i) deep += "d/";
    CHECK(problem_with(line(deep + "x.md")) == "");  // 64 parts
    CHECK(problem_with(line("d/" + deep + "x.md")).find("more than 64 deep") != std::string::npos);
    CHECK(manifest_path_problem("cards/a.md").empty());
    CHECK(manifest_path_problem("cards/._a.md").find("'._a.md'") != std::string::npos);
}

TEST_CASE("safe relative paths") {
    CHECK(is_safe_relative_path("cards/talking.cy.md"));
    CHECK(is_safe_relative_path("images/Ünïcode name.png"));
    CHECK_FALSE(is_safe_relative_path(""));
    CHECK_FALSE(is_safe_relative_path(".."));
    CHECK_FALSE(is_safe_relative_path("a/./b"));
    CHECK_FALSE(is_safe_relative_path("/a"));
    CHECK_FALSE(is_safe_relative_path("a\nb"));
}

TEST_CASE("the pack comment round-trips and is read tolerantly") {
    const PackComment comment{1735689600, "Spring update"};
    const std::string text = format_pack_comment(comment);
    CHECK(text == "timestamp:1735689600\tfile:MANIFEST\thaven-pack\tlabel:Spring update");
    const PackComment back = parse_pack_comment(text);
    CHECK(back.signed_at == comment.signed_at);
    CHECK(back.label == comment.label);

    // minisign's own default comment (-S without -t): timestamp and file, no label.
    const PackComment minisign = parse_pack_comment("timestamp:1795266142\tfile:MANIFEST\thashed");
    CHECK(minisign.signed_at == 1795266142);
    CHECK(minisign.label.empty());

    // The signing time orders packs: only one well-formed, positive timestamp counts.
    CHECK(parse_pack_comment("timestamp:1746784800\tfile:MANIFEST\ttimestamp:1740996000").signed_at == 0);
    CHECK(parse_pack_comment("timestamp:1746784800\ttimestamp:1746784800").signed_at == 0);
    CHECK(parse_pack_comment("timestamp:-1746784800\tfile:MANIFEST").signed_at == 0);
    CHECK(parse_pack_comment("timestamp:0").signed_at == 0);
    CHECK(parse_pack_comment("Spring update").signed_at == 0);
    CHECK(parse_pack_comment("label:timestamp:5\ttimestamp:7").signed_at == 7);  // only a field's start counts

    // Unknown fields are ignored; missing or broken ones keep their defaults.
    CHECK(parse_pack_comment("").signed_at == 0);
    CHECK(parse_pack_comment("timestamp:12x\tlabel:a").signed_at == 0);
    CHECK(parse_pack_comment("timestamp:\tlabel:a").label == "a");
    CHECK(parse_pack_comment("timestamp:99999999999999999999999").signed_at == 0);
    CHECK(parse_pack_comment("future:1\tlabel:x\tlater:2").label == "x");

    // A label with a tab or line break cannot break the field list or the signature file.
    const std::string messy = format_pack_comment({5, "two\tparts\nand lines"});
    CHECK(messy.find('\n') == std::string::npos);
    CHECK(parse_pack_comment(messy).label == "two parts and lines");
}

TEST_CASE("manifest_of_folder hashes every file, sorted, with '/' paths") {
    TempFolder folder;
    folder.write("topics.toml", "abc");
    folder.write("cards/b.md", "");
    folder.write("cards/a.md", "abc");
    // Clutter is left out at any depth: no manifest may list it (issue 13.4).
    folder.write(".DS_Store", "abc");
    folder.write(".Trashes/501/big.bin", "abc");
    folder.write("cards/._a.md", "abc");
    std::string problem;
    const auto manifest = manifest_of_folder(folder.path(), problem);
    REQUIRE_MESSAGE(manifest, problem);
    REQUIRE(manifest->entries.size() == 3);
    CHECK(manifest->entries[0] == ManifestEntry{kHashA, "cards/a.md"});
    CHECK(manifest->entries[1] == ManifestEntry{kHashEmpty, "cards/b.md"});
    CHECK(manifest->entries[2] == ManifestEntry{kHashA, "topics.toml"});
    // What it makes, parse_manifest accepts.
    CHECK(parse_manifest(format_manifest(*manifest), problem));
}

TEST_CASE("manifest_of_folder refuses links, special files and unsafe names") {
    TempFolder folder;
    folder.write("cards/a.md", "abc");
    std::string problem;
    SUBCASE("a symbolic link to a file") {
        fs::create_symlink("/etc/hostname", folder.path() / "cards/link.md");
        CHECK_FALSE(manifest_of_folder(folder.path(), problem));
        CHECK(problem.find("cards/link.md is a symbolic link") != std::string::npos);
    }
    SUBCASE("a symbolic link to a folder") {
        fs::create_directory_symlink("/etc", folder.path() / "etc");
        CHECK_FALSE(manifest_of_folder(folder.path(), problem));
        CHECK(problem.find("symbolic link") != std::string::npos);
    }
    SUBCASE("a named pipe") {
        REQUIRE(::mkfifo((folder.path() / "pipe").c_str(), 0600) == 0);
        CHECK_FALSE(manifest_of_folder(folder.path(), problem));
        CHECK(problem.find("not a plain file") != std::string::npos);
    }
    SUBCASE("a name with a backslash") {
        folder.write("cards\\evil.md", "x");
        CHECK_FALSE(manifest_of_folder(folder.path(), problem));
        CHECK(problem.find("backslash") != std::string::npos);
    }
    SUBCASE("not a folder") {
        CHECK_FALSE(manifest_of_folder(folder.path() / "cards/a.md", problem));
        CHECK_FALSE(manifest_of_folder(folder.path() / "missing", problem));
    }
}
