// Printed pages: AKN marks where each page ends (<eop number="N"/>, inside
// the last paragraph of page N); TEI marks where each page begins (<pb n=""/>).
//
// A pb stands at the beginning of the body and at every page end that has
// text after it. Its @n is the number printed on the page that begins there,
// which the AKN gives on the eop that ends that page: with consecutive
// numbering, the eop of page N is followed by pb n="N+1". Nothing is
// computed or guessed: a page whose eop has no number, or the last page when
// the text goes on after the last eop, gets a pb without @n. The end of the
// last page, where the text ends, needs no pb (no page begins there): each
// AKN eop has exactly one pb, that of the page it ends, with its number.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace verbatim::tei {

class PagePlan {
 public:
  // The page ends of the meeting in document order: headings, narratives,
  // speech labels and paragraphs, vote labels and lists.
  explicit PagePlan(const Meeting& meeting);

  bool hasPages() const { return !numbers_.empty(); }
  // The number of the page the text begins on (the first eop's), when printed.
  const std::string& firstPage() const { return numbers_.front(); }

  struct Beginning {
    bool begins = false;  // false at the end of the last page
    std::string number;   // empty when not printed
  };
  // What the next page end in document order becomes. Call once per eop, in
  // the same order as the constructor visits them.
  Beginning next();

 private:
  std::vector<std::string> numbers_;  // of each eop, in order ("" when unnumbered)
  bool textAfterLast_ = false;
  std::size_t seen_ = 0;
};

}  // namespace verbatim::tei
