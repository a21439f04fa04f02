// A language profile: everything about a language version of a record that
// recognition needs, as data. Adding a language is adding a profile (a file in
// profiles/) and its fixtures; no code branches on the language.
//
// Patterns are ICU regular expressions (UTF-8 source). Named groups carry the
// pieces recognition needs; each pattern's comment lists the groups it must have.
#pragma once

#include <span>
#include <string_view>
#include <utility>

#include "core/model.hpp"

namespace verbatim {

struct LanguageName {
  std::string_view printed;  // as the language's "spoke in X" note prints it: "法语", "French"
  std::string_view code;     // ISO 639-2 three letters: "fra"
};

// A titular speaker ("主席", "The President", "秘书长").
struct TitleSpec {
  std::string_view printed;   // the title as printed in a label
  std::string_view roleId;    // TLCRole id: "president"
  std::string_view roleName;  // TLCRole showAs, in this language
  bool presiding = false;     // the chair of the meeting: speaks for the presidency
  // For other titles, the organ the holder speaks for (a BodyInfo key: "Secretariat").
  std::string_view body;
};

struct ProceduralSpec {
  // The whole paragraph. {time} stands for a clock time (TimeSpec); a second
  // {time2} for a second one ("suspended at … and resumed at …").
  std::string_view pattern;
  NarrativeKind kind = NarrativeKind::Other;
};

// The cover page (page 1 of a PDF extraction): what it says becomes metadata.
struct CoverSpec {
  std::string_view bodyLine;  // the organ: groups per BodyInfo key are looked up in `bodies`
  std::string_view status;    // "Provisional", "Official Records"
  std::string_view session;   // "Seventy-third year", "Sixty-first session"
  // "8422nd meeting", "107th plenary meeting" (also split over two lines by
  // extraction: "8422" / "nd meeting"); group `number`.
  std::string_view meeting;
  // "Thursday, 13 December 2018, 3 p.m."; groups `day`, `month`, `year`, optional `time`.
  std::string_view date;
  std::span<const std::string_view> months;  // January … December as printed
  std::string_view place;                    // "New York", "Geneva"
  std::string_view president;                // "President:" with optional group `rest`
  std::string_view members;                  // "Members:"
  std::string_view agenda;                   // "Agenda"
  // The first words of the correction notice at the foot of page 1.
  std::string_view correctionNotice;
  // The organ's committee whose meeting it is, under the organ: "First
  // Committee", "Première Commission" (the whole line).
  std::string_view committee;
};

// How a result sentence or a decision says what was decided: "has been
// adopted", "has not been adopted". The whole match is what AKN marks as the
// outcome. Where one wording holds another ("no ha sido aprobado"), the
// longer is listed first: it wins where both match.
// What a ballot row counts, by the words it opens with ("Number of ballot
// papers" → "ballotPapers"): the AKN concept its number refers to.
struct BallotRowKind {
  std::string_view label;  // a pattern, matched at the row's start
  std::string_view kind;   // ballotPapers, invalidBallots, validBallots, abstentions,
                           // presentAndVoting, requiredMajority, votesObtained
};

struct OutcomeWording {
  std::string_view pattern;
  VoteOutcome outcome = VoteOutcome::Adopted;
};

// The lists of a vote: labels as printed and how a list joins its States.
struct VoteSpec {
  std::string_view inFavour;       // "In favour:" (the whole line)
  std::string_view against;        // "Against:"
  std::string_view abstaining;     // "Abstaining:"
  std::string_view none;           // "None": an empty list ("Ninguno|Ninguna": either)
  std::string_view separator;      // between States: ","
  std::string_view lastSeparator;  // before the last State: "and"
  // The result as announced ("received 13 votes in favour, none against and two
  // abstentions"; "adopted by 143 votes to 4, with 11 abstentions"): searched
  // for in the text after the lists; groups `inFavour`, `against`, `abstaining`.
  std::span<const std::string_view> results;
  // Numbers written as words in those sentences: {"none", 0}, {"two", 2}.
  std::span<const std::pair<std::string_view, int>> numberWords;
  // What was decided, looked for in a decision and in a result's paragraph.
  std::span<const OutcomeWording> outcomes;
};

// How a clock time is printed: "上午10时05分", "3.10 p.m.", "10 h 5".
// Groups: `hour`, optional `minute`, and optional `period` looked up in `periods`.
struct TimeSpec {
  std::string_view pattern;
  // Period words and the hour each period begins at: a 12-hour clock reading
  // is the first hour at or after it that the clock shows ("上午" 0, "p.m." 12:
  // "12.20 a.m." is 0.20; "中午" 11: its 11 is 11, its 12 noon, its 1 13);
  // empty when the clock is 24-hour.
  std::span<const std::pair<std::string_view, int>> periods;
};

struct LanguageProfile {
  std::string_view code;   // BCP 47 of the language version: "zh"
  std::string_view code3;  // ISO 639-2, as in AKN IRIs: "zho"
  std::string_view name;   // the language's own name for itself, for messages

  // Words frequent in any text of the language: recognising it when no
  // --lang is given. Whole words for languages written with spaces, else
  // substrings.
  std::span<const std::string_view> commonWords;
  // The script its letters are written in (ISO 15924: "Latn", "Arab", "Hani"):
  // a record's letters name the candidates before its words choose among them.
  std::string_view script;

  // Typography.
  bool spacesBetweenWords = true;  // false for Chinese: lines join with no space
  // Does a capital begin each sentence? Not in Arabic or Chinese: there a
  // sentence's tail on a line of its own can read as a procedural line.
  bool lettersHaveCase = true;
  // French sets a space before ":", ";", "?" and "!": no stray space there.
  bool spaceBeforeHighPunctuation = false;
  // Vowel marks may be printed or not ("رفعت", "رُفعت"): the procedural, vote
  // and chair patterns match the letters with or without them.
  bool optionalMarks = false;
  // Marks that only end words (Arabic tanwin, "أيضاً"): an extraction that set
  // marks before their letters keeps the space after such a one.
  std::string_view wordFinalMarks = {};
  std::string_view sentenceEnd;  // characters that end a sentence: "。！？…"
  std::string_view closers;      // closing quotes and brackets that may follow them

  // Speaker labels, matched at the start of a paragraph.
  // personLabel groups: `name` (honorific included), optional `country`,
  // optional `note` (the language note as printed, parentheses included) with
  // `language` inside it, and `colon`.
  std::string_view personLabel;
  // titleLabel groups: `title`, optional `country`, optional `note`/`language`, `colon`.
  std::string_view titleLabel;
  // Every label ends with this delimiter ("：", ":"), within its first 400 bytes:
  // a quick test before the label patterns run.
  std::string_view labelDelimiter;
  // A language note standing alone as a paragraph; groups `note`, `language`.
  std::string_view languageSwitch;

  std::span<const TitleSpec> titles;
  // What may follow a person's label and country before the colon: ", Rapporteur
  // of the Third Committee"; group `role`. Empty when the language has none.
  std::string_view labelRole;
  // Honorifics, stripped from a name to make its id: "先生", "Mr."
  std::span<const std::string_view> honorifics;
  // Styles of several words whose last stop ends no sentence where a line
  // ends on them ("… au Président de la République du Paraguay, S. E." /
  // "M. Tomás …"); a one-word honorific ("M.") needs none here.
  std::span<const std::string_view> stylesEndingInAStop;
  // Words that open a paragraph far more often than not where they open a
  // line after a sentence's end ("Secondly,", "En conclusion,"): they tip a
  // line whose width leaves the question open. With their punctuation.
  std::span<const std::string_view> paragraphOpeners;
  // Where they stand: before the name ("Mr. Smith", "г-н Волков") or after it
  // ("张军先生"). The cover page tells its names from its States by them.
  bool honorificsFollowName = false;
  std::span<const LanguageName> languages;
  std::span<const ProceduralSpec> procedural;

  // The heading of the adoption of the agenda: "通过议程", "Adoption of the agenda".
  std::string_view agendaHeading;
  // The first line of an agenda item's heading: "Agenda item 33 (continued)".
  std::string_view agendaItemHeading;
  // A heading of the meeting's own business, no item of its agenda: "Expression
  // of thanks to the outgoing President", "Tribute to the memory of …".
  std::string_view nonItemHeading;
  // The start of a line that begins a heading of its own within a block of
  // headings: "Draft resolution (A/64/L.72)", "Report of …", "(b) …".
  std::string_view headingStart;
  // The start of a sub-item's heading, a part of its item: "(a) ", "а) ", "（b）".
  std::string_view subItemHeading;
  // The start of a speaker's heading under the item, in the general debate:
  // "Address by Mr. X, President of the Republic of Y". A subheading of the
  // item, wherever a sentence ended before it.
  std::string_view addressHeading;
  // Where the heading names the office before the name ("肯尼亚共和国总统威廉·
  // 鲁托先生讲话", "Выступление Президента Республики Кения г-на …"): the
  // office, group `office`. Elsewhere a comma sets the office after the name.
  std::string_view addressOffice;
  // The office's first word as the heading declines it, and as it is named
  // alone: {"Президента", "Президент"}.
  std::span<const std::pair<std::string_view, std::string_view>> officeNominatives;
  // Names decline: a heading's "г-на Джона Драмани Махамы" is the label's
  // "Президент Махама", found by the surname's stem.
  bool namesInflect = false;
  // A row of an election's ballot result, as the chair announces it: a label
  // with its count, or alone over the candidates' rows ("Number of ballot
  // papers: 192", "Number of votes obtained:"). Each row is a paragraph of its
  // own, and so is each candidate's row after it ("Algeria 184").
  std::string_view ballotRow;
  // What each row counts; "votesObtained" heads the candidates' rows.
  std::span<const BallotRowKind> ballotRowKinds;
  // The chair's invitation under rule 39 ("rule 39", "article 39"): its
  // invitees are named with their offices ("Ms. Rosemary DiCarlo,
  // Under-Secretary-General for …;"), which a label naming only the person
  // ("Ms. DiCarlo:") does not say.
  std::string_view invitesUnderRule39;
  // Where the language names the office before the name ("联合国人道主义事务
  // 副秘书长兼紧急救济协调员汤姆·弗莱彻先生"): an invitee, groups `office` and
  // `name`. Empty where the office follows the name after a comma.
  std::string_view inviteeOfficeFirst;
  // Words after which a heading line goes on in the next line ("of", "and").
  std::span<const std::string_view> continuingWords;
  // The chair speaking for its own State, and resuming; group `country` in the first.
  std::string_view nationalCapacity;
  std::string_view resumesPresidency;
  // The chair giving the floor ("I now give the floor to the representative
  // of Peru.", "我现在请秘书长发言。"), the whole sentence: printed as a
  // paragraph of its own where it fills its lines. Empty when not known.
  std::string_view givesFloor;
  // The chair's decision where no one objects ("There being no objection, it
  // is so decided."): printed as a paragraph of its own. Empty when not known.
  std::string_view decidedWithoutObjection;
  // The Council's chair opening an item ("The Security Council will now
  // begin its consideration of the item on its agenda."), the whole
  // sentence: printed as a paragraph of its own. Empty when not known.
  std::string_view beginsConsideration;
  // The chair giving the floor to an office it names the holder of ("I now
  // give the floor to the Secretary-General, Mr. António Guterres.",
  // "我现在请秘书长安东尼奥·古特雷斯阁下发言。"): groups `title`, as the
  // office's label ends, and `name`. Empty when not known.
  std::string_view floorToNamed;
  // A resolution cited by its number: "resolution 2448 (2018)", "résolution
  // 79/155", "第2448(2018)号决议". Group `ref` is what the link covers; the
  // Council's have `number` and `year`, the Assembly's `session` and `item`
  // ("ES-11/1"), or, before 1976, `number` and the session in `roman`
  // ("2758 (XXVI)").
  std::string_view resolution;

  TimeSpec time;

  CoverSpec cover;
  VoteSpec vote;
  // Job numbers carry the language's letter: "18-43649 (E)".
  std::string_view jobLetter;
  // Compounds printed with a hyphen: a word the extraction printed without it
  // ("SecretaryGeneral") gets it back. The document's own spellings count too.
  std::span<const std::string_view> compounds;
  // Prefixes the language's editorial style sets off with a hyphen ("non-",
  // "post-", "well-"), where a closed word with the same letters is rare: a
  // word the extraction joined at a line end that is one of them and a word
  // the document uses on its own ("postconflict": "conflict") gets it back.
  std::span<const std::string_view> hyphenatedPrefixes;
  // Conjunctions after a hyphen that stands for a compound's second part,
  // shared with the next word: "troop- and police-contributing", "court- et
  // moyen-terme". A line that ends in such a hyphen keeps it, and a space.
  std::span<const std::string_view> suspendedHyphenConjunctions;
  // Does the language's typesetting break words at line ends ("repre-" /
  // "sentante")? English breaks lines at compounds' hyphens and seldom in a
  // word: a hyphen between two fragments is kept there, where the document
  // shows no habit either way.
  bool breaksWordsAtLineEnds = false;

  std::string_view representativeRole;  // TLCRole showAs for delegates: "代表"
  // The organs' names in this language: {"SC", "安全理事会"}, {"GA", "大会"}.
  std::span<const std::pair<std::string_view, std::string_view>> bodies;
  // What a label's brackets name where they name an office of the Secretariat
  // or of an organ, not a State: "Ms. Sharma (Department for General Assembly
  // and Conference Management):", "Mr. Ahmed (Secretary of the Committee):".
  // The speaker speaks for no State. Searched in the bracket's text.
  std::string_view officeInLabel;
  // What a label's brackets name where they name the speaker's own office, a
  // person's title: "Mme Okonjo-Mensah (Sous-Secrétaire générale aux affaires
  // politiques …):" speaks as that, for no State and no organisation.
  std::string_view titleInLabel;
};

// The profile for a BCP 47 language code ("zh", "zh-Hans", "en"), or null.
const LanguageProfile* findProfile(std::string_view language);
std::span<const LanguageProfile* const> allProfiles();
// For a language with no profile: paragraphs only, no speaker structure.
const LanguageProfile& genericProfile();
// The language of the script most of the text's letters are in whose common
// words the text uses most, or null when none stands out.
const LanguageProfile* guessLanguage(std::string_view text);

// A profile whose language is written right to left (the table of languages says so).
bool writesRightToLeft(const LanguageProfile& profile);
// The honorific `name` is printed with: before it ("Mr. Fu Cong"), or after it
// where the language sets it so ("张军先生"); empty when it has none.
std::string_view honorificOf(const LanguageProfile& profile, std::string_view name);

}  // namespace verbatim
