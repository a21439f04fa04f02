#include "core/model.hpp"

#include <algorithm>
#include <utility>

#include "core/text.hpp"

namespace verbatim {

namespace {

constexpr std::pair<NarrativeKind, std::string_view> kNarrativeNames[] = {
    {NarrativeKind::Opening, "opening"},
    {NarrativeKind::Closing, "closing"},
    {NarrativeKind::AgendaAdopted, "agendaAdopted"},
    {NarrativeKind::VoteTaken, "voteTaken"},
    {NarrativeKind::Decision, "decision"},
    {NarrativeKind::ChairChange, "chairChange"},
    {NarrativeKind::Suspension, "suspension"},
    {NarrativeKind::Resumption, "resumption"},
    {NarrativeKind::Silence, "silence"},
    {NarrativeKind::Note, "note"},
    {NarrativeKind::Seating, "seating"},
    {NarrativeKind::Escort, "escort"},
    {NarrativeKind::Tellers, "tellers"},
    {NarrativeKind::Election, "election"},
    {NarrativeKind::Event, "event"},
};

}  // namespace

std::string_view narrativeKindName(NarrativeKind kind) {
  for (const auto& [k, name] : kNarrativeNames)
    if (k == kind) return name;
  return {};
}

NarrativeKind narrativeKindNamed(std::string_view name) {
  for (const auto& [k, n] : kNarrativeNames)
    if (n == name) return k;
  return NarrativeKind::Other;
}

std::string organizationName(const Meeting& meeting, std::string_view id) {
  for (const auto& organization : meeting.organizations)
    if (organization.id == id) return organization.name;
  return {};
}

std::string personName(const Meeting& meeting, std::string_view id) {
  for (const auto& person : meeting.people)
    if (person.id == id) return person.name;
  return {};
}

std::string plainText(const Inlines& content) {
  std::string text;
  for (const auto& run : content) text += run.text;
  return text;
}

std::size_t wordBytesBeforePageEnd(const Inlines& content, std::size_t pageEnd) {
  if (pageEnd == 0 || pageEnd + 1 >= content.size()) return 0;
  const Inline& before = content[pageEnd - 1];
  const Inline& after = content[pageEnd + 1];
  if (content[pageEnd].kind != InlineKind::PageEnd || before.kind != InlineKind::Text ||
      after.kind != InlineKind::Text || !text::isSpacedWordCharacter(text::first(after.text)))
    return 0;
  return text::trailingWordBytes(before.text);
}

}  // namespace verbatim

namespace verbatim {
namespace {

int pageEndsIn(const Inlines& content) {
  int n = 0;
  for (const auto& run : content) n += run.kind == InlineKind::PageEnd;
  return n;
}

}  // namespace

std::string_view voteChoiceName(VoteChoice choice) {
  switch (choice) {
    case VoteChoice::InFavour: return "inFavour";
    case VoteChoice::Against: return "against";
    case VoteChoice::Abstaining: return "abstaining";
  }
  return "inFavour";
}

bool isVoteChoiceName(std::string_view name) {
  for (const auto choice : {VoteChoice::InFavour, VoteChoice::Against, VoteChoice::Abstaining})
    if (name == voteChoiceName(choice)) return true;
  return false;
}

std::string_view voteOutcomeName(VoteOutcome outcome) {
  return outcome == VoteOutcome::Rejected ? "rejected" : "adopted";
}

int VoteList::count() const {
  int n = 0;
  for (const auto& run : members.content) n += run.kind == InlineKind::Organization;
  return n;
}

std::vector<Nesting> outlineOf(const std::vector<Section>& sections) {
  std::vector<Nesting> outline;
  outline.reserve(sections.size());
  bool inItem = false;  // the last section of its own is an agenda item
  for (const auto& section : sections) {
    const bool headed = std::any_of(section.blocks.begin(), section.blocks.end(),
                                    [](const Block& b) { return b.kind == BlockKind::Heading; });
    Nesting nesting = Nesting::Own;
    if ((section.kind == SectionKind::Address || section.kind == SectionKind::SubItem) && inItem)
      nesting = Nesting::Part;
    else if (section.kind == SectionKind::AgendaItem && !headed && !outline.empty() &&
             outline.back() == Nesting::Part)
      nesting = Nesting::GoesOn;
    if (nesting == Nesting::Own) inItem = section.kind == SectionKind::AgendaItem;
    outline.push_back(nesting);
  }
  return outline;
}

MeetingCounts countContent(const Meeting& meeting) {
  MeetingCounts counts;
  for (const auto& section : meeting.sections) {
    ++counts.sections;
    for (const auto& block : section.blocks) {
      switch (block.kind) {
        case BlockKind::Heading:
          ++counts.headings;
          counts.pageEnds += pageEndsIn(block.heading.text.content);
          break;
        case BlockKind::Narrative:
          ++counts.narratives;
          counts.pageEnds += pageEndsIn(block.narrative.text.content);
          break;
        case BlockKind::Speech:
          ++counts.speeches;
          counts.turns += !block.speech.continued;
          counts.pageEnds += pageEndsIn(block.speech.from);
          for (const auto& item : block.speech.items) {
            if (item.isLanguageSwitch())
              ++counts.languageSwitches;
            else
              ++counts.paragraphs;
            counts.pageEnds += pageEndsIn(item.paragraph.content);
          }
          break;
        case BlockKind::Vote:
          ++counts.votes;
          for (const auto& list : block.vote.lists)
            counts.pageEnds += pageEndsIn(list.label.content) + pageEndsIn(list.members.content);
          break;
      }
    }
  }
  return counts;
}

}  // namespace verbatim
