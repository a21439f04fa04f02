// The language profiles on their synthetic records: each record is read with
// no metadata flags (its cover page gives symbol and date, its language is
// guessed) and must give the reading its fixture's expected/*.reading.txt
// states: metadata, sections, headings, procedural lines with their times,
// every turn (speaker, State, language, role), every paragraph's text, the
// national-capacity paragraphs, the vote lists (each State resolved to its
// ISO 3166 code) and the printed pages. tests/languages/synthetic.py writes
// both the records and the readings, from the content it lays out; a
// person reads the readings (fixtures/<lang>/README.md), the converter has to
// find them.
#include <gtest/gtest.h>
#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <vector>

#include "akn/writer.hpp"
#include "core/conservation.hpp"
#include "raw/profile.hpp"
#include "raw/read_raw.hpp"
#include "support/support.hpp"
#include "validate/akn_gate.hpp"
#include "validate/validator.hpp"

namespace verbatim {
namespace {

struct Fixture {
  const char* name;      // for test names
  const char* language;  // the language the record is in
  const char* record;    // under fixtures/
  const char* reading;   // under fixtures/: the expected reading
  // Each line given as the page shows it from left to right, as an
  // extraction in visual order gives a right-to-left record.
  bool displayOrder = false;
};

const Fixture kFixtures[] = {
    {"French", "fr", "fr/S_PV.99990.txt", "fr/expected/S_PV.99990.reading.txt"},
    {"Spanish", "es", "es/S_PV.99991.txt", "es/expected/S_PV.99991.reading.txt"},
    {"Russian", "ru", "ru/S_PV.99992.txt", "ru/expected/S_PV.99992.reading.txt"},
    {"Arabic", "ar", "ar/S_PV.99993.txt", "ar/expected/S_PV.99993.reading.txt"},
    // The same record as an extraction in visual order gives it: the same reading.
    {"ArabicInVisualOrder", "ar", "ar/S_PV.99993.visual.txt", "ar/expected/S_PV.99993.reading.txt"},
    // The same record with every line turned round: the same reading.
    {"ArabicLinesInDisplayOrder", "ar", "ar/S_PV.99993.txt", "ar/expected/S_PV.99993.reading.txt",
     true},
    {"Chinese", "zh", "zh/S_PV.99994.txt", "zh/expected/S_PV.99994.reading.txt"},
};

std::filesystem::path fixture(const char* relative) {
  return testing::sourceDir() / "fixtures" / relative;
}

// A line as a right-to-left page shows it, read from left to right: the
// Unicode bidirectional algorithm's display order, brackets mirrored.
std::string inDisplayOrder(const std::string& line) {
  const icu::UnicodeString logical = icu::UnicodeString::fromUTF8(line);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UBiDi, decltype(&ubidi_close)> bidi(ubidi_open(), ubidi_close);
  ubidi_setPara(bidi.get(), logical.getBuffer(), logical.length(), UBIDI_RTL, nullptr, &status);
  std::vector<UChar> shown(static_cast<std::size_t>(logical.length()) + 16);
  const int32_t length =
      ubidi_writeReordered(bidi.get(), shown.data(), static_cast<int32_t>(shown.size()),
                           UBIDI_DO_MIRRORING | UBIDI_KEEP_BASE_COMBINING, &status);
  if (U_FAILURE(status)) throw std::runtime_error("ubidi: " + std::string(u_errorName(status)));
  std::string out;
  icu::UnicodeString(shown.data(), length).toUTF8String(out);
  return out;
}

// Lines with a letter of the right-to-left script turned round; the others
// (job numbers, symbols, form feeds) as they are.
std::string linesInDisplayOrder(const std::string& text) {
  std::string out;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    const icu::UnicodeString letters = icu::UnicodeString::fromUTF8(line);
    bool rightToLeft = false;
    for (int32_t i = 0; i < letters.length(); i = letters.moveIndex32(i, 1))
      rightToLeft = rightToLeft || u_charDirection(letters.char32At(i)) == U_RIGHT_TO_LEFT_ARABIC;
    out += rightToLeft ? inDisplayOrder(line) : line;
    if (end < text.size()) out += '\n';
    start = end + 1;
  }
  return out;
}

RawReading read(const Fixture& f) {
  std::string text = testing::readText(fixture(f.record));
  if (f.displayOrder) text = linesInDisplayOrder(text);
  auto result = readRawRecord(text, f.record, RawOptions{});
  if (!result.ok()) throw std::runtime_error(describe(result.error()));
  return std::move(result.value());
}

const char* sectionName(SectionKind kind) {
  switch (kind) {
    case SectionKind::Opening: return "opening";
    case SectionKind::AdoptionOfAgenda: return "adoptionOfAgenda";
    case SectionKind::AgendaItem: return "agendaItem";
    case SectionKind::SubItem: return "subItem";
    case SectionKind::Address: return "address";
    case SectionKind::Other: return "other";
  }
  return "?";
}

std::string textOf(const Inlines& content, InlineKind kind) {
  for (const auto& run : content)
    if (run.kind == kind) return run.text;
  return {};
}

std::string refOf(const Inlines& content, InlineKind kind) {
  for (const auto& run : content)
    if (run.kind == kind) return run.ref;
  return {};
}

std::string orDash(const std::string& s) { return s.empty() ? "-" : s; }

std::string personName(const Meeting& meeting, const std::string& id) {
  for (const auto& person : meeting.people)
    if (person.id == id) return person.name;
  return "?" + id;
}

// The reading in the form of expected/*.reading.txt (see synthetic.py).
std::string outline(const Meeting& meeting) {
  std::string out;
  auto line = [&](const std::string& text) { out += text + "\n"; };
  const Metadata& meta = meeting.meta;
  line("symbol " + meta.symbol);
  line("date " + meta.date);
  line("language " + meta.language);
  line("body " + meta.body);
  line("meeting " + meta.meetingNumber);
  line("start " + meta.startTime);
  line("presidency " + meta.presidency);
  line("president " + personName(meeting, meta.president));
  std::string members;
  for (const auto& member : meta.members)
    members +=
        (members.empty() ? "" : ", ") + member.state + "=" + personName(meeting, member.person);
  line("members " + members);
  for (const auto& item : meta.agenda) line("agenda " + item);

  std::string pages;
  auto collectPages = [&](const Inlines& content) {
    for (const auto& run : content)
      if (run.kind == InlineKind::PageEnd) pages += " " + run.ref;
  };
  std::string body;
  auto add = [&](const std::string& text) { body += text + "\n"; };
  for (const auto& section : meeting.sections) {
    add(std::string("section ") + sectionName(section.kind));
    for (const auto& block : section.blocks) {
      switch (block.kind) {
        case BlockKind::Heading:
          collectPages(block.heading.text.content);
          add("heading " + plainText(block.heading.text.content));
          break;
        case BlockKind::Narrative: {
          const auto& narrative = block.narrative;
          collectPages(narrative.text.content);
          std::string kind(narrativeKindName(narrative.kind));
          std::string times;
          for (const auto& run : narrative.text.content)
            if (run.kind == InlineKind::Time) times += " [" + run.ref.substr(11, 5) + "]";
          add("narrative " + (kind.empty() ? std::string("other") : kind) + times + " " +
              plainText(narrative.text.content));
          break;
        }
        case BlockKind::Speech: {
          const Speech& speech = block.speech;
          collectPages(speech.from);
          const std::string speaker =
              textOf(speech.from, InlineKind::Person) + textOf(speech.from, InlineKind::Role);
          add(std::string(speech.continued ? "speech+ " : "speech ") + speaker + " | " +
              orDash(textOf(speech.from, InlineKind::Organization)) + " | " +
              orDash(refOf(speech.from, InlineKind::Language)) + " | " + orDash(speech.as));
          for (const auto& item : speech.items) {
            collectPages(item.paragraph.content);
            if (item.isLanguageSwitch())
              add("  switch " + item.paragraph.content[0].ref);
            else
              add(std::string(item.nationalCapacity ? "  p* " : "  p ") +
                  plainText(item.paragraph.content));
          }
          break;
        }
        case BlockKind::Vote:
          add("vote");
          for (const auto& list : block.vote.lists) {
            collectPages(list.label.content);
            collectPages(list.members.content);
            std::string ids;
            for (const auto& run : list.members.content)
              if (run.kind == InlineKind::Organization) ids += (ids.empty() ? "" : " ") + run.ref;
            add("  " + std::string(voteChoiceName(list.choice)) + " " + orDash(ids));
          }
          break;
      }
    }
  }
  line("pages" + pages);
  return out + body;
}

class SyntheticRecord : public ::testing::TestWithParam<Fixture> {
 protected:
  static RawReading& reading(const Fixture& f) {
    static std::map<std::string, std::unique_ptr<RawReading>> cache;
    auto& slot = cache[f.name];
    if (!slot) slot = std::make_unique<RawReading>(read(f));
    return *slot;
  }
};

TEST_P(SyntheticRecord, ReadsAsThePersonReadsIt) {
  const Fixture& f = GetParam();
  const std::string expected = testing::readText(fixture(f.reading));
  const std::string actual = outline(reading(f).meeting);
  if (actual != expected) {
    // For a person comparing the two: the reading as made, beside the expected one.
    const auto made = std::filesystem::temp_directory_path() /
                      (std::string("verbatim-") + f.name + ".reading.txt");
    testing::writeText(made, actual);
    ADD_FAILURE() << f.record << " does not read as " << f.reading << "; the reading made is in "
                  << made.string() << " (diff -u the two)";
  }
}

TEST_P(SyntheticRecord, TheLanguageIsGuessedAndTheCoverGivesTheMetadata) {
  const Fixture& f = GetParam();
  const Metadata& meta = reading(f).meeting.meta;
  EXPECT_EQ(meta.language, f.language);
  EXPECT_FALSE(meta.symbol.empty());
  EXPECT_TRUE(isIsoDate(meta.date)) << meta.date;
  EXPECT_EQ(reading(f).dialect, "pdftotext");
}

TEST_P(SyntheticRecord, EveryCharacterIsInTheRecordOrTheAudit) {
  const RawReading& r = reading(GetParam());
  auto report = checkConservation(r.decodedText, meetingText(r.meeting), r.audit.removedText(),
                                  r.audit.insertedText());
  EXPECT_TRUE(report.ok()) << report.summary();
}

TEST_P(SyntheticRecord, NoPageFurnitureIsLeftInTheText) {
  const Fixture& f = GetParam();
  const std::string text = meetingText(reading(f).meeting);
  const std::string symbol = reading(f).meeting.meta.symbol;
  // The symbol appears in the text only as the document it is (never here),
  // the job number and the barcode never.
  EXPECT_EQ(text.find(symbol), std::string::npos);
  for (const char* furniture : {"26-0", "*260"})
    EXPECT_EQ(text.find(furniture), std::string::npos) << furniture;
}

TEST_P(SyntheticRecord, TheAknPassesTheGate) {
  const Fixture& f = GetParam();
  const std::string xml = writeAkn(reading(f).meeting);
  auto document = parseXml(xml, f.record);
  ASSERT_TRUE(document.ok()) << describe(document.error());
  auto problems = checkAkn(document.value());
  EXPECT_TRUE(problems.empty()) << formatDiagnostic(f.record, problems.at(0));
}

TEST_P(SyntheticRecord, TheAknIsValidAgainstTheOasisSchema) {
  REQUIRE_SHARED();
  static std::unique_ptr<Schema> schema = [] {
    auto compiled =
        Schema::fromFile((testing::sharedDir() / "schemas/akn/akomantoso30.xsd").string());
    if (!compiled) throw std::runtime_error(describe(compiled.error()));
    return std::move(compiled.value());
  }();
  const Fixture& f = GetParam();
  auto document = parseXml(writeAkn(reading(f).meeting), f.record);
  ASSERT_TRUE(document.ok());
  auto problems = schema->validate(document.value());
  EXPECT_TRUE(problems.empty()) << formatDiagnostic(f.record, problems.at(0));
}

INSTANTIATE_TEST_SUITE_P(Languages, SyntheticRecord, ::testing::ValuesIn(kFixtures),
                         [](const auto& info) { return std::string(info.param.name); });

// --- Arabic in visual order ---------------------------------------------------

TEST(ArabicVisualOrder, TheRepairsAreInTheAuditAndOnlyThere) {
  RawReading visual = read(kFixtures[4]);
  RawReading logical = read(kFixtures[3]);
  int repairs = 0;
  for (const auto& entry : visual.audit.entries())
    if (entry.kind == "visual-order" && entry.action == AuditAction::Repaired) {
      ++repairs;
      // The entry keeps the line as extracted: it is not the logical text.
      EXPECT_EQ(logical.decodedText.find(entry.text), std::string::npos) << entry.text;
      EXPECT_NE(visual.decodedText.find(entry.text), std::string::npos) << entry.text;
    }
  EXPECT_GT(repairs, 20);
  for (const auto& entry : logical.audit.entries()) EXPECT_NE(entry.kind, "visual-order");
  EXPECT_EQ(visual.meeting, logical.meeting);
}

// --- Guessing the language of a short record ------------------------------------

// The first lines of a record, cut at a line's end: a one-page record is
// little more than its cover page (names, States, the agenda).
std::string firstLines(const std::string& text, std::size_t bytes) {
  const std::size_t end = text.rfind('\n', bytes);
  return text.substr(0, end == std::string::npos ? bytes : end);
}

TEST_P(SyntheticRecord, TheLanguageOfItsCoverPageAloneIsRecognised) {
  const Fixture& f = GetParam();
  const std::string text = testing::readText(fixture(f.record));
  const std::string cover = firstLines(text, 1200);
  const LanguageProfile* guessed = guessLanguage(cover);
  ASSERT_NE(guessed, nullptr) << cover;
  EXPECT_EQ(guessed->code, f.language);
}

// A Chinese cover's masthead alone, with the opening and closing lines: its
// meeting and its place are the language's words too (round BE: refused as
// a language not recognised).
TEST(LanguageGuess, AChineseMastheadAloneIsChinese) {
  const LanguageProfile* guessed = guessLanguage(
      "S/PV.6834\n\n联合国\n\n安全理事会\n第六十七年\n\n临时\n\n第6834次会议\n\n"
      "2012年9月20日，星期四，上午10时\n纽约\n上午10时05分开会。\n中午12时10分散会。\n");
  ASSERT_NE(guessed, nullptr);
  EXPECT_EQ(guessed->code, "zh");
}

TEST(LanguageGuess, TheScriptChoosesBeforeTheWords) {
  // Two Russian sentences: too few words for a share of common words to
  // stand out among all the text's, but no other profile writes Cyrillic.
  const LanguageProfile* guessed = guessLanguage(
      "Председатель: Я благодарю представителя Франции за его заявление.\n"
      "Заседание закрывается в 11 ч. 05 м.\n"
      "Совет Безопасности продолжит рассмотрение этого вопроса.\n");
  ASSERT_NE(guessed, nullptr);
  EXPECT_EQ(guessed->code, "ru");
  // Vowel marks do not hide an Arabic word.
  guessed = guessLanguage(
      "الرئيس: أُعطي الكلمة الآن لممثل فرنسا.\nقرر مجلس الأمن أن يدعو ممثل الجزائر "
      "إلى المشاركة في هذه الجلسة.\nرُفعت الجلسة في الساعة 11:05.\n");
  ASSERT_NE(guessed, nullptr);
  EXPECT_EQ(guessed->code, "ar");
}

TEST(LanguageGuess, ALanguageWithNoProfileIsNotTakenForOneInItsScript) {
  const std::string text = testing::readText(fixture("de/S_PV.99995.txt"));
  EXPECT_EQ(guessLanguage(text), nullptr);
  EXPECT_EQ(guessLanguage(firstLines(text, 1200)), nullptr);
}

// --- A language with no profile -------------------------------------------------

TEST(UnknownLanguage, ConvertsAsParagraphsWithAWarning) {
  const std::string text = testing::readText(fixture("de/S_PV.99995.txt"));
  RawOptions options;
  options.meta.language = "de";
  options.meta.date = "2026-03-16";
  auto result = readRawRecord(text, "S_PV.99995.txt", options);
  ASSERT_TRUE(result.ok()) << describe(result.error());
  const RawReading& r = result.value();
  EXPECT_EQ(r.meeting.meta.symbol, "S/PV.99995");  // found on the first page
  const MeetingCounts counts = countContent(r.meeting);
  EXPECT_EQ(counts.turns, 0);
  EXPECT_GE(counts.narratives + counts.headings, 8);
  int noProfile = 0;
  for (const auto& warning : r.audit.warnings())
    if (warning.message.find("no language profile for 'de'") != std::string::npos) ++noProfile;
  EXPECT_EQ(noProfile, 1);
  auto report = checkConservation(r.decodedText, meetingText(r.meeting), r.audit.removedText(),
                                  r.audit.insertedText());
  EXPECT_TRUE(report.ok()) << report.summary();
  auto document = parseXml(writeAkn(r.meeting), "S_PV.99995.txt");
  ASSERT_TRUE(document.ok());
  EXPECT_TRUE(checkAkn(document.value()).empty());
}

// Every paragraph of such a record is outside any speech: one warning says it
// for the record, not one a paragraph.
TEST(UnknownLanguage, WarnsOnce) {
  const std::string text = testing::readText(fixture("de/S_PV.99995.txt"));
  RawOptions options;
  options.meta.language = "de";
  options.meta.date = "2026-03-16";
  auto result = readRawRecord(text, "S_PV.99995.txt", options);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().audit.warnings().size(), 1u);
}

TEST(UnknownLanguage, WithoutALanguageFlagTheRecordIsRefused) {
  const std::string text = testing::readText(fixture("de/S_PV.99995.txt"));
  auto result = readRawRecord(text, "S_PV.99995.txt", RawOptions{});
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("--lang"), std::string::npos);
}

}  // namespace
}  // namespace verbatim
