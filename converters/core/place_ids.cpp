#include "core/place_ids.hpp"

namespace verbatim {

std::string_view blockElement(BlockKind kind) {
  switch (kind) {
    case BlockKind::Heading: return {};
    case BlockKind::Narrative: return "narrative";
    case BlockKind::Speech: return "speech";
    case BlockKind::Vote: return "other";
  }
  return {};
}

PlaceIds::PlaceIds(int sectionNumber) : section_("dbsect_" + std::to_string(sectionNumber)) {}

PlaceIds::PlaceIds(const PlaceIds& around, int partNumber)
    : section_(around.section_ + "__dbsect_" + std::to_string(partNumber)) {}

SectionIds::SectionIds(const std::vector<Section>& sections) : outline_(outlineOf(sections)) {
  ids_.reserve(sections.size());
  int own = 0, parts = 0;
  std::size_t item = 0;  // the entry of the last section of its own
  for (std::size_t s = 0; s < sections.size(); ++s) {
    switch (outline_[s]) {
      case Nesting::Own:
        item = ids_.size();
        parts = 0;
        owner_.push_back(ids_.size());
        ids_.emplace_back(++own);
        break;
      case Nesting::Part: {
        PlaceIds part(ids_[item], ++parts);
        owner_.push_back(ids_.size());
        ids_.push_back(std::move(part));
        break;
      }
      case Nesting::GoesOn: owner_.push_back(item); break;
    }
  }
}

std::string PlaceIds::next(BlockKind kind) { return next(blockElement(kind)); }

std::string PlaceIds::next(std::string_view element) {
  int* counter = element == "speech"      ? &speeches_
                 : element == "narrative" ? &narratives_
                 : element == "other"     ? &others_
                                          : nullptr;
  if (counter == nullptr) return {};
  return section_ + "__" + std::string(element) + "_" + std::to_string(++*counter);
}

}  // namespace verbatim
