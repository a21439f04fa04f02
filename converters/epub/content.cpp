#include "epub/content.hpp"

#include <algorithm>

#include "core/bodies.hpp"
#include "core/text.hpp"
#include "epub/inlines.hpp"
#include "epub/xhtml.hpp"

namespace verbatim::epub {
namespace {

const char* sectionClass(SectionKind kind) {
  switch (kind) {
    case SectionKind::Opening: return "opening";
    case SectionKind::AdoptionOfAgenda: return "agenda-adoption";
    case SectionKind::AgendaItem: return "agenda-item";
    case SectionKind::SubItem: return "sub-item";
    case SectionKind::Address: return "address";
    case SectionKind::Other: return "proceedings";
  }
  return "proceedings";
}

class PartWriter {
 public:
  PartWriter(const BookLayout& layout, const EditionLocale& locale)
      : locale_(locale), inlines_(layout, locale) {}

  // A section of its own starts a <section> of the document; a part of an
  // item (a sub-item, an address) is a <section> inside its item's, where the
  // item's is in the same document, and its headings a level lower; the item
  // going on after its parts goes on in the item's <section>.
  void section(pugi::xml_node body, const Section& section, const SectionPlace& place) {
    if (place.nesting == Nesting::Own) item_ = {};
    if (place.nesting == Nesting::GoesOn && item_) return blocks(item_, section, place, false);
    auto node = (place.nesting == Nesting::Part && item_ ? item_ : body).append_child("section");
    if (place.nesting == Nesting::Own) item_ = node;
    // An item going on after its parts has its item's id, which is taken.
    if (!place.id.empty()) node.append_attribute("id") = place.id.c_str();
    node.append_attribute("class") = sectionClass(section.kind);
    blocks(node, section, place, place.nesting == Nesting::Part);
  }

  // A part is nested in its item's <section> only in the item's document.
  void beginDocument() { item_ = {}; }

  InlineWriter& inlines() { return inlines_; }

 private:
  void blocks(pugi::xml_node node, const Section& section, const SectionPlace& place, bool part) {
    bool mainHeading = false;
    for (const auto& block : section.blocks)
      mainHeading = mainHeading || (block.kind == BlockKind::Heading && !block.heading.sub);
    for (std::size_t b = 0; b < section.blocks.size(); ++b) {
      const Block& block = section.blocks[b];
      const std::string& id = place.blockIds[b];
      switch (block.kind) {
        case BlockKind::Heading: {
          // The item's title is h2 (h1 is the record's); sub-items under it
          // h3; a part's headings are its item's subheadings.
          const bool lower = part || (block.heading.sub && mainHeading);
          inlines_.writeBlock(node.append_child(lower ? "h3" : "h2"), block.heading.text.content);
          break;
        }
        case BlockKind::Narrative: narrative(node, block.narrative, id); break;
        case BlockKind::Speech: speech(node, block.speech, id); break;
        case BlockKind::Vote: vote(node, block.vote, id); break;
      }
    }
  }

  void narrative(pugi::xml_node parent, const Narrative& narrative, const std::string& id) {
    auto p = parent.append_child("p");
    p.append_attribute("id") = id.c_str();
    std::string classes = "procedural";
    if (auto kind = narrativeKindName(narrative.kind); !kind.empty())
      classes += " " + std::string(kind);
    p.append_attribute("class") = classes.c_str();
    inlines_.writeBlock(p, narrative.text.content);
  }

  // A row of an election's result the chair reads out ("Number of ballot
  // papers: 192", "Portugal 131"): a count that is no vote's side. Set as a
  // row of a table, not as a paragraph of speech.
  static bool isResultRow(const Inlines& content) {
    return std::any_of(content.begin(), content.end(), [](const Inline& run) {
      return run.kind == InlineKind::Quantity && !isVoteChoiceName(run.ref);
    });
  }

  // A neutral <div>: a speech is not a section of the document. The label
  // opens the first paragraph, as printed; a turn that goes on after the
  // chair changed hands has its label repeated, in square brackets (the
  // record does not print it there).
  void speech(pugi::xml_node parent, const Speech& speech, const std::string& id) {
    auto div = parent.append_child("div");
    div.append_attribute("id") = id.c_str();
    div.append_attribute("class") = speech.continued ? "speech continued" : "speech";
    bool labelWritten = speech.from.empty();
    auto labelLine = [&] {
      auto p = div.append_child("p");
      p.append_attribute("class") = "speaker-line";
      inlines_.writeLabel(p, speech.from, speech.continued);
      labelWritten = true;
    };
    for (const auto& item : speech.items) {
      if (item.isLanguageSwitch()) {
        if (!labelWritten) labelLine();
        auto p = div.append_child("p");
        p.append_attribute("class") = "lang-switch";
        inlines_.writeBlock(p, item.paragraph.content);
        continue;
      }
      auto p = div.append_child("p");
      if (item.nationalCapacity)
        p.append_attribute("class") = "national-capacity";
      else if (labelWritten && isResultRow(item.paragraph.content))
        p.append_attribute("class") = "result-row";
      if (!labelWritten) {
        inlines_.writeLabel(p, speech.from, speech.continued);
        labelWritten = true;
      }
      inlines_.writeBlock(p, item.paragraph.content);
    }
    if (!labelWritten) labelLine();
  }

  // The lists of a vote as a table: each list's label as printed heads its
  // row. A page that begins where the vote ends begins after the table.
  void vote(pugi::xml_node parent, const Vote& vote, const std::string& id) {
    auto table = parent.append_child("table");
    table.append_attribute("id") = id.c_str();
    table.append_attribute("class") = "vote";
    // The caption tells one vote from another: each side as printed, with
    // its count ("Result of the vote: In favour 13, Against 0, Abstaining 2").
    std::string caption(locale_.vote);
    std::string sides;
    for (const auto& list : vote.lists) {
      std::string label = plainText(list.label.content);
      while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
      if (label.ends_with("：")) label.resize(label.size() - std::string_view("：").size());
      if (label.empty()) continue;
      sides += (sides.empty() ? "" : std::string(locale_.listSeparator)) +
               sideCount(locale_, label, list.count());
    }
    if (!sides.empty()) caption += std::string(locale_.labelSeparator) + sides;
    table.append_child("caption").text().set(caption.c_str());
    auto body = table.append_child("tbody");
    std::size_t pageEndsAfter = 0;
    for (const auto& list : vote.lists) {
      auto row = body.append_child("tr");
      row.append_attribute("class") = std::string(voteChoiceName(list.choice)).c_str();
      auto label = appendEmpty(row, "th");
      label.append_attribute("scope") = "row";
      inlines_.write(label, list.label.content);
      auto members = appendEmpty(row, "td");
      if (&list == &vote.lists.back())
        pageEndsAfter = inlines_.writeLeavingTrailingPageEnds(members, list.members.content);
      else
        inlines_.write(members, list.members.content);
    }
    inlines_.writePageEnds(parent, pageEndsAfter);
  }

  const EditionLocale& locale_;
  InlineWriter inlines_;
  pugi::xml_node item_;  // the <section> of the last item of its own in this document
};

// A term and its value on the title page, when the value is known.
void fact(pugi::xml_node list, std::string_view term, const std::string& value) {
  if (value.empty()) return;
  list.append_child("dt").text().set(std::string(term).c_str());
  list.append_child("dd").text().set(value.c_str());
}

// The members of the organ as the cover page lists them: State and representative.
void memberTable(pugi::xml_node parent, const RecordFacts& facts, const EditionLocale& locale) {
  if (facts.members.empty()) return;
  auto table = parent.append_child("table");
  table.append_attribute("class") = "members";
  table.append_child("caption").text().set(std::string(locale.members).c_str());
  auto body = table.append_child("tbody");
  for (const auto& member : facts.members) {
    auto row = body.append_child("tr");
    auto state = appendEmpty(row, "th");
    state.append_attribute("scope") = "row";
    state.text().set(member.state.c_str());
    appendEmpty(row, "td").text().set(member.person.c_str());
  }
}

void agendaList(pugi::xml_node parent, const RecordFacts& facts, const BookLayout& layout,
                const EditionLocale& locale) {
  if (layout.agenda.empty() && facts.agenda.empty()) return;
  parent.append_child("h2").text().set(std::string(locale.agenda).c_str());
  auto list = parent.append_child("ol");
  list.append_attribute("class") = "agenda";
  // The items as the record heads them, each a link to its section.
  for (const auto& entry : layout.agenda) {
    auto item = list.append_child("li");
    auto link = item.append_child("a");
    link.append_attribute("href") = entry.item.href().c_str();
    link.text().set(entry.item.label.c_str());
    for (const auto& subheading : entry.subheadings) {
      auto line = item.append_child("span");
      line.append_attribute("class") = "subitem";
      line.text().set(subheading.c_str());
    }
  }
  if (!layout.agenda.empty()) return;
  for (const auto& printed : facts.agenda) list.append_child("li").text().set(printed.c_str());
}

// The time the meeting was called to order, as printed.
std::string openingTime(const Meeting& meeting) {
  for (const auto& section : meeting.sections)
    for (const auto& block : section.blocks) {
      std::string found;
      forEachInlines(block, [&](const Inlines& content) {
        for (const auto& run : content)
          if (found.empty() && run.kind == InlineKind::Time && run.event == TimeEvent::Start)
            found = run.text;
      });
      if (!found.empty()) return found;
    }
  return {};
}

}  // namespace

RecordFacts recordFacts(const Meeting& meeting, const EditionLocale& locale) {
  const auto& meta = meeting.meta;
  RecordFacts facts;
  // The body's name as this language version prints it; its English name
  // when the record does not say.
  if (const BodyInfo* body = findBody(meta.body)) {
    facts.body = organizationName(meeting, body->id);
    if (facts.body.empty()) facts.body = std::string(body->english);
  }
  // A committee's meeting is numbered in the committee's series: "First
  // Committee, 21st meeting", as its cover prints it.
  if (!meta.committee.empty()) facts.body = meta.committee;
  // The Assembly's own meetings, not its committees', are plenary meetings.
  const bool plenary = meta.body == "GA" && meta.committee.empty();
  if (!meta.meetingNumber.empty() && !facts.body.empty()) {
    facts.title = meetingTitle(locale, facts.body, meta.meetingNumber, plenary);
    // A resumed meeting's record is one of its own: "…, 5432nd meeting
    // (Resumption 1)", as its symbol says.
    if (const auto open = meta.symbol.find(" ("); open != std::string::npos)
      facts.title += meta.symbol.substr(open);
  } else
    facts.title = facts.body.empty()
                      ? meta.symbol
                      : facts.body + std::string(locale.labelSeparator) + meta.symbol;
  facts.session = meta.session;
  facts.catalogueTitle = facts.title;
  if (meta.body == "GA" && !meta.meetingNumber.empty() && !meta.session.empty()) {
    facts.catalogueTitle = titleWithSession(locale, facts.title, meta.session);
  }
  facts.status = meta.status;
  // The cover's date line has the time too.
  facts.date = meta.dateLine.empty() ? longDate(locale, meta.date) : meta.dateLine;
  if (meta.dateLine.empty()) facts.openingTime = openingTime(meeting);
  const std::string presidency = organizationName(meeting, meta.presidency);
  if (const std::string president = personName(meeting, meta.president); !president.empty())
    facts.president = personOfState(locale, president, presidency);
  else
    facts.presidency = presidency;
  facts.presidentTitle = std::string(locale.president);
  for (const auto& role : meeting.roles)
    if (!meta.presidentRole.empty() && role.id == meta.presidentRole && !role.name.empty())
      facts.presidentTitle = role.name;
  for (const auto& member : meta.members)
    facts.members.push_back(
        {organizationName(meeting, member.state), personName(meeting, member.person)});
  facts.agenda = meta.agenda;
  return facts;
}

XhtmlFile renderTitlePage(const Meeting& meeting, const RecordFacts& facts,
                          const BookLayout& layout, const EditionLocale& locale) {
  pugi::xml_document document;
  auto body = startXhtml(document, locale, facts.title);
  body.append_attribute("epub:type") = "frontmatter";
  auto page = body.append_child("section");
  page.append_attribute("epub:type") = "titlepage";
  page.append_attribute("class") = "titlepage";
  if (layout.coverPage) writePageMarker(page, *layout.coverPage);

  auto symbol = page.append_child("p");
  symbol.append_attribute("class") = "symbol";
  if (rightToLeft(locale)) {
    symbol.append_attribute("dir") = "ltr";
    setLanguage(symbol, "en");
  }
  symbol.text().set(meeting.meta.symbol.c_str());
  for (const auto& [line, style] :
       {std::pair{facts.status, "status"}, {facts.session, "session"}}) {
    if (line.empty()) continue;
    auto p = page.append_child("p");
    p.append_attribute("class") = style;
    p.text().set(line.c_str());
  }
  page.append_child("h1").text().set(facts.title.c_str());

  auto details = page.append_child("dl");
  details.append_attribute("class") = "meeting";
  fact(details, locale.date, facts.date);
  fact(details, locale.time, facts.openingTime);
  fact(details, locale.place, meeting.meta.place);
  fact(details, facts.presidentTitle, facts.president);
  fact(details, locale.presidency, facts.presidency);
  if (!details.first_child()) page.remove_child(details);

  memberTable(page, facts, locale);
  agendaList(page, facts, layout, locale);
  return {std::string(kTitleFile), serializeXml(document)};
}

Result<std::vector<XhtmlFile>> renderParts(const Meeting& meeting, const RecordFacts& facts,
                                           const BookLayout& layout, const EditionLocale& locale) {
  PartWriter writer(layout, locale);
  std::vector<XhtmlFile> parts;
  std::size_t s = 0;
  for (const auto& file : layout.parts) {
    pugi::xml_document document;
    auto body = startXhtml(document, locale, facts.title);
    body.append_attribute("epub:type") = "bodymatter";
    if (parts.empty()) writer.inlines().writeFirstPage(body);
    writer.beginDocument();
    for (; s < meeting.sections.size() && layout.sections[s].file == file; ++s)
      writer.section(body, meeting.sections[s], layout.sections[s]);
    parts.push_back({file, serializeXml(document)});
  }
  if (writer.inlines().pageEndsWritten() != layout.afterPageEnd.size() ||
      s != meeting.sections.size())
    return Error{ErrorKind::ValidationFailed,
                 "the EPUB content and its page list disagree (a bug: please report it)",
                 {},
                 0,
                 {}};
  return parts;
}

}  // namespace verbatim::epub
