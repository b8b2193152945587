#pragma once
// A language by its own name, in its own script ("Cymraeg", "Polski", "اردو"), as the
// language button shows it: a patient looks for the name they read, not an English one.

#include <string>

namespace haven {

// The language's own name for a code ("cy", "pt-br"); the code in capitals when unknown.
std::string language_name(const std::string& code);

}  // namespace haven
