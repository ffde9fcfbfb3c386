// The repositories of cases and their records. Each is bound to one partnership (from
// Transaction, domain/store.h), so every query is scoped to it and an id of another
// partnership's record is kNotFound. Updates are versioned: a stale version is kConflict and
// changes nothing. Implemented by storage; used inside one Store transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/reviews/cases/case.h"
#include "domain/reviews/cases/review_records.h"

namespace assure::domain {

// The years the case list may be filtered by (the year a referral was received).
inline constexpr int kFirstListedYear = 1900;
inline constexpr int kLastListedYear = 2199;

// Filters of the case list; unset = any. `text` is full-text search over reference, subjects'
// pseudonyms, summary and referral text (FTS5 on SQLite, tsvector on PostgreSQL).
struct CaseQuery {
  std::optional<CaseType> type;
  std::optional<CaseState> state;
  std::optional<std::string> theme;
  std::optional<int> year;  // of the referral's received date
  // A full review under way at this stage (ReviewStageNames()): the first stage in order with
  // no actual date is this one.
  std::optional<std::string> stage;
  std::string text;
  // Only these cases (a reviewer's appointments, an agency's requests); unset = all.
  std::optional<std::vector<CaseId>> only;
  // Only cases whose marked next clock (NextClockMark) was due before this day: the overdue ones.
  std::optional<CivilDate> next_clock_due_before;
  std::int64_t offset = 0;
  std::int64_t limit = 50;  // 0 = no limit
};

// A case's stored next clock: `next` unset when it has no unmet clock.
struct CaseClockMark {
  CaseId case_id = 0;
  std::optional<NextClockMark> next;
};

// One page of cases, newest referral first (received_on descending, then reference), and the
// number that match the filters in all.
struct CasePage {
  std::vector<Case> cases;
  std::int64_t total = 0;
};

class CaseRepository {
 public:
  virtual ~CaseRepository() = default;
  // Stores the case at version 1 with its subjects, themes and restricted details. kConflict
  // (field "reference") when the reference is taken; kInvalidInput for a theme not in the list.
  virtual core::Result<Case> Create(const NewCase& draft) = 0;
  virtual core::Result<Case> Get(CaseId id) = 0;
  virtual core::Result<std::optional<Case>> FindByReference(std::string_view reference) = 0;
  // Stores every field of `record` (state, subjects by id, themes) if record.version is current.
  virtual core::Result<Case> Update(const Case& record) = 0;
  virtual core::Result<CasePage> List(const CaseQuery& query) = 0;
  virtual core::Result<RestrictedDetails> GetRestricted(CaseId id) = 0;
  virtual core::Status SetRestricted(CaseId id, const RestrictedDetails& details) = 0;
  // The timeline, oldest first.
  virtual core::Result<CaseEvent> AppendEvent(const CaseEvent& event) = 0;
  virtual core::Result<std::vector<CaseEvent>> Events(CaseId id) = 0;
  // Stores the case's next clock (derived data: neither the case's version nor its timeline
  // changes). kNotFound when it is not a case of the partnership.
  virtual core::Status PutClockMark(const CaseClockMark& mark) = 0;
  // The stored marks of those of `ids` that have one, in ONE query; cases never marked are
  // absent; no ids, no query.
  virtual core::Result<std::vector<CaseClockMark>> ClockMarks(std::span<const CaseId> ids) = 0;
  // The cases never marked, by id.
  virtual core::Result<std::vector<CaseId>> Unmarked() = 0;
};

// The one-per-case step records. Put inserts when version is 0 and otherwise updates if the
// version is current (kConflict if not); it returns the stored record with its new version.
class ReviewRecordRepository {
 public:
  virtual ~ReviewRecordRepository() = default;
  virtual core::Result<std::optional<Notification>> GetNotification(CaseId id) = 0;
  virtual core::Result<Notification> PutNotification(const Notification& notification) = 0;
  virtual core::Result<std::optional<RapidReview>> GetRapidReview(CaseId id) = 0;
  virtual core::Result<RapidReview> PutRapidReview(const RapidReview& review) = 0;
  // With its stages, findings and recommendations (recommendations keep their ids by number).
  virtual core::Result<std::optional<FullReview>> GetFullReview(CaseId id) = 0;
  virtual core::Result<FullReview> PutFullReview(const FullReview& review) = 0;
  // The cases whose full review has this reviewer appointed.
  virtual core::Result<std::vector<CaseId>> CasesReviewedBy(ReviewerId reviewer_id) = 0;
  // Batch reads for a page of cases (the list's clocks), ONE query each, by case id: the records
  // of those of `ids` that are the partnership's and have one; another partnership's ids and
  // cases without the record are simply absent (never kNotFound); no ids, no query.
  virtual core::Result<std::vector<Notification>> NotificationsFor(std::span<const CaseId> ids) = 0;
  // Without agencies_present (left empty).
  virtual core::Result<std::vector<RapidReview>> RapidReviewsFor(std::span<const CaseId> ids) = 0;
  // Without stages, findings and recommendations (left empty).
  virtual core::Result<std::vector<FullReview>> FullReviewsFor(std::span<const CaseId> ids) = 0;
};

class InformationRequestRepository {
 public:
  virtual ~InformationRequestRepository() = default;
  virtual core::Result<InformationRequest> Create(CaseId case_id,
                                                  const NewInformationRequest& request) = 0;
  virtual core::Result<InformationRequest> Get(InformationRequestId id) = 0;
  virtual core::Result<std::vector<InformationRequest>> ForCase(CaseId case_id) = 0;
  // The requests of those of `ids` that are the partnership's cases, in ONE query, by case id
  // and then in ForCase's order; other partnerships' ids are simply absent; no ids, no query.
  virtual core::Result<std::vector<InformationRequest>> ForCases(std::span<const CaseId> ids) = 0;
  // Every request addressed to the agency, due date first.
  virtual core::Result<std::vector<InformationRequest>> ForAgency(AgencyId agency_id) = 0;
  // Stores status, response, submitted_by/at, due_on and asked if the version is current.
  virtual core::Result<InformationRequest> Update(const InformationRequest& request) = 0;
  virtual core::Result<ResponseFile> AddFile(const ResponseFile& file) = 0;
  virtual core::Result<std::vector<ResponseFile>> Files(InformationRequestId id) = 0;
};

class ReviewerRepository {
 public:
  virtual ~ReviewerRepository() = default;
  virtual core::Result<Reviewer> Create(const Reviewer& reviewer) = 0;
  virtual core::Result<Reviewer> Get(ReviewerId id) = 0;
  virtual core::Result<std::vector<Reviewer>> List() = 0;  // by name
  virtual core::Result<std::optional<Reviewer>> FindByUser(UserId user_id) = 0;
  virtual core::Result<Reviewer> Update(const Reviewer& reviewer) = 0;
};

// The partnership's managed list of themes (neglect, exploitation, ...).
class ThemeRepository {
 public:
  virtual ~ThemeRepository() = default;
  virtual core::Result<std::vector<std::string>> List() = 0;  // by name
  // kConflict (field "name") when it exists already.
  virtual core::Status Add(std::string_view name) = 0;
};

}  // namespace assure::domain
