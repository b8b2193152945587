#include "core/handout/qr_matrix.hpp"

#include <qrencode.h>

#include <memory>
#include <string>

namespace haven {

QrMatrix make_qr(std::string_view text) {
    QrMatrix out;
    const std::string copy(text);
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(copy.c_str(), 0, QR_ECLEVEL_M),
                                                          QRcode_free);
    if (!code) return out;
    out.size = code->width;
    out.dark.resize(static_cast<size_t>(code->width) * static_cast<size_t>(code->width));
    for (size_t i = 0; i < out.dark.size(); ++i) out.dark[i] = (code->data[i] & 1) != 0;  // bit 0: dark module
    return out;
}

} // namespace haven
