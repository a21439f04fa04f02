// The document model: the contract between every stage.
//
// A Meeting is a plain value. Stage 1 produces it from raw text, the AKN reader
// produces it from an AKN file, and the AKN, EPUB and TEI writers consume it.
// Nothing else passes between stages.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace verbatim {

// A run of inline content. The kind says what `ref` means.
enum class InlineKind {
  Text,          // plain text
  Person,        // a person's name as printed; ref = TLCPerson id
  Organization,  // a state or body as printed; ref = TLCOrganization id
  Role,          // a title as printed ("主席", "The President"); ref = TLCRole id
  Language,      // a language note as printed ("（以法语发言）"); ref = language concept id
  DocumentRef,   // a document symbol as printed; ref = href
  Time,          // a clock time as printed; ref = ISO 8601 date-time; start/end in `event`
  PageEnd,       // the end of a printed page; ref = page number or empty when unknown
  Quantity,      // a vote's count as announced ("13", "none"); ref = vote side ("inFavour"),
                 // normalized = the number in digits ("0")
  Outcome,       // a vote's outcome as announced ("has been adopted"); ref = "adopted"/"rejected"
};

enum class TimeEvent { None, Start, End };

struct Inline {
  InlineKind kind = InlineKind::Text;
  std::string text;
  std::string ref;
  TimeEvent event = TimeEvent::None;
  std::string normalized;

  friend bool operator==(const Inline&, const Inline&) = default;
};

using Inlines = std::vector<Inline>;

// Source lines a piece of content came from (1-based, inclusive); 0 when it
// did not come from raw text (an AKN file read back). Not part of equality:
// provenance is reported in the audit, not stored in the record.
struct SourceSpan {
  int first = 0;
  int last = 0;
  friend bool operator==(const SourceSpan&, const SourceSpan&) { return true; }
};

struct Paragraph {
  Inlines content;
  SourceSpan source;
  friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

enum class NarrativeKind {
  Other,
  Opening,        // "The meeting was called to order at …"
  Closing,        // "The meeting rose at …"
  AgendaAdopted,  // "The agenda was adopted."
  VoteTaken,      // "A vote was taken by show of hands." / "A recorded vote was taken."
  Decision,       // "It was so decided." / "Draft resolution … was adopted (resolution …)."
  ChairChange,    // "Mr. X (Ghana), Vice-President, took the Chair."
  Suspension,     // "The meeting was suspended at … and resumed at …"
  Resumption,     // "The meeting resumed at …" on a line of its own, after the opening
  Silence,        // "… observed a minute of silence."
  Note,           // "[Subsequently the delegation of … advised …]"
  Seating,        // "At the invitation of the President, Mr. X (Israel) took a seat at the Council
                  // table."
  Escort,         // "Mr. X, President of the Republic of Y, was escorted into the General
                  // Assembly Hall."
  Tellers,        // "At the invitation of the President, Mr. X (Peru) and Ms. Y (Fiji) acted as
                  // tellers."
  Election,       // "Having obtained the required two-thirds majority, Algeria and Guyana were
                  // elected non-permanent members of the Security Council …"
  Event,          // "A video was shown." / "A musical performance took place.": what happened
                  // in the Hall, said by no one
};

// The name of a kind as AKN's concept ids and TEI's types write it ("opening",
// "chairChange"); empty for Other. And back: Other for an unknown name.
std::string_view narrativeKindName(NarrativeKind kind);
NarrativeKind narrativeKindNamed(std::string_view name);

struct Narrative {
  NarrativeKind kind = NarrativeKind::Other;
  Paragraph text;
  friend bool operator==(const Narrative&, const Narrative&) = default;
};

struct Heading {
  bool sub = false;  // subheading: a sub-item or document line under an agenda item
  Paragraph text;
  friend bool operator==(const Heading&, const Heading&) = default;
};

// One paragraph of a speech, or a stand-alone language note ("(spoke in French)")
// when its content is a single Language inline.
struct SpeechItem {
  Paragraph paragraph;
  // Said by the chair for its own State ("I shall now make a statement in my
  // capacity as the representative of …"), not as President.
  bool nationalCapacity = false;
  bool isLanguageSwitch() const {
    return paragraph.content.size() == 1 && paragraph.content[0].kind == InlineKind::Language;
  }
  friend bool operator==(const SpeechItem&, const SpeechItem&) = default;
};

struct Speech {
  Inlines from;    // the label as printed, without its final colon; empty for a continuation
  std::string by;  // TLCPerson or TLCOrganization id
  std::string as;  // TLCRole id, or empty
  bool continued =
      false;  // a later part of a turn split by a procedural line or a change of capacity
  std::vector<SpeechItem> items;
  SourceSpan source;
  friend bool operator==(const Speech&, const Speech&) = default;
};

enum class VoteChoice { InFavour, Against, Abstaining };

// "inFavour", "against", "abstaining": AKN's concept ids.
std::string_view voteChoiceName(VoteChoice choice);
// Whether a count's reference names a vote's side (an election's rows name
// what they count: "ballotPapers", "votesObtained").
bool isVoteChoiceName(std::string_view name);

// What a vote (or a decision without one) decided, as its result sentence says.
enum class VoteOutcome { Adopted, Rejected };

// "adopted", "rejected": AKN's concept ids.
std::string_view voteOutcomeName(VoteOutcome outcome);

// One list of a vote as printed: its label ("In favour:") and its States,
// each an Organization inline, with the separators between them as text
// ("None" stays text: an empty list).
struct VoteList {
  VoteChoice choice = VoteChoice::InFavour;
  Paragraph label;
  Paragraph members;
  int count() const;  // the States listed
  friend bool operator==(const VoteList&, const VoteList&) = default;
};

// A vote's lists (a show of hands or a recorded vote).
struct Vote {
  std::vector<VoteList> lists;
  // What the result that follows says was decided, where it says it.
  std::optional<VoteOutcome> outcome;
  SourceSpan source;
  friend bool operator==(const Vote&, const Vote&) = default;
};

enum class BlockKind { Heading, Narrative, Speech, Vote };

struct Block {
  BlockKind kind = BlockKind::Narrative;
  Heading heading;
  Narrative narrative;
  Speech speech;
  Vote vote;
  friend bool operator==(const Block&, const Block&) = default;
};

// An Address is a speaker's part of an item, headed by its subheading
// ("Address by Mr. X, President of …", in the general debate).
enum class SectionKind { Opening, AdoptionOfAgenda, AgendaItem, SubItem, Address, Other };

struct Section {
  SectionKind kind = SectionKind::Other;
  std::vector<Block> blocks;
  friend bool operator==(const Section&, const Section&) = default;
};

// Where a section stands in the record's outline. Sections are kept flat, in
// reading order; the outline is read from their kinds, one way for every
// writer:
// - an address or a sub-item ("(a) …") is a Part of the agenda item before
//   it, where one is;
// - an item's section with no heading right after a part (the speakers after
//   the last address) is that item going on (GoesOn), after its parts;
// - every other section is its Own.
enum class Nesting { Own, Part, GoesOn };

std::vector<Nesting> outlineOf(const std::vector<Section>& sections);

// Things the record points at: AKN's TLC references.
struct Person {
  std::string id;
  std::string name;  // as printed in the label, honorific included
  friend bool operator==(const Person&, const Person&) = default;
};

struct Organization {
  std::string id;
  std::string name;  // as printed
  std::string href;
  friend bool operator==(const Organization&, const Organization&) = default;
};

struct Role {
  std::string id;
  std::string name;
  std::string href;
  friend bool operator==(const Role&, const Role&) = default;
};

struct LanguageConcept {
  std::string id;    // "lang_fra"
  std::string code;  // ISO 639-2/B… three letters as in the IRIs: "fra"
  std::string name;  // as printed in the record's language
  friend bool operator==(const LanguageConcept&, const LanguageConcept&) = default;
};

// A member of the organ as the cover page lists it.
struct Member {
  std::string state;   // TLCOrganization id
  std::string person;  // TLCPerson id; empty when the cover names no one
  friend bool operator==(const Member&, const Member&) = default;
};

struct Metadata {
  std::string symbol;         // "S/PV.9381"
  std::string date;           // "2023-07-18"
  std::string language;       // BCP 47 of this language version: "zh"
  std::string body;           // "SC", "GA", …
  std::string meetingNumber;  // "9381"
  std::string place;          // when known
  std::string presidency;     // organization id of the presiding state, when known
  // From the cover page, when the input has one (all as printed):
  std::string session;      // "Seventy-third year", "Sixty-first session"
  std::string meetingLine;  // "8422nd meeting", "107th plenary meeting"
  std::string status;       // "Provisional", "Official Records"
  std::string committee;    // the organ's committee whose meeting it is: "First Committee"
  std::string dateLine;     // "Thursday, 13 December 2018, 3 p.m."
  std::string startTime;    // ISO 8601 date-time of the time the cover gives
  std::string president;    // TLCPerson id of the President
  // TLCRole id of the presiding office the cover names: "president", "chair".
  std::string presidentRole;
  std::vector<Member> members;
  std::vector<std::string> agenda;
  friend bool operator==(const Metadata&, const Metadata&) = default;
};

struct Meeting {
  Metadata meta;
  std::vector<Section> sections;
  std::vector<Person> people;
  std::vector<Organization> organizations;
  std::vector<Role> roles;
  std::vector<LanguageConcept> languages;
  friend bool operator==(const Meeting&, const Meeting&) = default;
};

// The text of inline content as it reads, markers left out.
std::string plainText(const Inlines& content);

// The printed name of the meeting's organization or person with that id;
// empty where there is none.
std::string organizationName(const Meeting& meeting, std::string_view id);
std::string personName(const Meeting& meeting, std::string_view id);

// Where the page end at `content[pageEnd]` falls inside a word of a script
// written with spaces ("разде" / "ления", the line-end hyphen gone): the bytes
// of the text run before it that are the word's (0 where the page ended
// between words, or between characters of a script without spaces, where
// every place is a word's end). AKN marks such a page end before the word.
std::size_t wordBytesBeforePageEnd(const Inlines& content, std::size_t pageEnd);

}  // namespace verbatim

namespace verbatim {

// How much of each thing a meeting holds: for reports and tests.
struct MeetingCounts {
  int sections = 0;
  int headings = 0;
  int narratives = 0;
  int speeches = 0;          // speech elements, continuations included
  int turns = 0;             // speeches that are not continuations
  int paragraphs = 0;        // paragraphs inside speeches, language switches excluded
  int languageSwitches = 0;  // stand-alone language notes inside speeches
  int votes = 0;
  int pageEnds = 0;
};

MeetingCounts countContent(const Meeting& meeting);

}  // namespace verbatim
