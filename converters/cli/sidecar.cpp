#include "cli/sidecar.hpp"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "core/bodies.hpp"
#include "core/files.hpp"
#include "raw/decode.hpp"
#include "raw/read_raw.hpp"

namespace verbatim::cli {

Result<Sidecar> readSidecar(const std::string& input) {
  Sidecar sidecar;
  if (input == "-") return sidecar;
  std::filesystem::path path(input);
  path.replace_extension(".meta.json");
  std::error_code ignored;
  if (!std::filesystem::is_regular_file(path, ignored)) return sidecar;
  sidecar.path = path.string();
  auto text = readFile(sidecar.path, 1 << 20);
  if (!text) return text.error();
  auto bad = [&](const std::string& why) {
    return Error{
        ErrorKind::InputRejected, "the sidecar file is not usable: " + why, sidecar.path, 0, {}};
  };
  nlohmann::json json;
  // A key given twice would have its last value win, unseen.
  std::set<std::string> keys;
  std::string twice;
  const auto noteKeys = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& key) {
    if (depth == 1 && event == nlohmann::json::parse_event_t::key && key.is_string() &&
        !keys.insert(key.get<std::string>()).second && twice.empty())
      twice = key.get<std::string>();
    return true;
  };
  try {
    json = nlohmann::json::parse(text.value(), noteKeys);
  } catch (const nlohmann::json::parse_error& error) {
    // Where the parser stopped, as a line of the file.
    const std::size_t at = std::min<std::size_t>(error.byte, text.value().size());
    const auto line = 1 + std::count(text.value().begin(),
                                     text.value().begin() + static_cast<std::ptrdiff_t>(at), '\n');
    return Error{ErrorKind::InputRejected,
                 "the sidecar file is not usable: not JSON (it stops making sense at byte " +
                     std::to_string(error.byte) + ")",
                 sidecar.path,
                 static_cast<int>(line),
                 {}};
  }
  if (!json.is_object()) return bad("not a JSON object");
  if (!twice.empty()) return bad("the key \"" + twice + "\" is given twice");
  // A misspelt key ("langauge") would be ignored unseen.
  constexpr std::string_view kKeys[] = {"symbol", "date",     "language",  "body",
                                        "place",  "encoding", "first_page"};
  for (const auto& [key, value] : json.items())
    if (std::find(std::begin(kKeys), std::end(kKeys), key) == std::end(kKeys))
      return bad("unknown key \"" + key +
                 "\" (the keys: symbol, date, language, body, place, encoding, first_page)");
  auto field = [&](const char* key, std::string& target) -> bool {
    if (!json.contains(key)) return true;
    if (!json[key].is_string()) return false;
    target = json[key].get<std::string>();
    return true;
  };
  for (auto [key, target] : {std::pair{"symbol", &sidecar.symbol},
                             {"date", &sidecar.date},
                             {"language", &sidecar.language},
                             {"body", &sidecar.body},
                             {"place", &sidecar.place},
                             {"encoding", &sidecar.encoding}})
    if (!field(key, *target)) return bad(std::string("\"") + key + "\" must be a string");
  // Its values are the file's, not options: said as the file's, naming it.
  for (auto [key, value, limit] : {std::tuple{"symbol", &sidecar.symbol, kMaxSymbolCharacters},
                                   std::tuple{"place", &sidecar.place, kMaxPlaceCharacters}})
    if (auto problem = metadataProblem(*value, limit); !problem.empty())
      return bad(std::string("\"") + key + "\" " + problem);
  if (!sidecar.date.empty() && !isIsoDate(sidecar.date))
    return bad("\"date\" is '" + sidecar.date + "', not a date of the form YYYY-MM-DD");
  if (!sidecar.language.empty() && !isLanguageTag(sidecar.language))
    return bad("\"language\" is '" + sidecar.language +
               "', not a language (an ISO 639 code: e.g. en, fr, zh)");
  if (!sidecar.body.empty() && !findBody(sidecar.body))
    return bad("\"body\" is '" + sidecar.body +
               "', not an organ verbatim knows: SC, GA, ECOSOC or TC");
  if (!sidecar.encoding.empty() && !isKnownCharset(sidecar.encoding))
    return bad("\"encoding\" is '" + sidecar.encoding +
               "', not a charset (e.g. UTF-8, UTF-16LE, windows-1256, GB18030)");
  if (json.contains("first_page")) {
    if (!json["first_page"].is_number_integer() || json["first_page"].get<long long>() < 1 ||
        json["first_page"].get<long long>() > 100000)
      return bad("\"first_page\" must be a positive whole number");
    sidecar.firstPage = json["first_page"].get<int>();
  }
  return sidecar;
}

}  // namespace verbatim::cli
