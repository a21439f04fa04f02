#include "raw/pattern.hpp"

#include <unicode/regex.h>
#include <unicode/utext.h>

#include <stdexcept>
#include <unordered_map>

namespace verbatim {
namespace {

// A matcher reset on a UTF-8 text, closed when done.
class Over {
 public:
  Over(const icu::RegexPattern& pattern, std::string_view text) : matcher_(matcherFor(pattern)) {
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&text_, text.data(), static_cast<int64_t>(text.size()), &status);
    if (!matcher_ || U_FAILURE(status)) matcher_ = nullptr;
    if (matcher_) matcher_->reset(&text_);
  }
  ~Over() { utext_close(&text_); }
  Over(const Over&) = delete;
  Over& operator=(const Over&) = delete;

  icu::RegexMatcher* operator->() const { return matcher_; }
  explicit operator bool() const { return matcher_ != nullptr; }

  // Group `number` of the last match, as a view of `text`.
  std::string_view group(std::string_view text, int number) const {
    UErrorCode status = U_ZERO_ERROR;
    const int64_t begin = matcher_->start64(number, status);
    const int64_t end = matcher_->end64(number, status);
    if (U_FAILURE(status) || begin < 0) return {};
    return text.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin));
  }

 private:
  UText text_ = UTEXT_INITIALIZER;
  icu::RegexMatcher* matcher_;
};

}  // namespace

icu::RegexMatcher* matcherFor(const icu::RegexPattern& pattern) {
  thread_local std::unordered_map<const icu::RegexPattern*, std::unique_ptr<icu::RegexMatcher>>
      cache;
  auto& slot = cache[&pattern];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    slot.reset(pattern.matcher(status));
    if (U_FAILURE(status)) slot.reset();
  }
  return slot.get();
}

Pattern::Pattern(std::string_view source) {
  UParseError where{};
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString pattern = icu::UnicodeString::fromUTF8(
      icu::StringPiece(source.data(), static_cast<int32_t>(source.size())));
  compiled_.reset(icu::RegexPattern::compile(pattern, 0, where, status));
  if (U_FAILURE(status))
    throw std::logic_error("pattern '" + std::string(source) + "' does not compile: " +
                           u_errorName(status) + " at offset " + std::to_string(where.offset));
}

Pattern::~Pattern() = default;

std::optional<std::vector<std::string_view>> Pattern::match(std::string_view text) const {
  Over over(*compiled_, text);
  UErrorCode status = U_ZERO_ERROR;
  if (!over || !over->matches(status) || U_FAILURE(status)) return std::nullopt;
  std::vector<std::string_view> groups;
  for (int i = 0; i <= over->groupCount(); ++i) groups.push_back(over.group(text, i));
  return groups;
}

std::string Pattern::replaceAll(std::string_view text, std::string_view replacement) const {
  Over over(*compiled_, text);
  if (!over) return std::string(text);
  std::string out;
  std::size_t kept = 0;
  while (over->find()) {
    const std::string_view found = over.group(text, 0);
    const auto begin = static_cast<std::size_t>(found.data() - text.data());
    out.append(text.substr(kept, begin - kept));
    out.append(replacement);
    kept = begin + found.size();
  }
  out.append(text.substr(kept));
  return out;
}

}  // namespace verbatim
