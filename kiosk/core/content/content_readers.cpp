#include "core/content/content_readers.hpp"

#include "core/content/help_link_check.hpp"
#include "core/content/text_file.hpp"
#include "core/content/toml_reader.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>

namespace haven::detail {

std::optional<std::string> LoadContext::read_text(const std::string& rel) {
    DiagnosticsSink sink(diagnostics, rel);
    std::error_code ec;
    const auto real = std::filesystem::weakly_canonical(folder / rel, ec);
    const auto real_folder = std::filesystem::weakly_canonical(folder, ec);
    if (ec || std::mismatch(real_folder.begin(), real_folder.end(), real.begin(), real.end()).first != real_folder.end()) {
        sink.error(0, 0, "is a link to a file outside the content folder");
        return std::nullopt;
    }
    TextFile file = read_text_file(folder / rel);
    if (!file.error.empty()) {
        sink.error(0, 0, file.error);
        return std::nullopt;
    }
    if (const auto bad = find_invalid_utf8(file.text)) {
        sink.error(bad->line, bad->column,
                   "invalid UTF-8 at byte " + std::to_string(bad->offset + file.skipped) +
                       ": save the file as UTF-8 in your editor");
        return std::nullopt;
    }
    return std::move(file.text);
}

bool LoadContext::use_image(const std::string& reference, DiagnosticsSink& sink, int line, int column) {
    if (images.count(reference)) return true;
    auto asset = check_asset(folder, reference, AssetKind::Image, sink, line, column);
    if (!asset) return false;
    images[reference] = {std::move(asset->bytes), sink.path(), sink.file_line(line), column};
    return true;
}

std::vector<HelpLink> read_help_links(TableReader& reader) {
    std::vector<HelpLink> links;
    for (const toml::table* t : reader.tables("help")) {
        TableReader help(*t, reader.sink(), "[[help]]", {"label", "url"},
                         static_cast<int>(t->source().begin.line));
        auto label = help.string("label", TableReader::Need::Required);
        auto url = help.string("url", TableReader::Need::Required);
        if (!label || !url) continue;
        if (const std::string problem = help_url_problem(*url); !problem.empty()) {
            help.sink().error(help.line_of("url"), help.column_of("url"), problem);
            continue;
        }
        links.push_back({std::move(*label), std::move(*url)});
    }
    return links;
}

} // namespace haven::detail
