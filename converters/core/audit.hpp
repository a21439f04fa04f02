// The audit trail: every line the cleaner removes and every repair it makes,
// with the source lines it concerns, so that an archivist can check that
// nothing was lost (see the conservation check in core/conservation.hpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verbatim {

enum class AuditAction {
  Removed,   // text taken out of the record (its characters are kept here)
  Repaired,  // text changed in place: lines joined, spaces dropped
  Inferred,  // a structural decision the text does not mark explicitly
  Inserted,  // text the record carries that the input did not have here (a repeated label)
};

struct AuditEntry {
  AuditAction action = AuditAction::Repaired;
  std::string kind;   // machine-readable: "justification-space", "column-break", …
  int firstLine = 0;  // 1-based source lines, inclusive
  int lastLine = 0;
  std::string text;    // the characters removed, or the text concerned
  std::string detail;  // a sentence for a person
};

struct Warning {
  int line = 0;
  std::string message;
};

class Audit {
 public:
  void removed(std::string kind, int firstLine, int lastLine, std::string text,
               std::string detail = {});
  void repaired(std::string kind, int firstLine, int lastLine, std::string text,
                std::string detail = {});
  void inferred(std::string kind, int firstLine, int lastLine, std::string detail);
  void inserted(std::string kind, int firstLine, int lastLine, std::string text,
                std::string detail = {});
  void warn(int line, std::string message);

  const std::vector<AuditEntry>& entries() const { return entries_; }
  const std::vector<Warning>& warnings() const { return warnings_; }

  // The characters of every Removed entry, concatenated: what the
  // conservation check adds to the record's own text.
  std::string removedText() const;
  // The characters of every Inserted entry: what the check takes off the record's text.
  std::string insertedText() const;

 private:
  std::vector<AuditEntry> entries_;
  std::vector<Warning> warnings_;
};

std::string_view toString(AuditAction action);

}  // namespace verbatim
