#include "tei/header.hpp"

#include <cstdio>
#include <string>
#include <vector>

#include "akn/iri.hpp"
#include "core/bodies.hpp"
#include "core/languages.hpp"
#include "core/text.hpp"
#include "tei/taxonomy.hpp"
#include "tei/tei.hpp"
#include "tei/temporal.hpp"
#include "tei/xml.hpp"

namespace verbatim::tei {
namespace {

constexpr std::string_view kLicence = "http://creativecommons.org/licenses/by/4.0/";
constexpr std::string_view kTermsOfUse = "https://www.un.org/en/about-us/terms-of-use";

// A path as a URI: unreserved characters and '/' as they are, the rest
// percent-encoded (a symbol may hold spaces: "A/C.3/79/SR.1 and Corr.1").
std::string uriPath(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '.' || c == '_' || c == '~' || c == '/' || c == '(' ||
                       c == ')';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", c);
      out += escaped;
    }
  }
  return out;
}

// The General Assembly numbers its sessions in its symbols (A/79/PV.29, a
// Main Committee's A/C.1/80/PV.20); the Security Council's records count years.
void session(RecordFacts& facts) {
  const std::string& symbol = facts.symbol;
  std::vector<std::string> parts;
  for (std::size_t start = 0; start <= symbol.size();) {
    const std::size_t slash = std::min(symbol.find('/', start), symbol.size());
    parts.push_back(symbol.substr(start, slash - start));
    start = slash + 1;
  }
  auto digits = [](std::string_view text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
  };
  // The parts between the organ and the record's "PV.": a committee's ("C.1"), the session's.
  for (std::size_t k = 1; k < parts.size() && !parts[k].starts_with("PV"); ++k) {
    const std::string& part = parts[k];
    if (digits(part)) {
      facts.sessionNumber = part;
      facts.sessionIsYear = false;
      return;
    }
    // "A/ES-11/PV.5", "A/S-27/PV.1": an emergency special or a special session.
    for (const auto& [prefix, kind] :
         {std::pair<std::string_view, std::string_view>{"ES-", "emergency special"},
          {"S-", "special"}}) {
      if (part.starts_with(prefix) && digits(std::string_view(part).substr(prefix.size()))) {
        facts.sessionNumber = part;
        facts.sessionIsYear = false;
        facts.sessionKind = kind;
        return;
      }
    }
  }
  if (isW3cDate(facts.date)) facts.sessionNumber = facts.date.substr(0, 4);
}

// "79th session", "11th emergency special session".
std::string sessionInEnglish(const RecordFacts& facts) {
  if (facts.sessionKind.empty()) return englishOrdinal(facts.sessionNumber) + " session";
  const std::string number = facts.sessionNumber.substr(facts.sessionNumber.find('-') + 1);
  return englishOrdinal(number) + " " + facts.sessionKind + " session";
}

void meetingElement(pugi::xml_node titleStmt, std::string_view ana, const RecordFacts& facts,
                    const std::string& number, const std::string& printed,
                    const std::string& english) {
  auto meeting = element(titleStmt, "meeting");
  if (!number.empty()) attribute(meeting, "n", number);
  attribute(meeting, "corresp", "#" + facts.organId);
  attribute(meeting, "ana", "#" + std::string(ana));
  attribute(meeting, "xml:lang", printed.empty() ? "en" : facts.language);
  appendText(meeting, printed.empty() ? english : printed);
}

}  // namespace

RecordFacts recordFacts(const Meeting& meeting, const Cast& cast, std::string documentId,
                        std::string publicationDate) {
  const Metadata& m = meeting.meta;
  RecordFacts facts;
  facts.meta = &m;
  facts.documentId = std::move(documentId);
  facts.fileName = teiFileName(m);
  facts.language = m.language.empty() ? "und" : m.language;
  const LanguageCodes* language = findLanguage(m.language);
  facts.languageName = language ? std::string(language->english) : facts.language;
  const BodyInfo* body = findBody(m.body);
  facts.organ = body ? std::string(body->english) : "United Nations";
  facts.organId = cast.organId();
  facts.committee = std::string(committeeOfSymbol(m.symbol));
  if (facts.committee.empty()) facts.committee = text::collapseSpaces(m.committee);
  facts.symbol = text::collapseSpaces(m.symbol);
  facts.meetingNumber = m.meetingNumber.empty() ? meetingNumberOfSymbol(m.symbol) : m.meetingNumber;
  facts.date = m.date;
  session(facts);
  facts.publicationDate = isW3cDate(publicationDate) ? publicationDate : m.date;
  facts.sourceUrl = "https://undocs.org/" + (language ? facts.language + "/" : std::string()) +
                    uriPath(facts.symbol);
  facts.aknIri = recordIris(m).expression;
  return facts;
}

TagCounts countTags(pugi::xml_node text) {
  TagCounts counts;
  ++counts[text.name()];
  for (auto node : text.select_nodes(".//*")) ++counts[node.node().name()];
  return counts;
}

pugi::xml_node writeTitle(pugi::xml_node parent, const char* type, std::string_view text,
                          std::string_view language) {
  auto title = element(parent, "title");
  attribute(title, "type", type);
  attribute(title, "xml:lang", language);
  appendText(title, text::collapseSpaces(text));
  return title;
}

namespace {

// "General Assembly, First Committee": the organ, and its committee if the
// meeting is a committee's.
std::string organTitle(const RecordFacts& facts) {
  return facts.committee.empty() ? facts.organ : facts.organ + ", " + facts.committee;
}

// The Assembly's own meetings, not its committees', are plenary meetings
// ("79th plenary meeting"), as its records are titled.
std::string meetingNoun(const RecordFacts& facts) {
  return facts.meta && facts.meta->body == "GA" && facts.committee.empty() ? "plenary meeting"
                                                                           : "meeting";
}

std::string numberedMeeting(const RecordFacts& facts) {
  return englishOrdinal(facts.meetingNumber) + " " + meetingNoun(facts);
}

}  // namespace

std::string recordTitle(const RecordFacts& facts) {
  std::string title = organTitle(facts) + ", ";
  title += facts.meetingNumber.empty() ? meetingNoun(facts) : numberedMeeting(facts);
  return title + ", " + englishDate(facts.date) + " (" + facts.symbol + "), " + facts.languageName +
         " version";
}

void writeRecordHeader(pugi::xml_node header, const RecordFacts& facts, const TagCounts& tags) {
  const Metadata& m = *facts.meta;
  auto fileDesc = element(header, "fileDesc");
  auto titleStmt = element(fileDesc, "titleStmt");
  writeTitle(titleStmt, "main", recordTitle(facts), "en");
  const std::string meetingInEnglish =
      facts.meetingNumber.empty() ? facts.symbol : numberedMeeting(facts);
  meetingElement(titleStmt, kMeetingCategory, facts, facts.meetingNumber, {}, meetingInEnglish);
  // And as the record prints it, where that says more than case: "第9761次会议".
  if (const std::string printed = text::collapseSpaces(m.meetingLine);
      !printed.empty() && !text::equalsIgnoringCase(printed, meetingInEnglish))
    meetingElement(titleStmt, kMeetingCategory, facts, facts.meetingNumber, printed,
                   meetingInEnglish);
  if (!facts.sessionNumber.empty() || !m.session.empty())
    meetingElement(titleStmt, kSessionCategory, facts, facts.sessionNumber,
                   text::collapseSpaces(m.session),
                   facts.sessionIsYear ? facts.sessionNumber : sessionInEnglish(facts));
  writeEditionExtentPublicationSource(fileDesc, facts, tags);

  auto encodingDesc = element(header, "encodingDesc");
  writeProjectDesc(encodingDesc, facts);
  writeTagsDecl(encodingDesc, tags);
  writeSettingDesc(element(header, "profileDesc"), facts);
}

void writeEditionExtentPublicationSource(pugi::xml_node fileDesc, const RecordFacts& facts,
                                         const TagCounts& tags) {
  const Metadata& m = *facts.meta;
  textElement(element(fileDesc, "editionStmt"), "edition", "1.0");

  const auto found = tags.find("u");
  const int speeches = found == tags.end() ? 0 : found->second;
  auto measure = element(element(fileDesc, "extent"), "measure");
  attribute(measure, "unit", "speeches");
  attribute(measure, "quantity", std::to_string(speeches));
  attribute(measure, "xml:lang", "en");
  appendText(measure, std::to_string(speeches) + (speeches == 1 ? " speech" : " speeches"));

  auto publication = element(fileDesc, "publicationStmt");
  auto publisher = element(publication, "publisher");
  attribute(textElement(publisher, "orgName", "verbatim"), "xml:lang", "en");
  // No address of its own: the TEI is known by the document it encodes.
  auto idno = textElement(publication, "idno", facts.sourceUrl);
  attribute(idno, "type", "URI");
  attribute(idno, "subtype", "undocs");
  auto availability = element(publication, "availability");
  attribute(availability, "status", "free");
  textElement(availability, "licence", kLicence);
  auto terms = element(availability, "p");
  attribute(terms, "xml:lang", "en");
  appendText(terms,
             "The licence, the only one ParlaMint accepts, covers this encoding. The text is that "
             "of a United Nations document: its use is subject to the ");
  attribute(textElement(terms, "ref", "United Nations terms of use"), "target", kTermsOfUse);
  appendText(terms, ".");
  attribute(textElement(publication, "date", facts.publicationDate), "when", facts.publicationDate);

  auto bibl = element(element(fileDesc, "sourceDesc"), "bibl");
  std::string title = organTitle(facts);
  if (!facts.meetingNumber.empty()) title += ", " + numberedMeeting(facts);
  writeTitle(bibl, "main", title + " (" + facts.symbol + ")", "en");
  // The cover page's agenda: what the record is about, as printed.
  for (const auto& item : m.agenda)
    if (!text::collapseSpaces(item).empty()) writeTitle(bibl, "sub", item, facts.language);
  if (!text::collapseSpaces(m.status).empty())
    attribute(textElement(bibl, "edition", text::collapseSpaces(m.status)), "xml:lang",
              facts.language);
  attribute(textElement(element(bibl, "publisher"), "orgName", "United Nations"), "xml:lang", "en");
  auto source = textElement(bibl, "idno", facts.sourceUrl);
  attribute(source, "type", "URI");
  attribute(source, "subtype", "undocs");
  const std::string printedDate = text::collapseSpaces(m.dateLine);
  auto date = textElement(bibl, "date", printedDate.empty() ? facts.date : printedDate);
  attribute(date, "when", facts.date);
  if (!printedDate.empty()) attribute(date, "xml:lang", facts.language);
}

void writeProjectDesc(pugi::xml_node encodingDesc, const RecordFacts& facts) {
  auto p = element(element(encodingDesc, "projectDesc"), "p");
  attribute(p, "xml:lang", "en");
  appendText(p,
             "verbatim converts the raw text of United Nations verbatim records into Akoma Ntoso "
             "and renders that record as an EPUB edition and as TEI in ParlaMint's encoding. "
             "This file was rendered from the validated Akoma Ntoso record " +
                 facts.aknIri + ".");
}

void writeTagsDecl(pugi::xml_node encodingDesc, const TagCounts& tags) {
  auto space = element(element(encodingDesc, "tagsDecl"), "namespace");
  attribute(space, "name", kTeiNamespace);
  for (const auto& [name, count] : tags) {
    auto usage = element(space, "tagUsage");
    attribute(usage, "gi", name);
    attribute(usage, "occurs", std::to_string(count));
  }
}

void writeSettingDesc(pugi::xml_node profileDesc, const RecordFacts& facts) {
  const Metadata& m = *facts.meta;
  auto setting = element(element(profileDesc, "settingDesc"), "setting");
  if (const std::string place = text::collapseSpaces(m.place); !place.empty())
    attribute(textElement(setting, "name", place), "type", "city");
  auto organ = textElement(setting, "name", facts.organ);
  attribute(organ, "type", "organisation");
  attribute(organ, "xml:lang", "en");
  // The time the cover page gives when there is one, else the day.
  const std::string when = isW3cTemporal(m.startTime) ? m.startTime : facts.date;
  auto date = textElement(setting, "date", when);
  attribute(date, "when", when);
  attribute(date, "ana", "#" + std::string(kMeetingCategory));
}

}  // namespace verbatim::tei
