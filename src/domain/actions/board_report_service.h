// BoardReportService: the six-monthly Executive Board report (board_report.h; each figure defined
// in doc/figures.md) of the asker's partnership, for the page, the PDF and the XLSX appendix
// alike. Each call checks the policy (report:read; report:export for a PDF or an XLSX file), reads
// everything the report needs in ONE read transaction (a few batch queries, none per action:
// the actions with their sources, the agencies, the update marks up to the as-at date, the
// updates and evidence files shown, the half-year's review entries, and the recommendations and
// cases the sources name, never a case's subjects or restricted details), then writes its audit
// event ("report.board.read" or "report.board.export", the half-year and the format as the
// reason) in a short write transaction. A refusal is audited (outcome denied) and reads nothing.
//
// Ratings count working days with the partnership's calendar (DeadlineSettingsSource). Expected
// failures: kForbidden, kInvalidInput (field "half": a half-year that has not started),
// kUnavailable. Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "domain/actions/board_report.h"
#include "domain/identity/requester.h"
#include "domain/reviews/clocks/deadline_settings.h"
#include "domain/store.h"

namespace assure::domain {

class BoardReportService {
 public:
  BoardReportService(Store& store, const core::Clock& clock,
                     const DeadlineSettingsSource& deadlines);

  // The report to read on a page (report:read; audited "report.board.read").
  core::Result<BoardReport> Read(const Requester& requester, const HalfYear& half) const;
  // The report to take away as `format` ("pdf", "xlsx"; report:export; audited
  // "report.board.export" with the format in the reason).
  core::Result<BoardReport> Export(const Requester& requester, const HalfYear& half,
                                   std::string_view format) const;

  // Today in London, and the half-year shown when none is asked: the last one that has ended.
  CivilDate Today() const;
  HalfYear DefaultHalfYear() const;

 private:
  core::Result<BoardReport> Build(const Requester& requester, const HalfYear& half, Action action,
                                  std::string_view audit_action, std::string_view format) const;

  Store& store_;
  const core::Clock& clock_;
  const DeadlineSettingsSource& deadlines_;
};

}  // namespace assure::domain
