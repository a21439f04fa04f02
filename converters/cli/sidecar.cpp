#include "cli/sidecar.hpp"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/files.hpp"

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
  nlohmann::json json = nlohmann::json::parse(text.value(), nullptr, false);
  if (json.is_discarded() || !json.is_object()) return bad("not a JSON object");
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
  if (json.contains("first_page")) {
    if (!json["first_page"].is_number_integer() || json["first_page"].get<long long>() < 1 ||
        json["first_page"].get<long long>() > 100000)
      return bad("\"first_page\" must be a positive whole number");
    sidecar.firstPage = json["first_page"].get<int>();
  }
  return sidecar;
}

}  // namespace verbatim::cli
