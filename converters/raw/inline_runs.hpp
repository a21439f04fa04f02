// A paragraph's text cut into the model's inline runs: the stretches
// recognised in it (States, symbols, times, counts) and its page ends.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "raw/grammar.hpp"
#include "raw/reflow.hpp"

namespace verbatim {

// A stretch of a paragraph that becomes an inline element.
struct Span {
  Piece where;
  InlineKind kind = InlineKind::Text;
  std::string ref;
  TimeEvent event = TimeEvent::None;
  std::string normalized;
};

struct PageMark {
  std::size_t offset = 0;
  int number = 0;  // 0: not printed
};

// The page ends of a paragraph from `begin` on, as offsets from `begin`.
std::vector<PageMark> pageMarks(const RawParagraph& paragraph, std::size_t begin);

// The page number a page end refers to, from the number printed (0: none).
using PageNumbering = std::function<std::string(int printed)>;

// Cuts `text` into inline runs at the spans and the page ends (offsets into
// text). A page that ended inside a span (a State's name, a symbol, broken
// over two pages) ends after it: the span stays whole, as a speaker's label
// does. Spans that overlap one before them are left out.
Inlines inlinesOf(std::string_view text, const std::vector<PageMark>& pageEnds,
                  std::vector<Span> spans, const PageNumbering& pageNumber);

// Marks a stretch of content already cut into runs (offsets into its plain
// text) as an inline of `kind`, where it lies within one run of plain text;
// returns whether it did.
bool markWithin(Inlines& content, Piece where, InlineKind kind, std::string ref);

}  // namespace verbatim
