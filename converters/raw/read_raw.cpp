#include "raw/read_raw.hpp"

#include <unicode/uchar.h>
#include <unicode/uloc.h>

#include <algorithm>
#include <optional>
#include <tuple>

#include "core/bodies.hpp"
#include "core/conservation.hpp"
#include "core/text.hpp"
#include "raw/ballot_columns.hpp"
#include "raw/bidi_controls.hpp"
#include "raw/cover.hpp"
#include "raw/decode.hpp"
#include "raw/displaced_marks.hpp"
#include "raw/flow.hpp"
#include "raw/furniture.hpp"
#include "raw/grammar.hpp"
#include "raw/layout.hpp"
#include "raw/lines.hpp"
#include "raw/recognise.hpp"
#include "raw/reflow.hpp"
#include "raw/repairs.hpp"
#include "raw/stray_spaces.hpp"
#include "raw/visual_order.hpp"

namespace verbatim {
namespace {

// pdftotext's default reading may set a page's blocks out of order, and a
// turn's text in the next speaker's; where the order cannot be put back, a
// turn that ends in mid-sentence is the trace left (a record ends every
// turn's sentence). Said, not repaired.
void warnOfTurnsEndingInMidSentence(const std::vector<RawParagraph>& paragraphs,
                                    const Grammar& grammar, Audit& audit) {
  for (std::size_t i = 0; i + 1 < paragraphs.size(); ++i) {
    const RawParagraph& turnsEnd = paragraphs[i];
    if (turnsEnd.outsideSpeech || grammar.endsSentence(turnsEnd.text) ||
        text::endsWithColon(turnsEnd.text) || text::endsWithComma(turnsEnd.text) ||
        !grammar.label(paragraphs[i + 1].text) || grammar.voteLabel(turnsEnd.text) ||
        (i > 0 && grammar.voteLabel(paragraphs[i - 1].text)) || turnsEnd.text.ends_with("—") ||
        turnsEnd.text.ends_with("…"))
      continue;  // (a vote's list of States ends with none; a speaker cut short, with a dash)
    constexpr std::size_t kQuoted = 40;  // bytes of the turn's end, about
    audit.warn(turnsEnd.lastLine,
               "a turn ends in mid-sentence ('…" + std::string(text::tail(turnsEnd.text, kQuoted)) +
                   "'): the extraction may have set this page's text out of order; check the "
                   "turns around it, or convert the -layout extraction");
  }
}

Error refuse(ErrorKind kind, std::string_view file, std::string message) {
  return Error{kind, std::move(message), std::string(file), 0, {}};
}

std::string knownLanguages() {
  std::string list;
  for (const auto* profile : allProfiles())
    list += (list.empty() ? "" : ", ") + std::string(profile->code);
  return list;
}

}  // namespace

// A BCP 47 language tag's primary subtag: two or three ASCII letters.
bool isLanguageTag(std::string_view tag) {
  auto primary = tag.substr(0, tag.find_first_of("-_"));
  if (primary.size() < 2 || primary.size() > 3) return false;
  for (char c : primary)
    if (c < 'a' || c > 'z') return false;
  if (primary.size() == 3) return true;
  // A two-letter code is one of ISO 639-1's ("xx" is none).
  for (const char* const* known = uloc_getISOLanguages(); *known; ++known)
    if (primary == *known) return true;
  return false;
}

bool isIsoDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (date[i] < '0' || date[i] > '9') return false;
  const int year = std::stoi(std::string(date.substr(0, 4)));
  const int month = std::stoi(std::string(date.substr(5, 2)));
  const int day = std::stoi(std::string(date.substr(8, 2)));
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > days[month - 1]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

namespace {

// The footers say how many pages the record has ("3/31"): a text whose last
// printed page comes before the last is cut short, or its extraction is.
// `lastLine`: the text's last line, where the warning points.
void warnIfPagesMissing(const Furniture& furniture, int lastLine, Audit& audit) {
  if (furniture.printedPages == 0 || furniture.printedNumbers.empty()) return;
  int last = 0;
  for (const auto& [page, printed] : furniture.printedNumbers) last = std::max(last, printed);
  if (last < furniture.printedPages)
    audit.warn(lastLine, "the text ends on printed page " + std::to_string(last) + " of " +
                             std::to_string(furniture.printedPages) +
                             " (the footers' count): the record's last pages are missing");
}

// Printed page numbers run on from page to page: one that does not (a page
// set out of order, pages reversed, a number misread) is warned, at the
// page's first line, as `verbatim validate` warns of the AKN's page ends.
void warnIfPagesOutOfOrder(const Furniture& furniture, const std::vector<SourceLine>& lines,
                           Audit& audit) {
  std::optional<int> before;
  for (const auto& [page, printed] : furniture.printedNumbers) {
    if (before && printed <= *before) {
      const int index = page;  // (a structured binding no lambda may capture before C++20)
      const auto first = std::find_if(lines.begin(), lines.end(),
                                      [&](const SourceLine& line) { return line.page == index; });
      audit.warn(first == lines.end() ? 0 : first->number,
                 "the page printed " + std::to_string(printed) + " comes after the page printed " +
                     std::to_string(*before) +
                     ": the pages are out of order, or a page's number was misread");
    }
    before = printed;
  }
}

// PDF extractions (pdftotext) separate pages with form feeds; column text
// marks page starts with a leading space and has none.
bool isPdfExtraction(std::string_view text) { return text.find('\f') != std::string_view::npos; }

}  // namespace

// Every output is XML and names files after the symbol: a value must be
// UTF-8 without control characters, and of a sane length. A bidi control
// (U+202E) would reorder the text around it wherever the value is shown.
std::string metadataProblem(std::string_view value, std::size_t maxCharacters) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < value.size(); ++characters) {
    const char32_t c = text::next(value, i);
    if (c == text::kInvalid) return "is not UTF-8";
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF)
      return "contains the control character " + text::codePointName(c);
    if (isBidiControl(c)) return "contains the bidi formatting character " + text::codePointName(c);
  }
  if (characters > maxCharacters)
    return "has " + std::to_string(characters) + " characters (at most " +
           std::to_string(maxCharacters) + ")";
  return {};
}

std::string normalizedSymbol(std::string_view given) {
  return text::compatibilityForm(text::trim(given));
}

namespace {

// A value as a message may quote it: control characters shown as '?', cut short.
std::string quoted(std::string_view value) {
  std::size_t shown = std::min<std::size_t>(value.size(), 60);
  while (shown < value.size() && (static_cast<unsigned char>(value[shown]) & 0xC0) == 0x80)
    --shown;  // never cut a character in two
  std::string out;
  const std::string_view head = value.substr(0, shown);
  for (std::size_t i = 0; i < head.size();) {
    const std::size_t at = i;
    const char32_t c = text::next(head, i);
    if (c == text::kInvalid || c < 0x20)
      out += '?';
    else
      out.append(head.substr(at, i - at));
  }
  return "'" + out + (shown < value.size() ? "…'" : "'");
}

// The longest paragraph a record can have. Real ones have a few thousand
// characters; a text that joins into a longer one is not a record (and the
// XML parsers every output goes through refuse text nodes over 10 MB).
constexpr std::size_t kMaxParagraphBytes = 1'000'000;

// Facts the cover page gives fill what flags and sidecar left open. Where
// they say otherwise than the cover, they are kept, and the audit says so.
void fillFromCover(Metadata& meta, const CoverFacts& cover, Audit& audit) {
  auto fill = [](std::string& field, const std::string& value) {
    if (field.empty()) field = value;
  };
  auto check = [&](const std::string& given, const std::string& printed, std::string_view what) {
    if (!given.empty() && !printed.empty() && given != printed)
      audit.warn(0, "the " + std::string(what) + " given, " + given + ", is not the cover's, " +
                        printed + "; the one given is kept");
  };
  check(meta.symbol, cover.symbol, "symbol");
  check(meta.date, cover.date, "date");
  fill(meta.symbol, cover.symbol);
  fill(meta.date, cover.date);
  fill(meta.body, cover.body);
  fill(meta.meetingNumber, cover.meetingNumber);
  fill(meta.place, cover.place);
  fill(meta.session, cover.session);
  fill(meta.meetingLine, cover.meetingLine);
  fill(meta.status, cover.status);
  fill(meta.dateLine, cover.dateLine);
  fill(meta.committee, cover.committee);
}

}  // namespace

Result<RawText> readRawText(std::string_view bytes, std::string_view fileName,
                            const RawOptions& options) {
  Metadata meta = options.meta;
  if (!meta.language.empty() && !isLanguageTag(meta.language))
    return refuse(ErrorKind::Usage, fileName,
                  "'" + meta.language + "' is not a language (an ISO 639 code: e.g. en, fr, zh)");
  // UN symbols have at most a few dozen characters ("A/C.5/77/SR.12/Corr.1").
  for (auto [name, value, limit] : {std::tuple{"symbol", &meta.symbol, kMaxSymbolCharacters},
                                    std::tuple{"place", &meta.place, kMaxPlaceCharacters},
                                    std::tuple{"body", &meta.body, kMaxBodyCharacters}})
    if (auto problem = metadataProblem(*value, limit); !problem.empty())
      return refuse(ErrorKind::Usage, fileName,
                    std::string("the ") + name + " " + quoted(*value) + " " + problem +
                        ": it cannot name a record");
  if (!meta.date.empty() && !isIsoDate(meta.date))
    return refuse(ErrorKind::Usage, fileName,
                  "'" + meta.date + "' is not a date of the form YYYY-MM-DD");

  auto decoded = decode(bytes, fileName, options.encoding);
  if (!decoded) return decoded.error();
  const std::string& text = decoded.value().text;

  RawText result;
  RawReading& reading = result.reading;
  reading.encoding = decoded.value().encoding;
  const LanguageProfile* profile = nullptr;
  if (meta.language.empty()) {
    profile = guessLanguage(text);
    // Text set in presentation forms ("ﺍﻟﺮﺋﻴﺲ") is guessed by the letters they show.
    if (!profile) profile = guessLanguage(unfoldPresentationForms(text).text);
    if (!profile && !text::hasLetter(text))
      return refuse(ErrorKind::InputRejected, fileName,
                    "the file has no text, only white space and page furniture");
    if (!profile)
      return refuse(ErrorKind::InputRejected, fileName,
                    "the record's language could not be recognised: pass --lang (profiles: " +
                        knownLanguages() + ")");
    meta.language = std::string(profile->code);
  } else {
    profile = findProfile(meta.language);
  }
  // Said once for the record: no paragraph of it can be a speech.
  if (!profile) {
    reading.audit.warn(0, "no language profile for '" + meta.language +
                              "' (profiles: " + knownLanguages() +
                              "): the record is read as paragraphs, without speakers; no "
                              "speech, procedural line or vote can be recognised");
    profile = &genericProfile();
  } else if (!readsSpeeches(*profile)) {
    reading.audit.warn(0, "the language profile for '" + meta.language +
                              "' has no titles and no procedural phrases: the record is read "
                              "as paragraphs, without speakers");
  }
  const Grammar& grammar = Grammar::of(*profile);

  auto lines = splitLines(text, reading.audit);
  reading.lines = static_cast<int>(lines.size());
  resolveBidiControls(lines, reading.audit);
  const bool layout = isPdfExtraction(text) && isLayoutExtraction(lines);
  if (layout) lines = readColumns(lines, writesRightToLeft(grammar.profile()), reading.audit);
  unfoldPresentationForms(lines, reading.audit);
  if (isPdfExtraction(text)) placeDisplacedMarks(lines, grammar.profile(), reading.audit);
  cleanSpaces(lines, grammar, reading.audit);
  closeStraySpaces(lines, grammar, reading.audit);
  repairVisualOrder(lines, grammar.profile(), reading.audit);

  std::vector<RawParagraph> paragraphs;
  CoverFacts cover;
  if (isPdfExtraction(text)) {
    reading.dialect = layout ? "pdftotext-layout" : "pdftotext";
    // The cover first: its symbol line would pass for a running head.
    cover = readCover(lines, grammar, reading.audit);
    if (const int second = laterCoverLine(lines, grammar); second > 0 && cover.found)
      return Error{ErrorKind::InputRejected,
                   "a second record begins on the page of line " + std::to_string(second) +
                       " (a cover page of its own): a file holds one record; split it there",
                   std::string(fileName),
                   second,
                   {}};
    if (!layout) pairBallotRows(lines, grammar, reading.audit);
    Furniture furniture = removeFurniture(lines, grammar, reading.audit, cover);
    fillFromCover(meta, cover, reading.audit);
    // A record whose first page has no cover (a 1990s Assembly record set
    // its symbol only in the heads of its pages) is named by its heads.
    if (meta.symbol.empty() && !furniture.symbol.empty()) {
      meta.symbol = furniture.symbol;
      reading.audit.inferred("symbol", 0, 0,
                             "the record's symbol, from the heads of its pages: " + meta.symbol);
    }
    // No date line (the first page lost, say), but the heads of the pages
    // print the date: the record's own statement of it.
    if (meta.date.empty() && isIsoDate(furniture.date)) {
      meta.date = furniture.date;
      reading.audit.warn(furniture.dateLine,
                         "the text has no date line (is its first page missing?): the "
                         "meeting date is the one the heads of its pages print, " +
                             meta.date);
    }
    warnIfPagesMissing(furniture, lines.empty() ? 0 : lines.back().number, reading.audit);
    warnIfPagesOutOfOrder(furniture, lines, reading.audit);
    const int measure = typesetMeasure(lines);
    // The layout dialect keeps each printed line whole and its columns in
    // order: a short line there is a paragraph's last, never words of a
    // justified line set apart, and its blank lines are not block ends.
    if (!layout) {
      pairBallotColumns(lines, grammar, reading.audit);
      restoreScatteredWords(lines, grammar, measure, reading.audit);
      restoreDanglingFragments(lines, grammar, measure, reading.audit);
    }
    // The document's words, read once for both: the hyphens the repair puts
    // back change nothing the flow asks of them.
    const Vocabulary vocabulary(lines, measure);
    restoreCompoundHyphens(lines, grammar, measure, vocabulary, reading.audit);
    paragraphs = reflowFlow(lines, grammar, furniture.printedNumbers, vocabulary, reading.audit,
                            cover.agenda);
    if (!layout) warnOfTurnsEndingInMidSentence(paragraphs, grammar, reading.audit);
  } else {
    reading.dialect = "column-text";
    paragraphs = reflowColumns(lines, grammar, reading.audit);
  }

  meta.symbol = normalizedSymbol(meta.symbol);
  if (meta.symbol.empty())
    return refuse(ErrorKind::InputRejected, fileName,
                  std::string("the record's symbol is not known: ") +
                      (isPdfExtraction(text)
                           ? "the text has no cover page that gives it"
                           : "the text has no form feed, so it is read as columns whose page "
                             "furniture was taken out, and no cover page is looked for (pdftotext "
                             "ends each page with a form feed: keep them)") +
                      "; pass --symbol (e.g. --symbol S/PV.9381) or put \"symbol\" in the "
                      "sidecar file");
  // The symbol names the outputs and the record's IRIs: it needs a letter or digit.
  const bool alnum = [&] {
    for (std::size_t i = 0; i < meta.symbol.size();)
      if (const char32_t c = text::next(meta.symbol, i);
          c != text::kInvalid && u_isalnum(static_cast<UChar32>(c)))
        return true;
    return false;
  }();
  if (!alnum || symbolForFileName(meta.symbol).empty() || symbolForIri(meta.symbol).empty())
    return refuse(ErrorKind::Usage, fileName,
                  "the symbol " + quoted(meta.symbol) +
                      " has no letter or digit: it cannot name a record (e.g. --symbol S/PV.9381)");
  if (meta.date.empty())
    return refuse(ErrorKind::InputRejected, fileName,
                  "the meeting date is not known: the text does not give it; pass --date "
                  "YYYY-MM-DD or put \"date\" in the sidecar file (a date is never guessed)");
  if (meta.body.empty())
    if (const BodyInfo* body = bodyOfSymbol(meta.symbol)) meta.body = std::string(body->key);
  if (!meta.body.empty() && !findBody(meta.body))
    return refuse(ErrorKind::Usage, fileName,
                  "the organ '" + meta.body + "' is none verbatim knows: SC, GA, ECOSOC or TC");
  if (meta.body.empty())
    return refuse(ErrorKind::Usage, fileName,
                  "the organ that held the meeting is not known from the symbol '" + meta.symbol +
                      "': pass --body SC, GA, ECOSOC or TC");
  if (meta.meetingNumber.empty()) meta.meetingNumber = meetingNumberOfSymbol(meta.symbol);
  if (paragraphs.empty())
    return refuse(ErrorKind::InputRejected, fileName,
                  cover.found ? "the file holds a cover page and no record after it"
                              : "the file has no text, only white space and page furniture");
  for (const auto& paragraph : paragraphs)
    if (paragraph.text.size() > kMaxParagraphBytes)
      return Error{ErrorKind::InputRejected,
                   "a paragraph of " + std::to_string(paragraph.text.size()) + " bytes (lines " +
                       std::to_string(paragraph.firstLine) + "–" +
                       std::to_string(paragraph.lastLine) +
                       "): a record's paragraphs are far shorter (at most " +
                       std::to_string(kMaxParagraphBytes) +
                       " bytes); this is not the text of a verbatim record",
                   std::string(fileName),
                   paragraph.firstLine,
                   {}};

  reading.decodedText = std::move(decoded.value().text);
  result.meta = std::move(meta);
  result.profile = profile;
  result.cover = std::move(cover);
  result.paragraphs = std::move(paragraphs);
  result.firstPage = options.firstPage;
  return result;
}

RawReading recogniseRecord(RawText text) {
  RawReading reading = std::move(text.reading);
  reading.meeting =
      recognise(text.paragraphs, Grammar::of(*text.profile), text.meta, text.firstPage,
                text.cover.found ? &text.cover : nullptr, reading.audit);
  return reading;
}

Result<RawReading> readRawRecord(std::string_view bytes, std::string_view fileName,
                                 const RawOptions& options) {
  auto text = readRawText(bytes, fileName, options);
  if (!text) return text.error();
  return recogniseRecord(std::move(text.value()));
}

}  // namespace verbatim
