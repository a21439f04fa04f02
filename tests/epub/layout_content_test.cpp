// Where things go (layout), the XHTML they become (content, title page) and
// the navigation document, on a small meeting made by hand.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <pugixml.hpp>
#include <set>

#include "epub/content.hpp"
#include "epub/layout.hpp"
#include "epub/nav.hpp"
#include "meeting_builder.hpp"

namespace verbatim::epub {
namespace {

using testing::epub::documentRef;
using testing::epub::paragraph;
using testing::epub::person;
using testing::epub::smallMeeting;
using testing::epub::speech;
using testing::epub::text;

struct Rendered {
  BookLayout layout;
  RecordFacts facts;
  std::vector<XhtmlFile> parts;
};

Rendered render(const Meeting& meeting) {
  const EditionLocale& locale = *findEditionLocale(meeting.meta.language);
  Rendered r{layOut(meeting, locale), recordFacts(meeting, locale), {}};
  auto parts = renderParts(meeting, r.facts, r.layout, locale);
  EXPECT_TRUE(parts.ok());
  if (parts) r.parts = parts.value();
  return r;
}

pugi::xml_document parse(const std::string& xml) {
  pugi::xml_document document;
  EXPECT_TRUE(document.load_string(xml.c_str())) << xml;
  return document;
}

// Inside a paragraph a space of its own between two elements is text.
pugi::xml_document parseKeepingSpaces(const std::string& xml) {
  pugi::xml_document document;
  EXPECT_TRUE(document.load_string(xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata))
      << xml;
  return document;
}

std::string textOf(pugi::xml_node node) {
  std::string out;
  for (auto piece : node.select_nodes(".//text()")) out += piece.node().value();
  return out;
}

TEST(EpubLayout, AgendaItemsAfterTheFirstBeginNewDocuments) {
  const auto layout = layOut(smallMeeting(), *findEditionLocale("en"));
  EXPECT_EQ(layout.parts, (std::vector<std::string>{"part-1.xhtml", "part-2.xhtml"}));
  ASSERT_EQ(layout.sections.size(), 4u);
  EXPECT_EQ(layout.sections[0].file, "part-1.xhtml");
  EXPECT_EQ(layout.sections[2].file, "part-1.xhtml");
  EXPECT_EQ(layout.sections[3].file, "part-2.xhtml");
}

TEST(EpubLayout, AnchorsAreTheAknWritersEids) {
  const auto layout = layOut(smallMeeting(), *findEditionLocale("en"));
  EXPECT_EQ(layout.sections[2].id, "dbsect_3");
  EXPECT_EQ(layout.sections[2].blockIds,
            (std::vector<std::string>{"", "", "dbsect_3__speech_1", "dbsect_3__narrative_1",
                                      "dbsect_3__other_1"}));
  EXPECT_EQ(layout.fileOfId.at("dbsect_4__speech_2"), "part-2.xhtml");
}

TEST(EpubLayout, EachPrintedPageStartsWhereThePreviousEndsAndUnknownNumbersGetNoMarker) {
  const auto layout = layOut(smallMeeting(), *findEditionLocale("en"));
  // Page ends: 2, 3, (not printed), 5. The record begins on page 2; page 3
  // after the end of 2; the page after 3 has no number; page 5 after it.
  ASSERT_TRUE(layout.firstPage);
  EXPECT_EQ(layout.firstPage->number, "2");
  ASSERT_EQ(layout.afterPageEnd.size(), 4u);
  ASSERT_TRUE(layout.afterPageEnd[0]);
  EXPECT_EQ(layout.afterPageEnd[0]->number, "3");
  EXPECT_FALSE(layout.afterPageEnd[1]);
  ASSERT_TRUE(layout.afterPageEnd[2]);
  EXPECT_EQ(layout.afterPageEnd[2]->number, "5");
  EXPECT_EQ(layout.afterPageEnd[2]->file, "part-2.xhtml");
  EXPECT_FALSE(layout.afterPageEnd[3]) << "nothing follows the last page";
  std::vector<std::string> numbers;
  for (const auto& page : layout.pages()) numbers.push_back(page.number);
  EXPECT_EQ(numbers, (std::vector<std::string>{"2", "3", "5"}));
}

// A record whose cover the title page gives, and whose text begins on page
// 2 (a Council record's): page 1 is the cover, marked on the title page, so
// that a citation of page 1 lands somewhere. Without a cover, no page 1.
TEST(EpubLayout, TheCoverIsPageOneOnTheTitlePageWhereTheTextBeginsOnPageTwo) {
  Meeting meeting = smallMeeting();
  meeting.meta.dateLine = "Monday, 5 January 2099, 10 a.m.";
  const auto layout = layOut(meeting, *findEditionLocale("en"));
  ASSERT_TRUE(layout.coverPage);
  EXPECT_EQ(layout.coverPage->number, "1");
  EXPECT_EQ(layout.coverPage->file, "title.xhtml");
  std::vector<std::string> numbers;
  for (const auto& page : layout.pages()) numbers.push_back(page.number);
  EXPECT_EQ(numbers, (std::vector<std::string>{"1", "2", "3", "5"}));
  const auto r = render(meeting);
  auto title = parse(renderTitlePage(meeting, r.facts, r.layout, *findEditionLocale("en")).xml);
  EXPECT_TRUE(title.select_node("//*[@id='page-1' and @epub:type='pagebreak']"));
  EXPECT_FALSE(layOut(smallMeeting(), *findEditionLocale("en")).coverPage);
}

TEST(EpubLayout, APageNumberPrintedTwiceStillGivesUniqueIds) {
  Meeting meeting = smallMeeting();
  // Page ends 2, 3, (not printed), 3: a misprint, or two pages numbered alike.
  meeting.sections[3].blocks.back().narrative.text.content.back().ref = "3";
  const auto layout = layOut(meeting, *findEditionLocale("en"));
  std::vector<std::string> ids;
  for (const auto& page : layout.pages()) ids.push_back(page.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"page-2", "page-3", "page-3-2"}));
}

TEST(EpubLayout, PageIdsAreXmlNamesWhateverThePrintedNumber) {
  Meeting meeting = smallMeeting();
  meeting.sections[3].blocks.back().narrative.text.content.back().ref = "3 bis";
  meeting.sections[2].blocks[2].speech.items[0].paragraph.content.back().ref = "xii";
  std::vector<std::string> pages;
  for (const auto& page : layOut(meeting, *findEditionLocale("en")).pages())
    pages.push_back(page.id + "=" + page.number);
  EXPECT_EQ(pages, (std::vector<std::string>{"page-xii=xii", "page-3=3", "page-3_bis=3 bis"}));
}

// The chair speaking for its State is listed with it, in the language's
// parentheses ("主席（加纳）"); a turn of the chair's that says nothing for its
// State is the chair's alone (round BA: the Chinese contents listed a national
// statement as "主席" like every turn of the chair's).
TEST(EpubLayout, TheChairSpeakingForItsStateIsListedWithIt) {
  Meeting meeting = smallMeeting("zh");
  for (auto& section : meeting.sections)
    for (auto& block : section.blocks)
      if (block.kind == BlockKind::Speech)
        block.speech.from = {testing::epub::role("主席", "president")};
  std::vector<std::string> labels;
  for (const auto& entry : layOut(meeting, *findEditionLocale("zh")).toc)
    for (const auto& speaker : entry.speakers) labels.push_back(speaker.label);
  ASSERT_FALSE(labels.empty());
  EXPECT_EQ(labels.front(), "主席（Ghana）");
  meeting.meta.presidency.clear();
  for (const auto& entry : layOut(meeting, *findEditionLocale("zh")).toc)
    for (const auto& speaker : entry.speakers) EXPECT_EQ(speaker.label, "主席");
}

TEST(EpubLayout, TheContentsListSectionsThenTurnsWithoutContinuations) {
  const auto layout = layOut(smallMeeting(), *findEditionLocale("en"));
  ASSERT_EQ(layout.toc.size(), 3u) << "the opening has neither heading nor speaker";
  EXPECT_EQ(layout.toc[0].section.label, "Adoption of the agenda");
  EXPECT_TRUE(layout.toc[0].speakers.empty());
  ASSERT_EQ(layout.toc[1].speakers.size(), 1u);
  // Its turn has a paragraph for its State: listed with it.
  EXPECT_EQ(layout.toc[1].speakers[0].label, "The President (Ghana)");
  EXPECT_EQ(layout.toc[1].speakers[0].href(), "part-1.xhtml#dbsect_3__speech_1");
  ASSERT_EQ(layout.toc[2].speakers.size(), 1u);
  EXPECT_EQ(layout.toc[2].speakers[0].label, "Mr. Dupont (France)");
  ASSERT_EQ(layout.agenda.size(), 2u);
  EXPECT_EQ(layout.agenda[0].item.label, "Threats to international peace");
  EXPECT_EQ(layout.agenda[0].subheadings,
            (std::vector<std::string>{"Letter dated 1 January 2099 (S/2099/1)"}));
}

// "Agenda item 74 (continued)" names only the item: the contents add its
// subject, the first sub-heading. A heading without a number is a subject.
TEST(EpubLayout, TheContentsNameANumberedItemsSubject) {
  Meeting meeting = smallMeeting();
  meeting.sections[3].blocks.insert(
      meeting.sections[3].blocks.begin(),
      testing::epub::heading({testing::epub::text("Agenda item 74 (continued)")}));
  meeting.sections[3].blocks[1].heading.sub = true;
  const auto layout = layOut(meeting, *findEditionLocale("en"));
  ASSERT_EQ(layout.toc.size(), 3u);
  EXPECT_EQ(layout.toc[1].section.label, "Threats to international peace");
  EXPECT_EQ(layout.toc[2].section.label, "Agenda item 74 (continued): The question of peace");
  EXPECT_EQ(layout.agenda[1].item.label, "Agenda item 74 (continued)");
}

// The first turn of a section of the small meeting, to say again elsewhere.
Block firstTurnOf(const Section& section) {
  const auto spoken = std::find_if(section.blocks.begin(), section.blocks.end(),
                                   [](const Block& b) { return b.kind == BlockKind::Speech; });
  EXPECT_NE(spoken, section.blocks.end());
  return spoken == section.blocks.end() ? Block{} : *spoken;
}

// A part of an item where no one speaks (a change of chair between two
// addresses, an item's headings over its first address) is no entry of the
// contents and no document of its own: it shares the next part's.
TEST(EpubLayout, APartWhereNoOneSpeaksSharesTheNextPartsDocument) {
  using testing::epub::heading;
  using testing::epub::narrative;
  Meeting meeting = smallMeeting();
  const Block talk = firstTurnOf(meeting.sections[3]);
  meeting.sections.push_back(
      testing::epub::section(SectionKind::AgendaItem,
                             {narrative(NarrativeKind::ChairChange, {text("X took the Chair.")})}));
  meeting.sections.push_back(testing::epub::section(
      SectionKind::AgendaItem, {heading({text("Address by Mr. Y")}, true), talk}));
  const auto layout = layOut(meeting, *findEditionLocale("en"));
  ASSERT_EQ(layout.sections.size(), 6u);
  EXPECT_EQ(layout.sections[4].file, layout.sections[5].file);
  EXPECT_NE(layout.sections[3].file, layout.sections[4].file);
  ASSERT_EQ(layout.toc.size(), 4u);
  EXPECT_EQ(layout.toc[3].section.label, "Address by Mr. Y");
}

// An item's addresses (the general debate's) are listed under the item,
// after its own speakers, and the speakers after its last address after
// them; their anchors are the AKN's eIds, which number a part inside its item.
TEST(EpubNav, AnItemsAddressesAreListedUnderIt) {
  using testing::epub::heading;
  Meeting meeting = smallMeeting();
  const Block talk = firstTurnOf(meeting.sections[3]);
  meeting.sections.push_back(testing::epub::section(
      SectionKind::Address, {heading({text("Address by Mr. Y")}, true), talk}));
  meeting.sections.push_back(testing::epub::section(SectionKind::AgendaItem, {talk}));
  const auto r = render(meeting);
  ASSERT_EQ(r.layout.sections.size(), 6u);
  EXPECT_EQ(r.layout.sections[4].id, "dbsect_4__dbsect_1");
  EXPECT_EQ(r.layout.sections[4].blockIds[1], "dbsect_4__dbsect_1__speech_1");
  EXPECT_EQ(r.layout.sections[5].id, "") << "the item going on has its item's id";
  EXPECT_EQ(r.layout.sections[5].blockIds[0], "dbsect_4__speech_3");

  auto document = parse(renderNav(r.facts, r.layout, *findEditionLocale("en")).xml);
  auto items = document.select_nodes("//nav[@epub:type='toc']/ol/li/ol/li");
  ASSERT_EQ(items.size(), 3u) << "the address is no entry of its own";
  std::vector<std::string> under;
  for (auto a : items[2].node().select_nodes("ol/li/a"))
    under.push_back(a.node().attribute("href").value());
  EXPECT_EQ(under, (std::vector<std::string>{"part-2.xhtml#dbsect_4__speech_1",
                                             "part-3.xhtml#dbsect_4__dbsect_1",
                                             "part-4.xhtml#dbsect_4__speech_3"}));
  auto address = items[2].node().select_nodes("ol/li/ol/li/a");
  ASSERT_EQ(address.size(), 1u);
  EXPECT_STREQ(address[0].node().attribute("href").value(),
               "part-3.xhtml#dbsect_4__dbsect_1__speech_1");
  // Every id of the content is once in it.
  std::set<std::string> ids;
  for (const auto& part : r.parts) {
    auto content = parse(part.xml);
    for (auto node : content.select_nodes("//*[@id]"))
      EXPECT_TRUE(ids.insert(node.node().attribute("id").value()).second)
          << node.node().attribute("id").value();
  }
}

// A sub-item shares its item's document and is a <section> inside the item's,
// headed a level lower; the contents list it under the item. An address,
// which begins a document of its own, is a section of that document, its
// heading still a level below the item's.
TEST(EpubContent, AnItemsPartsAreSectionsInsideItAndHeadedBelowIt) {
  using testing::epub::heading;
  Meeting meeting = smallMeeting();
  const auto spoken =
      std::find_if(meeting.sections[3].blocks.begin(), meeting.sections[3].blocks.end(),
                   [](const Block& b) { return b.kind == BlockKind::Speech; });
  ASSERT_NE(spoken, meeting.sections[3].blocks.end());
  const Block talk = *spoken;
  meeting.sections.push_back(
      testing::epub::section(SectionKind::SubItem, {heading({text("(a) Sub-item")}, true), talk}));
  meeting.sections.push_back(testing::epub::section(
      SectionKind::Address, {heading({text("Address by Mr. Y")}, true), talk}));
  const auto r = render(meeting);
  ASSERT_EQ(r.layout.sections.size(), 6u);
  EXPECT_EQ(r.layout.sections[4].file, r.layout.sections[3].file);
  ASSERT_NE(r.layout.sections[5].file, r.layout.sections[3].file);
  std::map<std::string, pugi::xml_document> documents;
  for (const auto& part : r.parts) documents[part.file] = parse(part.xml);
  const auto& itemDocument = documents.at(r.layout.sections[3].file);
  auto subItem = itemDocument.select_node("//*[@id='dbsect_4']/section[@id='dbsect_4__dbsect_1']");
  ASSERT_TRUE(subItem) << "the sub-item is inside its item's section";
  EXPECT_STREQ(subItem.node().attribute("class").value(), "sub-item");
  EXPECT_EQ(textOf(subItem.node().child("h3")), "(a) Sub-item");
  EXPECT_FALSE(subItem.node().child("h2"));
  const auto& addressDocument = documents.at(r.layout.sections[5].file);
  auto address = addressDocument.select_node("//section[@id='dbsect_4__dbsect_2']");
  ASSERT_TRUE(address);
  EXPECT_EQ(textOf(address.node().child("h3")), "Address by Mr. Y");

  auto nav = parse(renderNav(r.facts, r.layout, *findEditionLocale("en")).xml);
  std::vector<std::string> parts;
  for (auto a : nav.select_nodes("//nav[@epub:type='toc']/ol/li/ol/li[3]/ol/li/a"))
    parts.push_back(a.node().attribute("href").value());
  EXPECT_NE(
      std::find(parts.begin(), parts.end(), r.layout.sections[3].file + "#dbsect_4__dbsect_1"),
      parts.end());
}

// A resumed meeting's record prints no item heading: the contents name its
// part by the cover's item.
TEST(EpubLayout, AResumedMeetingsPartIsKnownByTheCoversItem) {
  Meeting meeting = smallMeeting();
  Section part = meeting.sections[3];
  std::erase_if(part.blocks, [](const Block& b) { return b.kind == BlockKind::Heading; });
  meeting.sections = {meeting.sections[0], part};
  meeting.meta.agenda = {"The question concerning Haiti", "Report of the Secretary-General"};
  const auto layout = layOut(meeting, *findEditionLocale("en"));
  ASSERT_EQ(layout.toc.size(), 1u);
  EXPECT_EQ(layout.toc[0].section.label, "The question concerning Haiti");
}

// A part of an item with no heading (the speakers after its last address)
// is known in the contents by its item, and is no second item.
TEST(EpubLayout, APartOfAnItemWithoutHeadingIsKnownByItsItem) {
  Meeting meeting = smallMeeting();
  Section after = meeting.sections[3];
  after.blocks.erase(std::remove_if(after.blocks.begin(), after.blocks.end(),
                                    [](const Block& b) { return b.kind == BlockKind::Heading; }),
                     after.blocks.end());
  meeting.sections.push_back(after);
  const auto layout = layOut(meeting, *findEditionLocale("en"));
  ASSERT_EQ(layout.toc.size(), 4u);
  EXPECT_EQ(layout.toc[3].section.label, layout.toc[2].section.label);
  EXPECT_EQ(layout.agenda.size(), 2u);
  // A part headed by a subheading only (a sub-item, an address) is known by
  // it in the contents, and is no item of the agenda either.
  meeting.sections.back().blocks.insert(
      meeting.sections.back().blocks.begin(),
      testing::epub::heading({testing::epub::text("(a) A sub-item")}, true));
  const auto parted = layOut(meeting, *findEditionLocale("en"));
  ASSERT_EQ(parted.toc.size(), 4u);
  EXPECT_EQ(parted.toc[3].section.label, "(a) A sub-item");
  EXPECT_EQ(parted.agenda.size(), 2u);
}

TEST(EpubContent, ASpeechIsADivWhoseFirstParagraphOpensWithTheLabelAsPrinted) {
  const auto r = render(smallMeeting());
  auto part = parseKeepingSpaces(r.parts[0].xml);
  auto speech = part.select_node("//div[@id='dbsect_3__speech_1']").node();
  ASSERT_TRUE(speech);
  EXPECT_STREQ(speech.attribute("class").value(), "speech");
  auto first = speech.child("p");
  // The space before the language note is not the name's: outside the bold.
  EXPECT_EQ(textOf(first.child("b")), "The President");
  EXPECT_STREQ(first.child("b").attribute("class").value(), "speaker");
  EXPECT_EQ(textOf(first.child("span")), "(spoke in French)");
  EXPECT_STREQ(first.child("span").attribute("class").value(), "lang-note");
  EXPECT_EQ(textOf(first), "The President (spoke in French): I welcome the Secretary-General.");
  EXPECT_TRUE(speech.select_node("p[@class='national-capacity']"));
}

TEST(EpubContent, ALanguageSwitchStandsApartAndAContinuationIsMarked) {
  const auto r = render(smallMeeting());
  auto part = parseKeepingSpaces(r.parts[1].xml);
  auto speech = part.select_node("//div[@id='dbsect_4__speech_1']").node();
  // The label cannot open a language note: it has a line of its own.
  auto label = speech.child("p");
  EXPECT_STREQ(label.attribute("class").value(), "speaker-line");
  EXPECT_EQ(textOf(label), "Mr. Dupont (France) (spoke in French): ");
  auto note = label.next_sibling("p");
  EXPECT_STREQ(note.attribute("class").value(), "lang-switch");
  EXPECT_EQ(textOf(note), "(spoke in English)");
  auto continued = part.select_node("//div[@id='dbsect_4__speech_2']").node();
  EXPECT_STREQ(continued.attribute("class").value(), "speech continued");
  // The record does not print the label where the turn goes on: the edition
  // repeats it in square brackets, as an insertion.
  const std::string opening = textOf(continued.child("p"));
  EXPECT_TRUE(opening.starts_with("[") && opening.find("]: ") != std::string::npos) << opening;
}

// A resumed meeting's record is one of its own: its title says so, as its
// symbol does (two editions had one title).
TEST(EpubContent, AResumedMeetingsTitleSaysSo) {
  Meeting meeting = smallMeeting();
  const auto& locale = *findEditionLocale("en");
  const std::string plain = recordFacts(meeting, locale).title;
  meeting.meta.symbol += " (Resumption 1)";
  EXPECT_EQ(recordFacts(meeting, locale).title, plain + " (Resumption 1)");
}

// An election's rows the chair reads out are rows of a table, not
// paragraphs of speech; a sentence that gives a vote's counts is speech.
TEST(EpubContent, AnElectionsResultRowsAreSetAsRows) {
  Meeting meeting = smallMeeting();
  Inline papers{InlineKind::Quantity, "192", "ballotPapers", TimeEvent::None, "192"};
  Inline favour{InlineKind::Quantity, "13", "inFavour", TimeEvent::None, "13"};
  meeting.sections[2].blocks.push_back(
      speech({person("The President", "president")},
             {paragraph({text("The result of the voting is as follows:")}),
              paragraph({text("Number of ballot papers: "), papers}),
              paragraph({text("It received "), favour, text(" votes in favour.")})}));
  const auto r = render(meeting);
  auto part = parse(r.parts[0].xml);
  const auto rows = part.select_nodes("//p[@class='result-row']");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(textOf(rows.first().node()), "Number of ballot papers: 192");
}

TEST(EpubContent, ProceduralLinesAndTimesAreSetApart) {
  const auto r = render(smallMeeting());
  auto part = parse(r.parts[0].xml);
  auto opening = part.select_node("//p[@id='dbsect_1__narrative_1']").node();
  EXPECT_STREQ(opening.attribute("class").value(), "procedural opening");
  EXPECT_STREQ(opening.child("time").attribute("datetime").value(), "2099-01-05T10:05:00");
  EXPECT_EQ(textOf(opening.child("time")), "10.05 a.m.");
}

TEST(EpubContent, DocumentReferencesLinkWhereAReaderCanFollowThem) {
  const auto r = render(smallMeeting());
  auto part = parse(r.parts[0].xml);
  // Inside the record: to the document that holds the target.
  EXPECT_TRUE(part.select_node("//a[@href='part-2.xhtml#dbsect_4__speech_1']"));
  EXPECT_TRUE(part.select_node("//h3/a[@href='https://undocs.org/en/S/2099/1']"));
  // An AKN IRI no reading system can open stays text.
  auto iri = part.select_node("//span[@class='docref']").node();
  EXPECT_EQ(textOf(iri), "A/99/1");
  EXPECT_FALSE(part.select_node("//a[contains(@href, '/akn/')]"));
}

TEST(EpubContent, InARightToLeftEditionLatinSymbolsAreSetLeftToRight) {
  Meeting meeting = smallMeeting("ar");
  meeting.sections[2].blocks[2].speech.items[1].paragraph.content.push_back(
      documentRef("القرار 2448", "https://undocs.org/ar/S/RES/2448"));
  const auto r = render(meeting);
  auto part = parse(r.parts[0].xml);
  EXPECT_STREQ(part.document_element().attribute("dir").value(), "rtl");
  auto symbol = part.select_node("//a[@href='https://undocs.org/en/S/2099/1']").node();
  EXPECT_STREQ(symbol.attribute("dir").value(), "ltr");
  EXPECT_STREQ(symbol.attribute("lang").value(), "en");
  EXPECT_STREQ(symbol.attribute("xml:lang").value(), "en");
  // Arabic words stay in the paragraph's direction.
  auto words = part.select_node("//a[@href='https://undocs.org/ar/S/RES/2448']").node();
  EXPECT_FALSE(words.attribute("dir"));
}

// "القرار 2805 (2025)": a resolution's number has no letters whose order a
// left-to-right run would keep, and set apart as one it reads year first.
TEST(EpubContent, InARightToLeftEditionAResolutionsNumberKeepsTheParagraphsDirection) {
  Meeting meeting = smallMeeting("ar");
  meeting.sections[2].blocks[2].speech.items[1].paragraph.content.push_back(
      documentRef("2805 (2025)", "https://undocs.org/ar/S/RES/2805(2025)"));
  const auto r = render(meeting);
  auto part = parse(r.parts[0].xml);
  auto number = part.select_node("//a[@href='https://undocs.org/ar/S/RES/2805(2025)']").node();
  ASSERT_TRUE(number);
  EXPECT_FALSE(number.attribute("dir"));
  EXPECT_FALSE(number.attribute("lang"));
}

// French sets a no-break space before ":" and inside « », a narrow one
// before ; ! ?, wherever the text has a plain one: in speeches as in the
// vote's labels. English keeps its text as it is.
TEST(EpubContent, AFrenchEditionKeepsItsSpacesBeforePunctuationUnbroken) {
  Meeting meeting = smallMeeting("fr");
  meeting.sections[2].blocks[2].speech.items[1].paragraph.content.push_back(
      testing::epub::text(" Il a dit « non » : qui en doute ? Personne ; vraiment !"));
  const auto r = render(meeting);
  const std::string& xml = r.parts[0].xml;
  EXPECT_NE(
      xml.find("«\u00A0non\u00A0»\u00A0: qui en doute\u202F? Personne\u202F; vraiment\u202F!"),
      std::string::npos)
      << xml;
  EXPECT_EQ(xml.find(" :"), std::string::npos);
  EXPECT_EQ(withSpacing(*findEditionLocale("en"), "Note : this"), "Note : this");
}

TEST(EpubContent, PageMarkersNameThePrintedPageAndSitBetweenParagraphsWhereTheyCan) {
  const auto r = render(smallMeeting());
  auto first = parse(r.parts[0].xml);
  auto start = first.select_node("/html/body/*[1]").node();
  EXPECT_STREQ(start.name(), "span") << "the record begins on its first printed page";
  EXPECT_STREQ(start.attribute("id").value(), "page-2");
  EXPECT_STREQ(start.attribute("epub:type").value(), "pagebreak");
  EXPECT_STREQ(start.attribute("role").value(), "doc-pagebreak");
  EXPECT_STREQ(start.attribute("aria-label").value(), "2");
  EXPECT_NE(r.parts[0].xml.find("aria-label=\"2\"></span>"), std::string::npos)
      << "written with an end tag, never <span/>";
  // Page 2 ended with the paragraph: page 3 begins after it, in the speech.
  auto page3 = first.select_node("//span[@id='page-3']").node();
  EXPECT_STREQ(page3.parent().name(), "div");
  EXPECT_STREQ(page3.previous_sibling().name(), "p");
  // Inside a paragraph when the page ends inside it; none for an unknown number.
  auto second = parse(r.parts[1].xml);
  auto page5 = second.select_node("//span[@id='page-5']").node();
  EXPECT_STREQ(page5.parent().name(), "p");
  EXPECT_EQ(second.select_nodes("//span[@role='doc-pagebreak']").size(), 1u);
}

TEST(EpubContent, AVoteIsATableWithACaptionAndARowPerList) {
  const auto r = render(smallMeeting());
  auto part = parse(r.parts[0].xml);
  auto table = part.select_node("//table[@id='dbsect_3__other_1']").node();
  ASSERT_TRUE(table);
  // The caption tells this vote from the others: each side with its count.
  const std::string caption = textOf(table.child("caption"));
  EXPECT_TRUE(caption.starts_with("Result of the vote: In favour 2, ")) << caption;
  // Chinese counts in 票, no space beside the digits (round AW: "赞成 2").
  Meeting chinese = smallMeeting("zh");
  for (auto& section : chinese.sections)
    for (auto& block : section.blocks)
      for (auto& list : block.vote.lists)
        if (list.choice == VoteChoice::InFavour)
          list.label.content = {{InlineKind::Text, "赞成：", {}, TimeEvent::None, {}}};
  const auto zh = parse(render(chinese).parts[0].xml);
  const std::string zhCaption =
      textOf(zh.select_node("//table[@id='dbsect_3__other_1']/caption").node());
  EXPECT_TRUE(zhCaption.starts_with("表决结果：赞成2票，")) << zhCaption;
  auto rows = table.select_nodes("tbody/tr");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_STREQ(rows[0].node().attribute("class").value(), "inFavour");
  EXPECT_EQ(textOf(rows[0].node().child("th")), "In favour:");
  EXPECT_STREQ(rows[0].node().child("th").attribute("scope").value(), "row");
  EXPECT_EQ(textOf(rows[0].node().child("td")), "France, Ghana");
  // The page that ends with the vote ends after the table, not in a cell.
  EXPECT_FALSE(table.select_node(".//span[@role='doc-pagebreak']"));
}

TEST(EpubContent, HeadingsAreH2ForTheItemAndH3ForItsSubItems) {
  const auto r = render(smallMeeting());
  auto part = parse(r.parts[0].xml);
  auto item = part.select_node("//section[@id='dbsect_3']").node();
  EXPECT_STREQ(item.attribute("class").value(), "agenda-item");
  EXPECT_EQ(textOf(item.child("h2")), "Threats to international peace");
  EXPECT_EQ(textOf(item.child("h3")), "Letter dated 1 January 2099 (S/2099/1)");
}

// The presiding officer is named with the title the record gives them
// ("الرئيسة" for a woman), not the locale's word for the office.
TEST(EpubTitlePage, ThePresidentHasTheTitleTheRecordGivesThem) {
  Meeting meeting = smallMeeting("ar");
  meeting.people.push_back({"baerbock", "السيدة بيربوك"});
  meeting.roles.push_back({"president", "الرئيسة", "/akn/ontology/role/un/president"});
  meeting.meta.president = "baerbock";
  meeting.meta.presidentRole = "president";
  const auto r = render(meeting);
  auto page = parse(renderTitlePage(meeting, r.facts, r.layout, *findEditionLocale("ar")).xml);
  std::vector<std::string> terms;
  for (auto node : page.select_nodes("//dl/dt")) terms.push_back(textOf(node.node()));
  EXPECT_NE(std::find(terms.begin(), terms.end(), "الرئيسة"), terms.end());
  EXPECT_EQ(std::find(terms.begin(), terms.end(), "الرئيس"), terms.end());
}

TEST(EpubTitlePage, TheTitlePageGivesWhatTheRecordSaysOfTheMeeting) {
  const Meeting meeting = smallMeeting();
  const auto r = render(meeting);
  const auto title = renderTitlePage(meeting, r.facts, r.layout, *findEditionLocale("en"));
  EXPECT_EQ(title.file, "title.xhtml");
  auto page = parse(title.xml);
  EXPECT_EQ(textOf(page.select_node("//h1").node()), "Security Council, 99999th meeting");
  EXPECT_EQ(textOf(page.select_node("//p[@class='symbol']").node()), "S/PV.99999");
  std::vector<std::string> facts;
  for (auto node : page.select_nodes("//dl/*")) facts.push_back(textOf(node.node()));
  EXPECT_EQ(facts, (std::vector<std::string>{"Date", "Monday, 5 January 2099", "Time", "10.05 a.m.",
                                             "Place", "New York", "Presidency", "Ghana"}));
  auto agenda = page.select_nodes("//ol[@class='agenda']/li");
  ASSERT_EQ(agenda.size(), 2u);
  EXPECT_STREQ(agenda[0].node().child("a").attribute("href").value(), "part-1.xhtml#dbsect_3");
  EXPECT_EQ(textOf(agenda[0].node().child("span")), "Letter dated 1 January 2099 (S/2099/1)");
}

// The Assembly numbers its meetings anew each session: the catalogue title
// names the session, so that two sessions' 29th meetings are two titles. The
// Council's numbers run on, and its title stays as it is.
TEST(EpubTitlePage, TheAssemblysCatalogueTitleNamesTheSession) {
  Meeting meeting = smallMeeting();
  meeting.meta.session = "Seventy-ninth session";
  meeting.organizations.push_back(
      {"unga", "General Assembly", "/akn/ontology/organization/un/un-ga"});
  meeting.meta.body = "GA";
  meeting.meta.meetingNumber = "29";
  const auto assembly = render(meeting).facts;
  // Its own meetings are plenary meetings, as its cover says.
  EXPECT_EQ(assembly.title, "General Assembly, 29th plenary meeting");
  EXPECT_EQ(assembly.catalogueTitle,
            "General Assembly, 29th plenary meeting (Seventy-ninth session)");
  meeting.meta.body = "SC";
  meeting.meta.session = "Seventy-third year";
  const auto council = render(meeting).facts;
  EXPECT_EQ(council.catalogueTitle, council.title);
}

TEST(EpubTitlePage, TheCoverPagesFactsAreUsedWhenTheRecordHasThem) {
  Meeting meeting = smallMeeting();
  meeting.people.push_back({"adom", "Mr. Adom"});
  meeting.organizations.push_back(
      {"civ", "Côte d’Ivoire", "/akn/ontology/organization/un/member.civ"});
  meeting.meta.president = "adom";
  meeting.meta.presidency = "civ";
  meeting.meta.session = "Seventy-third year";
  meeting.meta.status = "Provisional";
  meeting.meta.dateLine = "Thursday, 13 December 2018, 3 p.m.";
  meeting.meta.members = {{"fra", "dupont"}, {"gha", ""}};
  const auto r = render(meeting);
  auto page = parse(renderTitlePage(meeting, r.facts, r.layout, *findEditionLocale("en")).xml);
  EXPECT_EQ(textOf(page.select_node("//p[@class='status']").node()), "Provisional");
  EXPECT_EQ(textOf(page.select_node("//p[@class='session']").node()), "Seventy-third year");
  std::vector<std::string> facts;
  for (auto node : page.select_nodes("//dl/*")) facts.push_back(textOf(node.node()));
  EXPECT_EQ(facts, (std::vector<std::string>{"Date", "Thursday, 13 December 2018, 3 p.m.", "Place",
                                             "New York", "President", "Mr. Adom (Côte d’Ivoire)"}));
  auto members = page.select_nodes("//table[@class='members']/tbody/tr");
  ASSERT_EQ(members.size(), 2u);
  EXPECT_EQ(textOf(members[0].node()), "FranceMr. Dupont");
}

TEST(EpubNav, TheContentsGoFromRecordToAgendaItemToSpeaker) {
  const auto r = render(smallMeeting());
  const auto nav = renderNav(r.facts, r.layout, *findEditionLocale("en"));
  auto document = parse(nav.xml);
  auto toc = document.select_node("//nav[@epub:type='toc']").node();
  ASSERT_TRUE(toc);
  EXPECT_STREQ(toc.attribute("role").value(), "doc-toc");
  auto record = toc.select_node("ol/li").node();
  EXPECT_STREQ(record.child("a").attribute("href").value(), "title.xhtml");
  EXPECT_EQ(textOf(record.child("a")), "Security Council, 99999th meeting");
  auto items = record.select_nodes("ol/li");
  ASSERT_EQ(items.size(), 3u);
  EXPECT_STREQ(items[1].node().child("a").attribute("href").value(), "part-1.xhtml#dbsect_3");
  auto speakers = items[2].node().select_nodes("ol/li/a");
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_STREQ(speakers[0].node().attribute("href").value(), "part-2.xhtml#dbsect_4__speech_1");
}

TEST(EpubNav, LandmarksAndThePageListAreThere) {
  const auto r = render(smallMeeting());
  auto document = parse(renderNav(r.facts, r.layout, *findEditionLocale("en")).xml);
  std::vector<std::string> landmarks;
  for (auto a : document.select_nodes("//nav[@epub:type='landmarks']//a"))
    landmarks.push_back(std::string(a.node().attribute("epub:type").value()) + " " +
                        a.node().attribute("href").value());
  EXPECT_EQ(landmarks, (std::vector<std::string>{"titlepage title.xhtml", "toc #toc",
                                                 "bodymatter part-1.xhtml"}));
  auto pageList = document.select_node("//nav[@epub:type='page-list']").node();
  EXPECT_STREQ(pageList.attribute("role").value(), "doc-pagelist");
  std::vector<std::string> pages;
  for (auto a : pageList.select_nodes(".//a"))
    pages.push_back(std::string(a.node().attribute("href").value()) + " " + textOf(a.node()));
  EXPECT_EQ(pages, (std::vector<std::string>{"part-1.xhtml#page-2 2", "part-1.xhtml#page-3 3",
                                             "part-2.xhtml#page-5 5"}));
}

TEST(EpubNav, ARecordWithoutPageNumbersHasNoPageList) {
  Meeting meeting = smallMeeting();
  for (auto& section : meeting.sections)
    for (auto& block : section.blocks)
      if (block.kind == BlockKind::Narrative)
        std::erase_if(block.narrative.text.content,
                      [](const Inline& run) { return run.kind == InlineKind::PageEnd; });
  for (auto& section : meeting.sections)
    for (auto& block : section.blocks) {
      for (auto& item : block.speech.items)
        std::erase_if(item.paragraph.content,
                      [](const Inline& run) { return run.kind == InlineKind::PageEnd; });
      for (auto& list : block.vote.lists)
        std::erase_if(list.members.content,
                      [](const Inline& run) { return run.kind == InlineKind::PageEnd; });
    }
  const auto r = render(meeting);
  EXPECT_TRUE(r.layout.pages().empty());
  auto document = parse(renderNav(r.facts, r.layout, *findEditionLocale("en")).xml);
  EXPECT_FALSE(document.select_node("//nav[@epub:type='page-list']"));
}

}  // namespace
}  // namespace verbatim::epub
