// The repositories of action plans. Each is bound to one partnership (from Transaction,
// domain/store.h), so every query is scoped to it and an id of another partnership's record is
// kNotFound. Updates are versioned: a stale version is kConflict and changes nothing.
// Implemented by storage; used inside one Store transaction, so by one thread at a time.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/actions/action.h"
#include "domain/reviews/cases/review_records.h"

namespace assure::domain {

// Filters of an action list; unset = any.
struct ActionQuery {
  std::optional<AgencyId> owner_agency_id;
  std::optional<SourceKind> source_kind;
  std::optional<ActionStatus> status;
  std::optional<bool> open;             // true: not started or in progress only
  std::optional<CivilDate> due_before;  // due_on <= this
  std::optional<std::string> theme;     // a theme of the case a source names
  std::optional<CaseId> case_id;        // actions with a source in this case
  std::optional<UserId> lead_user_id;
  std::int64_t offset = 0;
  std::int64_t limit = 50;  // 0 = no limit
};

// One page of actions, due date first (then id), and the number that match in all.
struct ActionPage {
  std::vector<PlanAction> actions;
  std::int64_t total = 0;
};

// A recommendation an action's source names, with its review's case: what a page shows of it.
struct RecommendationSummary {
  RecommendationId id = 0;
  CaseId case_id = 0;
  std::string case_reference;
  int number = 0;  // within the review
  std::string text;
};

// A progress update without its texts: enough for a report to follow an action's history.
struct UpdateMark {
  ActionUpdateId id = 0;
  ActionId action_id = 0;
  CivilDate on;
  ActionStatus status = ActionStatus::kInProgress;
  Rag rag = Rag::kGreen;
  bool has_evidence = false;  // evidence text, or at least one evidence file
};

// A case an action's source names (its rapid review, or a recommendation of its full review), as
// a report shows it: its reference and review kind only, never its subjects.
struct SourceCase {
  CaseId id = 0;
  std::string reference;
  std::optional<FullReviewKind> review_kind;  // none without a full review
};

class ActionRepository {
 public:
  virtual ~ActionRepository() = default;
  // Stores the action at version 1, status not started, with its sources. kInvalidInput (field
  // "sources") when a source's ref_id names no record of the partnership.
  virtual core::Result<PlanAction> Create(const NewAction& draft) = 0;
  virtual core::Result<PlanAction> Get(ActionId id) = 0;
  virtual core::Result<ActionPage> List(const ActionQuery& query) = 0;
  // Stores every field (and the sources) if action.version is current; counts a due date move.
  virtual core::Result<PlanAction> Update(const PlanAction& action) = 0;
  // Appends an update (history). The caller stores the action's new status and RAG with Update.
  virtual core::Result<ActionUpdate> AddUpdate(const ActionUpdate& update) = 0;
  // Oldest first.
  virtual core::Result<std::vector<ActionUpdate>> Updates(ActionId id) = 0;
  virtual core::Result<EvidenceFile> AddEvidenceFile(const EvidenceFile& file) = 0;
  virtual core::Result<std::vector<EvidenceFile>> EvidenceFiles(ActionUpdateId update_id) = 0;
  // Actions answering this recommendation / with a source in this case.
  virtual core::Result<std::vector<PlanAction>> ForRecommendation(RecommendationId id) = 0;
  // Actions with a source of `kind` naming `ref_id` (a self-evaluation return's improvement
  // actions), due date first; none when nothing names it.
  virtual core::Result<std::vector<PlanAction>> ForSource(SourceKind kind, std::int64_t ref_id) = 0;
  // The partnership's recommendations among `ids`, with their cases' references, by id; an id
  // that names none of them is left out. One query.
  virtual core::Result<std::vector<RecommendationSummary>> Recommendations(
      std::span<const RecommendationId> ids) = 0;

  // Batch reads for reports (the board report): one query each (a long id list in a few chunks)
  // whatever the number of actions; ids of no record of the partnership are left out; no ids, no
  // query. Every progress update dated on or before `on`, as marks: by action id, date, then id.
  virtual core::Result<std::vector<UpdateMark>> UpdateMarks(CivilDate on) = 0;
  // The whole updates with these ids, by id.
  virtual core::Result<std::vector<ActionUpdate>> UpdatesByIds(
      std::span<const ActionUpdateId> ids) = 0;
  // The evidence files of these updates, by update id, then upload time, then id.
  virtual core::Result<std::vector<EvidenceFile>> EvidenceFilesOf(
      std::span<const ActionUpdateId> update_ids) = 0;
  // The partnership's cases among `ids`, by id.
  virtual core::Result<std::vector<SourceCase>> SourceCases(std::span<const CaseId> ids) = 0;
};

class ReviewRoundRepository {
 public:
  virtual ~ReviewRoundRepository() = default;
  // Opens the round with an empty entry for each of `open_actions`, in one go. kConflict (field
  // "quarter") when the partnership has a round for that quarter already.
  virtual core::Result<ReviewRound> Open(const ReviewRound& round,
                                         std::span<const ActionId> open_actions) = 0;
  virtual core::Result<ReviewRound> Get(ReviewRoundId id) = 0;
  virtual core::Result<std::optional<ReviewRound>> ForQuarter(const Quarter& quarter) = 0;
  virtual core::Result<std::vector<ReviewRound>> List() = 0;               // newest quarter first
  virtual core::Result<ReviewRound> Update(const ReviewRound& round) = 0;  // closed_on
  virtual core::Result<std::vector<ReviewEntry>> Entries(ReviewRoundId id) = 0;  // by action id
  virtual core::Result<ReviewEntry> GetEntry(ReviewEntryId id) = 0;
  // Every entry of one action, oldest round first.
  virtual core::Result<std::vector<ReviewEntry>> EntriesOf(ActionId id) = 0;
  // Stores outcome, reviewer, dates and note if entry.version is current.
  virtual core::Result<ReviewEntry> UpdateEntry(const ReviewEntry& entry) = 0;
  // Every entry of the partnership reviewed from `from` to `to` (both included), in one query:
  // by action id, then reviewed date, then id (reports).
  virtual core::Result<std::vector<ReviewEntry>> EntriesReviewedBetween(CivilDate from,
                                                                        CivilDate to) = 0;
};

}  // namespace assure::domain
