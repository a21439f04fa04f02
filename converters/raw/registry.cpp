#include "raw/registry.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>

#include "core/countries.hpp"
#include "core/text.hpp"

namespace verbatim {
namespace {

bool taken(const Meeting& meeting, std::string_view id) {
  auto same = [&](const auto& item) { return item.id == id; };
  return std::any_of(meeting.people.begin(), meeting.people.end(), same) ||
         std::any_of(meeting.organizations.begin(), meeting.organizations.end(), same) ||
         std::any_of(meeting.roles.begin(), meeting.roles.end(), same) ||
         std::any_of(meeting.languages.begin(), meeting.languages.end(), same);
}

std::string lowerAscii(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// A Latin letter with a diacritic as its base letter ("é" → "e", "ļ" → "l",
// "ı" → "i", "ø" → "o", "ß" → "ss"), so that ids and the IRIs made of them
// are ASCII where the name is in Latin script; other scripts stay as they are.
std::string latinBase(char32_t c) {
  switch (c) {
    case U'ı': return "i";
    case U'ø': return "o";
    case U'ł': return "l";
    case U'đ': return "d";
    case U'ß': return "ss";
    case U'æ': return "ae";
    case U'œ': return "oe";
    case U'þ': return "th";
    case U'ð': return "d";
  }
  UErrorCode status = U_ZERO_ERROR;
  std::string out;
  if (uscript_getScript(static_cast<UChar32>(c), &status) != USCRIPT_LATIN || U_FAILURE(status)) {
    text::append(out, c);
    return out;
  }
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status) && nfd->getDecomposition(static_cast<UChar32>(c), decomposed) &&
      decomposed.length() > 0 && decomposed.char32At(0) < 0x80) {
    text::append(out, static_cast<char32_t>(decomposed.char32At(0)));
    return out;
  }
  text::append(out, c);
  return out;
}

}  // namespace

std::string nameId(std::string_view text, std::string_view fallback) {
  std::string id;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t at = i;
    char32_t c = text::next(text, i);
    if (c == text::kInvalid) continue;
    bool letter = u_isalpha(static_cast<UChar32>(c));
    bool digit = u_isdigit(static_cast<UChar32>(c));
    bool joiner = c == 0x00B7 && !id.empty();
    // Lower case in any script ("Žagar" → "žagar"), as for ASCII.
    if (letter)
      id += latinBase(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
    else if ((digit && !id.empty()) || joiner)
      id.append(text.substr(at, i - at));
  }
  // Long names make unwieldy ids: keep the first 48 characters (not bytes:
  // "Премьер-министр Республики Фиджи" and "… Вануату" were one id cut at 48
  // bytes, the second office's id then depending on the order they spoke
  // in), and whole parts of a name its dots join ("谢赫·穆罕默德·本·…").
  constexpr std::size_t kLongestId = 48;  // characters
  std::size_t keep = 0;
  for (std::size_t i = 0, characters = 0; i < id.size() && characters < kLongestId; ++characters) {
    text::next(id, i);
    keep = i;
  }
  if (keep < id.size()) {
    const std::size_t joiner = id.rfind("\u00B7", keep);
    if (joiner != std::string::npos && joiner > 0) keep = std::min(keep, joiner);
  }
  id.resize(keep);
  while (!id.empty() && text::last(id) == 0x00B7) id.resize(id.size() - text::lastLength(id));
  return id.empty() ? std::string(fallback) : id;
}

std::string Registry::uniqueId(std::string base) {
  if (!taken(meeting_, base)) return base;
  for (int n = 2;; ++n) {
    std::string candidate = base + "_" + std::to_string(n);
    if (!taken(meeting_, candidate)) return candidate;
  }
}

namespace {

bool hasLowercase(std::string_view text) {
  for (std::size_t i = 0; i < text.size();)
    if (u_islower(static_cast<UChar32>(text::next(text, i)))) return true;
  return false;
}

}  // namespace

std::string Registry::state(std::string_view printedName) {
  for (const auto& org : meeting_.organizations)
    if (org.name == printedName) return org.id;
  std::string code(countryCode(printedName, profile_.code));
  Organization org;
  // "Venezuela (Bolivarian Republic of)" in a vote's list, "(Bolivarian
  // Republic of Venezuela)" in a label: one State, one organisation.
  if (!code.empty()) {
    // A Member State is "member.fra"; an observer ("observer.vat", the Holy
    // See; "observer.eue", the European Union) is none.
    const std::string href = "/akn/ontology/organization/un/" +
                             std::string(isMemberState(code) ? "member." : "observer.") +
                             lowerAscii(code);
    for (auto& known : meeting_.organizations)
      if (known.href == href) {
        // Typed records print a State in capitals now and then ("the
        // representative of IRAQ"): the State goes by the name as set in text.
        if (!hasLowercase(known.name) && hasLowercase(printedName))
          known.name = std::string(printedName);
        return known.id;
      }
    org.id = uniqueId(lowerAscii(code));
    org.href = href;
  } else {
    org.id = uniqueId(nameId(printedName, "organization"));
    org.href = "/akn/ontology/organization/un/" + org.id;
  }
  org.name = std::string(printedName);
  meeting_.organizations.push_back(org);
  return org.id;
}

std::string Registry::office(std::string_view printedName) {
  for (const auto& org : meeting_.organizations)
    if (org.name == printedName) return org.id;
  Organization org;
  org.id = uniqueId(nameId(printedName, "office"));
  org.href = std::string(kOfficePrefix) + org.id;
  org.name = std::string(printedName);
  meeting_.organizations.push_back(org);
  return org.id;
}

std::string Registry::body(const BodyInfo& body) {
  for (const auto& org : meeting_.organizations)
    if (org.id == body.id) return org.id;
  Organization org;
  org.id = std::string(body.id);
  org.href = "/akn/ontology/organization/un/" + std::string(body.actor);
  org.name = std::string(body.english);
  for (const auto& [key, name] : profile_.bodies)
    if (key == body.key) org.name = std::string(name);
  meeting_.organizations.push_back(org);
  return org.id;
}

std::string Registry::person(std::string_view printedName, std::string_view honorificFree,
                             std::string_view stateId) {
  // The same name from the same State is the same person within one meeting,
  // whatever the case of the honorific: Russian covers print "г-жа Шелби",
  // labels "Г-жа Шелби".
  // A hyphen too: pdftotext drops one at a line's end, on a cover page
  // ("Sra. ThomasGreenfield") that a label prints whole.
  std::string key;
  for (std::size_t i = 0; i < printedName.size();) {
    const char32_t c = text::next(printedName, i);
    if (c != text::kInvalid && c != U'-' && c != U'\u2010' && c != U'\u2011')
      text::append(key,
                   static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT)));
  }
  key += '\x1f' + std::string(stateId);
  if (auto found = personKeys_.find(key); found != personKeys_.end()) {
    // The name as printed with its hyphen, where one spelling lost it.
    for (auto& known : meeting_.people)
      if (known.id == found->second && known.name.size() < printedName.size() &&
          printedName.find('-') != std::string_view::npos)
        known.name = std::string(printedName);
    return found->second;
  }
  // One name the other's end, after a space or a name's dot: the surname and
  // the full name of one delegate of one State.
  auto endsWithName = [](std::string_view whole, std::string_view part) {
    if (part.empty() || whole.size() <= part.size() || !whole.ends_with(part)) return false;
    const std::string_view before = whole.substr(0, whole.size() - part.size());
    return before.ends_with(' ') || before.ends_with("·");
  };
  if (!stateId.empty())
    for (const auto& [name, id] : peopleOfState_[std::string(stateId)])
      if (endsWithName(name, honorificFree) || endsWithName(honorificFree, name)) {
        personKeys_.emplace(key, id);
        return id;
      }
  Person person;
  person.id = uniqueId(nameId(honorificFree, "person"));
  person.name = std::string(printedName);
  meeting_.people.push_back(person);
  personKeys_.emplace(key, person.id);
  if (!stateId.empty())
    peopleOfState_[std::string(stateId)].emplace_back(std::string(honorificFree), person.id);
  return person.id;
}

std::string Registry::role(std::string_view id, std::string_view name) {
  for (const auto& role : meeting_.roles)
    if (role.id == id) return role.id;
  Role role;
  role.id = std::string(id);
  role.name = std::string(name);
  role.href = "/akn/ontology/role/un/" + std::string(id);
  meeting_.roles.push_back(role);
  return role.id;
}

std::string Registry::printedRole(std::string_view printedName) {
  for (const auto& role : meeting_.roles)
    if (role.name == printedName) return role.id;
  return role(uniqueId(nameId(printedName, "role")), printedName);
}

std::string Registry::language(std::string_view code3, std::string_view printedName) {
  std::string id = "lang_" + std::string(code3);
  for (const auto& language : meeting_.languages)
    if (language.id == id) return id;
  meeting_.languages.push_back({id, std::string(code3), std::string(printedName)});
  return id;
}

}  // namespace verbatim
