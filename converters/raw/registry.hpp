// The people, States, roles and languages a record refers to, with stable ids
// derived from what is printed (no transliteration tables: ids may be in the
// record's own script, as XML names allow).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/bodies.hpp"
#include "core/model.hpp"
#include "raw/profile.hpp"

namespace verbatim {

class Registry {
 public:
  Registry(Meeting& meeting, const LanguageProfile& profile)
      : meeting_(meeting), profile_(profile) {}

  // A State (or other entity) named as printed; known States get their
  // ISO 3166 alpha-3 code as id.
  std::string state(std::string_view printedName);
  // An office of the Secretariat or of an organ named in a label's brackets
  // ("Department for General Assembly and Conference Management"): an
  // organisation that is no State (its href says so: …/un/office.{id}).
  std::string office(std::string_view printedName);
  std::string body(const BodyInfo& body);
  std::string person(std::string_view printedName, std::string_view honorificFree,
                     std::string_view stateId);
  std::string role(std::string_view id, std::string_view name);
  // An office a label prints after the State ("Rapporteur of the Third
  // Committee"): a role named by its words.
  std::string printedRole(std::string_view printedName);
  std::string language(std::string_view code3, std::string_view printedName);

 private:
  std::string uniqueId(std::string base);
  Meeting& meeting_;
  const LanguageProfile& profile_;
  std::map<std::string, std::string> personKeys_;
  // Each State's people by their names without honorific: the cover's
  // "涅边贾先生" is the label's "瓦西里·阿列克谢耶维奇·涅边贾先生".
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> peopleOfState_;
};

// An XML name made of the letters and digits of `text` ("Mr. Delattre" →
// "mrdelattre", "弗兰萨·丹尼斯" → "弗兰萨·丹尼斯"); `fallback` when none.
std::string nameId(std::string_view text, std::string_view fallback);

}  // namespace verbatim
