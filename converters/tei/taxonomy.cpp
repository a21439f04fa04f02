#include "tei/taxonomy.hpp"

#include <string>

#include "tei/xml.hpp"

namespace verbatim::tei {
namespace {

struct CategorySpec {
  std::string_view id;
  std::string_view term;
  std::string_view description;
};

constexpr CategorySpec kSpeakerTypes[] = {
    {"chair", "Chair",
     "the presiding officer (the President, or the member acting as President) speaking as such"},
    {"regular", "Regular",
     "a speaker for a State: its representative, or the presiding officer speaking in the "
     "capacity of the representative of its State"},
    {"guest", "Guest",
     "a speaker who does not speak for a State: the Secretary-General, briefers, invitees"},
};

constexpr CategorySpec kSubcorpora[] = {
    {kRecordsCategory, "Verbatim records",
     "the text of United Nations verbatim records as published in one of the languages of the "
     "Organization"},
};

// <catDesc xml:lang="en"><term>…</term>: …</catDesc>
void catDesc(pugi::xml_node parent, const char* name, std::string_view language,
             std::string_view term, std::string_view description) {
  auto desc = element(parent, name);
  attribute(desc, "xml:lang", language);
  textElement(desc, "term", term);
  if (!description.empty()) appendText(desc, ": " + std::string(description));
}

pugi::xml_node taxonomy(pugi::xml_node classDecl, std::string_view id, std::string_view term) {
  auto node = element(classDecl, "taxonomy");
  attribute(node, "xml:id", id);
  attribute(node, "xml:lang", "en");
  catDesc(node, "desc", "en", term, {});
  return node;
}

pugi::xml_node category(pugi::xml_node parent, const CategorySpec& spec) {
  auto node = element(parent, "category");
  attribute(node, "xml:id", spec.id);
  catDesc(node, "catDesc", "en", spec.term, spec.description);
  return node;
}

}  // namespace

void claimTaxonomyIds(IdRegistry& ids) {
  for (std::string_view id :
       {std::string_view("speaker_types"), std::string_view("original_language"),
        std::string_view("parla.legislature"), std::string_view("subcorpus"), kSessionCategory,
        kMeetingCategory})
    ids.claim(id);
  for (const auto& spec : kSpeakerTypes) ids.claim(spec.id);
  for (const auto& spec : kSubcorpora) ids.claim(spec.id);
}

void writeClassDecl(pugi::xml_node encodingDesc, const Cast& cast) {
  auto classDecl = element(encodingDesc, "classDecl");

  auto types = taxonomy(classDecl, "speaker_types", "Types of speakers");
  for (const auto& spec : kSpeakerTypes) category(types, spec);

  auto languages = taxonomy(classDecl, "original_language", "Original language of a speech");
  for (const auto& language : cast.languages()) {
    auto node = element(languages, "category");
    attribute(node, "xml:id", language.id);
    const bool version = &language == &cast.languages().front();
    catDesc(node, "catDesc", "en", language.english,
            version ? "delivered in the language of this version of the record (the record "
                      "prints no language note)"
                    : "delivered in " + language.english +
                          "; this version of the record gives the interpretation");
    // The record's own name for the language, from its "spoke in" notes.
    if (!language.printed.empty())
      catDesc(node, "catDesc", cast.recordLanguage(), language.printed, {});
  }

  auto legislature = taxonomy(classDecl, "parla.legislature", "Meetings of the organ");
  auto session = category(legislature,
                          {kSessionCategory, "Session",
                           "a session of the General Assembly, or a year of the Security Council"});
  category(session, {kMeetingCategory, "Meeting", "a numbered formal meeting of the organ"});

  auto subcorpus = taxonomy(classDecl, "subcorpus", "Subcorpora");
  for (const auto& spec : kSubcorpora) category(subcorpus, spec);
}

}  // namespace verbatim::tei
