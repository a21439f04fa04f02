// The edition's stylesheet: rules every edition shares, then those of its
// script. EPUB forbids `direction` and `unicode-bidi` in style sheets: the
// direction of Arabic comes from dir="rtl" in the markup.
#pragma once

#include <string>

#include "epub/locale.hpp"

namespace verbatim::epub {

std::string styleSheet(Script script);

}  // namespace verbatim::epub
