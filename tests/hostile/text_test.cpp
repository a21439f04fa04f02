// Hostile raw text: bytes that are not text, text in every encoding a record
// arrives in, and characters that markup or XML cannot take as they are.
#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <nlohmann/json.hpp>
#include <random>

#include "hostile/hostile.hpp"

namespace verbatim::hostile {
namespace {

using testing::readText;

// The fixture in another charset, through ICU.
std::string encoded(const char* charset) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(fixtureText());
  std::string out(static_cast<std::size_t>(text.length()) * 4 + 16, '\0');
  const int32_t length =
      text.extract(0, text.length(), out.data(), static_cast<uint32_t>(out.size()), charset);
  out.resize(static_cast<std::size_t>(length));
  return out;
}

// The offset just after the first line end at or after `from`: a character boundary.
std::size_t lineStartAfter(const std::string& text, std::size_t from) {
  return text.find('\n', from) + 1;
}

// The line (1-based) that byte `offset` is on.
int lineOf(const std::string& text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

std::vector<std::string> flagsAnd(std::vector<std::string> more) {
  auto flags = recordFlags();
  flags.insert(flags.end(), more.begin(), more.end());
  return flags;
}

// pdftotext text with one line of a hundred thousand words among ordinary
// ones: the compound-hyphen repair takes it for many printed lines joined and
// looks for each line break in it. The work grows with the line, no faster:
// the run ends (ctest's timeout would stop a quadratic one) with a record.
TEST(HostileText, AVeryLongLineAmongPrintedLinesConverts) {
  Scene scene;
  const std::string line =
      "The representative said that the capacity and the building of peace "
      "and keeping of the Inter American level are high.\n";
  std::string text = "\f";
  for (int i = 0; i < 400; ++i) text += line;
  std::string giant;
  while (giant.size() < 900'000) giant += "capacitybuilding InterAmerican peacekeeping of the ";
  text += giant + "\n" + line;
  const auto file = scene.in("long-line.txt").string();
  testing::writeText(file, text);
  const auto run = scene.convert(
      file, {"--symbol", "S/PV.1", "--date", "2023-07-18", "--lang", "en", "--to", "akn"});
  EXPECT_EQ(run.exitCode, 0) << run.err;
  EXPECT_TRUE(std::filesystem::exists(scene.out() / "S_PV.1.en.akn.xml"));
}

TEST(HostileText, InvalidUtf8AtTheStart) {
  Scene scene;
  auto file = scene.input("start.txt", "\xFF" + fixtureText());
  scene.expectRefused(scene.convert(file, recordFlags()), 1,
                      "start.txt:1:", {"invalid UTF-8", "byte offset 0", "0xFF"});
}

TEST(HostileText, InvalidUtf8InTheMiddle) {
  Scene scene;
  std::string text = fixtureText();
  const std::size_t at = lineStartAfter(text, text.size() / 2);
  text.insert(at, "\xC3\x28");  // a lead byte, then ASCII
  auto file = scene.input("middle.txt", text);
  scene.expectRefused(scene.convert(file, recordFlags()), 1,
                      "middle.txt:" + std::to_string(lineOf(text, at)) + ":",
                      {"invalid UTF-8", "byte offset " + std::to_string(at), "0xC3"});
}

TEST(HostileText, InvalidUtf8AtTheEnd) {
  Scene scene;
  const std::string text = fixtureText() + "\xE4\xB8";  // a character cut short
  auto file = scene.input("end.txt", text);
  scene.expectRefused(scene.convert(file, recordFlags()), 1,
                      "end.txt:" + std::to_string(lineOf(text, text.size() - 2)) + ":",
                      {"invalid UTF-8", "byte offset " + std::to_string(text.size() - 2)});
}

// UTF-16 in either byte order, with or without a byte-order mark, is read as
// the same record: the AKN is the golden file's, byte for byte.
TEST(HostileText, Utf16InBothByteOrdersWithAndWithoutBomConverts) {
  const std::pair<const char*, std::string> forms[] = {
      {"UTF-16LE", ""}, {"UTF-16LE", "\xFF\xFE"}, {"UTF-16BE", ""}, {"UTF-16BE", "\xFE\xFF"}};
  for (const auto& [charset, bom] : forms) {
    SCOPED_TRACE(std::string(charset) + (bom.empty() ? " without BOM" : " with BOM"));
    Scene scene;
    auto file = scene.input("utf16.txt", bom + encoded(charset));
    auto run = scene.convert(file, recordFlags());
    scene.expectConverted(run);
    EXPECT_EQ(readText(scene.out() / "S_PV.9381.zh.akn.xml"), goldenAkn());
  }
}

TEST(HostileText, Gb18030Converts) {
  Scene scene;
  auto file = scene.input("gb.txt", encoded("GB18030"));
  auto run = scene.convert(file, flagsAnd({"--report", (scene.root() / "report.json").string()}));
  scene.expectConverted(run);
  EXPECT_EQ(readText(scene.out() / "S_PV.9381.zh.akn.xml"), goldenAkn());
  auto report = nlohmann::json::parse(readText(scene.root() / "report.json"));
  EXPECT_EQ(report["documents"][0]["encoding"], "GB18030");
}

// The Arabic fixture saved in windows-1256: no UTF-8, no binary data either;
// the message names the charset it reads as, which then converts it, as the
// same text in UTF-8 does.
TEST(HostileText, TextInALegacyCharsetIsNamedNotCalledBinary) {
  const std::string utf8 = readText(testing::sourceDir() / "fixtures/ar/S_PV.99993.txt");
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::string legacy(static_cast<std::size_t>(text.length()) * 2 + 16, '\0');
  legacy.resize(static_cast<std::size_t>(text.extract(
      0, text.length(), legacy.data(), static_cast<uint32_t>(legacy.size()), "windows-1256")));
  Scene scene;
  auto file = scene.input("ar1256.txt", legacy);
  scene.expectRefused(scene.convert(file, {}), 1, "ar1256.txt",
                      {"invalid UTF-8", "windows-1256", "--encoding windows-1256"});
  const auto run = scene.convert(file, {"--encoding", "windows-1256"});
  EXPECT_EQ(run.exitCode, 0) << run.err;
  EXPECT_TRUE(std::filesystem::exists(scene.out() / "S_PV.99993.ar.akn.xml")) << run.err;
}

TEST(HostileText, NulBytes) {
  Scene scene;
  std::string text = fixtureText();
  const std::size_t at = lineStartAfter(text, 1000);
  text.insert(at, std::string(1, '\0'));
  auto file = scene.input("nul.txt", text);
  scene.expectRefused(scene.convert(file, recordFlags()), 1,
                      "nul.txt:" + std::to_string(lineOf(text, at)) + ":",
                      {"NUL", "byte offset " + std::to_string(at), "binary data"});
}

TEST(HostileText, RandomBinary) {
  std::mt19937 random(20260406);
  std::string bytes(100000, '\0');
  for (auto& byte : bytes) byte = static_cast<char>(random());
  Scene scene;
  auto file = scene.input("random.bin", bytes);
  scene.expectRefused(scene.convert(file, recordFlags()), 1, "random.bin", {"binary data"});
}

// A web page saved with a comment before its root is markup all the same,
// refused in words, never read as the prose of a record.
TEST(HostileText, AWebPageThatBeginsWithACommentIsRefusedAsMarkup) {
  Scene scene;
  auto file = scene.input("page.html",
                          "<!-- saved from https://www.un.org/ -->\n<!-- another -->\n"
                          "<html><body><p>The President: I thank the members.</p></body></html>\n");
  scene.expectRefused(scene.convert(file, recordFlags()), 1, "page.html",
                      {"XML or HTML document", "<html>"});
}

TEST(HostileText, APdfPassedByMistake) {
  Scene scene;
  std::string pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
  if (!testing::sharedDir().empty())
    pdf = readText(testing::sharedDir() / "corpus/en/S_PV.10100.pdf");
  auto file = scene.input("S_PV.10100.pdf", pdf);
  scene.expectRefused(scene.convert(file, recordFlags()), 1, "S_PV.10100.pdf",
                      {"PDF", "extract the text first", "pdftotext"});
}

TEST(HostileText, AnEmptyFile) {
  Scene scene;
  auto file = scene.input("empty.txt", "");
  scene.expectRefused(scene.convert(file, recordFlags()), 1, "empty.txt", {"empty"});
}

TEST(HostileText, WhiteSpaceOnly) {
  Scene scene;
  auto file = scene.input("blank.txt", " \n\t\r\n   \n\xE3\x80\x80\n\n");
  scene.expectRefused(scene.convert(file, recordFlags()), 1, "blank.txt", {"only white space"});
}

TEST(HostileText, AnXmlFileThatIsNotAkn) {
  Scene scene;
  auto file = scene.input("record.tei.xml",
                          "<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"
                          "<text><body><p>主席：我宣布会议开始。</p></body></text></TEI>\n");
  scene.expectRefused(scene.convert(file, recordFlags()), 1,
                      "record.tei.xml:1:", {"XML or HTML document", "<TEI>", "not the raw text"});
}

// An AKN file saved in UTF-16 is XML in the wrong encoding, and said so as
// validate says it, with what to do; never "not the raw text of a record".
TEST(HostileText, AnAknFileInUtf16IsRefusedWithWhatToDo) {
  Scene scene;
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<akomaNtoso "
      "xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"/>\n";
  std::string utf16 = "\xFF\xFE";
  for (char c : xml) utf16 += std::string{c, '\0'};
  auto file = scene.input("record.akn.xml", utf16);
  scene.expectRefused(scene.convert(file, recordFlags()), 1,
                      "record.akn.xml:1:", {"XML in UTF-16", "UTF-8 only", "iconv"});
}

// Markup characters are text: escaped in every output, never markup.
TEST(HostileText, AmpersandLessThanAndCdataEndAreText) {
  Scene scene;
  std::string text = fixtureText();
  text.insert(lineStartAfter(text, 3000), "A & B < C ]]> D <b>bold</b> &amp;\n");
  auto file = scene.input("markup.txt", text);
  scene.expectConverted(scene.convert(file, recordFlags()));
  const std::string akn = readText(scene.out() / "S_PV.9381.zh.akn.xml");
  EXPECT_NE(akn.find("A &amp; B &lt; C ]]&gt; D &lt;b&gt;bold&lt;/b&gt; &amp;amp;"),
            std::string::npos);
  auto valid = runArgs({"validate", (scene.out() / "S_PV.9381.zh.akn.xml").string()});
  EXPECT_EQ(valid.exitCode, 0) << valid.out << valid.err;
}

// Bidirectional formatting characters steer display and are no text
// (pdftotext writes them round every right-to-left line): taken out, the
// text they steered kept.
TEST(HostileText, BidiControlsAreTakenOutAndTheirTextKept) {
  Scene scene;
  const std::string bidi = "\u202Eabc\u202C \u2067\u0627\u0644\u2069 \u200F";
  std::string text = fixtureText();
  text.insert(lineStartAfter(text, 3000), "X " + bidi + " Y\n");
  auto file = scene.input("bidi.txt", text);
  scene.expectConverted(scene.convert(file, recordFlags()));
  const std::string akn = readText(scene.out() / "S_PV.9381.zh.akn.xml");
  EXPECT_NE(akn.find("X abc \u0627\u0644"), std::string::npos);
  for (const char* control : {"\u202E", "\u202C", "\u2067", "\u2069", "\u200F"})
    EXPECT_EQ(akn.find(control), std::string::npos) << control;
}

TEST(HostileText, UnpairedHighSurrogateInUtf16) {
  Scene scene;
  std::string bytes = "\xFF\xFE" + encoded("UTF-16LE");
  const std::size_t at = 2 + 2 * 1000;
  bytes.insert(at, std::string("\x00\xD8", 2));
  auto file = scene.input("surrogate.txt", bytes);
  scene.expectRefused(
      scene.convert(file, recordFlags()), 1, "surrogate.txt:",
      {"not valid UTF-16LE", "unpaired surrogate", "byte offset " + std::to_string(at)});
}

TEST(HostileText, UnpairedLowSurrogateInUtf16BigEndian) {
  Scene scene;
  std::string bytes = "\xFE\xFF" + encoded("UTF-16BE");
  const std::size_t at = 2 + 2 * 500;
  bytes.insert(at, std::string("\xDC\x00", 2));
  auto file = scene.input("low.txt", bytes);
  scene.expectRefused(
      scene.convert(file, recordFlags()), 1, "low.txt:",
      {"not valid UTF-16BE", "unpaired surrogate", "byte offset " + std::to_string(at)});
}

// Decision: noncharacters (U+FFFF, U+FFFE, U+FDD0…, U+1FFFF…) and control
// characters are never text. They are removed, each listed in the report
// with its line, and the record converts; --strict does not refuse them
// (a removal is not a warning).
TEST(HostileText, NoncharactersAndControlsAreRemovedAndReported) {
  Scene scene;
  std::string text = fixtureText();
  const std::size_t at = lineStartAfter(text, 3000);
  text.insert(at, "K\uFFFF\uFFFE\uFDD0\U0001FFFE\x01\x0B\x7FL\n");
  auto file = scene.input("nonchar.txt", text);
  auto run = scene.convert(file, flagsAnd({"--report", (scene.root() / "report.json").string()}));
  scene.expectConverted(run);
  for (const auto& name : scene.listOut()) {
    if (name.ends_with(".epub")) continue;  // compressed
    const std::string bytes = readText(scene.out() / name);
    for (const char* gone : {"\uFFFF", "\uFFFE", "\uFDD0", "\U0001FFFE", "\x01", "\x0B", "\x7F"})
      EXPECT_EQ(bytes.find(gone), std::string::npos) << name;
  }
  EXPECT_NE(readText(scene.out() / "S_PV.9381.zh.akn.xml").find("KL"), std::string::npos);
  auto report = nlohmann::json::parse(readText(scene.root() / "report.json"));
  std::string removed;
  for (const auto& change : report["documents"][0]["changes"]) {
    const std::string kind = change["kind"];
    if (kind != "noncharacter" && kind != "control-character") continue;
    EXPECT_EQ(change["lines"][0], lineOf(text, at));
    removed += change["text"].get<std::string>();
  }
  EXPECT_EQ(removed, "\uFFFF\uFFFE\uFDD0\U0001FFFE\x01\x0B\x7F");
}

// A record in which no speaker is recognised: AKN and EPUB can carry it, TEI
// in ParlaMint's encoding cannot (its list of speakers needs one). Refused
// with that said, rather than as the schema's "expecting an element".
TEST(HostileText, ARecordWithNoSpeakers) {
  Scene scene;
  const std::string text =
      "The meeting was called to order at 10 a.m.\n\nThe agenda was adopted.\n\n"
      "The meeting rose at 11 a.m.\n";
  auto file = scene.input("nobody.txt", text);
  const std::vector<std::string> flags = {"--symbol",   "S/PV.9381", "--date",
                                          "2023-07-18", "--lang",    "en"};
  auto all = scene.convert(file, flags);
  scene.expectRefused(all, 1, "nobody.txt", {"no speaker", "TEI", "akn or epub only"});
  Spec spec;
  spec.arguments = {"convert", file,      "-o", (scene.root() / "editions").string(),
                    "--to",    "akn,epub"};
  spec.arguments.insert(spec.arguments.end(), flags.begin(), flags.end());
  auto editions = run(spec);
  EXPECT_EQ(editions.exitCode, 0) << editions.err;
  EXPECT_TRUE(std::filesystem::exists(scene.root() / "editions/S_PV.9381.en.akn.xml"));
  EXPECT_TRUE(std::filesystem::exists(scene.root() / "editions/S_PV.9381.en.epub"));
}

// A record cut off in mid-sentence converts: what is there is kept as it is.
TEST(HostileText, ARecordThatEndsMidSentence) {
  Scene scene;
  const std::string text = fixtureText();
  const std::size_t cut = text.find("，", text.size() / 2);  // after a comma, mid-sentence
  ASSERT_NE(cut, std::string::npos);
  const std::string kept = text.substr(0, cut + std::string("，").size());
  auto file = scene.input("cut.txt", kept + "\xE6\x88\x91\xE4\xBB\xAC");  // "我们", then nothing
  scene.expectConverted(scene.convert(file, recordFlags()));
  const std::string akn = readText(scene.out() / "S_PV.9381.zh.akn.xml");
  // The last line as it was cut, joined to nothing after it.
  const std::string lastLine = kept.substr(kept.rfind('\n') + 1) + "我们";
  EXPECT_NE(akn.find(lastLine), std::string::npos) << lastLine;
  auto valid = runArgs({"validate", (scene.out() / "S_PV.9381.zh.akn.xml").string()});
  EXPECT_EQ(valid.exitCode, 0) << valid.out;
}

}  // namespace
}  // namespace verbatim::hostile
