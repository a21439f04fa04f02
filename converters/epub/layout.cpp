#include "epub/layout.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/place_ids.hpp"
#include "core/text.hpp"

namespace verbatim::epub {
namespace {

std::string partFile(std::size_t number) { return "part-" + std::to_string(number) + ".xhtml"; }

// Agenda items after the first begin a new document; what precedes the first
// item (the opening, the adoption of the agenda) opens the first one. A part
// of an item where no one speaks (the item's headings over its first
// address, a change of chair between two addresses) shares the document of
// the part after it.
std::vector<std::string> assignFiles(const Meeting& meeting, BookLayout& layout) {
  std::vector<std::string> files;
  bool seenItem = false, silent = false;
  for (const auto& section : meeting.sections) {
    const bool item =
        section.kind == SectionKind::AgendaItem || section.kind == SectionKind::Address;
    if (layout.parts.empty() || (item && seenItem && !silent))
      layout.parts.push_back(partFile(layout.parts.size() + 1));
    seenItem = seenItem || item;
    silent =
        item && std::none_of(section.blocks.begin(), section.blocks.end(), [](const Block& block) {
          return block.kind == BlockKind::Speech || block.kind == BlockKind::Vote;
        });
    files.push_back(layout.parts.back());
  }
  return files;
}

// Ids of page markers: "page-5", unique even when a number is printed twice,
// and a valid XML name whatever the number holds.
class PageNumbering {
 public:
  PageMarker marker(const std::string& number, const std::string& file) {
    std::string base = "page-";
    for (unsigned char c : number)
      base += std::isalnum(c) || c == '-' || c == '.' ? static_cast<char>(c) : '_';
    std::string id = base;
    for (int n = 2; !used_.insert(id).second; ++n) id = base + "-" + std::to_string(n);
    return {number, id, file};
  }

 private:
  std::set<std::string> used_;
};

}  // namespace

std::string speakerLabel(const Inlines& from) {
  std::string label;
  for (const auto& run : from) {
    switch (run.kind) {
      case InlineKind::Language:
      case InlineKind::PageEnd: break;
      case InlineKind::Text:
      case InlineKind::Person:
      case InlineKind::Organization:
      case InlineKind::Role:
      case InlineKind::DocumentRef:
      case InlineKind::Time:
      case InlineKind::Quantity:
      case InlineKind::Outcome: label += run.text; break;
    }
  }
  return std::string(text::trim(label));
}

std::vector<PageMarker> BookLayout::pages() const {
  std::vector<PageMarker> all;
  if (coverPage) all.push_back(*coverPage);
  if (firstPage) all.push_back(*firstPage);
  for (const auto& marker : afterPageEnd)
    if (marker) all.push_back(*marker);
  return all;
}

BookLayout layOut(const Meeting& meeting, const EditionLocale& locale) {
  BookLayout layout;
  const std::vector<std::string> files = assignFiles(meeting, layout);

  // Page ends in document order, with the document each one is in.
  struct PageEnd {
    std::string number, file;
  };
  std::vector<PageEnd> pageEnds;

  const std::string presidency = organizationName(meeting, meeting.meta.presidency);
  std::string itemLabel;  // the contents' label of the last agenda item
  // The AKN's eIds: a reference to a part of the record made in AKN
  // resolves in the edition too.
  SectionIds places(meeting.sections);
  bool ownListed = false;  // the last section of its own is in the contents
  for (std::size_t s = 0; s < meeting.sections.size(); ++s) {
    const Section& section = meeting.sections[s];
    PlaceIds& ids = places.of(s);
    const Nesting nesting = places.nesting(s);
    SectionPlace place{files[s], nesting == Nesting::GoesOn ? "" : ids.section(), {}, nesting};
    if (!place.id.empty()) layout.fileOfId.emplace(place.id, place.file);
    // An item going on after its parts, which has no id, is linked at its
    // first speaker.
    TocSection toc{{{}, place.file, place.id}, {}, ownListed ? nesting : Nesting::Own};
    AgendaItem agenda{{{}, place.file, place.id}, {}};
    for (const auto& block : section.blocks) {
      std::string id = ids.next(block.kind);
      if (!id.empty()) layout.fileOfId.emplace(id, place.file);
      if (block.kind == BlockKind::Heading) {
        std::string heading(text::trim(plainText(block.heading.text.content)));
        if (!block.heading.sub && toc.section.label.empty())
          toc.section.label = heading;
        else if (!heading.empty())
          agenda.subheadings.push_back(heading);
      }
      if (block.kind == BlockKind::Speech && !block.speech.continued) {
        std::string label = speakerLabel(block.speech.from);
        // The chair speaking for its State is listed with it: "主席（瑞士）".
        if (!label.empty() && !presidency.empty() &&
            std::any_of(block.speech.items.begin(), block.speech.items.end(),
                        [](const SpeechItem& item) { return item.nationalCapacity; }))
          label = personOfState(locale, label, presidency);
        if (!label.empty()) toc.speakers.push_back({label, place.file, id});
      }
      forEachInlines(block, [&](const Inlines& content) {
        for (const auto& run : content)
          if (run.kind == InlineKind::PageEnd) pageEnds.push_back({run.ref, place.file});
      });
      place.blockIds.push_back(std::move(id));
    }
    const bool headed = !toc.section.label.empty();
    // A section headed only by a sub-item is known by it.
    if (!headed && !agenda.subheadings.empty()) {
      toc.section.label = agenda.subheadings.front();
      agenda.subheadings.erase(agenda.subheadings.begin());
    }
    // A part of an item (an address, a sub-item) is in the contents, and no
    // item of the agenda: its item's subheadings name it.
    if (section.kind == SectionKind::AgendaItem && headed) {
      agenda.item.label = toc.section.label;
      // "Agenda item 74 (continued)" says only which item: the contents name
      // its subject too ("…: Report of the International Criminal Court").
      const bool numbered = std::any_of(toc.section.label.begin(), toc.section.label.end(),
                                        [](char c) { return c >= '0' && c <= '9'; });
      if (numbered && !agenda.subheadings.empty())
        toc.section.label += std::string(locale.labelSeparator) + agenda.subheadings.front();
      itemLabel = toc.section.label;
      layout.agenda.push_back(std::move(agenda));
    }
    // A part of an item with no heading of its own (the speakers after its
    // addresses) is known by the item; one where no one speaks (a change of
    // chair between two addresses) is no entry of the contents.
    if (section.kind == SectionKind::AgendaItem && toc.section.label.empty() &&
        !toc.speakers.empty())
      toc.section.label = itemLabel;
    // A resumed meeting's record prints no item heading: the cover names its
    // item (the first, where it lists more).
    if (section.kind == SectionKind::AgendaItem && toc.section.label.empty() &&
        !toc.speakers.empty() && !meeting.meta.agenda.empty())
      toc.section.label = meeting.meta.agenda.front();
    // A section with neither heading nor speakers adds nothing to the contents.
    if (toc.section.label.empty() && !toc.speakers.empty())
      toc.section.label = std::string(locale.proceedings);
    if (toc.section.id.empty() && !toc.speakers.empty()) toc.section.id = toc.speakers.front().id;
    if (nesting == Nesting::Own) ownListed = !toc.section.label.empty();
    if (!toc.section.label.empty()) layout.toc.push_back(std::move(toc));
    layout.sections.push_back(std::move(place));
  }

  // Page k starts where page k-1 ends; its number is the one printed on it,
  // which the page end that closes it carries. Nothing is counted or guessed:
  // a page whose number is unknown gets no marker.
  PageNumbering numbering;
  const Metadata& meta = meeting.meta;
  const bool hadCover = !meta.dateLine.empty() || !meta.members.empty() || !meta.agenda.empty();
  if (hadCover && !pageEnds.empty() && pageEnds.front().number == "2" && !layout.parts.empty())
    layout.coverPage = numbering.marker("1", std::string(kTitleFile));
  if (!pageEnds.empty() && !pageEnds.front().number.empty() && !layout.parts.empty())
    layout.firstPage = numbering.marker(pageEnds.front().number, layout.parts.front());
  for (std::size_t k = 0; k < pageEnds.size(); ++k) {
    std::optional<PageMarker> marker;
    if (k + 1 < pageEnds.size() && !pageEnds[k + 1].number.empty())
      marker = numbering.marker(pageEnds[k + 1].number, pageEnds[k].file);
    layout.afterPageEnd.push_back(std::move(marker));
  }
  for (const auto& marker : layout.pages()) layout.fileOfId.emplace(marker.id, marker.file);
  return layout;
}

}  // namespace verbatim::epub
