#include "validate/limits.hpp"

namespace verbatim {
namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view bytes) : bytes_(bytes) {}

  MarkupProblem run() {
    while (at_ < bytes_.size()) {
      const std::size_t open = bytes_.find('<', at_);
      if (open == std::string_view::npos) break;
      advanceTo(open);
      if (!markup()) break;  // malformed: the parser will say where
      if (!problem_.message.empty()) break;
    }
    return problem_;
  }

 private:
  // Moves to `to`, counting the lines passed.
  void advanceTo(std::size_t to) {
    for (; at_ < to && at_ < bytes_.size(); ++at_)
      if (bytes_[at_] == '\n') ++line_;
  }

  bool skipPast(std::string_view end) {
    const std::size_t found = bytes_.find(end, at_);
    if (found == std::string_view::npos) return false;
    advanceTo(found + end.size());
    return true;
  }

  bool startsWith(std::string_view prefix) const {
    return bytes_.substr(at_, prefix.size()) == prefix;
  }

  // At '<': one comment, CDATA section, processing instruction, declaration or tag.
  bool markup() {
    if (startsWith("<!--")) return skipPast("-->");
    if (startsWith("<![CDATA[")) return skipPast("]]>");
    if (startsWith("<?")) return skipPast("?>");
    if (startsWith("<!")) return skipPast(">");
    if (startsWith("</")) {
      if (depth_ > 0) --depth_;
      return skipPast(">");
    }
    return startTag();
  }

  bool startTag() {
    const int tagLine = line_;
    advanceTo(at_ + 1);
    std::size_t attributes = 0;
    while (at_ < bytes_.size()) {
      const char c = bytes_[at_];
      if (c == '>') {
        advanceTo(at_ + 1);
        if (++depth_ > kMaxXmlDepth)
          fail(tagLine, "elements are nested more than " + std::to_string(kMaxXmlDepth) +
                            " deep, deeper than any record");
        return true;
      }
      if (c == '/' && at_ + 1 < bytes_.size() && bytes_[at_ + 1] == '>') {
        advanceTo(at_ + 2);
        return true;
      }
      if (c == '"' || c == '\'') {
        // A quoted value: '>' and '=' inside it are text.
        const std::size_t close = bytes_.find(c, at_ + 1);
        if (close == std::string_view::npos) return false;
        advanceTo(close + 1);
        continue;
      }
      if (c == '=' && ++attributes > kMaxXmlAttributes) {
        fail(tagLine, "an element with more than " + std::to_string(kMaxXmlAttributes) +
                          " attributes, more than any record has");
        return true;
      }
      if (c == '<') return true;  // malformed; the parser will say so
      advanceTo(at_ + 1);
    }
    return false;
  }

  void fail(int line, std::string message) { problem_ = {line, std::move(message)}; }

  std::string_view bytes_;
  std::size_t at_ = 0;
  int line_ = 1;
  std::size_t depth_ = 0;
  MarkupProblem problem_;
};

}  // namespace

MarkupProblem checkMarkupLimits(std::string_view bytes) { return Scanner(bytes).run(); }

bool isWideEncoding(std::string_view bytes) {
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") return true;
  return bytes.substr(0, 4).find('\0') != std::string_view::npos;
}

std::string declaredEncoding(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (!bytes.starts_with("<?xml")) return {};
  const std::size_t end = bytes.find("?>");
  if (end == std::string_view::npos) return {};
  const std::string_view declaration = bytes.substr(0, end);
  const std::size_t name = declaration.find("encoding");
  if (name == std::string_view::npos) return {};
  std::size_t at = name + std::string_view("encoding").size();
  while (at < declaration.size() && (declaration[at] == ' ' || declaration[at] == '=')) ++at;
  if (at >= declaration.size() || (declaration[at] != '"' && declaration[at] != '\'')) return {};
  const char quote = declaration[at++];
  const std::size_t close = declaration.find(quote, at);
  if (close == std::string_view::npos) return {};
  return std::string(declaration.substr(at, close - at));
}

}  // namespace verbatim
