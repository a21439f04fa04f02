#include "epub/epub.hpp"

namespace verbatim {

Result<std::string> writeEpub(const Meeting&, const EpubOptions&) {
  return Error{ErrorKind::Usage, "EPUB output is not available in this version", {}, 0, {}};
}

}  // namespace verbatim
