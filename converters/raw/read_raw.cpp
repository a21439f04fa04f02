#include "raw/read_raw.hpp"

#include "core/bodies.hpp"
#include "core/conservation.hpp"
#include "raw/cover.hpp"
#include "raw/decode.hpp"
#include "raw/flow.hpp"
#include "raw/furniture.hpp"
#include "raw/grammar.hpp"
#include "raw/layout.hpp"
#include "raw/lines.hpp"
#include "raw/recognise.hpp"
#include "raw/reflow.hpp"
#include "raw/repairs.hpp"
#include "raw/visual_order.hpp"

namespace verbatim {
namespace {

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

// PDF extractions (pdftotext) separate pages with form feeds; column text
// marks page starts with a leading space and has none.
bool isPdfExtraction(std::string_view text) { return text.find('\f') != std::string_view::npos; }

// A BCP 47 language tag's primary subtag: two or three ASCII letters.
bool isLanguageTag(std::string_view tag) {
  auto primary = tag.substr(0, tag.find_first_of("-_"));
  if (primary.size() < 2 || primary.size() > 3) return false;
  for (char c : primary)
    if (c < 'a' || c > 'z') return false;
  return true;
}

// Facts the cover page gives fill what flags and sidecar left open.
void fillFromCover(Metadata& meta, const CoverFacts& cover) {
  auto fill = [](std::string& field, const std::string& value) {
    if (field.empty()) field = value;
  };
  fill(meta.symbol, cover.symbol);
  fill(meta.date, cover.date);
  fill(meta.body, cover.body);
  fill(meta.meetingNumber, cover.meetingNumber);
  fill(meta.place, cover.place);
  fill(meta.session, cover.session);
  fill(meta.status, cover.status);
  fill(meta.dateLine, cover.dateLine);
}

}  // namespace

Result<RawText> readRawText(std::string_view bytes, std::string_view fileName,
                            const RawOptions& options) {
  Metadata meta = options.meta;
  if (!meta.language.empty() && !isLanguageTag(meta.language))
    return refuse(ErrorKind::Usage, fileName,
                  "'" + meta.language + "' is not a language tag (use e.g. en, fr, zh)");
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
  const bool layout = isPdfExtraction(text) && isLayoutExtraction(lines);
  if (layout) lines = readColumns(lines, reading.audit);
  cleanSpaces(lines, grammar, reading.audit);
  repairVisualOrder(lines, grammar.profile(), reading.audit);

  std::vector<RawParagraph> paragraphs;
  CoverFacts cover;
  if (isPdfExtraction(text)) {
    reading.dialect = layout ? "pdftotext-layout" : "pdftotext";
    // The cover first: its symbol line would pass for a running head.
    cover = readCover(lines, grammar, reading.audit);
    Furniture furniture = removeFurniture(lines, grammar, reading.audit);
    fillFromCover(meta, cover);
    const int measure = typesetMeasure(lines);
    restoreScatteredWords(lines, grammar, measure, reading.audit);
    // The layout dialect's columns are read in order already, and its blank
    // lines are not the extraction's block ends.
    if (!layout) restoreDanglingFragments(lines, grammar, measure, reading.audit);
    restoreCompoundHyphens(lines, grammar, measure, reading.audit);
    paragraphs = reflowFlow(lines, grammar, furniture.printedNumbers, reading.audit);
  } else {
    reading.dialect = "column-text";
    paragraphs = reflowColumns(lines, grammar, reading.audit);
  }

  if (meta.symbol.empty())
    return refuse(ErrorKind::InputRejected, fileName,
                  "the record's symbol is not known: the text has no cover page that gives it; "
                  "pass --symbol (e.g. --symbol S/PV.9381) or put \"symbol\" in the sidecar file");
  if (meta.date.empty())
    return refuse(ErrorKind::InputRejected, fileName,
                  "the meeting date is not known: the text does not give it; pass --date "
                  "YYYY-MM-DD or put \"date\" in the sidecar file (a date is never guessed)");
  if (meta.body.empty())
    if (const BodyInfo* body = bodyOfSymbol(meta.symbol)) meta.body = std::string(body->key);
  if (meta.body.empty() || !findBody(meta.body))
    return refuse(ErrorKind::Usage, fileName,
                  "the organ that held the meeting is not known from the symbol '" + meta.symbol +
                      "': pass --body SC, GA, ECOSOC or TC");
  if (meta.meetingNumber.empty()) meta.meetingNumber = meetingNumberOfSymbol(meta.symbol);
  if (paragraphs.empty())
    return refuse(ErrorKind::InputRejected, fileName, "the file has no text, only white space");

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
