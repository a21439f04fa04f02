// The package document, the ZIP container and the gates every edition passes.
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "epub/container.hpp"
#include "epub/package.hpp"
#include "epub/validate.hpp"

namespace verbatim::epub {
namespace {

PackageFacts facts(bool rightToLeft, bool pages) {
  PackageFacts f;
  f.identifier = "urn:uuid:36737ca3-fc64-5553-9fea-da83ccb63075";
  f.title = "Security Council, 9381st meeting";
  f.language = rightToLeft ? "ar" : "en";
  f.creator = "Security Council";
  f.publisher = "United Nations";
  f.date = "2023-07-18";
  f.source = "S/PV.9381";
  f.modified = "2023-07-18T00:00:00Z";
  f.rightToLeft = rightToLeft;
  f.pageMarkers = pages;
  f.accessibilitySummary = "The text of a United Nations verbatim record.";
  return f;
}

const char* kPage = R"(<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
<head><meta charset="UTF-8"/><title>T</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body epub:type="bodymatter"><section id="s1" class="agenda-item"><h2>Item</h2>BODY</section></body></html>
)";

const char* kNav = R"(<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">
<head><meta charset="UTF-8"/><title>Contents</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body><nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-title"><h1 id="toc-title">Contents</h1>
<ol><li><a href="part-1.xhtml#TARGET">Item</a></li></ol></nav>
<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-title" hidden="hidden"><h2 id="landmarks-title">Landmarks</h2>
<ol><li><a epub:type="bodymatter" href="part-1.xhtml">Record</a></li></ol></nav></body></html>
)";

std::string replaced(std::string text, std::string_view field, std::string_view value) {
  text.replace(text.find(field), field.size(), value);
  return text;
}

// A publication of a nav and one content document, made broken where a test says.
std::vector<Resource> publication(std::string body = "<p>Text.</p>", std::string target = "s1") {
  return {
      {"nav.xhtml", "nav", "application/xhtml+xml", "nav", true, replaced(kNav, "TARGET", target)},
      {"part-1.xhtml", "part-1", "application/xhtml+xml", "", true, replaced(kPage, "BODY", body)},
      {"style.css", "style", "text/css", "", false, "p { margin: 0; }"}};
}

Status check(const std::vector<Resource>& resources) {
  return checkPublication(resources, packageDocument(facts(false, false), resources), "en");
}

std::string firstDetail(const Status& status) {
  return status                           ? std::string("valid")
         : status.error().details.empty() ? status.error().message
                                          : status.error().details.front();
}

TEST(EpubPackage, MetadataIsCompleteAndTheDirectionExplicit) {
  const auto resources = publication();
  pugi::xml_document opf;
  ASSERT_TRUE(opf.load_string(packageDocument(facts(true, true), resources).c_str()));
  auto package = opf.document_element();
  EXPECT_STREQ(package.attribute("xml:lang").value(), "ar");
  EXPECT_STREQ(package.attribute("unique-identifier").value(), "pub-id");
  EXPECT_EQ(opf.select_nodes("//dc:language").size(), 1u);
  EXPECT_STREQ(opf.select_node("//dc:identifier").node().text().get(),
               "urn:uuid:36737ca3-fc64-5553-9fea-da83ccb63075");
  EXPECT_STREQ(opf.select_node("//dc:source").node().attribute("id").value(), "src");
  EXPECT_STREQ(opf.select_node("//meta[@property='source-of']").node().text().get(), "pagination");
  EXPECT_STREQ(opf.select_node("//meta[@property='dcterms:modified']").node().text().get(),
               "2023-07-18T00:00:00Z");
  EXPECT_STREQ(opf.select_node("//spine").node().attribute("page-progression-direction").value(),
               "rtl");
  std::vector<std::string> features;
  for (auto node : opf.select_nodes("//meta[@property='schema:accessibilityFeature']"))
    features.push_back(node.node().text().get());
  EXPECT_EQ(features, (std::vector<std::string>{"structuralNavigation", "tableOfContents",
                                                "readingOrder", "pageBreakMarkers",
                                                "pageNavigation", "displayTransformability"}));
  EXPECT_TRUE(opf.select_node("//meta[@property='schema:accessibilityHazard' and .='none']"));
  EXPECT_TRUE(opf.select_node("//meta[@property='dcterms:conformsTo']"));
  EXPECT_STREQ(opf.select_node("//item[@id='nav']").node().attribute("properties").value(), "nav");
  EXPECT_EQ(opf.select_nodes("//itemref").size(), 2u) << "the stylesheet is not read in order";
}

TEST(EpubPackage, WithoutPagesNoPaginationIsClaimed) {
  pugi::xml_document opf;
  ASSERT_TRUE(opf.load_string(packageDocument(facts(false, false), publication()).c_str()));
  EXPECT_FALSE(opf.select_node("//meta[@property='source-of']"));
  EXPECT_FALSE(opf.select_node("//meta[.='pageBreakMarkers']"));
  EXPECT_FALSE(opf.select_node("//meta[.='pageNavigation']"));
  EXPECT_STREQ(opf.select_node("//spine").node().attribute("page-progression-direction").value(),
               "ltr");
}

TEST(EpubGate, AWellMadePublicationPasses) {
  auto status = check(publication());
  EXPECT_TRUE(status.ok()) << firstDetail(status);
}

TEST(EpubGate, ALinkToAMissingIdIsRefused) {
  auto status = check(publication("<p>Text.</p>", "nowhere"));
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().kind, ErrorKind::ValidationFailed);
  EXPECT_NE(firstDetail(status).find("EPUB/nav.xhtml"), std::string::npos) << firstDetail(status);
  EXPECT_NE(firstDetail(status).find("part-1.xhtml#nowhere"), std::string::npos);
}

TEST(EpubGate, ALinkToAMissingFileIsRefused) {
  auto status = check(publication("<p><a href=\"part-9.xhtml#s1\">there</a></p>"));
  ASSERT_FALSE(status.ok());
  EXPECT_NE(firstDetail(status).find("not in the publication"), std::string::npos)
      << firstDetail(status);
}

TEST(EpubGate, ADuplicateIdIsRefused) {
  auto status = check(publication("<p id=\"s1\">Text.</p>"));
  ASSERT_FALSE(status.ok());
}

TEST(EpubGate, AnElementOutsideTheContentSubsetIsRefused) {
  auto status = check(publication("<p><font>Text.</font></p>"));
  ASSERT_FALSE(status.ok());
  EXPECT_NE(firstDetail(status).find("font"), std::string::npos) << firstDetail(status);
}

TEST(EpubGate, LangAndXmlLangMustAgree) {
  auto status = check(publication(
      "<p><span class=\"docref\" dir=\"ltr\" xml:lang=\"en\" lang=\"fr\">S/1</span></p>"));
  ASSERT_FALSE(status.ok());
  EXPECT_NE(firstDetail(status).find("differ"), std::string::npos) << firstDetail(status);
}

TEST(EpubGate, ADocumentInAnotherLanguageThanTheEditionIsRefused) {
  auto resources = publication();
  EXPECT_FALSE(checkPublication(resources, packageDocument(facts(false, false), resources), "fr"));
}

TEST(EpubGate, ANavWithoutContentsIsRefused) {
  auto resources = publication();
  auto& nav = resources[0].bytes;
  nav.replace(nav.find("epub:type=\"toc\""), 15, "epub:type=\"lot\"");
  auto status = check(resources);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(firstDetail(status).find("EPUB/nav.xhtml"), std::string::npos) << firstDetail(status);
}

TEST(EpubGate, APackageDocumentWithoutItsLanguageIsRefused) {
  auto resources = publication();
  std::string opf = packageDocument(facts(false, false), resources);
  const auto start = opf.find("<dc:language>");
  opf.erase(start, opf.find("</dc:language>") - start + 14);
  auto status = checkPublication(resources, opf, "en");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(firstDetail(status).find("EPUB/package.opf"), std::string::npos) << firstDetail(status);
}

TEST(EpubGate, AManifestIdThatClashesWithAMetadataIdIsRefused) {
  auto resources = publication();
  resources[1].id = "title";  // dc:title's id
  EXPECT_FALSE(check(resources));
}

// A container of `entries`, packed as the writer packs.
std::string pack(const std::vector<ContainerEntry>& entries) {
  auto packed = packContainer(entries, dosTime(*parseModified("2023-07-18T10:05:06Z")));
  EXPECT_TRUE(packed.ok());
  return packed ? packed.value() : std::string();
}

const std::string kContainerXml = containerDocument();
const std::string kOpf = R"(<package xmlns="http://www.idpf.org/2007/opf"><manifest>
<item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest>
<spine><itemref idref="a"/></spine></package>)";

std::vector<ContainerEntry> goodEntries() {
  return {{"mimetype", kMimetype, true},
          {"META-INF/container.xml", kContainerXml, false},
          {"EPUB/package.opf", kOpf, false},
          {"EPUB/a.xhtml", "<html/>", false}};
}

TEST(EpubContainer, MimetypeComesFirstStoredWithoutExtraField) {
  const std::string zip = pack(goodEntries());
  ASSERT_GT(zip.size(), 60u);
  EXPECT_EQ(zip.substr(0, 4), std::string("PK\x03\x04", 4));
  EXPECT_EQ(zip[8], 0) << "stored";
  EXPECT_EQ(zip[28], 0) << "no extra field";
  EXPECT_EQ(zip.substr(30, 8), "mimetype");
  EXPECT_EQ(zip.substr(38, 20), "application/epub+zip");
  EXPECT_TRUE(checkContainer(zip).ok()) << firstDetail(checkContainer(zip));
}

TEST(EpubContainer, EntriesKeepTheirOrderTheTimeGivenAndReadBackWhole) {
  const std::string zip = pack(goodEntries());
  // The local header's DOS time and date (offsets 10 and 12), little-endian.
  const unsigned time = static_cast<unsigned char>(zip[10]) | static_cast<unsigned char>(zip[11])
                                                                  << 8;
  const unsigned date = static_cast<unsigned char>(zip[12]) | static_cast<unsigned char>(zip[13])
                                                                  << 8;
  EXPECT_EQ(time, (10u << 11) | (5u << 5) | 3u);
  EXPECT_EQ(date, (43u << 9) | (7u << 5) | 18u);
  auto files = unpackContainer(zip);
  ASSERT_TRUE(files.ok());
  std::vector<std::string> names;
  for (const auto& file : files.value()) names.push_back(file.name);
  EXPECT_EQ(names, (std::vector<std::string>{"mimetype", "META-INF/container.xml",
                                             "EPUB/package.opf", "EPUB/a.xhtml"}));
  EXPECT_TRUE(files.value()[0].stored);
  EXPECT_FALSE(files.value()[1].stored);
  EXPECT_EQ(files.value()[2].bytes, kOpf);
}

TEST(EpubContainer, TheSameEntriesGiveTheSameBytes) {
  EXPECT_EQ(pack(goodEntries()), pack(goodEntries()));
}

TEST(EpubContainer, MimetypeNotFirstIsRefused) {
  auto entries = goodEntries();
  std::swap(entries[0], entries[1]);
  EXPECT_FALSE(checkContainer(pack(entries)));
}

TEST(EpubContainer, MimetypeCompressedIsRefused) {
  auto entries = goodEntries();
  entries[0].stored = false;
  EXPECT_FALSE(checkContainer(pack(entries)));
}

TEST(EpubContainer, AFileOutsideTheManifestIsRefused) {
  auto entries = goodEntries();
  entries.push_back({"EPUB/stray.xhtml", "<html/>", false});
  auto status = checkContainer(pack(entries));
  ASSERT_FALSE(status.ok());
  EXPECT_NE(firstDetail(status).find("EPUB/stray.xhtml"), std::string::npos);
}

TEST(EpubContainer, AManifestItemMissingFromTheArchiveIsRefused) {
  auto entries = goodEntries();
  entries.pop_back();
  auto status = checkContainer(pack(entries));
  ASSERT_FALSE(status.ok());
  EXPECT_NE(firstDetail(status).find("EPUB/a.xhtml"), std::string::npos);
}

TEST(EpubContainer, AnArchiveWithoutContainerFileIsRefused) {
  auto entries = goodEntries();
  entries.erase(entries.begin() + 1);
  EXPECT_FALSE(checkContainer(pack(entries)));
}

TEST(EpubContainer, BytesThatAreNotAZipArchiveAreRefused) {
  EXPECT_FALSE(checkContainer("application/epub+zip, honestly"));
  EXPECT_FALSE(unpackContainer("PK\x03\x04 and nothing else").ok());
}

}  // namespace
}  // namespace verbatim::epub
