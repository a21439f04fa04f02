// The eIds of a record's sections and blocks, which are their places.
//
// "dbsect_3" is the third section, "dbsect_3__speech_2" its second speech.
// The AKN writer names them so, the EPUB's anchors repeat them (a reference
// made in AKN resolves in the edition), and a file read back is checked
// against them: one scheme, spelled here only.
#pragma once

#include <string>
#include <string_view>

#include "core/model.hpp"

namespace verbatim {

// The AKN element a block is written as ("speech", "narrative", "other");
// empty for a heading, which has no eId.
std::string_view blockElement(BlockKind kind);

// Numbers one section's blocks in order, each kind of element on its own.
class PlaceIds {
 public:
  explicit PlaceIds(int sectionNumber);  // 1-based

  const std::string& section() const { return section_; }
  // The eId of the section's next block of this kind; empty for a heading.
  std::string next(BlockKind kind);
  // The same for an element read back: "speech", "narrative" or "other".
  std::string next(std::string_view element);

 private:
  std::string section_;
  int speeches_ = 0, narratives_ = 0, others_ = 0;
};

}  // namespace verbatim
