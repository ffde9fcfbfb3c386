// BriefingService: writing and reading the partnership's learning briefings, for the pages and
// the API alike: creating one (from its kind's template), reading, listing, saving a change
// (every save keeps a version) and comparing two saved versions. The publication workflow and its
// identifier check are BriefingPublication (briefing_publication.h).
//
// Who may do what is in briefing_access.h. A briefing the asker may not see is kNotFound ("There
// is no such briefing."), exactly as one that does not exist; that refusal is audited and changes
// nothing. Each call checks the policy and runs ONE Store transaction with its audit event:
// "briefing.create", "briefing.read", "briefing.list", "briefing.update",
// "briefing.versions.read".
//
// Concurrency: Save takes the version the person saw; if the briefing changed since, the answer
// is kConflict and nothing changes. Expected failures: kNotFound, kForbidden, kInvalidInput
// (naming the field), kConflict, kUnavailable. Thread-safe: references to thread-safe
// collaborators, no mutable state.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/learning/briefing.h"
#include "domain/learning/briefing_repository.h"
#include "domain/learning/version_diff.h"
#include "domain/store.h"

namespace assure::domain {

// A linked case as a briefing shows it: its reference only, never its subjects.
struct BriefingCaseLink {
  CaseId id = 0;
  std::string reference;
};

// What a briefing's page shows, and what the asker may do with it.
struct BriefingView {
  Briefing briefing;
  std::vector<BriefingCaseLink> cases;  // by id
  bool may_edit = false;                // a writer, and the briefing is a draft or in review
  bool may_submit = false;
  bool may_approve =
      false;  // in review, the business manager, and not their own (briefing_publication.h)
  bool may_publish = false;
  bool may_withdraw = false;
};

// The comparison of two saved versions.
struct VersionComparison {
  BriefingVersion from;
  BriefingVersion to;
  std::vector<DiffLine> title;
  std::vector<DiffLine> body;
};

class BriefingService {
 public:
  BriefingService(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // A new draft; an empty body starts as the kind's template (BodyTemplate).
  core::Result<Briefing> Create(const Requester& requester, BriefingContent content) const;
  core::Result<BriefingView> Get(const Requester& requester, BriefingId id) const;
  // The briefings the asker may see that match `query`, most recently changed first.
  core::Result<std::vector<Briefing>> List(const Requester& requester, BriefingQuery query) const;
  // The briefings in review the asker may approve now (MayApprove), read in one transaction with
  // one "briefing.list" event: the business manager's to-do list.
  core::Result<std::vector<Briefing>> ToApprove(const Requester& requester) const;
  // Saves the content (the kind never changes) if `version` is current; only a draft or a
  // briefing in review is changed (kConflict, field "state", otherwise).
  core::Result<Briefing> Save(const Requester& requester, BriefingId id, BriefingContent content,
                              Version version) const;
  // Every saved version, oldest first.
  core::Result<std::vector<BriefingVersion>> Versions(const Requester& requester,
                                                      BriefingId id) const;
  // The ids of the cases with these references (a writer's form names cases by reference), in
  // the order given; kInvalidInput ("case_references") when one names no case of the partnership.
  core::Result<std::vector<CaseId>> CasesByReference(
      const Requester& requester, const std::vector<std::string>& references) const;
  // The references of `ids`' cases (for a writer's form), in the order given.
  core::Result<std::vector<std::string>> ReferencesOf(const Requester& requester,
                                                      const std::vector<CaseId>& ids) const;
  // Compares saved versions `from` and `to` (kInvalidInput "from"/"to" when there is none).
  core::Result<VersionComparison> Compare(const Requester& requester, BriefingId id, Version from,
                                          Version to) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

// Checks that the content's themes, cases, recommendations and actions exist in the asker's
// partnership (kInvalidInput naming the field); used by Create and Save.
core::Status CheckLinks(Transaction& tx, PartnershipId partnership, const BriefingContent& content);

}  // namespace assure::domain
