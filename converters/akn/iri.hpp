// Akoma Ntoso IRIs for a verbatim record (FRBR work, expression, manifestation).
#pragma once

#include <string>

#include "core/model.hpp"

namespace verbatim {

struct RecordIris {
  std::string work;           // /akn/un/debate/record/un-sc/2023-07-18/S-PV.9381
  std::string expression;     // {work}/zho@2023-07-18
  std::string manifestation;  // {expression}/!main.xml
};

RecordIris recordIris(const Metadata& meta);

}  // namespace verbatim
