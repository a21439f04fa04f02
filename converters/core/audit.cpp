#include "core/audit.hpp"

#include <utility>

namespace verbatim {

void Audit::removed(std::string kind, int firstLine, int lastLine, std::string text,
                    std::string detail) {
  entries_.push_back({AuditAction::Removed, std::move(kind), firstLine, lastLine, std::move(text),
                      std::move(detail)});
}

void Audit::repaired(std::string kind, int firstLine, int lastLine, std::string text,
                     std::string detail) {
  entries_.push_back({AuditAction::Repaired, std::move(kind), firstLine, lastLine, std::move(text),
                      std::move(detail)});
}

void Audit::inferred(std::string kind, int firstLine, int lastLine, std::string detail) {
  entries_.push_back(
      {AuditAction::Inferred, std::move(kind), firstLine, lastLine, {}, std::move(detail)});
}

void Audit::inserted(std::string kind, int firstLine, int lastLine, std::string text,
                     std::string detail) {
  entries_.push_back({AuditAction::Inserted, std::move(kind), firstLine, lastLine, std::move(text),
                      std::move(detail)});
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
