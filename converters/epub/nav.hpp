// The navigation document: the table of contents (record → agenda item →
// speaker), the landmarks and the list of printed pages.
#pragma once

#include "epub/content.hpp"
#include "epub/layout.hpp"
#include "epub/locale.hpp"

namespace verbatim::epub {

XhtmlFile renderNav(const RecordFacts& facts, const BookLayout& layout,
                    const EditionLocale& locale);

}  // namespace verbatim::epub
