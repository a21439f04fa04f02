#include "core/bodies.hpp"

#include <cctype>

namespace verbatim {
namespace {

constexpr BodyInfo kBodies[] = {
    {"SC", "S/", "un-sc", "unsc", "Security Council"},
    {"GA", "A/", "un-ga", "unga", "General Assembly", true},
    {"ECOSOC", "E/", "un-ecosoc", "unecosoc", "Economic and Social Council", true},
    {"TC", "T/", "un-tc", "untc", "Trusteeship Council"},
    {"Secretariat", "ST/", "un-secretariat", "unSecretariat", "Secretariat"},
};

std::string sanitise(std::string_view symbol, char slash) {
  std::string out;
  for (unsigned char c : symbol) {
    if (c == '/')
      out += slash;
    else if (c == ' ')
      out += '_';
    else if (std::isalnum(c) || c == '.' || c == '-' || c == '_' || c == '(' || c == ')')
      out += static_cast<char>(c);
  }
  // No file or path segment may be "." or ".." or start with a dot.
  while (!out.empty() && out.front() == '.') out.erase(out.begin());
  if (out.size() > 120) out.resize(120);
  return out;
}

}  // namespace

const BodyInfo* findBody(std::string_view key) {
  for (const auto& body : kBodies)
    if (body.key == key) return &body;
  return nullptr;
}

const BodyInfo* findBodyById(std::string_view id) {
  for (const auto& body : kBodies)
    if (body.id == id) return &body;
  return nullptr;
}

const BodyInfo* bodyOfSymbol(std::string_view symbol) {
  for (const auto& body : kBodies)
    if (symbol.substr(0, body.symbolPrefix.size()) == body.symbolPrefix) return &body;
  return nullptr;
}

std::string_view committeeOfSymbol(std::string_view symbol) {
  constexpr std::string_view kMainCommittees[] = {
      "First Committee", "Second Committee",
      "Third Committee", "Special Political and Decolonization Committee (Fourth Committee)",
      "Fifth Committee", "Sixth Committee"};
  constexpr std::string_view kPrefix = "A/C.";
  if (!symbol.starts_with(kPrefix) || symbol.size() < kPrefix.size() + 2 ||
      symbol[kPrefix.size() + 1] != '/')
    return {};
  const char digit = symbol[kPrefix.size()];
  if (digit < '1' || digit > '6') return {};
  return kMainCommittees[digit - '1'];
}

std::string meetingNumberOfSymbol(std::string_view symbol) {
  auto at = symbol.rfind("PV.");
  if (at == std::string_view::npos) return {};
  std::string number;
  for (std::size_t i = at + 3;
       i < symbol.size() && std::isdigit(static_cast<unsigned char>(symbol[i])); ++i)
    number += symbol[i];
  return number;
}

std::string symbolForIri(std::string_view symbol) { return sanitise(symbol, '-'); }
std::string symbolForFileName(std::string_view symbol) { return sanitise(symbol, '_'); }

}  // namespace verbatim
