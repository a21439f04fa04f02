#include "raw/recognise.hpp"

#include <algorithm>

#include "core/bodies.hpp"
#include "core/text.hpp"
#include "raw/registry.hpp"

namespace verbatim {
namespace {

// A stretch of a paragraph that becomes an inline element.
struct Span {
  Piece where;
  InlineKind kind = InlineKind::Text;
  std::string ref;
  TimeEvent event = TimeEvent::None;
};

struct Speaker {
  std::string by;
  std::string as;
  Inlines from;  // the label as printed, page ends left out: repeated by continuations
};

class Recogniser {
 public:
  Recogniser(const Grammar& grammar, const Metadata& meta, std::optional<int> firstPage,
             Audit& audit)
      : grammar_(grammar),
        profile_(grammar.profile()),
        registry_(meeting_, grammar.profile()),
        audit_(audit),
        firstPage_(firstPage) {
    meeting_.meta = meta;
    if (const BodyInfo* body = findBody(meta.body)) bodyId_ = registry_.body(*body);
  }

  Meeting run(const std::vector<RawParagraph>& paragraphs) {
    findPresidency(paragraphs);
    for (const auto& paragraph : paragraphs) take(paragraph);
    dropEmptySpeeches();
    return std::move(meeting_);
  }

 private:
  // The chair's State is named where the chair speaks in national capacity.
  void findPresidency(const std::vector<RawParagraph>& paragraphs) {
    for (const auto& paragraph : paragraphs) {
      if (auto country = grammar_.nationalCapacity(paragraph.text)) {
        meeting_.meta.presidency = registry_.state(country->in(paragraph.text));
        audit_.inferred("presidency", paragraph.firstLine, paragraph.lastLine,
                        "the presiding State is the one the chair speaks for in national "
                        "capacity: " +
                            std::string(country->in(paragraph.text)));
        return;
      }
    }
  }

  void take(const RawParagraph& paragraph) {
    const std::string_view text = paragraph.text;
    if (auto label = grammar_.label(text)) return startSpeech(paragraph, *label);
    if (auto procedural = grammar_.procedural(text))
      return addNarrative(paragraph, procedural->kind);
    if (grammar_.isAgendaHeading(text)) {
      openSection(SectionKind::AdoptionOfAgenda);
      return addHeading(paragraph, false);
    }
    if (auto note = grammar_.languageSwitch(text)) {
      if (!speaking_ && lastSpeaker_) continueSpeech(*lastSpeaker_, paragraph);
      if (speaking_) return addLanguageSwitch(paragraph, *note);
      audit_.warn(paragraph.firstLine, "a language note outside any speech; kept as a narrative");
      return addNarrative(paragraph, NarrativeKind::Other);
    }
    if (paragraph.outsideSpeech) {
      if (grammar_.endsSentence(text)) {
        audit_.warn(paragraph.firstLine,
                    "a line outside any speech that is not a known "
                    "procedural phrase; kept as a narrative");
        return addNarrative(paragraph, NarrativeKind::Other);
      }
      return addAgendaHeading(paragraph);
    }
    if (!speaking_) {
      if (!lastSpeaker_) {
        audit_.warn(paragraph.firstLine,
                    "text before the first speaker label; kept as a narrative");
        return addNarrative(paragraph, NarrativeKind::Other);
      }
      continueSpeech(*lastSpeaker_, paragraph);
    }
    addParagraph(paragraph);
  }

  // A continuation opened by a change of capacity that the turn then never used.
  void dropEmptySpeeches() {
    for (auto& section : meeting_.sections)
      std::erase_if(section.blocks, [](const Block& block) {
        return block.kind == BlockKind::Speech && block.speech.items.empty();
      });
  }

  // --- sections and blocks -------------------------------------------------

  Section& openSection(SectionKind kind) {
    meeting_.sections.push_back(Section{kind, {}});
    speaking_ = false;
    return meeting_.sections.back();
  }

  Section& section() {
    if (meeting_.sections.empty()) openSection(SectionKind::Other);
    return meeting_.sections.back();
  }

  Speech& speech() { return section().blocks.back().speech; }

  void addAgendaHeading(const RawParagraph& paragraph) {
    const Section* current = meeting_.sections.empty() ? nullptr : &meeting_.sections.back();
    const bool onlyHeadings =
        current && current->kind == SectionKind::AgendaItem &&
        std::all_of(current->blocks.begin(), current->blocks.end(),
                    [](const Block& b) { return b.kind == BlockKind::Heading; });
    if (!onlyHeadings) openSection(SectionKind::AgendaItem);
    addHeading(paragraph, onlyHeadings);
  }

  void addHeading(const RawParagraph& paragraph, bool sub) {
    Block block;
    block.kind = BlockKind::Heading;
    block.heading.sub = sub;
    block.heading.text = paragraphOf(paragraph, 0, {});
    section().blocks.push_back(std::move(block));
  }

  void addNarrative(const RawParagraph& paragraph, NarrativeKind kind) {
    if (kind == NarrativeKind::Opening && meeting_.sections.empty())
      openSection(SectionKind::Opening);
    Block block;
    block.kind = BlockKind::Narrative;
    block.narrative.kind = kind;
    const TimeEvent event = kind == NarrativeKind::Opening   ? TimeEvent::Start
                            : kind == NarrativeKind::Closing ? TimeEvent::End
                                                             : TimeEvent::None;
    std::vector<Span> spans;
    for (const auto& time : grammar_.times(paragraph.text)) {
      char clock[32];
      std::snprintf(clock, sizeof clock, "T%02d:%02d:00", time.hour, time.minute);
      spans.push_back({time.where, InlineKind::Time, meeting_.meta.date + clock, event});
    }
    block.narrative.text = paragraphOf(paragraph, 0, std::move(spans));
    section().blocks.push_back(std::move(block));
    speaking_ = false;
  }

  // --- speeches -------------------------------------------------------------

  void startSpeech(const RawParagraph& paragraph, const LabelMatch& label) {
    const std::string_view text = paragraph.text;
    Speaker speaker;
    std::vector<Span> from;
    if (label.title) {
      const TitleSpec& title = *label.title;
      speaker.as = registry_.role(title.roleId, title.roleName);
      if (title.presiding) {
        speaker.by = !meeting_.meta.presidency.empty() ? meeting_.meta.presidency : bodyId_;
      } else if (const BodyInfo* body = findBody(title.body)) {
        speaker.by = registry_.body(*body);
      } else {
        speaker.by = bodyId_;
      }
      from.push_back({label.speaker, InlineKind::Role, speaker.as, TimeEvent::None});
    }
    std::string stateId;
    if (label.country.found()) {
      stateId = registry_.state(label.country.in(text));
      from.push_back({label.country, InlineKind::Organization, stateId, TimeEvent::None});
    }
    if (!label.title) {
      std::string_view name = label.speaker.in(text);
      speaker.by = registry_.person(name, withoutHonorific(name), stateId);
      if (!stateId.empty())
        speaker.as = registry_.role("representative", profile_.representativeRole);
      from.push_back({label.speaker, InlineKind::Person, speaker.by, TimeEvent::None});
    }
    if (auto span = languageSpan(paragraph, label)) from.push_back(*span);
    std::sort(from.begin(), from.end(),
              [](const Span& a, const Span& b) { return a.where.begin < b.where.begin; });

    Block block;
    block.kind = BlockKind::Speech;
    block.speech.by = speaker.by;
    block.speech.as = speaker.as;
    block.speech.source = {paragraph.firstLine, paragraph.lastLine};
    // The label without its final delimiter; page ends up to the text after it stay with it.
    const std::size_t labelEnd = label.colon.begin;
    std::size_t rest = label.length;
    while (rest < text.size() && text[rest] == ' ') ++rest;
    std::vector<std::size_t> labelPageEnds;
    for (auto offset : paragraph.pageEnds)
      if (offset < rest || (rest == text.size() && offset == rest))
        labelPageEnds.push_back(std::min(offset, labelEnd));
    block.speech.from = inlinesOf(text.substr(0, labelEnd), labelPageEnds, std::move(from));
    audit_.removed("label-delimiter", paragraph.firstLine, paragraph.firstLine,
                   std::string(label.colon.in(text)),
                   "the colon that ends a speaker label is markup, not text");
    section().blocks.push_back(std::move(block));
    speaking_ = true;
    presiding_ = label.title && label.title->presiding;
    nationalCapacity_ = false;
    for (const auto& run : section().blocks.back().speech.from)
      if (run.kind != InlineKind::PageEnd) speaker.from.push_back(run);
    lastSpeaker_ = speaker;
    if (rest < text.size()) addParagraphFrom(paragraph, rest);
  }

  std::optional<Span> languageSpan(const RawParagraph& paragraph, const LabelMatch& note) {
    if (!note.note.found()) return std::nullopt;
    const std::string_view name = note.language.in(paragraph.text);
    const std::string_view code = grammar_.languageCode(name);
    if (code.empty()) {
      audit_.warn(paragraph.firstLine, "unknown language name '" + std::string(name) +
                                           "' in a language note; kept as text");
      return std::nullopt;
    }
    return Span{note.note, InlineKind::Language, registry_.language(code, name), TimeEvent::None};
  }

  // A turn interrupted by a procedural line (a change of chair, say) goes on
  // in a new speech that repeats the turn's label, so that every speech says
  // who speaks; the repeated text is recorded as inserted.
  void continueSpeech(const Speaker& speaker, const RawParagraph& paragraph) {
    Block block;
    block.kind = BlockKind::Speech;
    block.speech.by = speaker.by;
    block.speech.as = speaker.as;
    block.speech.from = speaker.from;
    block.speech.continued = true;
    audit_.inserted("continued-label", paragraph.firstLine, paragraph.firstLine,
                    plainText(speaker.from),
                    "the label of an interrupted turn, repeated where the turn goes on");
    block.speech.source = {paragraph.firstLine, paragraph.lastLine};
    section().blocks.push_back(std::move(block));
    speaking_ = true;
  }

  void addLanguageSwitch(const RawParagraph& paragraph, const LabelMatch& note) {
    std::vector<Span> spans;
    if (auto span = languageSpan(paragraph, note)) spans.push_back(*span);
    speech().items.push_back({paragraphOf(paragraph, 0, std::move(spans))});
  }

  void addParagraph(const RawParagraph& paragraph) { addParagraphFrom(paragraph, 0); }

  // The chair's paragraphs between "I shall now make a statement in my capacity
  // as the representative of X" and "I now resume my functions as President"
  // are said for its State: they stay in the turn, marked.
  void addParagraphFrom(const RawParagraph& paragraph, std::size_t offset) {
    const std::string_view text = std::string_view(paragraph.text).substr(offset);
    const bool resumes = presiding_ && nationalCapacity_ && grammar_.resumesPresidency(text);
    if (resumes) {
      audit_.inferred("resumes-presidency", paragraph.firstLine, paragraph.lastLine,
                      "the chair resumes the presidency");
      nationalCapacity_ = false;
    }
    SpeechItem item{paragraphOf(paragraph, offset, symbolSpans(text, offset))};
    item.nationalCapacity = nationalCapacity_;
    speech().items.push_back(std::move(item));
    if (presiding_ && !nationalCapacity_ && !resumes) {
      if (auto country = grammar_.nationalCapacity(text)) {
        audit_.inferred("national-capacity", paragraph.firstLine, paragraph.lastLine,
                        "the chair speaks as the representative of " +
                            std::string(country->in(text)) + " until it resumes the presidency");
        nationalCapacity_ = true;
      }
    }
  }

  // --- inline content -------------------------------------------------------

  std::vector<Span> symbolSpans(std::string_view text, std::size_t offset) const {
    std::vector<Span> spans;
    for (auto piece : grammar_.documentSymbols(text)) {
      std::string href =
          "https://undocs.org/" + std::string(profile_.code) + "/" + std::string(piece.in(text));
      spans.push_back({{piece.begin + offset, piece.end + offset},
                       InlineKind::DocumentRef,
                       href,
                       TimeEvent::None});
    }
    return spans;
  }

  // The page ends of a paragraph from `begin` on, as offsets from `begin`.
  static std::vector<std::size_t> pageEndsFrom(const RawParagraph& paragraph, std::size_t begin) {
    std::vector<std::size_t> offsets;
    for (auto offset : paragraph.pageEnds)
      if (offset >= begin) offsets.push_back(offset - begin);
    return offsets;
  }

  Paragraph paragraphOf(const RawParagraph& paragraph, std::size_t offset,
                        std::vector<Span> spans) {
    if (spans.empty() && offset == 0) spans = symbolSpans(paragraph.text, 0);
    for (auto& span : spans) span.where.begin -= offset, span.where.end -= offset;
    Paragraph out;
    out.source = {paragraph.firstLine, paragraph.lastLine};
    std::string_view text = std::string_view(paragraph.text).substr(offset);
    out.content = inlinesOf(text, pageEndsFrom(paragraph, offset), std::move(spans));
    return out;
  }

  // Cuts `text` into inline runs at the spans and the page ends (offsets into text).
  Inlines inlinesOf(std::string_view text, const std::vector<std::size_t>& pageEnds,
                    std::vector<Span> spans) {
    std::sort(spans.begin(), spans.end(),
              [](const Span& a, const Span& b) { return a.where.begin < b.where.begin; });
    Inlines out;
    std::size_t position = 0, nextPage = 0;
    auto plain = [&](std::size_t upTo) {
      while (nextPage < pageEnds.size() && pageEnds[nextPage] <= upTo) {
        appendText(out, text.substr(position, pageEnds[nextPage] - position));
        position = pageEnds[nextPage++];
        out.push_back({InlineKind::PageEnd, {}, pageNumber(), TimeEvent::None});
      }
      appendText(out, text.substr(position, upTo - position));
      position = upTo;
    };
    for (const auto& span : spans) {
      if (span.where.begin < position || span.where.end > text.size()) continue;  // overlapping
      plain(span.where.begin);
      const bool pageInside = std::any_of(pageEnds.begin(), pageEnds.end(), [&](std::size_t p) {
        return p > span.where.begin && p < span.where.end;
      });
      if (pageInside) continue;  // a page break inside: leave it plain text
      out.push_back({span.kind, std::string(span.where.in(text)), span.ref, span.event});
      position = span.where.end;
    }
    plain(text.size());
    return out;
  }

  static void appendText(Inlines& out, std::string_view text) {
    if (text.empty()) return;
    if (!out.empty() && out.back().kind == InlineKind::Text) {
      out.back().text += text;
      return;
    }
    out.push_back({InlineKind::Text, std::string(text), {}, TimeEvent::None});
  }

  std::string pageNumber() {
    const int index = pagesSeen_++;
    return firstPage_ ? std::to_string(*firstPage_ + index) : std::string();
  }

  std::string_view withoutHonorific(std::string_view name) const {
    for (auto honorific : profile_.honorifics) {
      if (name.size() > honorific.size() &&
          name.substr(name.size() - honorific.size()) == honorific)
        return name.substr(0, name.size() - honorific.size());
      if (name.size() > honorific.size() && name.substr(0, honorific.size()) == honorific)
        return text::trim(name.substr(honorific.size()));
    }
    return name;
  }

  const Grammar& grammar_;
  const LanguageProfile& profile_;
  Meeting meeting_;
  Registry registry_;
  Audit& audit_;
  std::optional<int> firstPage_;
  std::string bodyId_;
  int pagesSeen_ = 0;
  bool speaking_ = false;
  bool presiding_ = false;
  bool nationalCapacity_ = false;
  std::optional<Speaker> lastSpeaker_;
};

}  // namespace

Meeting recognise(const std::vector<RawParagraph>& paragraphs, const Grammar& grammar,
                  const Metadata& meta, std::optional<int> firstPage, Audit& audit) {
  return Recogniser(grammar, meta, firstPage, audit).run(paragraphs);
}

}  // namespace verbatim
