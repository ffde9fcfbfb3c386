// The board report's FIXTURE: a fixed, fictional set of actions, progress updates, evidence and
// quarterly review entries for one partnership, written through the repositories of any
// domain::Store, so that the same records back the service test (both backends) and the HTTP,
// PDF and XLSX tests. The expected figures for 2025-26 H1 (1 April to 30 September 2025, as at
// 30 September 2025) are in BoardFixtureExpected below and in doc/figures.md's worked example;
// each action's comment says why it counts where it does. Header-only; not thread-safe.
//
//   A1 Police   rec 1        in progress 1 May; completed 20 Jun with evidence and a file
//   A2 Council  rec 1, rec 2 in progress 15 Apr (green); due 30 Jun, extended on 1 Jul to
//                            31 Aug ("Waiting for the new policy template."): slipped, overdue
//   A3 Health   rec 2        in progress 10 May (amber); extended on 6 Oct (after the half)
//   A4 Council  rapid review in progress 1 Sep (green), due 7 Oct: within 10 working days, amber
//   A5 Police   national     not implemented 20 May ("The national system replaces it.")
//   A6 Health   board        in progress 2 Apr, due 31 Jul: overdue at 30 Sep; completed 15 Oct
//                            (after the half, so it does not count); escalated on 6 Oct
//   A7 Police   rec 1        completed 10 Feb 2025: closed before the half-year, left out
//   A8 Council  national     completed 1 Mar, reopened 5 May, completed again 10 Sep: completed
//   A9 Health   board        superseded 1 Jun ("Replaced by the escalation protocol action.")
//   South: one action of another partnership, which must never count.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/result.h"
#include "domain/actions/action_rules.h"
#include "domain/store.h"
#include "security/tokens.h"

namespace assure::testing {

struct BoardFixture {
  domain::AgencyId police = 0;
  domain::AgencyId council = 0;
  domain::AgencyId health = 0;
  domain::CaseId reviewed_case = 0;       // CR-2025-001, CSPR, recommendations 1 and 2
  domain::CaseId rapid_case = 0;          // CR-2025-002, rapid review
  std::vector<domain::ActionId> actions;  // A1..A9, in that order
};

// The figures of 2025-26 H1 for BoardFixture.
struct BoardFixtureExpected {
  static constexpr std::int64_t kInReport = 8;  // A1-A6, A8, A9
  static constexpr std::int64_t kNotStarted = 0;
  static constexpr std::int64_t kInProgress = 4;       // A2, A3, A4, A6
  static constexpr std::int64_t kCompleted = 2;        // A1, A8
  static constexpr std::int64_t kNotImplemented = 1;   // A5
  static constexpr std::int64_t kSuperseded = 1;       // A9
  static constexpr std::int64_t kRed = 2;              // A2, A6 (overdue)
  static constexpr std::int64_t kAmber = 2;            // A3 (reported), A4 (due soon)
  static constexpr std::int64_t kGreen = 2;            // A1, A8 (completed)
  static constexpr std::int64_t kNoRating = 2;         // A5, A9
  static constexpr std::int64_t kCompletedInHalf = 2;  // A1, A8
  static constexpr std::int64_t kOverdue = 2;          // A6, A2
  static constexpr std::int64_t kSlipped = 1;          // A2
  static constexpr std::int64_t kClosedBefore = 1;     // A7
};

namespace board_fixture {

inline domain::CivilDate Day(const char* text) { return *domain::ParseCivilDate(text); }

inline core::Result<domain::CaseId> AddCase(domain::Transaction& tx,
                                            domain::PartnershipId partnership,
                                            const std::string& reference, domain::CaseType type,
                                            const std::string& pseudonym) {
  domain::NewCase draft;
  draft.reference = reference;
  draft.type = type;
  domain::Subject subject;
  subject.pseudonym = pseudonym;
  draft.subjects = {subject};
  draft.aware_on = Day("2025-01-06");
  draft.referral.received_on = Day("2025-01-06");
  draft.referral.referrer = "Designated nurse";
  draft.summary = "Fictional case for the board report tests.";
  draft.restricted.circumstances = "Fictional restricted circumstances.";
  draft.restricted.identities = {{0, "Harriet Fictional", Day("2015-02-03")}};
  auto made = tx.cases(partnership).Create(draft);
  if (!made.ok()) return made.error();
  return made->id;
}

// An update of `action` as ActionService would record it: the history row, then the action as
// the update leaves it (ApplyUpdate), stored with its version.
inline core::Result<domain::ActionUpdate> Record(
    domain::Transaction& tx, domain::PartnershipId partnership, domain::ActionId id, const char* on,
    domain::ActionStatus status, domain::Rag rag, const std::string& narrative,
    const std::string& evidence = {}, const std::string& reason = {}) {
  auto& actions = tx.actions(partnership);
  auto current = actions.Get(id);
  if (!current.ok()) return current.error();
  domain::ActionUpdate update;
  update.action_id = id;
  update.on = Day(on);
  update.narrative = narrative;
  update.status = status;
  update.status_reason = reason;
  update.rag = rag;
  update.evidence = evidence;
  update.recorded_at = core::Instant{};
  auto added = actions.AddUpdate(update);
  if (!added.ok()) return added.error();
  auto stored = actions.Update(domain::ApplyUpdate(*current, *added));
  if (!stored.ok()) return stored.error();
  return added;
}

// The entry of `action` in `round`, reviewed with `outcome` (and for extend, the action's due
// date moved as ApplyReviewOutcome says).
inline core::Status Review(domain::Transaction& tx, domain::PartnershipId partnership,
                           domain::ReviewRoundId round, domain::ActionId action,
                           domain::ReviewOutcome outcome, const char* on, const std::string& note,
                           const char* new_due_on = nullptr) {
  auto entries = tx.review_rounds(partnership).Entries(round);
  if (!entries.ok()) return entries.error();
  for (domain::ReviewEntry entry : *entries) {
    if (entry.action_id != action) continue;
    entry.outcome = outcome;
    entry.reviewed_on = Day(on);
    entry.note = note;
    if (new_due_on != nullptr) entry.new_due_on = Day(new_due_on);
    auto stored = tx.review_rounds(partnership).UpdateEntry(entry);
    if (!stored.ok()) return stored.error();
    auto current = tx.actions(partnership).Get(action);
    if (!current.ok()) return current.error();
    auto moved = tx.actions(partnership).Update(domain::ApplyReviewOutcome(*current, *stored));
    if (!moved.ok()) return moved.error();
    return core::Ok();
  }
  return core::Error::NotFound("no entry for the action in the round");
}

inline domain::NewAction Plan(const std::string& title, domain::AgencyId agency, const char* due_on,
                              std::vector<domain::ActionSource> sources) {
  domain::NewAction draft;
  draft.title = title;
  draft.owner_agency_id = agency;
  draft.lead_name = "Sam Lead";
  draft.success_measure = "An audit shows the change in practice.";
  draft.due_on = Day(due_on);
  draft.sources = std::move(sources);
  return draft;
}

}  // namespace board_fixture

// Writes the fixture into `partnership` (which must have no agencies named like its own) and
// one action into `other` (another partnership), in one transaction.
inline core::Result<BoardFixture> SeedBoardFixture(domain::Store& store,
                                                   domain::PartnershipId partnership,
                                                   domain::PartnershipId other) {
  using namespace board_fixture;
  using domain::ActionStatus;
  using domain::Rag;
  using domain::SourceKind;
  return store.Write([&](domain::Transaction& tx) -> core::Result<BoardFixture> {
    BoardFixture fixture;
    auto& agencies = tx.agencies(partnership);
    auto police = agencies.Create({"Northshire Police", domain::AgencyType::kPolice, true});
    if (!police.ok()) return police.error();
    auto council =
        agencies.Create({"Northshire County Council", domain::AgencyType::kLocalAuthority, true});
    if (!council.ok()) return council.error();
    auto health = agencies.Create({"Northshire Health", domain::AgencyType::kHealth, true});
    if (!health.ok()) return health.error();
    fixture.police = police->id;
    fixture.council = council->id;
    fixture.health = health->id;

    auto reviewed = AddCase(tx, partnership, "CR-2025-001", domain::CaseType::kChild, "Child H");
    if (!reviewed.ok()) return reviewed.error();
    fixture.reviewed_case = *reviewed;
    domain::FullReview review;
    review.case_id = *reviewed;
    review.kind = domain::FullReviewKind::kCspr;
    review.decided_on = Day("2025-01-20");
    review.recommendations = {{0, 1, "Share information at the front door the same day."},
                              {0, 2, "Train every practitioner to recognise neglect."}};
    auto stored_review = tx.review_records(partnership).PutFullReview(review);
    if (!stored_review.ok()) return stored_review.error();
    const domain::RecommendationId rec1 = stored_review->recommendations[0].id;
    const domain::RecommendationId rec2 = stored_review->recommendations[1].id;

    auto rapid = AddCase(tx, partnership, "CR-2025-002", domain::CaseType::kAdult, "Adult K");
    if (!rapid.ok()) return rapid.error();
    fixture.rapid_case = *rapid;
    domain::RapidReview rapid_review;
    rapid_review.case_id = *rapid;
    rapid_review.meeting_on = Day("2025-02-10");
    rapid_review.completed_on = Day("2025-02-11");
    rapid_review.learning = "Fictional learning about discharge planning.";
    rapid_review.decision = domain::ReviewDecision::kNone;
    auto stored_rapid = tx.review_records(partnership).PutRapidReview(rapid_review);
    if (!stored_rapid.ok()) return stored_rapid.error();

    const domain::ActionSource r1{SourceKind::kRecommendation, rec1, ""};
    const domain::ActionSource r2{SourceKind::kRecommendation, rec2, ""};
    const domain::ActionSource rapid_source{SourceKind::kRapidReview, *rapid, ""};
    const domain::ActionSource national{SourceKind::kNationalReview, std::nullopt,
                                        "Fictional national review of neglect, 2024"};
    const domain::ActionSource board{SourceKind::kBoardDecision, std::nullopt,
                                     "Executive Board, 12 March 2025"};
    const std::vector<domain::NewAction> plans{
        Plan("Same-day information sharing at the front door", fixture.police, "2025-06-30", {r1}),
        Plan("Publish the escalation policy", fixture.council, "2025-06-30", {r1, r2}),
        Plan("Neglect training for health visitors", fixture.health, "2025-12-31", {r2}),
        Plan("Discharge planning checklist", fixture.council, "2025-10-07", {rapid_source}),
        Plan("Buy a new case recording system", fixture.police, "2025-12-31", {national}),
        Plan("Escalation protocol for missed appointments", fixture.health, "2025-07-31", {board}),
        Plan("Refresh the referral form", fixture.police, "2025-03-31", {r1}),
        Plan("Neglect toolkit in every team", fixture.council, "2025-09-15", {national}),
        Plan("Joint audit of missed health appointments", fixture.health, "2025-09-30", {board}),
    };
    for (const auto& plan : plans) {
      auto made = tx.actions(partnership).Create(plan);
      if (!made.ok()) return made.error();
      fixture.actions.push_back(made->id);
    }
    const auto& a = fixture.actions;
    // Each update in turn (a braced list runs left to right); any failure fails the fixture.
    auto step = [](core::Result<domain::ActionUpdate> result) -> core::Status {
      if (!result.ok()) return result.error();
      return core::Ok();
    };
    const std::vector<core::Status> steps{
        // A1
        step(Record(tx, partnership, a[0], "2025-05-01", ActionStatus::kInProgress, Rag::kGreen,
                    "Pilot running in two teams.")),
        // A2
        step(Record(tx, partnership, a[1], "2025-04-15", ActionStatus::kInProgress, Rag::kGreen,
                    "Draft policy written.")),
        // A3
        step(Record(tx, partnership, a[2], "2025-05-10", ActionStatus::kInProgress, Rag::kAmber,
                    "Half of the sessions booked.")),
        // A4
        step(Record(tx, partnership, a[3], "2025-09-01", ActionStatus::kInProgress, Rag::kGreen,
                    "Checklist drafted with the wards.")),
        // A5
        step(Record(tx, partnership, a[4], "2025-05-20", ActionStatus::kNotImplemented, Rag::kGreen,
                    "Decided at the board.", "", "The national system replaces it.")),
        // A6
        step(Record(tx, partnership, a[5], "2025-04-02", ActionStatus::kInProgress, Rag::kGreen,
                    "Protocol being written.")),
        // A7
        step(Record(tx, partnership, a[6], "2025-02-10", ActionStatus::kCompleted, Rag::kGreen,
                    "New form in use.", "Every referral since January uses the new form.")),
        // A8
        step(Record(tx, partnership, a[7], "2025-03-01", ActionStatus::kCompleted, Rag::kGreen,
                    "Toolkit issued.", "Toolkit issued to every team.")),
        step(Record(tx, partnership, a[7], "2025-05-05", ActionStatus::kInProgress, Rag::kAmber,
                    "Reopened: two teams never received it.")),
        step(Record(tx, partnership, a[7], "2025-09-10", ActionStatus::kCompleted, Rag::kGreen,
                    "Toolkit in use in every team.",
                    "A second audit found the toolkit used in 18 of 20 cases.")),
        // A9
        step(Record(tx, partnership, a[8], "2025-06-01", ActionStatus::kSuperseded, Rag::kGreen,
                    "Folded into another action.", "",
                    "Replaced by the escalation protocol action.")),
    };
    for (const auto& done : steps) ASSURE_TRY(done);
    auto completed = Record(tx, partnership, a[0], "2025-06-20", ActionStatus::kCompleted,
                            Rag::kGreen, "Same-day sharing in every team.",
                            "An audit of 40 referrals found 38 shared the same day.");
    if (!completed.ok()) return completed.error();
    const std::string bytes = "Fictional audit report.";
    const std::string sha = security::Sha256Hex(bytes);
    auto put = tx.file_contents(partnership).Put(sha, bytes);
    if (!put.ok()) return put.error();
    auto file =
        tx.actions(partnership)
            .AddEvidenceFile({0, completed->id, "audit.pdf", "application/pdf",
                              static_cast<std::int64_t>(bytes.size()), sha, core::Instant{}});
    if (!file.ok()) return file.error();

    // 2025-26 Q1's round, opened 25 June for the open actions A2, A3, A4 and A6; Q3's round,
    // after the half-year.
    const std::vector<domain::ActionId> q1_open{a[1], a[2], a[3], a[5]};
    auto q1 = tx.review_rounds(partnership)
                  .Open({0, {2025, 1}, Day("2025-06-25"), std::nullopt, std::nullopt, 0}, q1_open);
    if (!q1.ok()) return q1.error();
    ASSURE_TRY(Review(tx, partnership, q1->id, a[1], domain::ReviewOutcome::kExtend, "2025-07-01",
                      "Waiting for the new policy template.", "2025-08-31"));
    ASSURE_TRY(
        Review(tx, partnership, q1->id, a[2], domain::ReviewOutcome::kOnTrack, "2025-07-01", ""));
    ASSURE_TRY(Review(tx, partnership, q1->id, a[5], domain::ReviewOutcome::kEscalate, "2025-07-01",
                      "Author off sick; the chair will chase."));
    const std::vector<domain::ActionId> q3_open{a[1], a[2], a[5]};
    auto q3 = tx.review_rounds(partnership)
                  .Open({0, {2025, 3}, Day("2025-10-05"), std::nullopt, std::nullopt, 0}, q3_open);
    if (!q3.ok()) return q3.error();
    ASSURE_TRY(Review(tx, partnership, q3->id, a[2], domain::ReviewOutcome::kExtend, "2025-10-06",
                      "Trainer unavailable until the new year.", "2026-03-31"));
    ASSURE_TRY(Review(tx, partnership, q3->id, a[5], domain::ReviewOutcome::kEscalate, "2025-10-06",
                      "Still not finished."));
    auto late = Record(tx, partnership, a[5], "2025-10-15", ActionStatus::kCompleted, Rag::kGreen,
                       "Protocol agreed.", "Missed appointments now followed up within a week.");
    if (!late.ok()) return late.error();

    // Another partnership's action.
    auto south_agency =
        tx.agencies(other).Create({"Southshire Police", domain::AgencyType::kPolice, true});
    if (!south_agency.ok()) return south_agency.error();
    auto south = tx.actions(other).Create(
        Plan("Southshire's own action", south_agency->id, "2025-05-01",
             {{SourceKind::kBoardDecision, std::nullopt, "Southshire board, 2025"}}));
    if (!south.ok()) return south.error();
    auto south_update = Record(tx, other, south->id, "2025-04-10", ActionStatus::kInProgress,
                               Rag::kRed, "Southshire's update.");
    if (!south_update.ok()) return south_update.error();
    return fixture;
  });
}

}  // namespace assure::testing
