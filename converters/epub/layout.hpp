// Where everything goes in the edition, decided before anything is written:
// which content document holds each section, the id of every anchor, the
// printed page that starts at each page end, and what the table of contents
// lists. The content, title page, navigation and package all read it, so that
// every link they make points at something the content has.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "epub/locale.hpp"

namespace verbatim::epub {

// Resources of every edition, inside the package directory (EPUB/).
inline constexpr std::string_view kTitleFile = "title.xhtml";
inline constexpr std::string_view kNavFile = "nav.xhtml";
inline constexpr std::string_view kStyleFile = "style.css";

// The start of a printed page, where a `doc-pagebreak` marker goes.
struct PageMarker {
  std::string number;  // as printed
  std::string id;      // "page-5"
  std::string file;    // the content document that holds it
};

// A link the table of contents (or the title page's agenda) makes.
struct Anchor {
  std::string label;  // plain text
  std::string file;
  std::string id;
  std::string href() const { return file + "#" + id; }
};

struct TocSection {
  Anchor section;
  std::vector<Anchor> speakers;  // turns in document order, continuations left out
  // A part (an address) is listed under its item's entry, after the item's
  // speakers; an item going on after its parts adds its speakers there.
  Nesting nesting = Nesting::Own;
};

struct AgendaItem {
  Anchor item;                           // the item's heading
  std::vector<std::string> subheadings;  // sub-items and document lines, plain text
};

struct SectionPlace {
  std::string file;
  std::string id;                     // the AKN's eId; empty for an item going on after its parts
  std::vector<std::string> blockIds;  // parallel to Section::blocks; empty for headings
  Nesting nesting = Nesting::Own;     // where it stands in the record's outline
};

struct BookLayout {
  std::vector<std::string> parts;      // content documents in reading order
  std::vector<SectionPlace> sections;  // parallel to Meeting::sections
  // The cover, printed page 1, where the text begins on page 2 (a Council
  // record's): on the title page, which gives what the cover says.
  std::optional<PageMarker> coverPage;
  // The page the record's text begins on: at the start of the first part.
  std::optional<PageMarker> firstPage;
  // One per PageEnd inline in document order: the page that starts there
  // (none after the last page end, or when the next page's number is unknown).
  std::vector<std::optional<PageMarker>> afterPageEnd;
  std::vector<TocSection> toc;
  std::vector<AgendaItem> agenda;
  std::map<std::string, std::string, std::less<>> fileOfId;  // every anchor → its document

  // Every page marker in document order: the page list.
  std::vector<PageMarker> pages() const;
};

BookLayout layOut(const Meeting& meeting, const EditionLocale& locale);

// A speaker's label as the table of contents shows it: language notes and
// page ends left out, white space trimmed ("竹井先生（日本）").
std::string speakerLabel(const Inlines& from);

// Calls `visit(const Inlines&)` for every run of inline content of a block,
// in the order the edition renders them.
template <class Visit>
void forEachInlines(const Block& block, Visit&& visit) {
  switch (block.kind) {
    case BlockKind::Heading: visit(block.heading.text.content); return;
    case BlockKind::Narrative: visit(block.narrative.text.content); return;
    case BlockKind::Speech:
      visit(block.speech.from);
      for (const auto& item : block.speech.items) visit(item.paragraph.content);
      return;
    case BlockKind::Vote:
      for (const auto& list : block.vote.lists) {
        visit(list.label.content);
        visit(list.members.content);
      }
      return;
  }
}

}  // namespace verbatim::epub
