#include "scenarios/workflow_world.h"

#include <algorithm>
#include <utility>

#include "domain/reviews/cases/case_access.h"
#include "domain/reviews/cases/step_input.h"
#include "storage/migrations/migrator.h"

namespace assure::scenarios {

namespace {

using domain::CaseState;
using domain::CaseType;
using domain::Transaction;

// The review a rapid review decides for a case of `type` in the seeded cases.
domain::ReviewDecision DecisionFor(CaseType type) {
  switch (type) {
    case CaseType::kChild:
      return domain::ReviewDecision::kCspr;
    case CaseType::kAdult:
      return domain::ReviewDecision::kSar;
    case CaseType::kJoint:
      return domain::ReviewDecision::kJoint;
  }
  return domain::ReviewDecision::kCspr;
}

bool AtOrAfter(CaseState state, CaseState than) {
  auto order = [](CaseState s) {
    switch (s) {
      case CaseState::kScoping:
      case CaseState::kClosed:
        return 0;
      case CaseState::kRapidReview:
        return 1;
      case CaseState::kFullReview:
        return 2;
      case CaseState::kEmbargoed:
        return 3;
      case CaseState::kPublished:
        return 4;
    }
    return 0;
  };
  return order(state) >= order(than);
}

core::Status AppendEvent(Transaction& tx, domain::PartnershipId partnership, core::Instant at,
                         const domain::Case& record, domain::Transition transition, CaseState to,
                         std::string note) {
  domain::CaseEvent event;
  event.case_id = record.id;
  event.at = at;
  event.action = std::string{domain::TransitionName(transition)};
  if (transition != domain::Transition::kRefer) event.from_state = record.state;
  event.to_state = to;
  event.note = std::move(note);
  auto appended = tx.cases(partnership).AppendEvent(event);
  if (!appended.ok()) return appended.error();
  return core::Ok();
}

}  // namespace

// The services and the store go before the database they use (members end in reverse order).
WorkflowWorld::~WorkflowWorld() = default;

core::Result<std::unique_ptr<WorkflowWorld>> WorkflowWorld::Create() {
  std::unique_ptr<WorkflowWorld> world{new WorkflowWorld()};
  ASSURE_TRY(world->Seed());
  return world;
}

core::Status WorkflowWorld::Seed() {
  auto database = testing::TestDatabase::Create(testing::Backend::kSqlite);
  if (!database.ok()) return database.error();
  database_ = std::move(database).value();
  auto migrated = storage::Migrate(database_->database(), clock_);
  if (!migrated.ok()) return migrated.error();
  store_ = std::make_unique<storage::SqlStore>(database_->database(), clock_);
  cases_ = std::make_unique<domain::CaseService>(*store_, clock_);
  requests_ = std::make_unique<domain::InformationRequestService>(*store_, clock_);
  return store_->Write([&](Transaction& tx) -> core::Status {
    auto partnership = tx.partnerships().Create(
        {"scenarioshire", "Scenarioshire Safeguarding Children and Adults Partnership"});
    if (!partnership.ok()) return partnership.error();
    partnership_ = partnership->id;
    const std::pair<const char*, domain::AgencyType> agencies[] = {
        {"Scenarioshire Police", domain::AgencyType::kPolice},
        {"Scenarioshire ICB", domain::AgencyType::kHealth},
        {"Scenarioshire Council", domain::AgencyType::kLocalAuthority}};
    for (const auto& [name, type] : agencies) {
      auto agency = tx.agencies(partnership_).Create({name, type, true});
      if (!agency.ok()) return agency.error();
      agencies_.push_back(agency->id);
    }
    domain::Reviewer reviewer;
    reviewer.partnership_id = partnership_;
    reviewer.name = "Fictional Independent Reviewer";
    auto made = tx.reviewers(partnership_).Create(reviewer);
    if (!made.ok()) return made.error();
    reviewer_ = made->id;
    return core::Ok();
  });
}

std::optional<domain::AgencyId> WorkflowWorld::Agency(std::string_view name) const {
  if (name == "police") return agencies_[0];
  if (name == "health") return agencies_[1];
  if (name == "council") return agencies_[2];
  return std::nullopt;
}

core::Result<domain::Requester> WorkflowWorld::As(const std::vector<domain::Role>& roles) {
  std::vector<domain::Role> sorted = roles;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::string key;
  for (domain::Role role : sorted) key += std::string{domain::RoleName(role)} + " ";
  if (auto known = people_.find(key); known != people_.end()) return known->second;
  auto requester = store_->Write([&](Transaction& tx) -> core::Result<domain::Requester> {
    auto user = tx.users().Create(
        {"person" + std::to_string(people_.size() + 1) + "@example.org", "Fictional Person"});
    if (!user.ok()) return user.error();
    domain::Requester made;
    made.principal.user_id = user->id;
    made.principal.partnership_id = partnership_;
    for (domain::Role role : sorted) {
      domain::Membership membership{0, partnership_, user->id, role, std::nullopt, 0};
      if (role == domain::Role::kAgencyLead) membership.agency_id = agencies_[0];
      auto added = tx.memberships(partnership_).Add(membership);
      if (!added.ok()) return added.error();
      made.principal.memberships.push_back(*added);
      if (role == domain::Role::kReviewer) {  // the register's reviewer signs in as them
        auto reviewer = tx.reviewers(partnership_).Get(reviewer_);
        if (!reviewer.ok()) return reviewer.error();
        reviewer->user_id = user->id;
        auto linked = tx.reviewers(partnership_).Update(*reviewer);
        if (!linked.ok()) return linked.error();
      }
    }
    made.actor = domain::Actor{partnership_, user->id, std::nullopt, "192.0.2.7"};
    return made;
  });
  if (!requester.ok()) return requester.error();
  people_[key] = *requester;
  return requester;
}

core::Result<domain::CaseId> WorkflowWorld::SeedCase(CaseType type, CaseState state,
                                                     const std::string& reference) {
  const core::Instant now = clock_.Now();
  return store_->Write([&](Transaction& tx) -> core::Result<domain::CaseId> {
    domain::NewCase draft;
    draft.reference = reference;
    draft.type = type;
    draft.subjects = {domain::Subject{.pseudonym = type == CaseType::kAdult ? "Adult K" : "Child H",
                                      .age_band = "1-4"}};
    draft.incident_on = kToday;
    draft.aware_on = kToday;
    draft.referring_agency_id = agencies_[0];
    draft.referral = {kToday, "Designated nurse", "Serious harm; neglect suspected"};
    draft.summary = "Fictional case for a workflow scenario.";
    ASSURE_TRY(domain::ValidateCase(draft));
    auto& cases = tx.cases(partnership_);
    auto created = cases.Create(draft);
    if (!created.ok()) return created.error();
    domain::Case record = *created;
    ASSURE_TRY(AppendEvent(tx, partnership_, now, record, domain::Transition::kRefer,
                           CaseState::kScoping, "Received " + domain::LongCivilDate(kToday)));
    if (state != CaseState::kScoping && state != CaseState::kClosed) {
      ASSURE_TRY(AppendEvent(tx, partnership_, now, record, domain::Transition::kArrangeRapidReview,
                             CaseState::kRapidReview,
                             "Meeting on " + domain::LongCivilDate(kMeetingOn)));
    }
    auto& reviews = tx.review_records(partnership_);
    if (AtOrAfter(state, CaseState::kFullReview)) {
      if (domain::NotifiesPanel(type)) {
        auto notified = reviews.PutNotification({record.id, kNotifiedOn, "", 0});
        if (!notified.ok()) return notified.error();
      }
      domain::RapidReviewInput input;
      input.review.case_id = record.id;
      input.review.meeting_on = kMeetingOn;
      input.review.completed_on = kCompletedOn;
      input.review.agencies_present = agencies_;
      input.review.decision = DecisionFor(type);
      input.review.rationale = "Fictional rationale: the criteria for a review are met.";
      if (type != CaseType::kChild) {  // a mandatory SAR
        record.s44 = domain::CareActS44{.needs_care_and_support = true,
                                        .concern_about_joint_working = true,
                                        .adult_died = true,
                                        .abuse_or_neglect_caused_death = true};
      }
      auto rapid = reviews.PutRapidReview(input.review);
      if (!rapid.ok()) return rapid.error();
      domain::FullReview full = *domain::ConvertToFullReview(record, input);
      if (state == CaseState::kEmbargoed) full.embargo_reason = "Criminal proceedings.";
      if (state == CaseState::kPublished) {
        if (domain::NotifiesPanel(type)) {
          const auto noticed = domain::AddDays(kCompletedOn, 150);  // both copies
          full = domain::WithNotice(std::move(full), {noticed, noticed, std::nullopt});
        }
        full = domain::WithPublication(std::move(full), {domain::AddDays(kCompletedOn, 160),
                                                         "https://example.org/reviews/seeded"});
      }
      auto stored = reviews.PutFullReview(full);
      if (!stored.ok()) return stored.error();
    }
    if (state != CaseState::kScoping) {
      if (state == CaseState::kClosed && type != CaseType::kChild) {  // closed: not mandatory
        record.s44 = domain::CareActS44{.needs_care_and_support = true};
      }
      record.state = state;
      auto updated = cases.Update(record);
      if (!updated.ok()) return updated.error();
    }
    return record.id;
  });
}

core::Result<domain::CaseRecords> WorkflowWorld::Records(domain::CaseId id) {
  return store_->Read(
      [&](Transaction& tx) { return domain::LoadCaseRecords(tx, partnership_, id); });
}

core::Result<std::vector<domain::CaseEvent>> WorkflowWorld::Timeline(domain::CaseId id) {
  return store_->Read([&](Transaction& tx) { return tx.cases(partnership_).Events(id); });
}

core::Result<std::optional<domain::AuditEvent>> WorkflowWorld::LastAudit() {
  return store_->Read([&](Transaction& tx) -> core::Result<std::optional<domain::AuditEvent>> {
    domain::AuditQuery query;
    query.limit = 1;
    auto events = tx.audit().Query(partnership_, query);
    if (!events.ok()) return events.error();
    if (events->empty()) return std::optional<domain::AuditEvent>{};
    return std::optional<domain::AuditEvent>{events->front()};
  });
}

core::Status WorkflowWorld::PutNotification(domain::CaseId id, domain::CivilDate sent_on) {
  return store_->Write([&](Transaction& tx) -> core::Status {
    auto& reviews = tx.review_records(partnership_);
    auto stored = reviews.GetNotification(id);
    if (!stored.ok()) return stored.error();
    domain::Notification notification = stored->value_or(domain::Notification{id, sent_on, "", 0});
    notification.sent_on = sent_on;
    auto put = reviews.PutNotification(notification);
    if (!put.ok()) return put.error();
    return core::Ok();
  });
}

core::Status WorkflowWorld::PutFullReview(const domain::FullReview& review) {
  return store_->Write([&](Transaction& tx) -> core::Status {
    auto put = tx.review_records(partnership_).PutFullReview(review);
    if (!put.ok()) return put.error();
    return core::Ok();
  });
}

core::Result<domain::InformationRequest> WorkflowWorld::PutRequest(domain::CaseId id,
                                                                   domain::AgencyId agency) {
  return store_->Write([&](Transaction& tx) {
    return tx.information_requests(partnership_)
        .Create(id, {agency, kToday, domain::AddDays(kToday, 14),
                     "Fictional: a chronology and summary of your agency's involvement."});
  });
}

}  // namespace assure::scenarios
