// Import of review history (review_import.h; doc/import.md): the whole file in ONE Store
// transaction. Every row is checked first, against the columns' rules and the partnership's
// agencies, themes and references; if any row is wrong NOTHING is written but the audit event,
// and the report lists each problem. Otherwise each new reference becomes a case with its
// records in the state its data says, with "Imported from history" on its timeline, and a
// reference the partnership already has is skipped as unchanged, so importing the same file
// twice changes nothing. One audit event per import, "case.import" (resource "case_import"),
// gives the counts: outcome success ("created N, unchanged M") or failure ("N problems; nothing
// imported").
//
// ImportReviews is the import itself, for a caller that has its own transaction and has decided
// who may import (the `assure import reviews` command, as the actor cli); ImportService checks
// the policy (case:create and the refer step's roles: the business unit) for the upload page.
// Expected failures: kForbidden, kConflict (a case with one of the file's references was made
// while the file was being imported: import it again), kUnavailable. Thread-safe: no state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/reviews/import/review_import.h"
#include "domain/store.h"

namespace assure::domain {

struct ImportReport {
  std::vector<std::string> created;     // references, in file order
  std::vector<std::string> unchanged;   // references the partnership had already
  std::vector<ImportProblem> problems;  // by row; when any, nothing was imported

  bool imported() const { return problems.empty(); }
};

// Imports `csv` into the partnership within `tx`, recording the audit event as `actor` at `now`.
// A file with problems is an ok Result whose report lists them; only the audit event is written.
core::Result<ImportReport> ImportReviews(Transaction& tx, PartnershipId partnership_id,
                                         std::string_view csv, const Actor& actor,
                                         core::Instant now);

class ImportService {
 public:
  ImportService(Store& store, const core::Clock& clock);

  core::Result<ImportReport> Import(const Requester& requester, std::string_view csv) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace assure::domain
