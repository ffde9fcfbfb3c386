// AssuranceFiguresService: the quality assurance figures (assurance_figures.h, doc/figures.md) of
// the asker's partnership for a period, for the page /reports/assurance, the API
// GET /api/v1/reports/assurance and the annual report alike. Each call checks the policy
// (report:read: the business unit, board members and the administrator) and reads everything in
// ONE Store transaction that also writes its audit event "report.assurance.read" with the period
// as the reason; a refusal is audited (outcome denied) and reads nothing. Expected failures:
// kForbidden, kInvalidInput (field "to": the period ends before it starts), kUnavailable.
// Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "domain/assurance/figures/assurance_figures.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

class AssuranceFiguresService {
 public:
  AssuranceFiguresService(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  core::Result<AssuranceFigures> Read(const Requester& requester, const DatePeriod& period) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace assure::domain
