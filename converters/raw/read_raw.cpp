#include "raw/read_raw.hpp"

#include "core/bodies.hpp"
#include "core/conservation.hpp"
#include "raw/decode.hpp"
#include "raw/grammar.hpp"
#include "raw/lines.hpp"
#include "raw/recognise.hpp"
#include "raw/reflow.hpp"

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

Result<RawReading> readRawRecord(std::string_view bytes, std::string_view fileName,
                                 const RawOptions& options) {
  Metadata meta = options.meta;
  if (meta.language.empty())
    return refuse(
        ErrorKind::Usage, fileName,
        "the record's language is not known: pass --lang (one of " + knownLanguages() + ")");
  const LanguageProfile* profile = findProfile(meta.language);
  if (!profile)
    return refuse(
        ErrorKind::Usage, fileName,
        "no language profile for '" + meta.language + "' (known: " + knownLanguages() + ")");
  if (meta.symbol.empty())
    return refuse(ErrorKind::InputRejected, fileName,
                  "the record's symbol is not known: the text has no cover page; pass --symbol "
                  "(e.g. --symbol S/PV.9381) or put \"symbol\" in the sidecar file");
  if (meta.date.empty())
    return refuse(ErrorKind::InputRejected, fileName,
                  "the meeting date is not known: the text does not give it; pass --date "
                  "YYYY-MM-DD or put \"date\" in the sidecar file (a date is never guessed)");
  if (!isIsoDate(meta.date))
    return refuse(ErrorKind::Usage, fileName,
                  "'" + meta.date + "' is not a date of the form YYYY-MM-DD");
  if (meta.body.empty())
    if (const BodyInfo* body = bodyOfSymbol(meta.symbol)) meta.body = std::string(body->key);
  if (meta.body.empty() || !findBody(meta.body))
    return refuse(ErrorKind::Usage, fileName,
                  "the organ that held the meeting is not known from the symbol '" + meta.symbol +
                      "': pass --body SC, GA, ECOSOC or TC");
  if (meta.meetingNumber.empty()) meta.meetingNumber = meetingNumberOfSymbol(meta.symbol);

  auto decoded = decode(bytes, fileName, options.encoding);
  if (!decoded) return decoded.error();

  RawReading reading;
  reading.encoding = decoded.value().encoding;
  reading.dialect = "column-text";
  const Grammar& grammar = Grammar::of(*profile);
  auto lines = splitLines(decoded.value().text, reading.audit);
  reading.lines = static_cast<int>(lines.size());
  cleanSpaces(lines, grammar, reading.audit);
  auto paragraphs = reflowColumns(lines, grammar, reading.audit);
  if (paragraphs.empty())
    return refuse(ErrorKind::InputRejected, fileName, "the file has no text, only white space");
  reading.meeting = recognise(paragraphs, grammar, meta, options.firstPage, reading.audit);
  reading.decodedText = std::move(decoded.value().text);
  return reading;
}

}  // namespace verbatim
