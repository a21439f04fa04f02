#include "tei/tei.hpp"

namespace verbatim {

Result<std::string> writeTei(const Meeting&, const TeiOptions&) {
  return Error{ErrorKind::Usage, "TEI output is not available in this version", {}, 0, {}};
}

}  // namespace verbatim
