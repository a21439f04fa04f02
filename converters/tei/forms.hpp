// Which TEI form each kind of the model takes, and the small decisions
// about its text (see body.hpp for the whole mapping).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace verbatim::tei {

// Where inline content goes decides what it may contain (ParlaMint: seg and
// head hold text and pb; note also time).
enum class Holder { Seg, Head, Note };

const char* voteNoteType(VoteChoice choice);

enum class NarrativeForm { TimeNote, CommentNote, Action };
NarrativeForm narrativeForm(NarrativeKind kind);

// The text of content that is plain text up to its trailing page ends, with
// the number of those page ends; nullopt when a page end or a time stands
// inside it, or its text is not what ParlaMint's desc allows (one line, no
// space at either end).
struct PlainText {
  std::string text;
  int trailingPageEnds = 0;
};
std::optional<PlainText> plainWithTrailingPageEnds(const Inlines& content);

// The language note of a speaker label (AKN concept id), empty when none.
std::string originalLanguageOf(const Inlines& label);

// Between a vote list's label and its States: a space, except next to a wide
// (CJK) character, which takes none ("In favour: France", "赞成：法国").
std::string_view separator(const Inlines& label, const Inlines& members);

}  // namespace verbatim::tei
