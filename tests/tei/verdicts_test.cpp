// The 35 verdict cases of ../shared/schemas/tei/EXPECTED.txt through
// `verbatim validate --schema`: one run per schema (tei_all.rng is compiled
// once per run), every file's verdict as expected.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "support/support.hpp"

namespace verbatim {
namespace {

struct Row {
  std::string file, schema;
  bool valid = false;
};

std::vector<Row> expectedRows() {
  std::istringstream in(testing::readText(testing::sharedDir() / "schemas/tei/EXPECTED.txt"));
  std::vector<Row> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    Row row;
    std::string verdict;
    if (!(fields >> row.file >> row.schema >> verdict)) continue;
    row.valid = verdict == "valid";
    rows.push_back(row);
  }
  return rows;
}

TEST(TeiVerdicts, TheExpectedVerdictsThroughVerbatimValidate) {
  REQUIRE_SHARED();
  const auto rows = expectedRows();
  ASSERT_EQ(rows.size(), 35u);
  std::map<std::string, std::vector<std::string>> bySchema;
  for (const auto& row : rows) bySchema[row.schema].push_back(row.file);
  const auto directory = testing::sharedDir() / "schemas/tei";
  std::map<std::pair<std::string, std::string>, bool> valid;
  for (const auto& [schema, files] : bySchema) {
    std::vector<std::string> arguments = {"validate", "--schema", schema};
    arguments.insert(arguments.end(), files.begin(), files.end());
    auto run = testing::runVerbatim(arguments, {}, directory);
    ASSERT_NE(run.exitCode, 2) << schema << " did not compile: " << run.err;
    for (const auto& file : files)
      valid[{file, schema}] = ("\n" + run.out).find("\n" + file + ": valid\n") != std::string::npos;
  }
  for (const auto& row : rows)
    EXPECT_EQ(valid[std::make_pair(row.file, row.schema)], row.valid)
        << row.file << " against " << row.schema << " should be "
        << (row.valid ? "valid" : "invalid");
}

// A duplicate xml:id is a validity error, not a well-formedness one: the
// file is judged by the schema (exit 3, "not valid"), not refused as
// malformed XML (exit 1).
TEST(TeiVerdicts, ADuplicateIdIsInvalidNotMalformed) {
  REQUIRE_SHARED();
  auto run = testing::runVerbatim(
      {"validate", "--schema", "parlamint/ParlaMint-TEI.rng", "invalid/tei-4-duplicate-id.xml"}, {},
      testing::sharedDir() / "schemas/tei");
  EXPECT_EQ(run.exitCode, 3) << run.err;
  EXPECT_NE(run.out.find("invalid/tei-4-duplicate-id.xml: not valid"), std::string::npos);
}

}  // namespace
}  // namespace verbatim
