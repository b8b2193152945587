#pragma once
// The bundled content pack and the source-article shingles, each read once for all the tests.

#include "pack.hpp"
#include "text.hpp"

#include <string>
#include <string_view>

namespace haven::content_check {

const Pack& bundled_pack();           // HAVEN_CONTENT_DIR: content/ of this checkout
const ShingleSet& source_shingles();  // HAVEN_SOURCE_SHINGLES: tests/content/source-shingles.txt

// Lines of the shingle file that are not 16 lower-case hex digits (should be none).
int malformed_shingle_lines();

const ShingleSet& source_content_runs();  // HAVEN_SOURCE_CONTENT_RUNS: tests/content/source-content-runs.txt
int malformed_content_run_lines();

} // namespace haven::content_check
