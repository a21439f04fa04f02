// The teiHeaders of the record and of its corpus root. Descriptions the
// converter writes are in English (xml:lang="en"); names and titles the
// record prints keep the record's language. Header strings are single-spaced
// with no space at either end (ParlaMint's normalized-space rule).
#pragma once

#include <map>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "tei/cast.hpp"

namespace verbatim::tei {

// What the headers say about the record, worked out once.
struct RecordFacts {
  std::string documentId;    // "UNSC_S-PV.9381-zh"
  std::string fileName;      // "S_PV.9381.zh.tei.xml"
  std::string language;      // BCP 47 of the version: "zh"
  std::string languageName;  // in English: "Chinese"
  std::string organ;         // in English: "Security Council"
  // The organ's committee whose meeting it is: in English where the symbol
  // names a Main Committee, else as printed; empty for the organ's own.
  std::string committee;
  std::string organId;  // xml:id of the organ in listOrg
  std::string symbol, meetingNumber, date;
  std::string sessionNumber;  // GA session from the symbol (A/79/…), else the year
  bool sessionIsYear = true;
  // A special session's kind ("emergency special", "special"): the English name says it.
  std::string sessionKind;
  std::string publicationDate;
  std::string sourceUrl;  // https://undocs.org/zh/S/PV.9381
  std::string aknIri;     // the AKN expression the TEI was rendered from
  const Metadata* meta = nullptr;
};

RecordFacts recordFacts(const Meeting& meeting, const Cast& cast, std::string documentId,
                        std::string publicationDate);

// Elements in <text>, by name: tagsDecl/tagUsage.
using TagCounts = std::map<std::string, int>;
TagCounts countTags(pugi::xml_node text);

// "Security Council, 9381st meeting, 18 July 2023 (S/PV.9381), Chinese version"
std::string recordTitle(const RecordFacts& facts);

// Fills the record's <teiHeader>.
void writeRecordHeader(pugi::xml_node header, const RecordFacts& facts, const TagCounts& tags);

// Shared by both headers.
pugi::xml_node writeTitle(pugi::xml_node parent, const char* type, std::string_view text,
                          std::string_view language);
void writeEditionExtentPublicationSource(pugi::xml_node fileDesc, const RecordFacts& facts,
                                         const TagCounts& tags);
void writeProjectDesc(pugi::xml_node encodingDesc, const RecordFacts& facts);
void writeTagsDecl(pugi::xml_node encodingDesc, const TagCounts& tags);
void writeSettingDesc(pugi::xml_node profileDesc, const RecordFacts& facts);

}  // namespace verbatim::tei
