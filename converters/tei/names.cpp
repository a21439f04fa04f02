#include "tei/names.hpp"

#include <libxml/tree.h>

#include <cstdio>

#include "core/bodies.hpp"
#include "core/text.hpp"

namespace verbatim::tei {
namespace {

// XML 1.0 fifth edition, productions [4] and [4a], without ':' (an NCName).
bool isNameStart(char32_t c) {
  return (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6) ||
         (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
         (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
         (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) ||
         (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

bool isNameChar(char32_t c) {
  return isNameStart(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7 ||
         (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}

bool libxmlAccepts(const std::string& name) {
  return xmlValidateNCName(reinterpret_cast<const xmlChar*>(name.c_str()), 0) == 0;
}

std::string asciiName(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = text::next(text, i);
    bool ascii = c < 0x80 && isNameChar(c);
    if (ascii && (!out.empty() || isNameStart(c))) {
      out += static_cast<char>(c);
    } else if (ascii) {
      out += '_', out += static_cast<char>(c);
    } else {
      char hex[16];
      std::snprintf(hex, sizeof hex, "_x%04X",
                    static_cast<unsigned>(c == text::kInvalid ? 0xFFFD : c));
      out += hex;
    }
  }
  return out.empty() ? "_" : out;
}

}  // namespace

std::string ncName(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t at = i;
    char32_t c = text::next(text, i);
    if (c == text::kInvalid || !isNameChar(c)) {
      out += '_';
      continue;
    }
    if (out.empty() && !isNameStart(c)) out += '_';
    out.append(text.substr(at, i - at));
  }
  if (out.empty()) out = "_";
  return libxmlAccepts(out) ? out : asciiName(out);
}

std::string IdRegistry::claim(std::string_view wanted) {
  std::string base = ncName(wanted);
  std::string id = base;
  for (int n = 2; taken(id); ++n) id = base + "." + std::to_string(n);
  taken_.insert(id);
  return id;
}

std::string documentId(const Metadata& meta) {
  const BodyInfo* body = findBody(meta.body);
  std::string organ = "UN";
  if (body) organ += body->key;
  std::string id = organ + "_" + symbolForIri(meta.symbol);
  if (!meta.language.empty()) id += "-" + meta.language;
  return ncName(id);
}

}  // namespace verbatim::tei
