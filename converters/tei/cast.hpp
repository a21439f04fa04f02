// Who and what the record's TEI refers to: the organisations and people of
// the corpus root's particDesc, the original languages of its taxonomy, and
// for each speech the person it is ascribed to (@who) and the kind of
// speaker (@ana). Everything comes from the model; names are as printed.
//
// A speech whose speaker the record does not name ("The President", "The
// Secretary-General": AKN's speech/@by is then the State or organ the title
// speaks for) is ascribed to a person standing for the title's holder, named
// by the title as printed (xml:id "president.gbr": role, then organisation).
// No name is ever made up, split or completed: persName holds the printed
// name as a term (ParlaMint allows a name without forename only so).
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "tei/names.hpp"

namespace verbatim::tei {

// The speaker-type taxonomy (u/@ana): ParlaMint's categories.
enum class SpeakerType { Chair, Regular, Guest };
std::string_view speakerTypeId(SpeakerType type);

struct CastOrganization {
  std::string id;
  std::string_view role;  // ParlaMint org/@role: "country", "parliament", …
  std::string name;
  bool printed = true;  // the name as the record prints it (else the organ's English name)
};

struct Affiliation {
  std::string_view role;  // ParlaMint affiliation/@role: "head", "representative", …
  std::string ref;        // xml:id of the organisation
  std::string roleName;   // the title as printed, when the record gives one
};

struct CastPerson {
  std::string id;
  std::string name;  // as printed: "克拉克先生", "Mr. Dupont", "主席"
  std::vector<Affiliation> affiliations;
  // Titles that name no organisation the record knows ("Anthropic公司联合创始人",
  // "Co-founder of Anthropic"): the briefer's office, kept as printed.
  std::vector<std::string> occupations;
};

struct OriginalLanguage {
  std::string id;       // category xml:id: "orig.fr"
  std::string bcp47;    // "fr"
  std::string english;  // "French"
  std::string printed;  // as the record names it ("法语"), when it does
};

class Cast {
 public:
  Cast(const Meeting& meeting, IdRegistry& ids);

  const std::vector<CastOrganization>& organizations() const { return organizations_; }
  const std::vector<CastPerson>& people() const { return people_; }
  // The version's own language first, then the others in order of appearance.
  const std::vector<OriginalLanguage>& languages() const { return languages_; }
  const std::string& organId() const { return organId_; }
  // BCP 47 of the version ("und" when the record does not say).
  const std::string& recordLanguage() const { return recordLanguage_; }
  // xml:id of a model organisation, empty when unknown.
  std::string organization(std::string_view modelId) const;
  // xml:id of the person a speech is ascribed to.
  const std::string& speakerOf(const Speech& speech) const;
  SpeakerType typeOf(const Speech& speech, bool nationalCapacity) const;
  // The original-language category of a language note (AKN concept id); the
  // version's own language when `conceptId` is empty: a speech printed with
  // no note was delivered in the language of the version (the record says
  // so: "This record contains the text of speeches delivered in English and
  // of the interpretation of speeches delivered in the other languages").
  const std::string& origin(std::string_view conceptId) const;

 private:
  void addOrganizations(const Meeting& meeting, IdRegistry& ids);
  void addLanguages(const Meeting& meeting, IdRegistry& ids);
  void addPeople(const Meeting& meeting, IdRegistry& ids);
  CastPerson& personFor(const Meeting& meeting, const Speech& speech, IdRegistry& ids);
  void affiliate(CastPerson& person, Affiliation affiliation);
  static bool holdsTitle(const CastPerson& person, std::string_view title);
  bool isState(std::string_view modelOrgId) const;
  std::string stateInLabel(const Speech& speech) const;
  std::string organizationInLabel(const Speech& speech) const;
  void addHeadedStates(const Meeting& meeting);

  std::vector<CastOrganization> organizations_;
  std::vector<CastPerson> people_;
  std::vector<OriginalLanguage> languages_;
  std::string organId_;
  std::string organModelId_;
  std::string recordLanguage_;
  std::map<std::string, std::string, std::less<>> orgIds_;    // model id → xml:id
  std::map<std::string, std::size_t, std::less<>> orgIndex_;  // model id → organizations_
  // model person id, or title + organisation of an unnamed holder → people_
  std::map<std::string, std::size_t, std::less<>> personIndex_;
  std::map<std::string, std::string, std::less<>> origins_;  // concept id → category id
  // The State an address's heading names beside its speaker (a head of State
  // or Government, whose label names none): model person id → organisation.
  std::map<std::string, std::string, std::less<>> headedStates_;
  // The Council's members, as its cover lists them (and the presiding State):
  // a State's representative who is none of them speaks as a guest (rule 37).
  std::set<std::string, std::less<>> councilMembers_;
};

}  // namespace verbatim::tei
