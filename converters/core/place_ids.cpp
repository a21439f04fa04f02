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
