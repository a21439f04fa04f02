// Inline content of the record as XHTML: names as text, language notes as
// spans, clock times as <time>, document symbols as links, page ends as
// `doc-pagebreak` markers for the page that starts there.
#pragma once

#include <pugixml.hpp>

#include "core/model.hpp"
#include "epub/layout.hpp"
#include "epub/locale.hpp"

namespace verbatim::epub {

class InlineWriter {
 public:
  InlineWriter(const BookLayout& layout, const EditionLocale& locale);

  // Appends `content` to `parent`.
  void write(pugi::xml_node parent, const Inlines& content);
  // Fills a block element. Page ends at its very end go after it: a page that
  // begins after a paragraph begins between paragraphs, not inside one.
  void writeBlock(pugi::xml_node element, const Inlines& content);
  // `content` without the page ends at its very end; returns how many it left
  // for writePageEnds to put where the block ends.
  std::size_t writeLeavingTrailingPageEnds(pugi::xml_node parent, const Inlines& content);
  void writePageEnds(pugi::xml_node parent, std::size_t count);
  // A speaker's label as printed: the name, title and State in <b
  // class="speaker">, the language note in a span, then the separator.
  // `editorial`: a label the record does not print here (a turn going on
  // after the chair changed hands), set in square brackets as an edition's
  // insertion is.
  void writeLabel(pugi::xml_node paragraph, const Inlines& from, bool editorial = false);
  // The marker of the page the record begins on, if its number is known.
  void writeFirstPage(pugi::xml_node parent);

  // Page ends written so far: after the whole record, the number the layout counted.
  std::size_t pageEndsWritten() const { return pageEnds_; }

 private:
  void writeRun(pugi::xml_node parent, const Inline& run);
  void writeDocumentRef(pugi::xml_node parent, const Inline& run);
  void writePageEnd(pugi::xml_node parent);
  void writeMarker(pugi::xml_node parent, const PageMarker& marker);

  const BookLayout& layout_;
  const EditionLocale& locale_;
  bool rightToLeft_;
  std::size_t pageEnds_ = 0;
};

// A printed page's start: an empty pagebreak span, in the content or on the title page.
void writePageMarker(pugi::xml_node parent, const PageMarker& marker);

// True when the text has a letter of a right-to-left script.
bool hasRightToLeftLetters(std::string_view text);

}  // namespace verbatim::epub
