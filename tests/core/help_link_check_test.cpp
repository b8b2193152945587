// help_link_check: which further-help links may become QR codes.

#include "core/content/help_link_check.hpp"

#include <doctest/doctest.h>

#include <string>

using haven::help_url_problem;
using haven::kMaxQrVersion;
using haven::qr_version_for;

TEST_CASE("the QR version grows with the length of the text") {
    const int short_one = qr_version_for("tel:111");
    const int sixty = qr_version_for(std::string(60, 'a'));
    const int hundred = qr_version_for(std::string(100, 'a'));
    const int one_fifty = qr_version_for(std::string(150, 'a'));
    CHECK(short_one == 1);
    CHECK(short_one < sixty);
    CHECK(sixty <= hundred);
    CHECK(hundred < one_fifty);
    CHECK(hundred <= kMaxQrVersion);
    CHECK(one_fifty > kMaxQrVersion);
    int previous = 0;
    for (size_t length = 1; length <= 300; length += 7) {
        CAPTURE(length);
        const int version = qr_version_for(std::string(length, 'x'));
        CHECK(version >= previous);
        previous = version;
    }
}

TEST_CASE("text too long for any QR code gives version 0") {
    CHECK(qr_version_for(std::string(5000, 'x')) == 0);
}

TEST_CASE("https pages and tel: numbers are allowed") {
    for (const char* url : {"https://www.relate.org.uk/", "https://www.cosrt.org.uk", "https://nhs.uk/conditions/?q=a#b",
                            "tel:111", "tel:08088080000", "tel:+441234567890", "tel:123456789012345"}) {
        CAPTURE(url);
        CHECK(help_url_problem(url).empty());
    }
}

TEST_CASE("anything else is refused, with a reason") {
    for (const char* url : {"", "http://example.org/", "HTTPS://example.org/", "mailto:a@b.org", "javascript:alert(1)",
                            "example.org", "https://", "https://localhost/", "https:// example.org", "tel:", "tel:12",
                            "tel:+12", "tel:1234567890123456", "tel:0800-123", "tel:0800 123 456", "tel:++44123"}) {
        CAPTURE(url);
        CHECK_FALSE(help_url_problem(url).empty());
    }
}

TEST_CASE("the reasons say what to do") {
    CHECK(help_url_problem("tel:0800 123") .find("without spaces") != std::string::npos);
    CHECK(help_url_problem("https://a.org/x y").find("spaces") != std::string::npos);
    CHECK(help_url_problem("http://a.org/").find("only https:// and tel:") != std::string::npos);
    CHECK(help_url_problem("").find("empty") != std::string::npos);
    CHECK(help_url_problem("https://" + std::string(142, 'a') + ".org").find("too long") != std::string::npos);
}

TEST_CASE("an https url of about 100 characters still fits; 150 does not") {
    const std::string base = "https://www.example.org/";
    CHECK(help_url_problem(base + std::string(100 - base.size(), 'a')).empty());
    CHECK_FALSE(help_url_problem(base + std::string(150 - base.size(), 'a')).empty());
}
