// writeEpub as a whole: the editions of the three test records.
#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <set>

#include "akn/iri.hpp"
#include "epub/epub.hpp"
#include "epub/identifier.hpp"
#include "epub/locale.hpp"
#include "epub_test_support.hpp"
#include "meeting_builder.hpp"

namespace verbatim {
namespace {

using namespace testing::epub;

std::string edition(const Meeting& meeting, const std::string& modified = {}) {
  auto epub = writeEpub(meeting, EpubOptions{modified});
  EXPECT_TRUE(epub.ok()) << (epub ? "" : describe(epub.error()));
  return epub ? epub.value() : std::string();
}

pugi::xml_document parse(const std::string& xml) {
  pugi::xml_document document;
  EXPECT_TRUE(document.load_string(xml.c_str()));
  return document;
}

TEST(EpubEdition, TheChineseRecordMakesOneBookWithEveryPageAndSpeaker) {
  const Meeting meeting = readMeeting(chineseAkn());
  const auto files = unpack(edition(meeting));
  std::vector<std::string> names;
  for (const auto& [name, bytes] : files) names.push_back(name);
  EXPECT_EQ(names, (std::vector<std::string>{
                       "EPUB/nav.xhtml", "EPUB/package.opf", "EPUB/part-1.xhtml", "EPUB/style.css",
                       "EPUB/title.xhtml", "META-INF/container.xml", "mimetype"}));
  auto nav = parse(files.at("EPUB/nav.xhtml"));
  // fixtures/README.md: 25 turns, printed pages 2 to 20.
  EXPECT_EQ(nav.select_nodes("//nav[@epub:type='toc']/ol/li/ol/li/ol/li").size(), 25u);
  auto pages = nav.select_nodes("//nav[@epub:type='page-list']//a");
  ASSERT_EQ(pages.size(), 19u);
  EXPECT_STREQ(pages.first().node().text().get(), "2");
  EXPECT_STREQ((pages.end() - 1)->node().text().get(), "20");
  auto part = parse(files.at("EPUB/part-1.xhtml"));
  EXPECT_EQ(part.select_nodes("//div[@class='speech' or @class='speech continued']").size(), 25u);
  EXPECT_EQ(part.select_nodes("//p[@class='lang-switch']").size(), 6u);
  EXPECT_EQ(part.select_nodes("//span[@role='doc-pagebreak']").size(), 19u);
  EXPECT_STREQ(part.document_element().attribute("xml:lang").value(), "zh-Hans");
}

// The identifier names the language version (the expression), not the
// record: two language editions of one record are two books to a catalogue.
TEST(EpubEdition, TheIdentifierIsTheUuid5OfTheExpressionIri) {
  Meeting meeting = readMeeting(chineseAkn());
  auto identifierOf = [](const Meeting& m) {
    auto opf = parse(unpack(edition(m)).at("EPUB/package.opf"));
    return std::string(opf.select_node("//dc:identifier").node().text().get());
  };
  const std::string chinese = identifierOf(meeting);
  EXPECT_EQ(chinese,
            "urn:uuid:" + epub::uuid5(epub::kUrlNamespace, recordIris(meeting.meta).expression));
  meeting.meta.language = "fr";
  EXPECT_NE(identifierOf(meeting), chinese);
}

TEST(EpubEdition, TheSameRecordGivesTheSameBytesAndTheModifiedTimeIsTheOneGiven) {
  const Meeting meeting = readMeeting(englishAkn());
  EXPECT_EQ(edition(meeting), edition(meeting));
  const std::string later = edition(meeting, "2100-01-02T03:04:05Z");
  EXPECT_NE(later, edition(meeting));
  auto opf = parse(unpack(later).at("EPUB/package.opf"));
  EXPECT_STREQ(opf.select_node("//meta[@property='dcterms:modified']").node().text().get(),
               "2100-01-02T03:04:05Z");
  auto fallback = parse(unpack(edition(meeting)).at("EPUB/package.opf"));
  EXPECT_STREQ(fallback.select_node("//meta[@property='dcterms:modified']").node().text().get(),
               "2099-10-14T00:00:00Z")
      << "without a time given, the meeting day";
}

TEST(EpubEdition, TheArabicEditionRunsRightToLeftEverywhere) {
  const auto files = unpack(edition(readMeeting(arabicAkn())));
  auto opf = parse(files.at("EPUB/package.opf"));
  EXPECT_STREQ(opf.select_node("//spine").node().attribute("page-progression-direction").value(),
               "rtl");
  EXPECT_STREQ(opf.select_node("//dc:language").node().text().get(), "ar");
  int documents = 0;
  for (const auto& [name, bytes] : files) {
    if (!name.ends_with(".xhtml")) continue;
    ++documents;
    auto document = parse(bytes);
    auto html = document.document_element();
    EXPECT_STREQ(html.attribute("dir").value(), "rtl") << name;
    EXPECT_STREQ(html.attribute("lang").value(), "ar") << name;
  }
  EXPECT_EQ(documents, 4) << "title, nav and two agenda items";
  EXPECT_NE(files.at("EPUB/style.css").find("Noto Naskh Arabic"), std::string::npos);
}

// The title page's agenda prints each item as the record heads it ("Agenda
// item 8"): the list adds no number of its own.
TEST(EpubEdition, TheTitlePagesAgendaAddsNoNumbers) {
  const auto files = unpack(edition(readMeeting(englishAkn())));
  auto title = parse(files.at("EPUB/title.xhtml"));
  ASSERT_TRUE(title.select_node("//ol[@class='agenda']"));
  const std::string& css = files.at("EPUB/style.css");
  const auto rule = css.find("ol.agenda {");
  ASSERT_NE(rule, std::string::npos);
  EXPECT_NE(css.substr(rule, css.find('}', rule) - rule).find("list-style: none"),
            std::string::npos);
}

TEST(EpubEdition, TheEnglishEditionSplitsAtTheSecondAgendaItemAndLinksAcrossDocuments) {
  const auto files = unpack(edition(readMeeting(englishAkn())));
  ASSERT_TRUE(files.count("EPUB/part-2.xhtml"));
  auto second = parse(files.at("EPUB/part-2.xhtml"));
  EXPECT_TRUE(second.select_node("//a[@href='part-1.xhtml#dbsect_2__speech_5']"));
  auto nav = parse(files.at("EPUB/nav.xhtml"));
  std::vector<std::string> pages;
  for (auto a : nav.select_nodes("//nav[@epub:type='page-list']//a"))
    pages.push_back(a.node().text().get());
  EXPECT_EQ(pages, (std::vector<std::string>{"1", "3"})) << "page 2's number was not printed";
}

TEST(EpubEdition, ARecordInALanguageWithoutAnEditionIsRefused) {
  Meeting meeting = smallMeeting();
  meeting.meta.language = "";
  auto epub = writeEpub(meeting, EpubOptions{});
  ASSERT_FALSE(epub.ok());
  EXPECT_EQ(epub.error().kind, ErrorKind::InputRejected);
}

TEST(EpubEdition, AMalformedModifiedTimeIsRefused) {
  auto epub = writeEpub(smallMeeting(), EpubOptions{"2023-07-18 10:00"});
  ASSERT_FALSE(epub.ok());
  EXPECT_NE(epub.error().message.find("CCYY-MM-DDThh:mm:ssZ"), std::string::npos);
}

TEST(EpubEdition, ARecordWithoutContentIsRefused) {
  Meeting meeting = smallMeeting();
  meeting.sections.clear();
  EXPECT_FALSE(writeEpub(meeting, EpubOptions{}).ok());
}

TEST(EpubEdition, EveryLanguageAndEveryKindOfBlockPassesTheGates) {
  for (const char* language : {"ar", "zh", "en", "fr", "ru", "es"}) {
    auto epub = writeEpub(smallMeeting(language), EpubOptions{});
    EXPECT_TRUE(epub.ok()) << language << ": " << (epub ? "" : describe(epub.error()));
  }
}

// A reading system shows the summary to a reader of the edition: in the
// edition's language (the package's xml:lang, not overridden), and saying
// that page numbers are there only when they are.
TEST(EpubEdition, TheAccessibilitySummaryIsInTheEditionsLanguage) {
  std::set<std::string> summaries;
  for (const char* language : {"ar", "zh", "en", "fr", "ru", "es"}) {
    auto opf = parse(unpack(edition(smallMeeting(language))).at("EPUB/package.opf"));
    auto summary = opf.select_node("//meta[@property='schema:accessibilitySummary']").node();
    ASSERT_TRUE(summary) << language;
    EXPECT_FALSE(summary.attribute("xml:lang")) << language << ": the package's language applies";
    EXPECT_NE(std::string(summary.text().get()).find("WCAG 2.1"), std::string::npos) << language;
    summaries.insert(summary.text().get());
  }
  EXPECT_EQ(summaries.size(), 6u) << "one summary per language";
  // The edition above marks its five printed pages; a record without them
  // gets the summary that does not promise them.
  for (const char* language : {"ar", "zh", "en", "fr", "ru", "es"}) {
    const auto* locale = epub::findEditionLocale(language);
    ASSERT_TRUE(locale);
    EXPECT_TRUE(summaries.contains(std::string(locale->accessibilitySummaryPaged))) << language;
    EXPECT_NE(locale->accessibilitySummary, locale->accessibilitySummaryPaged) << language;
  }
}

TEST(EpubEdition, ARecordFromBefore1980KeepsItsDateInTheMetadata) {
  Meeting meeting = smallMeeting();
  meeting.meta.date = "1946-01-17";
  const auto files = unpack(edition(meeting));
  auto opf = parse(files.at("EPUB/package.opf"));
  EXPECT_STREQ(opf.select_node("//dc:date").node().text().get(), "1946-01-17");
  EXPECT_STREQ(opf.select_node("//meta[@property='dcterms:modified']").node().text().get(),
               "1946-01-17T00:00:00Z");
}

}  // namespace
}  // namespace verbatim
