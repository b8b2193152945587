#pragma once
// A help link as a QR code: the module matrix libqrencode makes (error correction level M),
// ready to be drawn with a quiet zone of 4 modules.

#include <string_view>
#include <vector>

namespace haven {

inline constexpr int kQrQuietZone = 4;  // modules of light border on every side (ISO/IEC 18004)

struct QrMatrix {
    int size = 0;              // modules per side, without the quiet zone
    std::vector<bool> dark;    // row-major, size*size

    bool at(int x, int y) const { return dark[static_cast<size_t>(y) * static_cast<size_t>(size) + static_cast<size_t>(x)]; }
    int size_with_quiet_zone() const { return size + 2 * kQrQuietZone; }
};

// Encodes `text` as 8-bit data; an empty matrix when it cannot be encoded.
QrMatrix make_qr(std::string_view text);

} // namespace haven
