// Small meetings made by hand, so that a test shows the content it renders.
#pragma once

#include <string>
#include <vector>

#include "core/model.hpp"

namespace verbatim::testing::epub {

inline Inline text(std::string s) {
  return {InlineKind::Text, std::move(s), {}, TimeEvent::None, {}};
}
inline Inline person(std::string s, std::string id) {
  return {InlineKind::Person, std::move(s), std::move(id), TimeEvent::None, {}};
}
inline Inline organization(std::string s, std::string id) {
  return {InlineKind::Organization, std::move(s), std::move(id), TimeEvent::None, {}};
}
inline Inline role(std::string s, std::string id) {
  return {InlineKind::Role, std::move(s), std::move(id), TimeEvent::None, {}};
}
inline Inline language(std::string s, std::string id) {
  return {InlineKind::Language, std::move(s), std::move(id), TimeEvent::None, {}};
}
inline Inline documentRef(std::string s, std::string href) {
  return {InlineKind::DocumentRef, std::move(s), std::move(href), TimeEvent::None, {}};
}
inline Inline time(std::string s, std::string iso, TimeEvent event) {
  return {InlineKind::Time, std::move(s), std::move(iso), event, {}};
}
inline Inline pageEnd(std::string number) {
  return {InlineKind::PageEnd, {}, std::move(number), TimeEvent::None, {}};
}

inline Block heading(Inlines content, bool sub = false) {
  Block block;
  block.kind = BlockKind::Heading;
  block.heading.sub = sub;
  block.heading.text.content = std::move(content);
  return block;
}

inline Block narrative(NarrativeKind kind, Inlines content) {
  Block block;
  block.kind = BlockKind::Narrative;
  block.narrative.kind = kind;
  block.narrative.text.content = std::move(content);
  return block;
}

inline SpeechItem paragraph(Inlines content, bool nationalCapacity = false) {
  SpeechItem item;
  item.paragraph.content = std::move(content);
  item.nationalCapacity = nationalCapacity;
  return item;
}

inline Block speech(Inlines from, std::vector<SpeechItem> items, bool continued = false) {
  Block block;
  block.kind = BlockKind::Speech;
  block.speech.from = std::move(from);
  block.speech.by = "someone";
  block.speech.items = std::move(items);
  block.speech.continued = continued;
  return block;
}

inline Block vote(std::vector<VoteList> lists) {
  Block block;
  block.kind = BlockKind::Vote;
  block.vote.lists = std::move(lists);
  return block;
}

inline VoteList voteList(VoteChoice choice, std::string label, Inlines members) {
  VoteList list;
  list.choice = choice;
  list.label.content = {text(std::move(label))};
  list.members.content = std::move(members);
  return list;
}

inline Section section(SectionKind kind, std::vector<Block> blocks) {
  Section s;
  s.kind = kind;
  s.blocks = std::move(blocks);
  return s;
}

// An English Security Council meeting of four sections: the opening, the
// adoption of the agenda, and two agenda items; five printed pages, the
// number of the fourth not printed.
inline Meeting smallMeeting(std::string languageCode = "en") {
  Meeting m;
  m.meta.symbol = "S/PV.99999";
  m.meta.date = "2099-01-05";
  m.meta.language = std::move(languageCode);
  m.meta.body = "SC";
  m.meta.meetingNumber = "99999";
  m.meta.place = "New York";
  m.meta.presidency = "gha";
  m.organizations = {{"unsc", "Security Council", "/akn/ontology/organization/un/un-sc"},
                     {"gha", "Ghana", "/akn/ontology/organization/un/member.gha"},
                     {"fra", "France", "/akn/ontology/organization/un/member.fra"}};
  m.people = {{"dupont", "Mr. Dupont"}};
  m.sections.push_back(section(
      SectionKind::Opening,
      {narrative(NarrativeKind::Opening,
                 {text("The meeting was called to order at "),
                  time("10.05 a.m.", "2099-01-05T10:05:00", TimeEvent::Start), text(".")})}));
  m.sections.push_back(
      section(SectionKind::AdoptionOfAgenda,
              {heading({text("Adoption of the agenda")}),
               narrative(NarrativeKind::AgendaAdopted, {text("The agenda was adopted.")})}));
  m.sections.push_back(section(
      SectionKind::AgendaItem,
      {heading({text("Threats to international peace")}),
       heading({text("Letter dated 1 January 2099 ("),
                documentRef("S/2099/1", "https://undocs.org/en/S/2099/1"), text(")")},
               true),
       speech(
           {role("The President", "president"), text(" "),
            language("(spoke in French)", "lang_fra")},
           {paragraph({text("I welcome the Secretary-General."), pageEnd("2")}),
            paragraph({text("See the statement of "),
                       documentRef("Mr. Dupont", "#dbsect_4__speech_1"), text(" and the report "),
                       documentRef("A/99/1", "/akn/un/doc/A-99-1"), text(".")}),
            paragraph({text("I now speak as the representative of Ghana.")}, true)}),
       narrative(NarrativeKind::VoteTaken, {text("A vote was taken by show of hands.")}),
       vote({voteList(VoteChoice::InFavour, "In favour:",
                      {organization("France", "fra"), text(", "), organization("Ghana", "gha")}),
             voteList(VoteChoice::Against, "Against:", {text("None")}),
             voteList(VoteChoice::Abstaining, "Abstaining:", {text("None"), pageEnd("3")})})}));
  m.sections.push_back(section(
      SectionKind::AgendaItem,
      {heading({text("The question of peace")}),
       speech({person("Mr. Dupont", "dupont"), text(" ("), organization("France", "fra"),
               text(") "), language("(spoke in French)", "lang_fra")},
              {paragraph({language("(spoke in English)", "lang_eng")}),
               paragraph({text("Peace is a practice"), pageEnd(""), text(" of every day.")})}),
       speech({role("The President", "president")}, {paragraph({text("I thank him.")})}, true),
       narrative(NarrativeKind::Closing, {text("The meeting rose at noon."), pageEnd("5")})}));
  return m;
}

}  // namespace verbatim::testing::epub
