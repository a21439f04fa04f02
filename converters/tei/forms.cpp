#include "tei/forms.hpp"

#include "core/text.hpp"

namespace verbatim::tei {

const char* voteNoteType(VoteChoice choice) {
  switch (choice) {
    case VoteChoice::InFavour: return "vote-ayes";
    case VoteChoice::Against: return "vote-noes";
    case VoteChoice::Abstaining: return "vote-abstentions";
  }
  return "vote-ayes";
}

NarrativeForm narrativeForm(NarrativeKind kind) {
  switch (kind) {
    case NarrativeKind::Opening:
    case NarrativeKind::Closing:
    case NarrativeKind::Suspension:
    case NarrativeKind::Resumption: return NarrativeForm::TimeNote;
    case NarrativeKind::VoteTaken:
    case NarrativeKind::Seating:
    case NarrativeKind::Escort:
    case NarrativeKind::Tellers:
    case NarrativeKind::Event:
    case NarrativeKind::Silence: return NarrativeForm::Action;
    case NarrativeKind::AgendaAdopted:
    case NarrativeKind::Decision:
    case NarrativeKind::Election:
    case NarrativeKind::ChairChange:
    case NarrativeKind::Note:
    case NarrativeKind::Other: return NarrativeForm::CommentNote;
  }
  return NarrativeForm::CommentNote;
}

std::optional<PlainText> plainWithTrailingPageEnds(const Inlines& content) {
  PlainText plain;
  for (const auto& run : content) {
    switch (run.kind) {
      case InlineKind::PageEnd: ++plain.trailingPageEnds; continue;
      case InlineKind::Time: return std::nullopt;
      case InlineKind::Text:
      case InlineKind::Person:
      case InlineKind::Organization:
      case InlineKind::Role:
      case InlineKind::Language:
      case InlineKind::DocumentRef:
      case InlineKind::Quantity:
      case InlineKind::Outcome:
        if (plain.trailingPageEnds > 0 && !run.text.empty()) return std::nullopt;
        plain.text += run.text;
        break;
    }
  }
  if (plain.text.empty() || plain.text != text::collapseSpaces(plain.text)) return std::nullopt;
  return plain;
}

std::string originalLanguageOf(const Inlines& label) {
  for (const auto& run : label)
    if (run.kind == InlineKind::Language) return run.ref;
  return {};
}

std::string_view separator(const Inlines& label, const Inlines& members) {
  const std::string before = plainText(label), after = plainText(members);
  if (before.empty() || after.empty()) return {};
  const char32_t last = text::last(before), first = text::first(after);
  if (text::isSpace(last) || text::isSpace(first) || text::isWide(last) || text::isWide(first))
    return {};
  return " ";
}

}  // namespace verbatim::tei
