#pragma once
// QR codes are encoded once per content, not on every frame.

#include "core/handout/qr_matrix.hpp"

#include <map>
#include <string>

namespace haven::ui {

class QrCache {
public:
    const QrMatrix& get(const std::string& text) {
        auto it = codes_.find(text);
        if (it == codes_.end()) it = codes_.emplace(text, make_qr(text)).first;
        return it->second;
    }
    void clear() { codes_.clear(); }

private:
    std::map<std::string, QrMatrix> codes_;
};

} // namespace haven::ui
