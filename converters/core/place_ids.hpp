// The eIds of a record's sections and blocks, which are their places.
//
// "dbsect_3" is the third section, "dbsect_3__speech_2" its second speech,
// "dbsect_3__dbsect_1" the first part written inside it (an address).
// The AKN writer names them so, the EPUB's anchors repeat them (a reference
// made in AKN resolves in the edition), and a file read back is checked
// against them: one scheme, spelled here only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace verbatim {

// The AKN element a block is written as ("speech", "narrative", "other");
// empty for a heading, which has no eId.
std::string_view blockElement(BlockKind kind);

// Numbers one section's blocks in order, each kind of element on its own.
class PlaceIds {
 public:
  explicit PlaceIds(int sectionNumber);  // 1-based
  // The part's, numbered within the section written around it.
  PlaceIds(const PlaceIds& around, int partNumber);

  const std::string& section() const { return section_; }
  // The eId of the section's next block of this kind; empty for a heading.
  std::string next(BlockKind kind);
  // The same for an element read back: "speech", "narrative" or "other".
  std::string next(std::string_view element);

 private:
  std::string section_;
  int speeches_ = 0, narratives_ = 0, others_ = 0;
};

// The places of a record's sections as the outline writes them: an item's
// parts numbered inside it, and the item going on after them numbering its
// blocks on from where its own stopped.
class SectionIds {
 public:
  explicit SectionIds(const std::vector<Section>& sections);

  Nesting nesting(std::size_t section) const { return outline_[section]; }
  // The ids of section s's element (for a section that goes on, its item's)
  // and blocks; ask in reading order, as the blocks are written.
  PlaceIds& of(std::size_t section) { return ids_[owner_[section]]; }

 private:
  std::vector<Nesting> outline_;
  std::vector<PlaceIds> ids_;
  std::vector<std::size_t> owner_;  // section → its element's entry in ids_
};

}  // namespace verbatim
