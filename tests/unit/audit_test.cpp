#include "core/audit.hpp"

#include <gtest/gtest.h>

namespace verbatim {
namespace {

// Text read a column at a time (-layout) takes a later line before an
// earlier one: an entry's range still runs from the first line to the last
// as the file numbers them (round BC: a vote's check read "lines": [23, 7]).
TEST(Audit, AnEntrysLinesRunFirstToLast) {
  Audit audit;
  audit.inferred("vote-totals", 23, 7, "the lists match the result announced");
  audit.repaired("column-break", 12, 12, {}, "lines joined");
  audit.removed("running-head", 40, 38, "S/PV.7539", "the record's symbol");
  ASSERT_EQ(audit.entries().size(), 3u);
  EXPECT_EQ(audit.entries()[0].firstLine, 7);
  EXPECT_EQ(audit.entries()[0].lastLine, 23);
  EXPECT_EQ(audit.entries()[1].firstLine, 12);
  EXPECT_EQ(audit.entries()[1].lastLine, 12);
  EXPECT_EQ(audit.entries()[2].firstLine, 38);
  EXPECT_EQ(audit.entries()[2].lastLine, 40);
}

}  // namespace
}  // namespace verbatim
