#include "tei/cast.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "core/bodies.hpp"
#include "core/languages.hpp"
#include "core/text.hpp"

namespace verbatim::tei {
namespace {

// What a title says about its holder (AKN TLCRole ids, as the language
// profiles name them). A title not listed here gives no affiliation, and the
// speaker's type then follows from whether a State is named.
enum class RoleOf { Organ, SpokenFor, State };
struct RoleInfo {
  std::string_view roleId;
  SpeakerType type;
  std::string_view affiliation;  // ParlaMint affiliation/@role
  RoleOf of;                     // the organisation the affiliation points at
  // SpokenFor, where the record names the holder (@by a person): the body
  // the office is of (its key in the table of bodies), when the record has it.
  std::string_view body = {};
};
constexpr RoleInfo kRoles[] = {
    {"president", SpeakerType::Chair, "head", RoleOf::Organ},
    {"chair", SpeakerType::Chair, "head", RoleOf::Organ},
    {"temporaryPresident", SpeakerType::Chair, "head", RoleOf::Organ},
    {"actingPresident", SpeakerType::Chair, "deputyHead", RoleOf::Organ},
    {"actingChair", SpeakerType::Chair, "deputyHead", RoleOf::Organ},
    {"vicePresident", SpeakerType::Chair, "deputyHead", RoleOf::Organ},
    {"secretaryGeneral", SpeakerType::Guest, "secretaryGeneral", RoleOf::SpokenFor, "Secretariat"},
    {"deputySecretaryGeneral", SpeakerType::Guest, "deputyHead", RoleOf::SpokenFor, "Secretariat"},
    {"representative", SpeakerType::Regular, "representative", RoleOf::State},
};

const RoleInfo* findRole(std::string_view id) {
  for (const auto& role : kRoles)
    if (role.roleId == id) return &role;
  return nullptr;
}

// Entities in the table of States (AKN member.* and observer.* organisations)
// that are not States.
// The European Union, the African Union.
constexpr std::string_view kNotStates[] = {"eue", "afu"};
constexpr std::string_view kStatePrefixes[] = {"/akn/ontology/organization/un/member.",
                                               "/akn/ontology/organization/un/observer."};

std::string_view organizationRole(const Organization& org, std::string_view organId) {
  if (org.id == organId) return "parliament";
  const std::string_view href = org.href;
  for (auto prefix : kStatePrefixes) {
    if (!href.starts_with(prefix)) continue;
    const std::string_view code = href.substr(prefix.size());
    for (auto entity : kNotStates)
      if (code == entity) return "internationalOrganisation";
    return "country";
  }
  if (findBodyById(org.id) || href.starts_with(kOfficePrefix)) return "internationalOrganisation";
  // Stage 1 registers an organisation it cannot find in its table of States
  // where a label or a vote list names a State: the record presents it as one.
  return "country";
}

std::string name(std::string_view printed) { return text::collapseSpaces(printed); }

std::string nameInItself(const std::string& code) {
  const icu::Locale locale(code.c_str());
  icu::UnicodeString shown;
  locale.getDisplayLanguage(locale, shown);
  std::string out;
  shown.toUTF8String(out);
  return out == code ? std::string() : out;
}

template <class Item>
const Item* findById(const std::vector<Item>& items, std::string_view id) {
  for (const auto& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

}  // namespace

std::string_view speakerTypeId(SpeakerType type) {
  switch (type) {
    case SpeakerType::Chair: return "chair";
    case SpeakerType::Regular: return "regular";
    case SpeakerType::Guest: return "guest";
  }
  return "guest";
}

Cast::Cast(const Meeting& meeting, IdRegistry& ids)
    : recordLanguage_(meeting.meta.language.empty() ? "und" : meeting.meta.language) {
  if (meeting.meta.body == "SC" && !meeting.meta.members.empty()) {
    for (const auto& member : meeting.meta.members) councilMembers_.insert(member.state);
    if (!meeting.meta.presidency.empty()) councilMembers_.insert(meeting.meta.presidency);
  }
  addLanguages(meeting, ids);
  addOrganizations(meeting, ids);
  addPeople(meeting, ids);
}

void Cast::addLanguages(const Meeting& meeting, IdRegistry& ids) {
  auto add = [&](std::string_view code, std::string_view printed) -> const std::string& {
    const LanguageCodes* known = findSpokenLanguage(code);
    const std::string bcp47(known ? known->bcp47 : code);
    const std::string english(known ? known->english : code);
    // The record's own name, where it is another: an English record's is the English one.
    std::string own = name(printed);
    if (recordLanguage_ == "en" && own == english) own.clear();
    for (auto& language : languages_)
      if (language.bcp47 == bcp47) {
        if (language.printed.empty()) language.printed = std::move(own);
        return language.id;
      }
    languages_.push_back({ids.claim("orig." + bcp47), bcp47, english, std::move(own)});
    return languages_.back().id;
  };
  // The record's own language is named in no note of it ("spoke in"): its
  // name in itself is the language's (ICU's: "español", "العربية", "中文").
  origins_.emplace("", add(recordLanguage_, nameInItself(recordLanguage_)));
  for (const auto& language : meeting.languages)
    origins_.emplace(language.id, add(language.code, language.name));
}

void Cast::addOrganizations(const Meeting& meeting, IdRegistry& ids) {
  const BodyInfo* organ = findBody(meeting.meta.body);
  organModelId_ = organ ? organ->id : std::string_view("un");
  const std::string& organModelId = organModelId_;
  for (const auto& org : meeting.organizations) {
    if (orgIds_.count(org.id)) continue;
    const std::string id = ids.claim(org.id);
    orgIds_.emplace(org.id, id);
    orgIndex_.emplace(org.id, organizations_.size());
    organizations_.push_back({id, organizationRole(org, organModelId),
                              name(org.name).empty() ? id : name(org.name), true});
  }
  if (!orgIds_.count(organModelId)) {
    const std::string id = ids.claim(organModelId);
    orgIds_.emplace(organModelId, id);
    orgIndex_.emplace(organModelId, organizations_.size());
    organizations_.push_back({id, organ ? "parliament" : "internationalOrganisation",
                              std::string(organ ? organ->english : "United Nations"), false});
  }
  organId_ = orgIds_.at(organModelId);
}

std::string Cast::organization(std::string_view modelId) const {
  auto found = orgIds_.find(modelId);
  return found == orgIds_.end() ? std::string() : found->second;
}

bool Cast::isState(std::string_view modelOrgId) const {
  auto found = orgIndex_.find(modelOrgId);
  return found != orgIndex_.end() && organizations_[found->second].role == "country";
}

// The State a label names ("竹井先生（日本）"), as a model organisation id.
std::string Cast::stateInLabel(const Speech& speech) const {
  for (const auto& run : speech.from)
    if (run.kind == InlineKind::Organization && isState(run.ref)) return run.ref;
  return {};
}

// Any organisation a label names, State or not.
std::string Cast::organizationInLabel(const Speech& speech) const {
  for (const auto& run : speech.from)
    if (run.kind == InlineKind::Organization && orgIndex_.count(run.ref)) return run.ref;
  return {};
}

// One affiliation per role and organisation; the printed title, when one
// source gives it, completes it.
void Cast::affiliate(CastPerson& person, Affiliation affiliation) {
  if (affiliation.ref.empty()) return;
  for (auto& known : person.affiliations) {
    if (known.role != affiliation.role || known.ref != affiliation.ref) continue;
    if (known.roleName.empty()) known.roleName = std::move(affiliation.roleName);
    return;
  }
  person.affiliations.push_back(std::move(affiliation));
}

bool Cast::holdsTitle(const CastPerson& person, std::string_view title) {
  return std::any_of(person.affiliations.begin(), person.affiliations.end(),
                     [&](const Affiliation& known) { return known.roleName == title; });
}

void Cast::addHeadedStates(const Meeting& meeting) {
  for (const auto& section : meeting.sections)
    for (const auto& block : section.blocks) {
      if (block.kind != BlockKind::Heading) continue;
      // The State before the name or after it ("肯尼亚共和国总统威廉·萨莫埃·鲁托先生…").
      const Inlines& content = block.heading.text.content;
      const auto person = std::find_if(content.begin(), content.end(), [](const Inline& run) {
        return run.kind == InlineKind::Person;
      });
      const auto state = std::find_if(content.begin(), content.end(), [&](const Inline& run) {
        return run.kind == InlineKind::Organization && isState(run.ref);
      });
      if (person != content.end() && state != content.end())
        headedStates_.emplace(person->ref, state->ref);
    }
}

void Cast::addPeople(const Meeting& meeting, IdRegistry& ids) {
  addHeadedStates(meeting);
  for (const auto& person : meeting.people) {
    if (personIndex_.count(person.id)) continue;
    personIndex_.emplace(person.id, people_.size());
    const std::string id = ids.claim(person.id);
    people_.push_back({id, name(person.name).empty() ? id : name(person.name), {}, {}});
  }
  for (const auto& section : meeting.sections)
    for (const auto& block : section.blocks) {
      if (block.kind != BlockKind::Speech) continue;
      const Speech& speech = block.speech;
      CastPerson& person = personFor(meeting, speech, ids);
      const Role* title = findById(meeting.roles, speech.as);
      const RoleInfo* role = findRole(speech.as);
      const std::string roleName = title ? name(title->name) : std::string();
      if (role) {
        std::string target;
        switch (role->of) {
          case RoleOf::Organ: target = organModelId_; break;
          case RoleOf::SpokenFor:
            if (orgIds_.count(speech.by))
              target = speech.by;
            else if (const BodyInfo* body = findBody(role->body); body && orgIds_.count(body->id))
              target = body->id;
            break;
          // A representative of a State, or of what the label names that is
          // none ("Mr. Vandermeulen (European Union)").
          case RoleOf::State:
            target = isState(speech.by) ? speech.by : stateInLabel(speech);
            if (target.empty()) target = organizationInLabel(speech);
            break;
        }
        affiliate(person, {role->affiliation, organization(target), roleName});
      }
      // A title the table of roles does not know is the speaker's own office
      // ("Minister for Foreign Affairs"), printed beside what it is held in.
      const std::string ownTitle = role ? std::string() : roleName;
      // The chair of the Security Council presides for its State: the label
      // then names the title and the record the State (AKN @by).
      if ((!role || role->of != RoleOf::State) && isState(speech.by))
        affiliate(person, {"representative", organization(speech.by), ownTitle});
      if (const std::string state = stateInLabel(speech);
          !state.empty() && (!role || role->of != RoleOf::State))
        affiliate(person, {"representative", organization(state), ownTitle});
      // "President Ruto:" under the heading of his address: he speaks for
      // the State it names, in the office it names.
      if (auto headed = headedStates_.find(speech.by); headed != headedStates_.end() && !role)
        affiliate(person, {"representative", organization(headed->second), roleName});
      // "Ms. Sharma (Department for General Assembly and Conference
      // Management):": a member of the office the label names.
      if (const std::string office = organizationInLabel(speech);
          !role && !office.empty() && !isState(office))
        affiliate(person, {"member", organization(office), ownTitle});
      if (!ownTitle.empty() && !holdsTitle(person, ownTitle) &&
          std::find(person.occupations.begin(), person.occupations.end(), ownTitle) ==
              person.occupations.end())
        person.occupations.push_back(ownTitle);
      // "Ms. Hrafnsdóttir (Iceland), Rapporteur of the Second Committee:":
      // a State's representative who speaks in an office of the organ.
      if (role && role->of == RoleOf::State)
        for (const auto& run : speech.from)
          if (run.kind == InlineKind::Role && run.ref != speech.as && !findRole(run.ref))
            if (const Role* office = findById(meeting.roles, run.ref))
              affiliate(person, {"member", organId_, name(office->name)});
    }
  // "Mr. Rai (Nepal), Vice-President, took the Chair.": the line that gives
  // the chair to someone names their State beside them.
  for (const auto& section : meeting.sections)
    for (const auto& block : section.blocks) {
      if (block.kind != BlockKind::Narrative || block.narrative.kind != NarrativeKind::ChairChange)
        continue;
      const Inlines& content = block.narrative.text.content;
      for (std::size_t k = 0; k + 1 < content.size(); ++k) {
        if (content[k].kind != InlineKind::Person) continue;
        auto found = personIndex_.find(content[k].ref);
        if (found == personIndex_.end()) continue;
        for (std::size_t after = k + 1; after < content.size() && after <= k + 2; ++after)
          if (content[after].kind == InlineKind::Organization && isState(content[after].ref))
            affiliate(people_[found->second],
                      {"representative", organization(content[after].ref), {}});
      }
    }
  // The cover page: the President and the members of the organ.
  if (auto found = personIndex_.find(meeting.meta.president); found != personIndex_.end()) {
    affiliate(people_[found->second], {"head", organId_, {}});
    // The cover prints the President with the presiding State.
    if (isState(meeting.meta.presidency))
      affiliate(people_[found->second],
                {"representative", organization(meeting.meta.presidency), {}});
  }
  for (const auto& member : meeting.meta.members) {
    auto found = personIndex_.find(member.person);
    if (found == personIndex_.end()) continue;
    affiliate(people_[found->second], {"member", organId_, {}});
    affiliate(people_[found->second], {"representative", organization(member.state), {}});
  }
}

CastPerson& Cast::personFor(const Meeting& meeting, const Speech& speech, IdRegistry& ids) {
  if (auto found = personIndex_.find(speech.by); found != personIndex_.end())
    return people_[found->second];
  // A title's holder, not named: one person per title and organisation.
  const std::string key = speech.as + '\x1f' + speech.by;
  if (auto found = personIndex_.find(key); found != personIndex_.end())
    return people_[found->second];
  const Role* title = findById(meeting.roles, speech.as);
  const Organization* org = findById(meeting.organizations, speech.by);
  std::string printed = title ? name(title->name) : org ? name(org->name) : std::string();
  const std::string id =
      ids.claim(speech.as.empty() ? speech.by + ".speaker" : speech.as + "." + speech.by);
  if (printed.empty()) printed = id;
  personIndex_.emplace(key, people_.size());
  people_.push_back({id, printed, {}, {}});
  return people_.back();
}

const std::string& Cast::speakerOf(const Speech& speech) const {
  if (auto found = personIndex_.find(speech.by); found != personIndex_.end())
    return people_[found->second].id;
  return people_[personIndex_.at(speech.as + '\x1f' + speech.by)].id;
}

SpeakerType Cast::typeOf(const Speech& speech, bool nationalCapacity) const {
  if (nationalCapacity) return SpeakerType::Regular;
  if (const RoleInfo* role = findRole(speech.as)) {
    // A State not on the Council, invited to its table, is its guest.
    if (role->type == SpeakerType::Regular && !councilMembers_.empty())
      if (const std::string state = stateInLabel(speech);
          !state.empty() && !councilMembers_.contains(state))
        return SpeakerType::Guest;
    return role->type;
  }
  return isState(speech.by) || !stateInLabel(speech).empty() || headedStates_.count(speech.by)
             ? SpeakerType::Regular
             : SpeakerType::Guest;
}

const std::string& Cast::origin(std::string_view conceptId) const {
  auto found = origins_.find(conceptId);
  return found == origins_.end() ? origins_.at("") : found->second;
}

}  // namespace verbatim::tei
