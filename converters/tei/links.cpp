#include "tei/links.hpp"

#include <set>

namespace verbatim::tei {
namespace {

// TEI's pointer attributes the profile uses.
constexpr std::string_view kPointers[] = {"who", "ana", "corresp", "ref", "prev", "next", "target"};

template <class Visit>
void forEachElement(pugi::xml_node node, Visit&& visit) {
  for (auto child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    visit(child);
    forEachElement(child, visit);
  }
}

}  // namespace

std::vector<std::string> checkLinks(const std::vector<NamedDocument>& documents) {
  std::vector<std::string> problems;
  std::set<std::string, std::less<>> ids;
  for (const auto& [name, document] : documents)
    forEachElement(*document, [&, name = name](pugi::xml_node node) {
      auto id = node.attribute("xml:id");
      if (id && !ids.insert(id.value()).second)
        problems.push_back(std::string(name) + ": " + node.name() + ": xml:id \"" + id.value() +
                           "\" is not unique");
    });
  for (const auto& [name, document] : documents)
    forEachElement(*document, [&, name = name](pugi::xml_node node) {
      for (auto pointer : kPointers) {
        auto attribute = node.attribute(std::string(pointer).c_str());
        if (!attribute) continue;
        std::string_view values = attribute.value();
        if (values.find_first_not_of(" \t\r\n") == std::string_view::npos)
          problems.push_back(std::string(name) + ": " + node.name() + "/@" + std::string(pointer) +
                             " is empty");
        while (!values.empty()) {
          const auto start = values.find_first_not_of(" \t\r\n");
          if (start == std::string_view::npos) break;
          values.remove_prefix(start);
          const auto end = values.find_first_of(" \t\r\n");
          const std::string_view token = values.substr(0, end);
          values = end == std::string_view::npos ? std::string_view() : values.substr(end);
          // Only same-document pointers can be checked here; URLs point elsewhere.
          if (token.front() != '#') continue;
          if (!ids.count(token.substr(1)))
            problems.push_back(std::string(name) + ": " + node.name() + "/@" +
                               std::string(pointer) + ": " + std::string(token) +
                               " names no xml:id");
        }
      }
    });
  return problems;
}

}  // namespace verbatim::tei
