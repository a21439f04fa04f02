// A language profile compiled for matching: the profile's patterns as ICU
// regular expressions, built once per process and shared read-only by threads.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "raw/profile.hpp"

namespace verbatim {

// A piece of a matched string: byte offsets into it.
struct Piece {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool found() const { return end > begin; }
  std::string_view in(std::string_view s) const { return s.substr(begin, end - begin); }
};

struct LabelMatch {
  const TitleSpec* title = nullptr;  // a titular speaker, or null for a named person
  Piece speaker;                     // the name (honorific included) or the title
  Piece country;                     // inside the parentheses
  Piece role;                        // ", Rapporteur of the Third Committee" without the comma
  Piece note;                        // the language note, parentheses included
  Piece language;                    // the language name inside the note
  Piece colon;                       // the label's final delimiter
  std::size_t length = 0;            // bytes of the whole label, delimiter included
};

struct ProceduralMatch {
  NarrativeKind kind = NarrativeKind::Other;
  // Who took the chair, where a change of chair names them ("Mr. Rodrigues
  // Birkett (Guyana), Vice-President, took the Chair."): name and State.
  Piece chair, chairCountry;
};

// The pieces a cover-page or vote pattern may name.
struct Captures {
  Piece number, day, month, year, time, rest, title;
};

enum class CoverField {
  Body,
  Status,
  Session,
  Meeting,
  Date,
  Place,
  President,
  Members,
  Agenda,
  CorrectionNotice,
  Committee,
  InFavour,
  Against,
  Abstaining,
};

struct ClockTime {
  Piece where;
  int hour = 0;
  int minute = 0;
};

// A procedural sentence is a few lines at most (bytes): a paragraph longer
// than this is asked no more whether it goes on into one.
inline constexpr std::size_t kLongestProcedural = 600;

class Grammar {
 public:
  // The compiled grammar of a profile; compiled on first use, then shared by
  // all threads for the life of the process.
  static const Grammar& of(const LanguageProfile& profile);

  ~Grammar();
  Grammar(const Grammar&) = delete;
  Grammar& operator=(const Grammar&) = delete;

  const LanguageProfile& profile() const { return profile_; }

  std::optional<LabelMatch> label(std::string_view paragraph) const;
  // A paragraph that is only a language note: returns the note's language name.
  std::optional<LabelMatch> languageSwitch(std::string_view paragraph) const;
  std::optional<ProceduralMatch> procedural(std::string_view paragraph) const;
  // The same, and whether a longer text that begins with `paragraph` could
  // still be one (a procedural line wraps): when not, there is no need to ask
  // again as lines are joined to it.
  struct ProceduralProbe {
    std::optional<ProceduralMatch> match;
    bool longerCouldMatch = false;
    // For the probe of the same text with more at its end: the patterns that
    // could still match (bit i: pattern i), those whose word (a piece of text
    // every match contains) the text holds, and how much of it was searched.
    std::uint32_t alive = ~std::uint32_t{0};
    std::uint32_t wordFound = 0;
    std::size_t searched = 0;
  };
  ProceduralProbe probeProcedural(std::string_view paragraph) const;
  // `longer` is the text `before` probed with more at its end: only that is
  // searched again, and only the patterns still alive are tried.
  ProceduralProbe probeProcedural(std::string_view longer, const ProceduralProbe& before) const;
  // Does a procedural sentence begin with the first of `lines` (wrapped over
  // the others, as many as it needs)?
  bool beginsProcedural(std::span<const std::string_view> lines) const;
  bool isAgendaHeading(std::string_view paragraph) const;
  // "Agenda item 33 (continued)": the first line of an agenda item's heading.
  bool isAgendaItemHeading(std::string_view line) const;
  // "Address by Mr. X, President of …": the first line of a speaker's heading.
  bool beginsAddressHeading(std::string_view line) const;
  // The office an address's heading names before the speaker's name, in the
  // form a label names it ("Президент Республики Гана" of "Выступление
  // Президента Республики Гана Его Превосходительства г-на …"); empty where
  // the profile's headings set the office after the name.
  struct OfficeBeforeName {
    std::string office;
    std::size_t end = 0;  // where it ends in the heading: the name comes after
  };
  OfficeBeforeName officeBeforeName(std::string_view heading) const;
  // An office as it is named alone, where a heading or an invitation declines
  // its first words ("директора Оперативного отдела" is "директор …").
  std::string nominative(std::string_view office) const;
  // A labelled row of a ballot's result (the profile's ballotRow).
  bool isBallotRow(std::string_view line) const;
  // The profile's compounds as printed, each also as a sentence begins it
  // ("во-первых", "Во-первых").
  const std::vector<std::string>& compounds() const;
  // A ballot row's count: what it counts (BallotRowKind::kind), and the
  // number where the row gives one ("Number of ballot papers: 192").
  struct BallotCount {
    std::string_view kind;
    Piece number;  // not found on a row that heads the candidates' rows
    int value = 0;
  };
  std::optional<BallotCount> ballotCount(std::string_view line) const;
  // A candidate's row under "Number of votes obtained:": "Portugal 131",
  // "Mr. Viktor Sokolov (Russian Federation) . . . . . . 64".
  struct BallotCandidate {
    Piece name;    // leaders left out
    Piece number;  // the votes, at most four digits
    int value = 0;
  };
  std::optional<BallotCandidate> ballotCandidate(std::string_view line) const;
  // The people a rule 39 invitation names, each with the office after the
  // name ("Ms. Rosemary DiCarlo, Under-Secretary-General for …"); none where
  // the paragraph is no such invitation.
  struct Invitee {
    Piece name;    // without the honorific: "Rosemary DiCarlo"
    Piece office;  // "Under-Secretary-General for Political and Peacebuilding Affairs"
  };
  std::vector<Invitee> invitees(std::string_view paragraph) const;
  // A label's brackets that name an office, not a State (the profile's officeInLabel).
  bool namesAnOffice(std::string_view bracket) const;
  // A label's brackets that name the speaker's title (the profile's titleInLabel).
  bool namesATitle(std::string_view bracket) const;
  // A line that begins a heading of its own: "Draft resolution (A/64/L.72)", "(b) …".
  bool startsHeading(std::string_view line) const;
  // "(a) International trade and development": a sub-item, a part of its item.
  bool isSubItemHeading(std::string_view line) const;
  // A heading of the meeting's own business ("Expression of thanks to …"), no
  // item of its agenda.
  bool isNonItemHeading(std::string_view line) const;
  // Has a vote's list ended before `next`: a list line that ended on a whole
  // State's name, and a sentence that names no State and lists none?
  bool endsListBefore(std::string_view list, std::string_view next) const;
  // Does `line` hold one of `titles` (the cover's agenda) whole, or begin it?
  // A title's first line is long enough not to be a common phrase, and ends
  // between two words where the script spaces them (Chinese breaks anywhere).
  bool beginsTitle(std::span<const std::string> titles, std::string_view line) const;
  // A line of the cover page, or a vote list's label.
  std::optional<Captures> cover(CoverField field, std::string_view line) const;
  // A vote's label ("In favour:", "Against: Iraq, Sudan"), its States after it
  // on the line (`rest`) or not. Not a ballot's row ("Abstentions: 2"): a
  // count is no State.
  struct VoteLabel {
    VoteChoice choice;
    Piece rest;
  };
  std::optional<VoteLabel> voteLabel(std::string_view line) const;
  // A vote's result as announced in the text: in favour, against, abstaining,
  // and where each count is printed (not found where the sentence leaves it out).
  struct VoteResult {
    std::array<int, 3> counts{};
    std::array<Piece, 3> where{};
  };
  std::optional<VoteResult> voteResult(std::string_view text) const;
  // What a decision or a result's paragraph says was decided, where it says it.
  struct OutcomeAt {
    Piece where;
    VoteOutcome outcome = VoteOutcome::Adopted;
  };
  std::vector<OutcomeAt> outcomes(std::string_view text) const;
  // The month named as the profile prints it: 1–12, or 0.
  int month(std::string_view name) const;
  // "I shall now make a statement in my capacity as the representative of X": X.
  std::optional<Piece> nationalCapacity(std::string_view paragraph) const;
  // The office and its holder that the chair names giving the floor
  // (profile.floorToNamed), in the paragraph.
  struct NamedHolder {
    Piece title, name;
  };
  std::optional<NamedHolder> floorToNamed(std::string_view paragraph) const;
  bool resumesPresidency(std::string_view paragraph) const;
  // "I now give the floor to …": the chair gives the floor.
  bool givesFloor(std::string_view paragraph) const;
  // A sentence that is a paragraph of its own: the chair speaking in national
  // capacity, resuming the presidency, giving the floor.
  bool isParagraphOfItsOwn(std::string_view sentence) const;
  // Does the line open with one of the profile's paragraph openers ("Secondly,")?
  bool opensParagraph(std::string_view line) const;
  std::vector<ClockTime> times(std::string_view text) const;
  // Document symbols (S/2023/528, A/RES/78/1, S/PV.9315) in running text.
  std::vector<Piece> documentSymbols(std::string_view text) const;
  // "… en Haití (S/2026/97)": a line that ends with a document's symbol in
  // brackets, as a heading's document line does.
  bool endsWithDocumentSymbol(std::string_view line) const;
  // Resolutions cited by number: what the link covers, and the resolution's
  // symbol ("S/RES/2448(2018)", "A/RES/79/155").
  struct ResolutionRef {
    Piece where;
    std::string symbol;
  };
  std::vector<ResolutionRef> resolutions(std::string_view text) const;

  // Does this text end a sentence (closing quotes and brackets aside)?
  bool endsSentence(std::string_view text) const;
  // What goes between two hard-wrapped lines: nothing, or a space.
  std::string_view joiner(std::string_view left, std::string_view right) const;
  // Does the line begin with a conjunction after a hyphen that stands for a
  // compound's second part ("and police-contributing" after "troop-")?
  bool beginsAfterSuspendedHyphen(std::string_view line) const;
  // The ISO 639-2 code of a language name as printed in a note, or empty.
  std::string_view languageCode(std::string_view printedName) const;

  // A line that is a unit of its own: a language note, a procedural line,
  // the agenda heading.
  bool isWholeLineUnit(std::string_view line) const;
  // True when the line must start a paragraph: it is a whole-line unit, or
  // it (with the next line, since labels wrap) starts with a speaker label.
  bool startsBlock(std::string_view line, std::string_view withNext) const;
  // "…的修正案作出决定。已要求" / "进行记录表决。", "… مؤيدا. وقد" / "اتُخذ مشروع
  // القرار …": does `line`, which alone would be a procedural line, go on
  // with the sentence `previous` left open? A script with capitals begins its
  // procedural lines with one, which no sentence's tail does; one without
  // (Arabic, or Chinese, which breaks its lines anywhere) tells them apart
  // only by the sentence left open. Not after a colon or a count (a table's
  // column), nor where the line is a language switch or, with the next
  // (`withNext`), a label. (The caller asks whether a speech is open.)
  bool sentenceGoesOnInto(std::string_view previous, std::string_view line,
                          std::string_view withNext) const;
  // "The meeting was suspended at 11.50 a.m." / "and resumed at 12.35 p.m.":
  // does the procedural sentence `procedure`, which matched at an
  // abbreviation's stop, go on with `line` as the longer phrase? A line that
  // begins in lower case begins no sentence.
  bool procedureGoesOnInLowerCase(std::string_view procedure, std::string_view line) const;

 private:
  // A sentence's last mark, closing quotes and brackets after it allowed.
  bool endsWithSentenceMark(std::string_view text) const;
  explicit Grammar(const LanguageProfile& profile);
  struct Compiled;
  const LanguageProfile& profile_;
  std::unique_ptr<Compiled> compiled_;
};

}  // namespace verbatim
