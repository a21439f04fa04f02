// Hostile AKN input: XML that is broken, in another vocabulary, that declares
// entities (expanding or external), or that is built to exhaust a parser.
// Each is refused by `convert` and by `validate`, quickly and in words.
#include <gtest/gtest.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "hostile/hostile.hpp"

namespace verbatim::hostile {
namespace {

using testing::readText;

const std::string kAknNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

// The golden record with `doctype` put before its root element.
std::string withDoctype(const std::string& doctype, const std::string& firstTextReplacement) {
  std::string akn = goldenAkn();
  const std::size_t root = akn.find("<akomaNtoso");
  akn.insert(root, doctype + "\n");
  // An entity reference where the record has text, so that a parser that
  // expanded it would put the entity's text in the output.
  const std::size_t text = akn.find("安理会");
  if (text != std::string::npos && !firstTextReplacement.empty())
    akn.replace(text, std::string("安理会").size(), firstTextReplacement);
  return akn;
}

// Watches a file for any opening or reading, with inotify.
class AccessWatch {
 public:
  explicit AccessWatch(const std::filesystem::path& file)
      : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
    if (fd_ >= 0) inotify_add_watch(fd_, file.c_str(), IN_OPEN | IN_ACCESS);
  }
  ~AccessWatch() {
    if (fd_ >= 0) close(fd_);
  }
  AccessWatch(const AccessWatch&) = delete;
  AccessWatch& operator=(const AccessWatch&) = delete;
  bool available() const { return fd_ >= 0; }
  bool touched() const {
    char buffer[4096];
    return read(fd_, buffer, sizeof buffer) > 0;
  }

 private:
  int fd_;
};

// `convert` refuses `bytes` with `words`; so does `validate`.
void expectBothRefuse(const std::string& name, const std::string& bytes,
                      const std::vector<std::string>& words) {
  Scene scene;
  auto file = scene.input(name, bytes);
  scene.expectRefused(scene.convert(file), 1, name, words);
  auto validate = runArgs({"validate", file});
  EXPECT_EQ(validate.exitCode, 1) << validate.out << validate.err;
  for (const auto& word : words)
    EXPECT_NE(validate.err.find(word), std::string::npos) << "'" << word << "' in:\n"
                                                          << validate.err;
}

TEST(HostileXml, NotWellFormed) {
  std::string akn = goldenAkn();
  const std::size_t at = akn.find("</debateBody>");
  akn.erase(at, std::string("</debateBody>").size());
  const int line = 1 + static_cast<int>(std::count(akn.begin(), akn.begin() + at, '\n'));
  expectBothRefuse("broken.akn.xml", akn, {"not well-formed XML"});
  Scene scene;
  auto run = scene.convert(scene.input("broken.akn.xml", akn));
  // The parser notices at the next end tag, on this line or the one after.
  EXPECT_TRUE(run.err.find("broken.akn.xml:" + std::to_string(line) + ":") != std::string::npos ||
              run.err.find("broken.akn.xml:" + std::to_string(line + 1) + ":") != std::string::npos)
      << run.err;
}

TEST(HostileXml, WrongNamespace) {
  std::string akn = goldenAkn();
  akn.replace(akn.find(kAknNamespace), kAknNamespace.size(), "http://example.org/not-akn");
  Scene scene;
  auto file = scene.input("elsewhere.akn.xml", akn);
  scene.expectRefused(scene.convert(file), 1, "elsewhere.akn.xml:2:",
                      {"not a valid AKN record", "wrong namespace", kAknNamespace});
}

// Nine levels of ten: a billion "lol"s if expanded. Refused before any
// entity is declared, so memory stays at its usual size.
TEST(HostileXml, BillionLaughs) {
  std::string doctype = "<!DOCTYPE akomaNtoso [<!ENTITY a \"lollollollol\">";
  for (char c = 'b'; c <= 'j'; ++c) {
    doctype += std::string("<!ENTITY ") + c + " \"";
    for (int i = 0; i < 10; ++i) doctype += std::string("&") + static_cast<char>(c - 1) + ";";
    doctype += "\">";
  }
  doctype += "]>";
  const std::string akn = withDoctype(doctype, "&j;");
  expectBothRefuse("laughs.akn.xml", akn, {"DOCTYPE", "not allowed"});
  Scene scene;
  auto run = scene.convert(scene.input("laughs.akn.xml", akn));
  EXPECT_LT(run.peakRssKiB, rssBoundKiB(64));
}

// An AKN file saved in Latin-1 or windows-1252 (as editors on Windows may):
// validate passed it and convert garbled its text into a bug's exit 3.
// Both refuse it, naming the encoding and how to convert it.
TEST(HostileXml, AnAknFileDeclaredInAnotherEncodingIsRefusedByBoth) {
  const std::string utf8 =
      readText(testing::sourceDir() / "fixtures/zh/expected/S_PV.9381.zh.akn.xml");
  ASSERT_TRUE(utf8.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
  std::string latin = utf8;
  latin.replace(0, std::string_view("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").size(),
                "<?xml version='1.0' encoding='ISO-8859-1'?>");
  expectBothRefuse("latin.akn.xml", latin, {"ISO-8859-1", "UTF-8 only", "iconv"});
  // The same declaration in lower case is UTF-8.
  std::string lower = utf8;
  lower.replace(0, std::string_view("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").size(),
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>");
  Scene scene;
  scene.expectConverted(scene.convert(scene.input("lower.akn.xml", lower)));
}

// The same in UTF-16, which a check on bytes would not see: refused too.
TEST(HostileXml, BillionLaughsInUtf16) {
  std::string doctype = "<!DOCTYPE akomaNtoso [<!ENTITY a \"lollollollol\">";
  for (char c = 'b'; c <= 'j'; ++c) {
    doctype += std::string("<!ENTITY ") + c + " \"";
    for (int i = 0; i < 10; ++i) doctype += std::string("&") + static_cast<char>(c - 1) + ";";
    doctype += "\">";
  }
  doctype += "]>";
  std::string ascii = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + doctype +
                      "<akomaNtoso xmlns=\"" + kAknNamespace + "\"><x>&j;</x></akomaNtoso>";
  std::string utf16 = "\xFF\xFE";
  for (char c : ascii) utf16 += std::string{c, '\0'};
  Scene scene;
  auto file = scene.input("laughs16.akn.xml", utf16);
  auto validate = runArgs({"validate", file});
  EXPECT_EQ(validate.exitCode, 1) << validate.err;
  EXPECT_NE(validate.err.find("laughs16.akn.xml"), std::string::npos) << validate.err;
  EXPECT_NE(validate.err.find("UTF-8 only"), std::string::npos) << validate.err;
  EXPECT_LT(validate.peakRssKiB, rssBoundKiB(64));
  scene.expectRefused(scene.convert(file), 1, "laughs16.akn.xml", {"XML"});
}

// External entities (XXE): never resolved, never opened. inotify proves the
// file was not even opened; its content is in no output and no message.
TEST(HostileXml, ExternalEntitiesAreNeverRead) {
  Scene scene;
  const auto secret = scene.root() / "secret.txt";
  testing::writeText(secret, "XXE-SECRET-CONTENT\n");
  const std::string uri = "file://" + secret.string();
  const std::pair<std::string, std::string> forms[] = {
      {"<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM \"" + uri + "\">]>", "&x;"},
      {"<!DOCTYPE akomaNtoso [<!ENTITY % p SYSTEM \"" + uri + "\"> %p;]>", ""},
      {"<!DOCTYPE akomaNtoso SYSTEM \"" + uri + "\">", ""},
  };
  for (const auto& [doctype, reference] : forms) {
    SCOPED_TRACE(doctype);
    AccessWatch watch(secret);
    auto file = scene.input("xxe.akn.xml", withDoctype(doctype, reference));
    auto converted = scene.convert(file);
    scene.expectRefused(converted, 1, "xxe.akn.xml", {"DOCTYPE"});
    auto validated = runArgs({"validate", file});
    EXPECT_EQ(validated.exitCode, 1);
    for (const auto* run : {&converted, &validated}) {
      EXPECT_EQ(run->err.find("XXE-SECRET"), std::string::npos);
      EXPECT_EQ(run->out.find("XXE-SECRET"), std::string::npos);
    }
    if (watch.available()) {
      EXPECT_FALSE(watch.touched()) << "the external file was opened";
    }
  }
}

// An XInclude is an element like any other: never processed.
TEST(HostileXml, XIncludeIsNeverProcessed) {
  Scene scene;
  const auto secret = scene.root() / "secret.xml";
  testing::writeText(secret, "<p>XINCLUDE-SECRET</p>\n");
  AccessWatch watch(secret);
  std::string akn = goldenAkn();
  akn.insert(akn.find("<debateBody>") + std::string("<debateBody>").size(),
             "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + secret.string() +
                 "\"/>");
  auto file = scene.input("xinclude.akn.xml", akn);
  scene.expectRefused(scene.convert(file), 1, "xinclude.akn.xml", {"not a valid AKN record"});
  if (watch.available()) {
    EXPECT_FALSE(watch.touched()) << "the included file was opened";
  }
}

TEST(HostileXml, TenThousandDeepNesting) {
  std::string xml = "<?xml version=\"1.0\"?>\n<akomaNtoso xmlns=\"" + kAknNamespace + "\">\n";
  for (int i = 0; i < 10000; ++i) xml += "<a>";
  for (int i = 0; i < 10000; ++i) xml += "</a>";
  xml += "\n</akomaNtoso>\n";
  expectBothRefuse("deep.akn.xml", xml, {"deep.akn.xml:3:", "nested more than 256 deep"});
}

// libxml2 compares each attribute with all the earlier ones of its element:
// a million would take hours. Refused at once, with the line.
TEST(HostileXml, AMillionAttributes) {
  std::string xml = "<?xml version=\"1.0\"?>\n<akomaNtoso xmlns=\"" + kAknNamespace + "\"\n";
  for (int i = 0; i < 1000000; ++i) xml += " a" + std::to_string(i) + "=\"v\"";
  xml += "/>\n";
  expectBothRefuse("attributes.akn.xml", xml,
                   {"attributes.akn.xml:2:", "more than 256 attributes"});
}

// Attribute values may hold '>' and '=': the limits count attributes, not characters.
TEST(HostileXml, MarkupCharactersInAttributeValuesAreNotAttributes) {
  std::string akn = goldenAkn();
  const std::string needle = "showAs=\"";
  const std::size_t at = akn.find(needle);
  ASSERT_NE(at, std::string::npos);
  std::string many;
  for (int i = 0; i < 300; ++i) many += "a=b&gt;";
  akn.insert(at + needle.size(), many);
  Scene scene;
  auto file = scene.input("values.akn.xml", akn);
  auto validate = runArgs({"validate", file});
  EXPECT_EQ(validate.err.find("attributes"), std::string::npos) << validate.err;
}

// An archivist's note of 10 KB before the root element: still the record,
// read as AKN and rendered again, whatever the length of what comes first.
TEST(HostileXml, ALongCommentBeforeTheRootIsStillAkn) {
  std::string akn = goldenAkn();
  const std::size_t root = akn.find("<akomaNtoso");
  ASSERT_NE(root, std::string::npos);
  akn.insert(root, "<!-- " + std::string(10'000, 'x') + " -->\n<?note checked?>\n");
  Scene scene;
  auto file = scene.input("annotated.akn.xml", akn);
  auto run = scene.convert(file, {"--to", "epub"});
  EXPECT_EQ(run.exitCode, 0) << run.err;
  EXPECT_TRUE(std::filesystem::exists(scene.out() / "S_PV.9381.zh.epub"));
}

}  // namespace
}  // namespace verbatim::hostile
