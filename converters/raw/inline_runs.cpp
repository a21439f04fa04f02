#include "raw/inline_runs.hpp"

#include <algorithm>

namespace verbatim {
namespace {

void appendText(Inlines& out, std::string_view text) {
  if (text.empty()) return;
  if (!out.empty() && out.back().kind == InlineKind::Text) {
    out.back().text += text;
    return;
  }
  out.push_back({InlineKind::Text, std::string(text), {}, TimeEvent::None, {}});
}

}  // namespace

std::vector<PageMark> pageMarks(const RawParagraph& paragraph, std::size_t begin) {
  std::vector<PageMark> marks;
  for (std::size_t i = 0; i < paragraph.pageEnds.size(); ++i)
    if (paragraph.pageEnds[i] >= begin)
      marks.push_back({paragraph.pageEnds[i] - begin,
                       i < paragraph.pageNumbers.size() ? paragraph.pageNumbers[i] : 0});
  return marks;
}

Inlines inlinesOf(std::string_view text, const std::vector<PageMark>& pageEnds,
                  std::vector<Span> spans, const PageNumbering& pageNumber) {
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.where.begin < b.where.begin; });
  Inlines out;
  std::size_t position = 0, nextPage = 0;
  auto plain = [&](std::size_t upTo) {
    while (nextPage < pageEnds.size() && pageEnds[nextPage].offset <= upTo) {
      const std::size_t at = std::max(pageEnds[nextPage].offset, position);
      appendText(out, text.substr(position, at - position));
      position = at;
      out.push_back(
          {InlineKind::PageEnd, {}, pageNumber(pageEnds[nextPage++].number), TimeEvent::None, {}});
    }
    appendText(out, text.substr(position, upTo - position));
    position = upTo;
  };
  for (const auto& span : spans) {
    if (span.where.begin < position || span.where.end > text.size()) continue;  // overlapping
    plain(span.where.begin);
    out.push_back(
        {span.kind, std::string(span.where.in(text)), span.ref, span.event, span.normalized});
    position = span.where.end;
  }
  plain(text.size());
  return out;
}

bool markWithin(Inlines& content, Piece where, InlineKind kind, std::string ref) {
  std::size_t at = 0;  // where the run begins in the plain text
  for (std::size_t r = 0; r < content.size(); at += content[r].text.size(), ++r) {
    const Inline& run = content[r];
    if (where.begin < at || where.end > at + run.text.size()) continue;
    if (run.kind != InlineKind::Text || where.begin >= where.end) return false;
    const std::string text = run.text;
    Inline before{InlineKind::Text, text.substr(0, where.begin - at), {}, TimeEvent::None, {}};
    Inline marked{kind,
                  text.substr(where.begin - at, where.end - where.begin),
                  std::move(ref),
                  TimeEvent::None,
                  {}};
    Inline after{InlineKind::Text, text.substr(where.end - at), {}, TimeEvent::None, {}};
    content.erase(content.begin() + static_cast<std::ptrdiff_t>(r));
    auto place = content.begin() + static_cast<std::ptrdiff_t>(r);
    if (!after.text.empty()) place = content.insert(place, std::move(after));
    place = content.insert(place, std::move(marked));
    if (!before.text.empty()) content.insert(place, std::move(before));
    return true;
  }
  return false;
}

}  // namespace verbatim
