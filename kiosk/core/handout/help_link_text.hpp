#pragma once
// How people read a help link written beneath its QR code: on the kiosk's screens and on the
// nurses' printed handout alike.

#include <string>

namespace haven {

// A phone number in its usual groups: tel:08088080000 -> "0808 808 0000", tel:116123 -> "116 123".
std::string readable_phone_number(const std::string& url);
// A web address without its scheme and trailing slash: https://www.nhs.uk/ -> "www.nhs.uk".
std::string readable_address(const std::string& url);
// Either of the above, by the link's kind.
std::string readable_link(const std::string& url);

} // namespace haven
