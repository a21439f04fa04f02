#include "akn/iri.hpp"

#include "core/bodies.hpp"
#include "core/languages.hpp"

namespace verbatim {

RecordIris recordIris(const Metadata& meta) {
  const BodyInfo* body = findBody(meta.body);
  RecordIris iris;
  iris.work = "/akn/un/debate/record/" + std::string(body ? body->actor : "un") + "/" + meta.date +
              "/" + symbolForIri(meta.symbol);
  iris.expression = iris.work + "/" + iso639_2Of(meta.language) + "@" + meta.date;
  iris.manifestation = iris.expression + "/!main.xml";
  return iris;
}

}  // namespace verbatim
