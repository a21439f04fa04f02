// Conformance with the official schema: every AKN the project writes is valid
// against OASIS akomantoso30.xsd (read in place from ../shared).
#include <gtest/gtest.h>

#include "akn/writer.hpp"
#include "raw/read_raw.hpp"
#include "support/support.hpp"
#include "validate/validator.hpp"

namespace verbatim {
namespace {

const Schema& officialSchema() {
  static std::unique_ptr<Schema> schema = [] {
    auto compiled =
        Schema::fromFile((testing::sharedDir() / "schemas/akn/akomantoso30.xsd").string());
    if (!compiled) throw std::runtime_error(describe(compiled.error()));
    return std::move(compiled.value());
  }();
  return *schema;
}

TEST(Conformance, TheSharedExampleIsValid) {
  REQUIRE_SHARED();
  auto text = testing::readText(testing::sharedDir() / "schemas/akn/example-debate.xml");
  auto document = parseXml(text, "example-debate.xml");
  ASSERT_TRUE(document.ok());
  EXPECT_TRUE(officialSchema().validate(document.value()).empty());
}

TEST(Conformance, TheChineseRecordIsValidAgainstTheOasisSchema) {
  REQUIRE_SHARED();
  RawOptions options;
  options.meta.symbol = "S/PV.9381";
  options.meta.date = "2023-07-18";
  options.meta.language = "zh";
  options.firstPage = 2;
  auto text = testing::readText(testing::sourceDir() / "fixtures/zh/S_PV.9381.txt");
  auto reading = readRawRecord(text, "S_PV.9381.txt", options);
  ASSERT_TRUE(reading.ok());
  const std::string xml = writeAkn(reading.value().meeting);
  auto document = parseXml(xml, "S_PV.9381.zh.akn.xml");
  ASSERT_TRUE(document.ok());
  auto problems = officialSchema().validate(document.value());
  EXPECT_TRUE(problems.empty()) << formatDiagnostic("S_PV.9381.zh.akn.xml", problems.at(0));
}

TEST(Conformance, TheGoldenFileIsValidAgainstTheOasisSchema) {
  REQUIRE_SHARED();
  auto text = testing::readText(testing::sourceDir() / "fixtures/zh/expected/S_PV.9381.zh.akn.xml");
  auto document = parseXml(text, "expected");
  ASSERT_TRUE(document.ok());
  EXPECT_TRUE(officialSchema().validate(document.value()).empty());
}

}  // namespace
}  // namespace verbatim
