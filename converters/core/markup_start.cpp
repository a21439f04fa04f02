#include "core/markup_start.hpp"

#include <cctype>

namespace verbatim {
namespace {

bool isNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == ':' || c == '-' || c == '_' ||
         c == '.';
}

// Past a document type declaration that begins at `i`: its internal subset
// (between [ and ]) may hold '>'. npos when it does not end.
std::size_t afterDoctype(std::string_view text, std::size_t i) {
  const std::size_t close = text.find('>', i);
  const std::size_t open = text.find('[', i);
  if (open == std::string_view::npos || (close != std::string_view::npos && close < open))
    return close == std::string_view::npos ? close : close + 1;
  const std::size_t subsetEnd = text.find("]", open);
  if (subsetEnd == std::string_view::npos) return subsetEnd;
  const std::size_t end = text.find('>', subsetEnd);
  return end == std::string_view::npos ? end : end + 1;
}

}  // namespace

MarkupStart markupStart(std::string_view text) {
  MarkupStart start;
  std::size_t i = 0;
  while (i < text.size()) {
    i = text.find_first_not_of(" \t\r\n", i);
    if (i == std::string_view::npos || text[i] != '<') return start;
    start.markup = true;
    if (text.substr(i, 2) == "<?" || text.substr(i, 4) == "<!--") {
      const std::string_view close = text.substr(i, 2) == "<?" ? "?>" : "-->";
      const auto end = text.find(close, i);
      if (end == std::string_view::npos) return start;
      i = end + close.size();
      continue;
    }
    if (text.substr(i, 9) == "<!DOCTYPE" || text.substr(i, 9) == "<!doctype") {
      start.doctype = true;
      i = afterDoctype(text, i);
      if (i == std::string_view::npos) return start;
      continue;
    }
    std::size_t end = i + 1;
    while (end < text.size() && end - i < 64 && isNameChar(text[end])) ++end;
    if (end == i + 1 || !std::isalpha(static_cast<unsigned char>(text[i + 1]))) return start;
    if (end < text.size() && text[end] != '>' && text[end] != ' ' && text[end] != '/' &&
        text[end] != '\n' && text[end] != '\t' && text[end] != '\r')
      return start;
    start.root = std::string(text.substr(i + 1, end - i - 1));
    return start;
  }
  return start;
}

std::string_view localName(std::string_view name) {
  const auto colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace verbatim
