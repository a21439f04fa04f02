// The package document (EPUB/package.opf) and the container file that points
// at it (META-INF/container.xml).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verbatim::epub {

inline constexpr std::string_view kPackageDirectory = "EPUB/";
inline constexpr std::string_view kPackagePath = "EPUB/package.opf";
inline constexpr std::string_view kContainerPath = "META-INF/container.xml";
inline constexpr std::string_view kMimetype = "application/epub+zip";

// A file of the publication, in the package directory.
struct Resource {
  std::string file;        // "part-1.xhtml"
  std::string id;          // its manifest id
  std::string mediaType;   // "application/xhtml+xml"
  std::string properties;  // "nav" or empty
  bool inSpine = false;    // in reading order (the spine), in the order given
  std::string bytes;
};

struct PackageFacts {
  std::string identifier;  // "urn:uuid:…"
  std::string title;
  std::string language;  // BCP 47: the edition's one language
  std::string creator;   // the body that held the meeting
  std::string publisher;
  std::string date;    // the meeting date, YYYY-MM-DD
  std::string source;  // the printed record's symbol: the source of the pagination
  std::string modified;
  bool rightToLeft = false;
  bool pageMarkers = false;          // the content marks the printed pages and lists them
  std::string accessibilitySummary;  // in `language`, as the package is
};

std::string packageDocument(const PackageFacts& facts, const std::vector<Resource>& resources);
std::string containerDocument();

}  // namespace verbatim::epub
