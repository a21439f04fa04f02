#include "core/audit.hpp"

#include <algorithm>
#include <utility>

namespace verbatim {
namespace {

// A range of source lines, first to last as the file numbers them: text read
// a column at a time (-layout) can take a later line before an earlier one.
AuditEntry entryOf(AuditAction action, std::string kind, int firstLine, int lastLine,
                   std::string text, std::string detail) {
  const auto [first, last] = std::minmax(firstLine, lastLine);
  return {action, std::move(kind), first, last, std::move(text), std::move(detail)};
}

}  // namespace

void Audit::removed(std::string kind, int firstLine, int lastLine, std::string text,
                    std::string detail) {
  entries_.push_back(entryOf(AuditAction::Removed, std::move(kind), firstLine, lastLine,
                             std::move(text), std::move(detail)));
}

void Audit::repaired(std::string kind, int firstLine, int lastLine, std::string text,
                     std::string detail) {
  entries_.push_back(entryOf(AuditAction::Repaired, std::move(kind), firstLine, lastLine,
                             std::move(text), std::move(detail)));
}

void Audit::inferred(std::string kind, int firstLine, int lastLine, std::string detail) {
  entries_.push_back(
      entryOf(AuditAction::Inferred, std::move(kind), firstLine, lastLine, {}, std::move(detail)));
}

void Audit::inserted(std::string kind, int firstLine, int lastLine, std::string text,
                     std::string detail) {
  entries_.push_back(entryOf(AuditAction::Inserted, std::move(kind), firstLine, lastLine,
                             std::move(text), std::move(detail)));
}

void Audit::warn(int line, std::string message) { warnings_.push_back({line, std::move(message)}); }

std::string Audit::removedText() const {
  std::string all;
  for (const auto& entry : entries_)
    if (entry.action == AuditAction::Removed) all += entry.text;
  return all;
}

std::string Audit::insertedText() const {
  std::string all;
  for (const auto& entry : entries_)
    if (entry.action == AuditAction::Inserted) all += entry.text;
  return all;
}

std::string_view toString(AuditAction action) {
  switch (action) {
    case AuditAction::Removed: return "removed";
    case AuditAction::Repaired: return "repaired";
    case AuditAction::Inferred: return "inferred";
    case AuditAction::Inserted: return "inserted";
  }
  return "repaired";
}

}  // namespace verbatim
