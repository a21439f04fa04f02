#include "tei/corpus.hpp"

#include <string_view>

#include "core/text.hpp"
#include "tei/taxonomy.hpp"
#include "tei/temporal.hpp"
#include "tei/xml.hpp"

namespace verbatim::tei {
namespace {

// editorialDecl: what verbatim does to the text, in ParlaMint's five parts.
constexpr std::pair<const char*, std::string_view> kEditorial[] = {
    {"correction",
     "The text is as printed in the record. verbatim repairs only what extracting the text "
     "from the PDF damaged (line breaks, spacing, column order) and lists every repair in its "
     "audit report."},
    {"normalization",
     "Unicode NFC. Speeches are given as printed in this language version of the record: a "
     "speech delivered in another language is its interpretation. The original language is the "
     "orig category of u/@ana; the record's own words, such as \"(spoke in French)\", stay in "
     "the speaker note or in a note of type language."},
    {"hyphenation",
     "Hyphens that only broke a word at the end of a line are removed where the lines were "
     "joined; hyphens of compound words are kept."},
    {"quotation", "Quotation marks are kept as printed."},
    {"segmentation",
     "Each paragraph of a speech is one seg. A speech is one u, split where the speaker's "
     "capacity (the presiding officer speaking for its State) or the original language changes; "
     "the parts of a turn are linked by @prev and @next."},
};

void writeParticipants(pugi::xml_node profileDesc, const RecordFacts& facts, const Cast& cast) {
  auto particDesc = element(profileDesc, "particDesc");
  auto listOrg = element(particDesc, "listOrg");
  for (const auto& org : cast.organizations()) {
    auto node = element(listOrg, "org");
    attribute(node, "xml:id", org.id);
    attribute(node, "role", org.role);
    auto name = textElement(node, "orgName", org.name);
    attribute(name, "full", "yes");
    attribute(name, "xml:lang", org.printed ? facts.language : "en");
  }
  auto listPerson = element(particDesc, "listPerson");
  for (const auto& person : cast.people()) {
    auto node = element(listPerson, "person");
    attribute(node, "xml:id", person.id);
    // The name as printed, honorific included, as one term: the record gives
    // no forename and none is made up.
    auto persName = element(node, "persName");
    attribute(persName, "xml:lang", facts.language);
    textElement(persName, "term", person.name);
    for (const auto& affiliation : person.affiliations) {
      auto link = element(node, "affiliation");
      attribute(link, "role", affiliation.role);
      attribute(link, "ref", "#" + affiliation.ref);
      if (isW3cDate(facts.date)) attribute(link, "when", facts.date);
      if (!affiliation.roleName.empty())
        attribute(textElement(link, "roleName", affiliation.roleName), "xml:lang", facts.language);
    }
    for (const auto& occupation : person.occupations) {
      auto held = textElement(node, "occupation", occupation);
      attribute(held, "xml:lang", facts.language);
      if (isW3cDate(facts.date)) attribute(held, "when", facts.date);
    }
  }
}

void writeLangUsage(pugi::xml_node profileDesc, const RecordFacts& facts, const Cast& cast) {
  auto langUsage = element(profileDesc, "langUsage");
  for (const auto& language : cast.languages()) {
    auto english = textElement(langUsage, "language", language.english);
    attribute(english, "ident", language.bcp47);
    attribute(english, "xml:lang", "en");
    if (language.printed.empty()) continue;
    auto printed = textElement(langUsage, "language", language.printed);
    attribute(printed, "ident", language.bcp47);
    attribute(printed, "xml:lang", facts.language);
  }
}

}  // namespace

void writeCorpusRoot(pugi::xml_document& document, const RecordFacts& facts, const TagCounts& tags,
                     const Cast& cast, const std::string& corpusId) {
  auto root = document.append_child("teiCorpus");
  attribute(root, "xmlns", kTeiNamespace);
  attribute(root, "xmlns:xi", kXIncludeNamespace);
  attribute(root, "xml:id", corpusId);
  attribute(root, "xml:lang", facts.language);
  auto header = element(root, "teiHeader");

  auto fileDesc = element(header, "fileDesc");
  auto titleStmt = element(fileDesc, "titleStmt");
  writeTitle(titleStmt, "main", recordTitle(facts) + ": corpus root", "en");
  auto respStmt = element(titleStmt, "respStmt");
  textElement(respStmt, "persName", "verbatim");
  attribute(textElement(respStmt, "resp", "Conversion of the record from Akoma Ntoso to TEI"),
            "xml:lang", "en");
  // ParlaMint's corpus root requires a funder; there is none to name.
  attribute(textElement(element(titleStmt, "funder"), "orgName", "None declared"), "xml:lang",
            "en");
  writeEditionExtentPublicationSource(fileDesc, facts, tags);

  auto encodingDesc = element(header, "encodingDesc");
  writeProjectDesc(encodingDesc, facts);
  auto editorialDecl = element(encodingDesc, "editorialDecl");
  for (const auto& [name, text] : kEditorial)
    attribute(textElement(element(editorialDecl, name), "p", text), "xml:lang", "en");
  writeTagsDecl(encodingDesc, tags);
  writeClassDecl(encodingDesc, cast);

  auto profileDesc = element(header, "profileDesc");
  writeSettingDesc(profileDesc, facts);
  writeParticipants(profileDesc, facts, cast);
  writeLangUsage(profileDesc, facts, cast);

  attribute(element(root, "xi:include"), "href", facts.fileName);
}

}  // namespace verbatim::tei
