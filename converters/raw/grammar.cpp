#include "raw/grammar.hpp"

#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <bitset>
#include <cctype>
#include <map>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

#include "core/countries.hpp"
#include "core/text.hpp"
#include "raw/pattern.hpp"

namespace verbatim {
namespace {

// Series symbols start with capitals and have at least one slash and one digit:
// S/2023/528, S/PV.9315, A/RES/78/1, E/CN.6/2023/L.3, CCW/MSP/2019/9.
constexpr std::string_view kDocumentSymbol =
    R"((?<![A-Za-z0-9/.])[A-Z]{1,8}(?:/[A-Z0-9][A-Za-z0-9.\-]*)+)";

std::unique_ptr<icu::RegexPattern> compile(std::string_view source, std::string_view what) {
  UParseError where{};
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString pattern = icu::UnicodeString::fromUTF8(
      icu::StringPiece(source.data(), static_cast<int32_t>(source.size())));
  std::unique_ptr<icu::RegexPattern> compiled(
      icu::RegexPattern::compile(pattern, 0, where, status));
  if (U_FAILURE(status))
    throw std::logic_error("language profile pattern '" + std::string(what) +
                           "' does not compile: " + u_errorName(status) + " at offset " +
                           std::to_string(where.offset));
  return compiled;
}

std::unique_ptr<icu::RegexPattern> compileOptional(std::string_view source, std::string_view what) {
  return source.empty() ? nullptr : compile(source, what);
}

// The nonspacing marks the Arabic script writes with, as a class: ICU builds
// "\p{Mn}" by scanning the property at each of a pattern's thousands of
// letters (a profile's patterns took 400M instructions to compile), and a
// class of ranges in a moment.
const std::string& arabicMarks() {
  static const std::string marks = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeSet set(icu::UnicodeString(u"[[:Mn:]&[:scx=Arab:]]"), status);
    if (U_FAILURE(status) || set.isEmpty()) return std::string("\\p{Mn}");
    // A set made from a pattern prints that pattern: a copy prints its ranges.
    icu::UnicodeSet ranges;
    ranges.addAll(set);
    icu::UnicodeString pattern;
    ranges.toPattern(pattern, true);
    std::string out;
    return pattern.toUTF8String(out);
  }();
  return marks;
}

// The pattern with any vowel marks (nonspacing marks) allowed after each
// letter of a script written with them: "رفعت" matches "رُفعت". A letter
// under a quantifier ("ت?") takes its marks with it: "(?:ت[marks]*)?".
std::string withOptionalMarks(std::string_view pattern) {
  std::string out;
  bool inClass = false;
  for (std::size_t i = 0; i < pattern.size();) {
    const std::size_t start = i;
    const char32_t c = text::next(pattern, i);
    const std::string_view original = pattern.substr(start, i - start);
    if (c == U'\\') {  // an escape: itself and what it escapes
      if (i < pattern.size()) text::next(pattern, i);
      out.append(pattern.substr(start, i - start));
      continue;
    }
    if (c == U'[') inClass = true;
    if (c == U']') inClass = false;
    UErrorCode status = U_ZERO_ERROR;
    const bool letter = !inClass && u_isalpha(static_cast<UChar32>(c)) &&
                        uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_ARABIC;
    if (!letter) {
      out.append(original);
      continue;
    }
    const bool quantified =
        i < pattern.size() && std::string_view("?*+{").find(pattern[i]) != std::string_view::npos;
    if (quantified) out += "(?:";
    out.append(original);
    out += arabicMarks();
    out += '*';
    if (quantified) out += ")";
  }
  return out;
}

std::string escapeForRegex(std::string_view literal) {
  std::string out;
  for (char c : literal) {
    if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// A match over a UTF-8 string whose indexes are byte offsets.
class Match {
 public:
  Match(const icu::RegexPattern& pattern, std::string_view text) : match_(pattern, text) {}

  bool lookingAt() { return match_.lookingAt(); }
  bool matches() { return match_.matches(); }
  bool find() { return match_.find(); }
  bool hitEnd() const { return match_.hitEnd(); }

  Piece group(int number) const {
    const auto range = match_.range(number);
    if (!range) return {};
    return {range->first, range->second};
  }
  Piece whole() const { return group(0); }

 private:
  TextMatch match_;
};

// The pattern with its named groups made non-capturing, so that several
// patterns can be joined into one alternation (group names must be unique).
std::string withoutNamedGroups(std::string pattern) {
  for (std::size_t at = pattern.find("(?<"); at != std::string::npos;
       at = pattern.find("(?<", at + 3)) {
    std::size_t name = at + 3;
    std::size_t end = name;
    while (end < pattern.size() && std::isalnum(static_cast<unsigned char>(pattern[end]))) ++end;
    if (end > name && end < pattern.size() && pattern[end] == '>')
      pattern.replace(at, end - at + 1, "(?:");
  }
  return pattern;
}

int groupNumber(const icu::RegexPattern& pattern, const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  int number = pattern.groupNumberFromName(name, -1, status);
  return U_SUCCESS(status) ? number : -1;
}

struct Groups {
  int speaker = -1, country = -1, note = -1, language = -1, colon = -1, time = -1;
  int hour = -1, minute = -1, period = -1;
  explicit Groups(const icu::RegexPattern& p, const char* speakerGroup = "name")
      : speaker(groupNumber(p, speakerGroup)),
        country(groupNumber(p, "country")),
        note(groupNumber(p, "note")),
        language(groupNumber(p, "language")),
        colon(groupNumber(p, "colon")),
        time(groupNumber(p, "time")),
        hour(groupNumber(p, "hour")),
        minute(groupNumber(p, "minute")),
        period(groupNumber(p, "period")) {}
};

// A pattern's \\d is any script's digit: "١٠" is 10 as much as "10" is.
int toInt(std::string_view digits) {
  constexpr int kLargest = 1'000'000'000;  // no count or time comes near; no overflow
  int value = 0;
  for (char c : text::asciiDigits(digits))
    if (c >= '0' && c <= '9' && value < kLargest) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

struct Grammar::Compiled {
  std::unique_ptr<icu::RegexPattern> personLabel, titleLabel, languageSwitch, agendaHeading,
      agendaItemHeading, headingStart, subItemHeading, nonItemHeading, addressHeading,
      addressOffice, ballotRow, officeInLabel, titleInLabel, nationalCapacity, resumesPresidency,
      givesFloor, decided, beginsConsideration, floorToNamed, time, documentSymbol, resolution,
      resolutionListed;
  // By CoverField; null where the profile has no pattern.
  std::vector<std::unique_ptr<icu::RegexPattern>> cover;
  std::vector<std::string> coverWords;  // a word every match of each contains (or empty)
  // The language switch and the agenda heading, joined: one test per line
  // (the procedural patterns, a whole line too, are tried with their words).
  std::unique_ptr<icu::RegexPattern> wholeLine;
  std::vector<std::unique_ptr<icu::RegexPattern>> procedural;
  // For each procedural pattern, a word every match contains (or empty).
  std::vector<std::string> proceduralWords;
  std::vector<BytePairs> proceduralWordPairs;  // each word's pairs, to rule words out at once
  std::size_t longestProceduralWord = 0;
  // For each procedural pattern, the text a whole line it matches ends with (or empty).
  std::vector<std::string> proceduralEndings;
  std::vector<std::unique_ptr<icu::RegexPattern>> voteResults;
  std::vector<std::string> voteResultWords;  // a word every match of each contains
  std::vector<std::unique_ptr<icu::RegexPattern>> outcomes;
  std::vector<std::unique_ptr<icu::RegexPattern>> ballotRowKinds;
  std::unique_ptr<icu::RegexPattern> invitation;
  // The office before the name, the office after it: either may be printed.
  std::vector<std::unique_ptr<icu::RegexPattern>> invitees;
  std::string resolutionWord;          // a word every citation of a resolution contains
  std::vector<std::string> compounds;  // the profile's, each also with its initial capital
  // The last bytes of the honorifics and styles whose stop ends no sentence:
  // a text that ends otherwise is none of them (most texts, asked often).
  std::bitset<256> stopWordEnds;
};

Grammar::Grammar(const LanguageProfile& profile)
    : profile_(profile), compiled_(std::make_unique<Compiled>()) {
  auto& c = *compiled_;
  c.personLabel = compile(profile.personLabel, "personLabel");
  for (auto honorific : profile.honorifics)
    if (honorific.ends_with('.')) c.stopWordEnds.set('.');
  for (auto style : profile.stylesEndingInAStop)
    if (!style.empty()) c.stopWordEnds.set(static_cast<unsigned char>(style.back()));
  std::string titles;
  for (const auto& title : profile.titles) {
    if (!titles.empty()) titles += '|';
    titles += escapeForRegex(title.printed);
    // "Le PRESIDENT": typed records print capitals without their accents.
    if (const std::string plain = text::withoutMarks(title.printed); plain != title.printed)
      titles += '|' + escapeForRegex(plain);
  }
  std::string titlePattern(profile.titleLabel);
  if (auto at = titlePattern.find("{titles}"); at != std::string::npos)
    titlePattern.replace(at, 8, titles);
  c.titleLabel = compile(titlePattern, "titleLabel");
  c.languageSwitch = compile(profile.languageSwitch, "languageSwitch");
  c.agendaHeading = compile(profile.agendaHeading, "agendaHeading");
  c.agendaItemHeading = compileOptional(profile.agendaItemHeading, "agendaItemHeading");
  c.addressHeading = compileOptional(profile.addressHeading, "addressHeading");
  c.addressOffice = compileOptional(profile.addressOffice, "addressOffice");
  c.headingStart = compileOptional(profile.headingStart, "headingStart");
  c.subItemHeading = compileOptional(profile.subItemHeading, "subItemHeading");
  c.nonItemHeading = compileOptional(profile.nonItemHeading, "nonItemHeading");
  // The profile's sentences as its script prints them (with vowel marks or without).
  auto printed = [&](std::string_view pattern) {
    return profile.optionalMarks ? withOptionalMarks(pattern) : std::string(pattern);
  };
  if (!profile.ballotRow.empty()) c.ballotRow = compile(printed(profile.ballotRow), "ballotRow");
  if (!profile.invitesUnderRule39.empty())
    c.invitation = compile(printed(profile.invitesUnderRule39), "invitesUnderRule39");
  if (c.invitation && !profile.honorifics.empty() && !profile.honorificsFollowName) {
    std::string honorifics;
    for (auto honorific : profile.honorifics)
      honorifics += (honorifics.empty() ? "" : "|") + escapeForRegex(honorific);
    // "…: Ms. Rosemary DiCarlo, Under-Secretary-General for …; and Mr. Martin
    // Griffiths, …." The office runs to the next invitee, a semicolon, "to
    // participate", or the sentence's end (the paragraph's, or a full stop
    // before the next sentence's capital).
    // "…, and Her Excellency Ms. Halima Bello, …": a style before the
    // honorific, the profile's capitalised words after which a heading goes
    // on ("Excellency", "Excelencia") after a possessive ("Her", "Su"), or
    // the style's initials ("S. E. Mme …").
    std::string styles = "\\p{Lu}\\.\\s?\\p{Lu}\\.";
    for (auto word : profile.continuingWords)
      if (u_isupper(static_cast<UChar32>(text::first(word))))
        styles += "|\\p{Lu}\\p{L}{1,3}\\s+" + escapeForRegex(word);
    const std::string style = "(?:(?:" + styles + ")\\s+)?";
    const std::string next = style + "(?:" + honorifics + ")\\s";
    // What the invitee does at this meeting, a clause of its own ("…, quien
    // participa en la sesión por videoconferencia", "…, который участвует …"),
    // is no part of the office: it ends one, and it begins none.
    const std::string doesHere = "(?:who|quien|qui|который|которая|الذي|التي)\\s";
    c.invitees.push_back(compile(
        "(?:^|[:;,،؛]\\s*|\\s)(?:(?:and|et|y|и|و)\\s*)?" + style + "(?:" + honorifics +
            ")\\s+(?<name>\\p{L}[\\p{L}\\p{M}.'’\\- ]{1,60}?)\\s?[,،]\\s*"
            // "г-на Мартина Гриффитса, который участвует …": the office came first.
            "(?!\\s*" +
            doesHere +
            ")(?<office>[^;؛]{3,240}?)"
            // "…, and to Mr. Mohamed ElBaradei, …": the next, after "to".
            "(?=\\s?[;؛]|[,،]?\\s+(?:and|et|y|и|و)\\s*(?:(?:to|à|a)\\s+)?" +
            next +
            "|[,،]\\s+(?:to participate|à participer|a participar|(?:إلى )?المشاركة|للمشاركة|"
            "принять участие)"
            "|[,،]\\s+" +
            doesHere + "|\\s?\\.\\s*$|\\.\\s+(?=\\p{Lu})|$)",
        "invitee"));
  }
  if (c.invitation && !profile.inviteeOfficeFirst.empty())
    c.invitees.push_back(compile(profile.inviteeOfficeFirst, "inviteeOfficeFirst"));
  // At a sentence's start too: "Во-" / "первых" (the list has "во-первых").
  for (auto compound : profile.compounds) {
    c.compounds.emplace_back(compound);
    c.compounds.push_back(text::withInitialCapital(compound));
  }
  for (const auto& row : profile.ballotRowKinds)
    c.ballotRowKinds.push_back(compile("^(?:" + printed(row.label) + ")", "ballot row kind"));
  if (!profile.officeInLabel.empty())
    c.officeInLabel = compile(printed(profile.officeInLabel), "officeInLabel");
  if (!profile.titleInLabel.empty())
    c.titleInLabel = compile(printed(profile.titleInLabel), "titleInLabel");
  for (auto pattern : profile.vote.results) {
    const std::string source = printed(pattern);
    c.voteResults.push_back(compile(source, "vote result"));
    c.voteResultWords.push_back(requiredLiteral(source));
  }
  for (const auto& wording : profile.vote.outcomes)
    c.outcomes.push_back(compile(printed(wording.pattern), "vote outcome"));
  const auto& cover = profile.cover;
  for (auto pattern :
       {cover.bodyLine, cover.status, cover.session, cover.meeting, cover.date, cover.place,
        cover.president, cover.members, cover.agenda, cover.correctionNotice, cover.committee,
        profile.vote.inFavour, profile.vote.against, profile.vote.abstaining}) {
    const std::string source = printed(pattern);
    c.cover.push_back(compileOptional(source, "cover"));
    c.coverWords.push_back(requiredLiteral(source));
  }
  c.nationalCapacity = compile(printed(profile.nationalCapacity), "nationalCapacity");
  c.resumesPresidency = compile(printed(profile.resumesPresidency), "resumesPresidency");
  c.givesFloor = compileOptional(printed(profile.givesFloor), "givesFloor");
  c.decided = compileOptional(printed(profile.decidedWithoutObjection), "decidedWithoutObjection");
  c.beginsConsideration =
      compileOptional(printed(profile.beginsConsideration), "beginsConsideration");
  c.floorToNamed = compileOptional(printed(profile.floorToNamed), "floorToNamed");
  c.resolution = compileOptional(profile.resolution, "resolution");
  c.resolutionWord = requiredLiteral(profile.resolution);
  // "resolutions 80/112 and 80/113": the numbers after the first, each after
  // a comma or the language's "and", cite resolutions too.
  if (const auto ref = profile.resolution.find("(?<ref>"); ref != std::string_view::npos) {
    std::string listed = "(?:, ?";
    if (!profile.vote.lastSeparator.empty())
      listed += "|,? \\Q" + std::string(profile.vote.lastSeparator) + "\\E ?";
    listed += ")" + std::string(profile.resolution.substr(ref));
    c.resolutionListed = compile(listed, "resolution");
  }
  c.time = compile(profile.time.pattern, "time");
  c.documentSymbol = compile(kDocumentSymbol, "documentSymbol");
  // A procedural pattern may say {time} where a clock time goes, and {time2}
  // for a second one (times are read out of the text by times(), not by group).
  std::string timeGroup = "(?<time>" + std::string(profile.time.pattern) + ")";
  std::string time2Group = "(?:" + withoutNamedGroups(std::string(profile.time.pattern)) + ")";
  std::string wholeLine = "(?:" + withoutNamedGroups(std::string(profile.languageSwitch)) +
                          ")|(?:" + withoutNamedGroups(std::string(profile.agendaHeading)) + ")";
  for (const auto& spec : profile.procedural) {
    std::string pattern = printed(spec.pattern);
    if (auto at = pattern.find("{time}"); at != std::string::npos)
      pattern.replace(at, 6, timeGroup);
    if (auto at = pattern.find("{time2}"); at != std::string::npos)
      pattern.replace(at, 7, time2Group);
    c.procedural.push_back(compile(pattern, "procedural"));
    c.proceduralWords.push_back(requiredLiteral(pattern));
    c.proceduralWordPairs.emplace_back(c.proceduralWords.back());
    c.proceduralEndings.push_back(requiredEnding(pattern));
    c.longestProceduralWord = std::max(c.longestProceduralWord, c.proceduralWords.back().size());
  }
  c.wholeLine = compile(wholeLine, "whole-line units");
  if (c.procedural.size() > 32)
    throw std::logic_error("a language profile has more than 32 procedural patterns");
}

Grammar::~Grammar() = default;

const Grammar& Grammar::of(const LanguageProfile& profile) {
  static std::mutex mutex;
  // Freed only at exit, after every thread's matcher cache (thread-local objects
  // are destroyed before static ones).
  static std::map<const LanguageProfile*, std::unique_ptr<Grammar>> grammars;
  std::lock_guard lock(mutex);
  auto& slot = grammars[&profile];
  if (!slot) slot.reset(new Grammar(profile));
  return *slot;
}

std::optional<LabelMatch> Grammar::label(std::string_view paragraph) const {
  // Bytes, not letters: a label of a long name, a long State and a note takes
  // 640 bytes in scripts of two bytes a letter (Cyrillic, Arabic): an office in
  // the brackets runs to 160 letters.
  constexpr std::size_t kLongestLabel = 640;
  if (paragraph.substr(0, kLongestLabel).find(profile_.labelDelimiter) == std::string_view::npos)
    return std::nullopt;
  {
    Match match(*compiled_->titleLabel, paragraph);
    if (match.lookingAt()) {
      Groups groups(*compiled_->titleLabel, "title");
      LabelMatch label;
      label.speaker = match.group(groups.speaker);
      // "Le PRESIDENT" is "Le Président": case and accents aside.
      const std::string printed = text::withoutMarks(label.speaker.in(paragraph));
      for (const auto& title : profile_.titles)
        if (!label.title && text::equalsIgnoringCase(text::withoutMarks(title.printed), printed))
          label.title = &title;
      label.country = match.group(groups.country);
      label.note = match.group(groups.note);
      label.language = match.group(groups.language);
      label.colon = match.group(groups.colon);
      label.length = match.whole().end;
      if (label.title) return label;
    }
  }
  Match match(*compiled_->personLabel, paragraph);
  if (!match.lookingAt()) return std::nullopt;
  Groups groups(*compiled_->personLabel);
  LabelMatch label;
  label.speaker = match.group(groups.speaker);
  // "Mr. President. Ms. Haley (United States of America):": a sentence's end
  // ("… we thank you, / Mr. President.") and the next line's label are no
  // one's name.
  const std::string_view speaker = label.speaker.in(paragraph);
  // "Sr. Presidente: Permítame …": honorifics alone, with no name after them,
  // address the chair in a speech; no one is named ("先生（埃及）：" is the
  // second line of a wrapped label). Two before a State name someone whose
  // surname is a title: "Ms. King (Saint Vincent and the Grenadines):".
  {
    std::string_view rest = speaker;
    int honorifics = 0;
    for (bool stripped = true; stripped && !rest.empty();) {
      stripped = false;
      for (auto honorific : profile_.honorifics)
        if (!honorific.empty() && rest.starts_with(honorific) &&
            (rest.size() == honorific.size() || rest[honorific.size()] == ' ')) {
          rest = text::trimStart(rest.substr(honorific.size()));
          stripped = true;
          ++honorifics;
          break;
        }
    }
    if (rest.empty() && (honorifics < 2 || !match.group(groups.country).found()))
      return std::nullopt;
  }
  for (auto end = speaker.find(". "); end != std::string_view::npos;
       end = speaker.find(". ", end + 1)) {
    // The stop of an honorific ("Ms. King", "Mr. Bishop") ends no sentence.
    const std::size_t space = speaker.rfind(' ', end);
    const std::size_t wordStart = space == std::string_view::npos ? 0 : space + 1;
    const std::string_view word = speaker.substr(wordStart, end + 1 - wordStart);
    if (std::ranges::find(profile_.honorifics, word) != profile_.honorifics.end()) continue;
    const std::string_view after = speaker.substr(end + 2);
    for (auto honorific : profile_.honorifics)
      if (!honorific.empty() && after.starts_with(honorific) &&
          after.substr(honorific.size()).starts_with(' '))
        return std::nullopt;
    // "Ms. Sumang withdrew. The PRESIDENT (…):": a title after the stop.
    for (const auto& title : profile_.titles)
      if (after.size() >= title.printed.size() &&
          text::equalsIgnoringCase(after.substr(0, title.printed.size()), title.printed))
        return std::nullopt;
  }
  label.country = match.group(groups.country);
  label.role = match.group(groupNumber(*compiled_->personLabel, "role"));
  label.note = match.group(groups.note);
  label.language = match.group(groups.language);
  if (!label.note.found()) {  // the note printed before the State
    label.note = match.group(groupNumber(*compiled_->personLabel, "noteFirst"));
    label.language = match.group(groupNumber(*compiled_->personLabel, "languageFirst"));
  }
  label.colon = match.group(groups.colon);
  label.length = match.whole().end;
  return label;
}

std::optional<LabelMatch> Grammar::languageSwitch(std::string_view paragraph) const {
  Match match(*compiled_->languageSwitch, paragraph);
  if (!match.matches()) return std::nullopt;
  Groups groups(*compiled_->languageSwitch);
  LabelMatch note;
  note.note = match.group(groups.note);
  note.language = match.group(groups.language);
  note.length = paragraph.size();
  return note;
}

std::optional<ProceduralMatch> Grammar::procedural(std::string_view paragraph) const {
  return probeProcedural(paragraph).match;
}

Grammar::ProceduralProbe Grammar::probeProcedural(std::string_view paragraph) const {
  return probeProcedural(paragraph, ProceduralProbe{});
}

Grammar::ProceduralProbe Grammar::probeProcedural(std::string_view longer,
                                                  const ProceduralProbe& before) const {
  ProceduralProbe probe;
  probe.alive = 0;
  probe.wordFound = before.wordFound;
  probe.searched = longer.size();
  // The text not searched before (a few bytes more: the text's end may have
  // changed, a line-end hyphen removed), read once for every word's pairs.
  constexpr std::size_t kRewritten = 8;
  std::optional<BytePairs> newPairs;
  for (std::size_t i = 0; i < compiled_->procedural.size(); ++i) {
    const std::uint32_t bit = std::uint32_t{1} << i;
    if (!(before.alive & bit)) continue;
    // Without the word every match contains the pattern cannot match, and
    // more text may bring the word: it is looked for in the new text only.
    if (const auto& word = compiled_->proceduralWords[i];
        !word.empty() && !(probe.wordFound & bit)) {
      // A word may have begun in the text searched before.
      const std::size_t overlap = word.size() + kRewritten;
      const std::size_t from =
          std::min(before.searched > overlap ? before.searched - overlap : 0, longer.size());
      if (!newPairs) {
        const std::size_t longest = compiled_->longestProceduralWord + kRewritten;
        newPairs.emplace(longer.substr(
            std::min(before.searched > longest ? before.searched - longest : 0, longer.size())));
      }
      if (!newPairs->mayHold(compiled_->proceduralWordPairs[i]) ||
          longer.find(word, from) == std::string_view::npos) {
        probe.alive |= bit;
        continue;
      }
      probe.wordFound |= bit;
    }
    Match match(*compiled_->procedural[i], longer);
    if (match.matches()) {
      probe.match = ProceduralMatch{profile_.procedural[i].kind, {}, {}};
      if (const int chair = groupNumber(*compiled_->procedural[i], "chair"); chair >= 0) {
        probe.match->chair = match.group(chair);
        probe.match->chairCountry = match.group(groupNumber(*compiled_->procedural[i], "country"));
      }
      probe.longerCouldMatch = true;
      probe.alive = before.alive;
      return probe;
    }
    if (match.hitEnd()) probe.alive |= bit;
  }
  probe.longerCouldMatch = probe.alive != 0;
  return probe;
}

bool Grammar::isAgendaHeading(std::string_view paragraph) const {
  Match match(*compiled_->agendaHeading, paragraph);
  return match.matches();
}

bool Grammar::beginsAddressHeading(std::string_view line) const {
  if (!compiled_->addressHeading || endsSentence(line)) return false;
  Match match(*compiled_->addressHeading, line);
  return match.lookingAt();
}

Grammar::OfficeBeforeName Grammar::officeBeforeName(std::string_view heading) const {
  if (!compiled_->addressOffice) return {};
  Match match(*compiled_->addressOffice, heading);
  if (!match.lookingAt()) return {};
  const Piece piece = match.group(groupNumber(*compiled_->addressOffice, "office"));
  if (!piece.found()) return {};
  return {nominative(text::trim(piece.in(heading))), piece.end};
}

std::string Grammar::nominative(std::string_view office) const {
  for (const auto& [declined, named] : profile_.officeNominatives)
    if (office.starts_with(declined) &&
        (office.size() == declined.size() || office[declined.size()] == ' '))
      return std::string(named) + std::string(office.substr(declined.size()));
  return std::string(office);
}

const std::vector<std::string>& Grammar::compounds() const { return compiled_->compounds; }

bool Grammar::isBallotRow(std::string_view line) const {
  if (!compiled_->ballotRow) return false;
  Match match(*compiled_->ballotRow, line);
  return match.matches();
}

namespace {

// The number a row ends with, spaces after it left out; `grouped`: its
// digits may be grouped ("1 234", "1,234"). Not found where the row ends
// otherwise. Digits of any script count ("ناميبيا ١٨١").
Piece numberAtEnd(std::string_view line, bool grouped) {
  std::size_t end = line.size();
  while (end > 0 && std::isspace(static_cast<unsigned char>(line[end - 1]))) --end;
  // The length of the digit that ends line[0, at), or 0.
  auto digitBefore = [&](std::size_t at) -> std::size_t {
    const std::string_view head = line.substr(0, at);
    return u_isdigit(static_cast<UChar32>(text::last(head))) ? text::lastLength(head) : 0;
  };
  std::size_t begin = end;
  while (begin > 0) {
    if (const std::size_t length = digitBefore(begin)) {
      begin -= length;
      continue;
    }
    const char mark = line[begin - 1];
    if (grouped && (mark == ',' || mark == '.' || mark == ' ') && begin >= 2 && begin < end &&
        digitBefore(begin - 1) > 0) {
      --begin;
      continue;
    }
    break;
  }
  return {begin, end};
}

}  // namespace

std::optional<Grammar::BallotCount> Grammar::ballotCount(std::string_view line) const {
  if (!isBallotRow(line)) return std::nullopt;
  for (std::size_t k = 0; k < compiled_->ballotRowKinds.size(); ++k) {
    Match match(*compiled_->ballotRowKinds[k], line);
    if (!match.lookingAt()) continue;
    BallotCount count{profile_.ballotRowKinds[k].kind, {}, 0};
    // No more than a body's members, spaced.
    if (const Piece number = numberAtEnd(line, true);
        number.found() && text::countCodePoints(number.in(line)) <= 11) {
      count.number = number;
      count.value = toInt(number.in(line));
    }
    return count;
  }
  return std::nullopt;
}

std::optional<Grammar::BallotCandidate> Grammar::ballotCandidate(std::string_view line) const {
  const Piece number = numberAtEnd(line, false);
  // The leaders between the name and its votes are no part of the name.
  std::size_t nameEnd = number.begin;
  while (nameEnd > 0 && (line[nameEnd - 1] == ' ' || line[nameEnd - 1] == '.')) --nameEnd;
  // Chinese sets the votes against the name: "斯洛文尼亚185".
  const bool against =
      nameEnd == number.begin && nameEnd > 0 && text::isWide(text::last(line.substr(0, nameEnd)));
  if (!number.found() || text::countCodePoints(number.in(line)) > 4 || nameEnd == 0 ||
      (nameEnd == number.begin && !against))
    return std::nullopt;
  return BallotCandidate{{0, nameEnd}, number, toInt(number.in(line))};
}

std::vector<Grammar::Invitee> Grammar::invitees(std::string_view paragraph) const {
  std::vector<Invitee> found;
  if (!compiled_->invitation || compiled_->invitees.empty()) return found;
  if (Match invitation(*compiled_->invitation, paragraph); !invitation.find()) return found;
  for (const auto& pattern : compiled_->invitees) {
    const int name = groupNumber(*pattern, "name");
    const int office = groupNumber(*pattern, "office");
    Match match(*pattern, paragraph);
    while (match.find())
      if (match.group(name).found() && match.group(office).found() &&
          std::none_of(found.begin(), found.end(), [&](const Invitee& invitee) {
            return invitee.name.begin == match.group(name).begin;
          }))
        found.push_back({match.group(name), match.group(office)});
  }
  // In the order the invitation names them.
  std::sort(found.begin(), found.end(),
            [](const Invitee& a, const Invitee& b) { return a.name.begin < b.name.begin; });
  return found;
}

bool Grammar::namesAnOffice(std::string_view bracket) const {
  if (!compiled_->officeInLabel) return false;
  Match match(*compiled_->officeInLabel, bracket);
  return match.find();
}

bool Grammar::namesATitle(std::string_view bracket) const {
  if (!compiled_->titleInLabel) return false;
  Match match(*compiled_->titleInLabel, bracket);
  return match.find();
}

bool Grammar::isAgendaItemHeading(std::string_view line) const {
  if (!compiled_->agendaItemHeading) return false;
  Match match(*compiled_->agendaItemHeading, line);
  return match.matches();
}

bool Grammar::beginsTitle(std::span<const std::string> titles, std::string_view line) const {
  constexpr std::size_t kLongEnough = 20;  // bytes: a title's first line, not a common phrase
  const bool spaced = profile_.spacesBetweenWords;
  // In any case: the 1990s set an item's title in capitals over its part
  // ("ПОЛОЖЕНИЕ НА ОККУПИРОВАННЫХ АРАБСКИХ ТЕРРИТОРИЯХ"), the cover not.
  for (const std::string& title : titles) {
    const std::size_t begun = text::prefixIgnoringCase(title, line);
    if (begun == std::string_view::npos) continue;
    if (begun == title.size() || (line.size() >= kLongEnough && (!spaced || title[begun] == ' ')))
      return true;
  }
  return false;
}

bool Grammar::startsHeading(std::string_view line) const {
  if (isSubItemHeading(line)) return true;
  if (!compiled_->headingStart) return false;
  Match match(*compiled_->headingStart, line);
  return match.lookingAt();
}

bool Grammar::isSubItemHeading(std::string_view line) const {
  if (!compiled_->subItemHeading) return false;
  Match match(*compiled_->subItemHeading, line);
  return match.lookingAt();
}

bool Grammar::isNonItemHeading(std::string_view line) const {
  if (!compiled_->nonItemHeading) return false;
  Match match(*compiled_->nonItemHeading, line);
  return match.lookingAt();
}

std::optional<Grammar::VoteLabel> Grammar::voteLabel(std::string_view line) const {
  constexpr std::pair<CoverField, VoteChoice> kLabels[] = {
      {CoverField::InFavour, VoteChoice::InFavour},
      {CoverField::Against, VoteChoice::Against},
      {CoverField::Abstaining, VoteChoice::Abstaining}};
  for (const auto& [field, choice] : kLabels) {
    auto label = cover(field, line);
    if (!label) continue;
    const std::string rest = text::asciiDigits(label->rest.in(line));
    if (!rest.empty() && std::all_of(rest.begin(), rest.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c)) != 0;
        }))
      return std::nullopt;
    return VoteLabel{choice, label->rest};
  }
  return std::nullopt;
}

std::optional<Captures> Grammar::cover(CoverField field, std::string_view line) const {
  const auto& pattern = compiled_->cover[static_cast<std::size_t>(field)];
  if (!pattern) return std::nullopt;
  if (const auto& word = compiled_->coverWords[static_cast<std::size_t>(field)];
      !word.empty() && line.find(word) == std::string_view::npos)
    return std::nullopt;
  Match match(*pattern, line);
  if (!match.matches()) return std::nullopt;
  Captures captures;
  captures.number = match.group(groupNumber(*pattern, "number"));
  captures.day = match.group(groupNumber(*pattern, "day"));
  captures.month = match.group(groupNumber(*pattern, "month"));
  captures.year = match.group(groupNumber(*pattern, "year"));
  captures.time = match.group(groupNumber(*pattern, "time"));
  captures.rest = match.group(groupNumber(*pattern, "rest"));
  captures.title = match.group(groupNumber(*pattern, "title"));
  return captures;
}

std::optional<Grammar::VoteResult> Grammar::voteResult(std::string_view text) const {
  // More than any body has members: the digits are not a vote's count (found
  // by fuzzing, where "7777777777 voix pour" overflowed).
  constexpr int kMostVotes = 100000;
  auto number = [&](std::string_view word) -> int {
    int value = 0;
    const std::string ascii = text::asciiDigits(word);  // "١٥٠" counts 150
    bool digits = !ascii.empty();
    for (char c : ascii) {
      if (c < '0' || c > '9') {
        digits = false;
      } else {
        if (value > kMostVotes) return -1;  // no vote counts so many: not a count
        value = value * 10 + (c - '0');
      }
    }
    if (digits) return value <= kMostVotes ? value : -1;
    if (word.empty()) return 0;  // a count the sentence does not say ("при 2 воздержавшихся")
    std::string lower(word);
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& [name, n] : profile_.vote.numberWords)
      if (name == lower) return n;
    return -1;
  };
  for (std::size_t p = 0; p < compiled_->voteResults.size(); ++p) {
    if (text.find(compiled_->voteResultWords[p]) == std::string_view::npos) continue;
    const auto& pattern = *compiled_->voteResults[p];
    Match match(pattern, text);
    if (!match.find()) continue;
    VoteResult result;
    const char* names[] = {"inFavour", "against", "abstaining"};
    for (int k = 0; k < 3; ++k) {
      result.where[k] = match.group(groupNumber(pattern, names[k]));
      result.counts[k] = number(result.where[k].in(text));
    }
    if (result.counts[0] >= 0 && result.counts[1] >= 0 && result.counts[2] >= 0) return result;
  }
  return std::nullopt;
}

std::vector<Grammar::OutcomeAt> Grammar::outcomes(std::string_view text) const {
  std::vector<OutcomeAt> found;
  const auto& wordings = profile_.vote.outcomes;
  for (std::size_t p = 0; p < wordings.size(); ++p) {
    Match match(*compiled_->outcomes[p], text);
    while (match.find()) {
      const Piece where = match.whole();
      const bool apart = std::none_of(found.begin(), found.end(), [&](const OutcomeAt& other) {
        return other.where.begin < where.end && where.begin < other.where.end;
      });
      if (apart && where.found()) found.push_back({where, wordings[p].outcome});
    }
  }
  std::sort(found.begin(), found.end(),
            [](const OutcomeAt& a, const OutcomeAt& b) { return a.where.begin < b.where.begin; });
  return found;
}

int Grammar::month(std::string_view name) const {
  const auto& months = profile_.cover.months;
  for (std::size_t i = 0; i < months.size(); ++i)
    if (months[i] == name) return static_cast<int>(i) + 1;
  int number = 0;  // languages that print months as numbers (2023年7月)
  for (char c : name) {
    if (c < '0' || c > '9') return 0;
    number = number * 10 + (c - '0');
  }
  return number >= 1 && number <= 12 ? number : 0;
}

std::optional<Piece> Grammar::nationalCapacity(std::string_view paragraph) const {
  // The sentence opens the paragraph; the chair may go on in it ("… of
  // Malta. Malta supports the resolution …").
  Match match(*compiled_->nationalCapacity, paragraph);
  if (!match.lookingAt()) return std::nullopt;
  return match.group(groupNumber(*compiled_->nationalCapacity, "country"));
}

std::optional<Grammar::NamedHolder> Grammar::floorToNamed(std::string_view paragraph) const {
  if (!compiled_->floorToNamed) return std::nullopt;
  Match match(*compiled_->floorToNamed, paragraph);
  if (!match.find()) return std::nullopt;
  return NamedHolder{match.group(groupNumber(*compiled_->floorToNamed, "title")),
                     match.group(groupNumber(*compiled_->floorToNamed, "name"))};
}

bool Grammar::resumesPresidency(std::string_view paragraph) const {
  Match match(*compiled_->resumesPresidency, paragraph);
  return match.matches();
}

bool Grammar::givesFloor(std::string_view paragraph) const {
  if (!compiled_->givesFloor) return false;
  Match match(*compiled_->givesFloor, paragraph);
  return match.matches();
}

bool Grammar::isParagraphOfItsOwn(std::string_view sentence) const {
  // The formula alone: the chair goes on in another paragraph.
  Match capacity(*compiled_->nationalCapacity, sentence);
  if (compiled_->decided) {
    Match decided(*compiled_->decided, sentence);
    if (decided.matches()) return true;
  }
  if (compiled_->beginsConsideration) {
    Match begins(*compiled_->beginsConsideration, sentence);
    if (begins.matches()) return true;
  }
  return capacity.matches() || resumesPresidency(sentence) || givesFloor(sentence);
}

bool Grammar::opensParagraph(std::string_view line) const {
  line = text::trimStart(line);
  return std::any_of(profile_.paragraphOpeners.begin(), profile_.paragraphOpeners.end(),
                     [&](std::string_view opener) { return line.starts_with(opener); });
}

std::vector<ClockTime> Grammar::times(std::string_view text) const {
  std::vector<ClockTime> found;
  Match match(*compiled_->time, text);
  Groups groups(*compiled_->time);
  while (match.find()) {
    ClockTime time;
    time.where = match.whole();
    time.hour = toInt(match.group(groups.hour).in(text));
    time.minute = toInt(match.group(groups.minute).in(text));
    auto period = match.group(groups.period).in(text);
    // "12.20 a.m." is twenty past midnight, "12.15 p.m." a quarter past noon.
    for (const auto& [word, begins] : profile_.time.periods)
      if (word == period && time.hour <= 12)
        time.hour = begins + ((time.hour - begins) % 12 + 12) % 12;
    if (time.hour < 24 && time.minute < 60) found.push_back(time);
  }
  return found;
}

namespace {

// 18 as "XVIII": the Assembly numbered its sessions so until 1976.
std::string romanNumeral(int value) {
  constexpr std::pair<int, const char*> kDigits[] = {{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"},
                                                     {5, "V"},  {4, "IV"},  {1, "I"}};
  std::string out;
  for (const auto& [size, digits] : kDigits)
    for (; value >= size; value -= size) out += digits;
  return out;
}

// The citation a match of a resolution pattern made, offsets from `from`;
// nothing where its groups name no resolution.
std::optional<Grammar::ResolutionRef> citationOf(const Match& match,
                                                 const icu::RegexPattern& pattern,
                                                 std::string_view text, std::size_t from) {
  // A link names the document as its symbol does, in ASCII digits ("٨٠/١٢١" is 80/121).
  auto group = [&](const char* name) {
    return text::asciiDigits(match.group(groupNumber(pattern, name)).in(text));
  };
  const std::string number = group("number"), year = group("year");
  // Arabic cites the Assembly's early sessions by number: "(د-18)" is (XVIII).
  const std::string sessionNumber = group("sessionNumber");
  const std::string roman =
      sessionNumber.empty() ? group("roman") : romanNumeral(toInt(sessionNumber));
  // A session's kind in the language's own letters ("دإط-11/1" is ES-11/1):
  // groups `emergency` and `special` say which.
  const std::string kind = !group("emergency").empty() ? "ES-"
                           : !group("special").empty() ? "S-"
                                                       : "";
  const std::string session = group("session"), item = group("item");
  // The Council's by year, the Assembly's by session: in Roman numerals
  // until 1976 ("2758 (XXVI)"), then as a number ("65/182", "ES-11/1").
  std::string symbol = !year.empty()      ? "S/RES/" + number + "(" + year + ")"
                       : !roman.empty()   ? "A/RES/" + number + "(" + roman + ")"
                       : !session.empty() ? "A/RES/" + kind + session + "/" + item
                                          : std::string();
  const Piece where = match.group(groupNumber(pattern, "ref"));
  if (symbol.empty() || !where.found()) return std::nullopt;
  return Grammar::ResolutionRef{{where.begin + from, where.end + from}, std::move(symbol)};
}

}  // namespace

std::vector<Grammar::ResolutionRef> Grammar::resolutions(std::string_view text) const {
  std::vector<ResolutionRef> found;
  if (!compiled_->resolution || text.find(compiled_->resolutionWord) == std::string_view::npos)
    return found;
  const auto& pattern = *compiled_->resolution;
  Match match(pattern, text);
  while (match.find())
    if (auto citation = citationOf(match, pattern, text, 0)) found.push_back(std::move(*citation));
  if (!compiled_->resolutionListed) return found;
  // A citation may head a list ("resolutions 80/112 and 80/113"): each
  // number after it, as long as they run, is one.
  const auto& listed = *compiled_->resolutionListed;
  for (std::size_t i = 0; i < found.size(); ++i) {
    const std::size_t from = found[i].where.end;
    const std::string_view rest = text.substr(from);
    Match more(listed, rest);
    if (!more.lookingAt()) continue;
    auto citation = citationOf(more, listed, rest, from);
    if (!citation || (i + 1 < found.size() && found[i + 1].where.begin <= citation->where.begin))
      continue;
    found.insert(found.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(*citation));
  }
  return found;
}

std::vector<Piece> Grammar::documentSymbols(std::string_view text) const {
  std::vector<Piece> found;
  if (text.find('/') == std::string_view::npos) return found;  // every symbol has a slash
  Match match(*compiled_->documentSymbol, text);
  while (match.find()) {
    Piece piece = match.whole();
    while (piece.end > piece.begin && (text[piece.end - 1] == '.' || text[piece.end - 1] == '-'))
      --piece.end;
    auto symbol = piece.in(text);
    if (symbol.find_first_of("0123456789") != std::string_view::npos &&
        symbol.find('/') != std::string_view::npos)
      found.push_back(piece);
  }
  return found;
}

namespace {

// The end of a text, from a character boundary: what a sentence end depends
// on. (Paragraphs are asked at every line they gain: the whole of one would
// make that quadratic.)
std::string_view tailOf(std::string_view text) {
  constexpr std::size_t kTail = 512;
  return text::tail(text, kTail);
}

}  // namespace

bool Grammar::endsSentence(std::string_view text) const {
  text = text::trimEnd(tailOf(text));
  if (!text.empty() && compiled_->stopWordEnds.test(static_cast<unsigned char>(text.back()))) {
    // "… elected President of the Assembly. Mr." / "Thorn also held …": an
    // honorific's full stop ends no sentence.
    const auto space = text.rfind(' ');
    const std::string_view lastWord =
        space == std::string_view::npos ? text : text.substr(space + 1);
    for (auto honorific : profile_.honorifics)
      if (lastWord == honorific && honorific.ends_with('.')) return false;
    for (auto style : profile_.stylesEndingInAStop)
      if (text == style || (text.ends_with(style) && text[text.size() - style.size() - 1] == ' '))
        return false;
  }
  // "… in the world at large.” (A/PV.1753, para. 54)": a reference after the
  // sentence it cites.
  if (text.ends_with(')')) {
    const auto open = text.rfind('(');
    if (open != std::string_view::npos && open > 0 && text[open - 1] == ' ' &&
        endsWithSentenceMark(text.substr(0, open - 1)))
      return true;
  }
  return endsWithSentenceMark(text);
}

bool Grammar::endsWithSentenceMark(std::string_view text) const {
  text = text::trimEnd(text);
  while (!text.empty()) {
    auto length = text::lastLength(text);
    auto tail = text.substr(text.size() - length);
    if (profile_.closers.find(tail) != std::string_view::npos) {
      // French sets a space before its closing guillemet: "justice. »".
      text = text::trimEnd(text.substr(0, text.size() - length));
      continue;
    }
    return profile_.sentenceEnd.find(tail) != std::string_view::npos;
  }
  return false;
}

std::string_view Grammar::joiner(std::string_view left, std::string_view right) const {
  if (left.empty() || right.empty()) return "";
  // A slash ends no word: "كانون الأول/" / "ديسمبر", "S/2026/" / "190",
  // "and/" / "or" are one, where a slash set apart (" / ") is not.
  if (left.back() == '/' && left.size() > 1 &&
      !text::isSpace(text::last(left.substr(0, left.size() - 1))) &&
      !text::isSpace(text::first(right)))
    return "";
  // A range of numbers broken at its hyphen ("للفترة 2022-" / "2023"): one.
  if (left.size() > 1 && left.back() == '-' &&
      u_isdigit(static_cast<UChar32>(text::last(left.substr(0, left.size() - 1)))) &&
      u_isdigit(static_cast<UChar32>(text::first(right))))
    return "";
  if (profile_.spacesBetweenWords) return " ";
  // Without spaces between words, a line break between two words of a spaced
  // script (Latin names) still stood for a space. Such text breaks lines
  // anywhere, inside numbers and document symbols too ("S/2" / "026/190"):
  // a break next to a digit, or in a word with a slash or a digit, is none.
  auto letter = [](char32_t c) {
    return text::isSpacedAlnum(c) && !u_isdigit(static_cast<UChar32>(c));
  };
  // A line that is a count alone ("192" / "1"), after another number: a
  // table's column of figures, each its own; never one number.
  auto digit = [](char32_t c) { return u_isdigit(static_cast<UChar32>(c)) != 0; };
  if (digit(text::last(left)) && text::isAsciiNumber(right)) return " ";
  if (!letter(text::last(left)) || !letter(text::first(right))) return "";
  std::size_t start = left.size();
  while (start > 0) {
    const std::size_t length = text::lastLength(left.substr(0, start));
    const char32_t c = text::last(left.substr(0, start));
    if (c == text::kInvalid || text::isSpace(c) || text::isWide(c)) break;
    start -= length;
  }
  const std::string_view word = left.substr(start);
  return word.find_first_of("/0123456789") == std::string_view::npos ? " " : "";
}

bool Grammar::beginsAfterSuspendedHyphen(std::string_view line) const {
  return std::ranges::any_of(profile_.suspendedHyphenConjunctions, [&](std::string_view word) {
    return line.size() > word.size() && line.starts_with(word) && line[word.size()] == ' ';
  });
}

std::string_view Grammar::languageCode(std::string_view printedName) const {
  for (const auto& language : profile_.languages)
    if (language.printed == printedName) return language.code;
  // "покитайски": the name as printed, less the hyphen a line broke at.
  auto withoutHyphens = [](std::string_view name) {
    std::string out;
    for (char c : name)
      if (c != '-') out += c;
    return out;
  };
  const std::string joined = withoutHyphens(printedName);
  for (const auto& language : profile_.languages)
    if (withoutHyphens(language.printed) == joined) return language.code;
  return {};
}

// "Slovénie, Suisse" / "Je remercie M. Koroma de son exposé.": a list whose
// line ended on a whole State's name, and a sentence after it that names no
// State and lists none: the list had ended (its last line lost its full
// stop, or a column break came between).
bool Grammar::endsListBefore(std::string_view list, std::string_view next) const {
  const auto& vote = profile_.vote;
  if (vote.separator.empty() || !endsSentence(next) ||
      next.find(vote.separator) != std::string_view::npos)
    return false;
  if (!vote.lastSeparator.empty() &&
      next.find(" " + std::string(vote.lastSeparator) + " ") != std::string_view::npos)
    return false;
  const std::string_view code = profile_.code;
  const std::size_t cut = list.rfind(vote.separator);
  std::string_view last =
      cut == std::string_view::npos ? list : list.substr(cut + vote.separator.size());
  if (!vote.lastSeparator.empty())
    if (const auto at = last.rfind(" " + std::string(vote.lastSeparator) + " ");
        at != std::string_view::npos)
      last = last.substr(at + vote.lastSeparator.size() + 2);
  std::string_view name = text::trim(next);
  while (!name.empty() && (name.back() == '.' || name.back() == ';')) name.remove_suffix(1);
  // "United States" / "of America.": the name goes on.
  const char32_t first = text::first(name);
  if (first == text::kInvalid || u_islower(static_cast<UChar32>(first))) return false;
  last = text::trim(last);
  const std::string both = std::string(last) + std::string(joiner(last, name)) + std::string(name);
  return !countryCode(last, code).empty() && countryCode(name, code).empty() &&
         countryCode(both, code).empty();
}

bool Grammar::beginsProcedural(std::span<const std::string_view> lines) const {
  if (lines.empty()) return false;
  std::string sentence(lines[0]);
  ProceduralProbe probe;
  for (std::size_t j = 0;;) {
    probe = probeProcedural(sentence, probe);
    if (probe.match) return true;
    if (!probe.longerCouldMatch || endsSentence(sentence) || ++j >= lines.size()) return false;
    // "… голосова-" / "ние.": a word broken at the line's end is one word.
    const bool broken = text::endsWithLetterHyphen(sentence) &&
                        u_islower(static_cast<UChar32>(text::first(lines[j])));
    if (broken)
      sentence.pop_back();
    else
      sentence += joiner(sentence, lines[j]);
    sentence += lines[j];
  }
}

bool Grammar::isWholeLineUnit(std::string_view line) const {
  if (Match match(*compiled_->wholeLine, line); match.matches()) return true;
  const BytePairs pairs(line);
  for (std::size_t i = 0; i < compiled_->procedural.size(); ++i) {
    if (!line.ends_with(compiled_->proceduralEndings[i])) continue;
    const auto& word = compiled_->proceduralWords[i];
    if (!word.empty() && (!pairs.mayHold(compiled_->proceduralWordPairs[i]) ||
                          line.find(word) == std::string_view::npos))
      continue;
    if (Match match(*compiled_->procedural[i], line); match.matches()) return true;
  }
  return false;
}

bool Grammar::endsWithDocumentSymbol(std::string_view line) const {
  line = text::trimEnd(line);
  const char32_t last = text::last(line);
  if (last != U')' && last != U'）') return false;
  const auto symbols = documentSymbols(line);
  if (symbols.empty()) return false;
  // Nothing but the bracket's close after the last symbol.
  std::string_view after = line.substr(symbols.back().end);
  return text::countCodePoints(after) == 1;
}

bool Grammar::sentenceGoesOnInto(std::string_view previous, std::string_view line,
                                 std::string_view withNext) const {
  if (profile_.lettersHaveCase || endsSentence(previous) || text::endsWithColon(previous) ||
      u_isdigit(static_cast<UChar32>(text::last(previous))))
    return false;
  return isWholeLineUnit(line) && !languageSwitch(line) && !label(withNext);
}

bool Grammar::procedureGoesOnInLowerCase(std::string_view procedure, std::string_view line) const {
  const char32_t first = text::first(line);
  if (first == text::kInvalid || !u_islower(static_cast<UChar32>(first)) ||
      !probeProcedural(procedure).match)
    return false;
  std::string sentence(procedure);
  sentence += joiner(procedure, line);
  sentence += line;
  return probeProcedural(sentence).match.has_value();
}

bool Grammar::startsBlock(std::string_view line, std::string_view withNext) const {
  return isWholeLineUnit(line) || label(withNext);
}

}  // namespace verbatim
