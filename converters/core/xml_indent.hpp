// Pretty-printing of a pugixml tree the way every writer here wants it:
// children of container elements on lines of their own, two spaces a level;
// the text of any other element left exactly as it is (white space in mixed
// content is content). Header-only: only the writers, which link pugixml, use it.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <vector>

namespace verbatim {

// `isContainer(node)` says whether a node's children go on lines of their own.
template <class IsContainer>
void indentContainers(pugi::xml_node node, int depth, const IsContainer& isContainer) {
  if (!isContainer(node)) return;
  std::vector<pugi::xml_node> children(node.begin(), node.end());
  if (children.empty()) return;
  const std::string inner = "\n" + std::string(2 * (depth + 1), ' ');
  for (auto child : children) {
    node.insert_child_before(pugi::node_pcdata, child).set_value(inner.c_str());
    indentContainers(child, depth + 1, isContainer);
  }
  node.append_child(pugi::node_pcdata).set_value(("\n" + std::string(2 * depth, ' ')).c_str());
}

}  // namespace verbatim
