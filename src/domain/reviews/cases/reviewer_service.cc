#include "domain/reviews/cases/reviewer_service.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "domain/reviews/cases/case_access.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

constexpr std::string_view kNotHere = "no such reviewer in this partnership";

AuditSubject ReviewerSubject(ReviewerId id) { return {"reviewer", std::to_string(id)}; }

core::Error NotAllowed() {
  return core::Error::Forbidden(
      "Your role does not allow you to see or change the reviewers "
      "register.");
}

core::Error NoSuchReviewer() { return core::Error::NotFound("There is no such reviewer."); }

}  // namespace

ReviewerService::ReviewerService(Store& store, const core::Clock& clock)
    : store_(store), clock_(clock) {}

core::Status ReviewerService::Validate(Transaction& tx, const Requester& requester,
                                       Reviewer& reviewer) const {
  reviewer.name = TrimName(reviewer.name);
  reviewer.partnership_id = requester.partnership_id();
  ASSURE_TRY(ValidateName("name", reviewer.name));
  ASSURE_TRY(ValidateLongText("interests_note", reviewer.interests_note, 2000, false));
  ASSURE_ASSIGN_OR_RETURN(auto agencies, PartnershipAgencies(tx, requester.partnership_id()));
  std::set<AgencyId> interests;
  for (AgencyId agency : reviewer.interests) {
    if (std::find(agencies.begin(), agencies.end(), agency) == agencies.end()) {
      return core::Error::InvalidInput("interests", "Choose agencies from the list.");
    }
    interests.insert(agency);
  }
  reviewer.interests.assign(interests.begin(), interests.end());
  if (reviewer.user_id) {
    ASSURE_ASSIGN_OR_RETURN(auto memberships,
                            tx.memberships(requester.partnership_id()).ForUser(*reviewer.user_id));
    const bool is_reviewer =
        std::any_of(memberships.begin(), memberships.end(),
                    [](const Membership& m) { return m.role == Role::kReviewer; });
    if (!is_reviewer) {
      return core::Error::InvalidInput(
          "user_id", "Choose a member of the partnership who has the reviewer role.");
    }
  }
  return core::Ok();
}

core::Result<std::vector<Reviewer>> ReviewerService::List(const Requester& requester) const {
  if (!Permits(requester.principal, Resource::kReviewer, Action::kRead, InPartnership(requester))) {
    return RecordRefusal(store_, clock_, requester, "reviewer.list", {"reviewer", ""},
                         "role does not allow reviewer:read", NotAllowed());
  }
  return store_.Read(
      [&](Transaction& tx) { return tx.reviewers(requester.partnership_id()).List(); });
}

core::Result<Reviewer> ReviewerService::Get(const Requester& requester, ReviewerId id) const {
  if (!Permits(requester.principal, Resource::kReviewer, Action::kRead, InPartnership(requester))) {
    return RecordRefusal(store_, clock_, requester, "reviewer.read", ReviewerSubject(id),
                         "role does not allow reviewer:read", NoSuchReviewer());
  }
  auto reviewer = store_.Read(
      [&](Transaction& tx) { return tx.reviewers(requester.partnership_id()).Get(id); });
  if (!reviewer.ok() && reviewer.error().code == core::ErrorCode::kNotFound) {
    return RecordRefusal(store_, clock_, requester, "reviewer.read", ReviewerSubject(id),
                         std::string{kNotHere}, NoSuchReviewer());
  }
  return reviewer;
}

core::Result<Reviewer> ReviewerService::Create(const Requester& requester,
                                               Reviewer reviewer) const {
  if (!Permits(requester.principal, Resource::kReviewer, Action::kCreate,
               InPartnership(requester))) {
    return RecordRefusal(store_, clock_, requester, "reviewer.create", {"reviewer", ""},
                         "role does not allow reviewer:create", NotAllowed());
  }
  reviewer.id = 0;
  reviewer.version = 0;
  return store_.Write([&](Transaction& tx) -> core::Result<Reviewer> {
    ASSURE_TRY(Validate(tx, requester, reviewer));
    ASSURE_ASSIGN_OR_RETURN(auto created,
                            tx.reviewers(requester.partnership_id()).Create(reviewer));
    ASSURE_TRY(
        WriteAudit(tx, requester, clock_.Now(), "reviewer.create", ReviewerSubject(created.id)));
    return created;
  });
}

core::Result<Reviewer> ReviewerService::Update(const Requester& requester,
                                               Reviewer reviewer) const {
  std::optional<std::string> refused;
  auto updated = store_.Write([&](Transaction& tx) -> core::Result<Reviewer> {
    auto& reviewers = tx.reviewers(requester.partnership_id());
    auto stored = reviewers.Get(reviewer.id);
    if (!stored.ok()) {
      if (stored.error().code != core::ErrorCode::kNotFound) return stored.error();
      refused = kNotHere;
      return NoSuchReviewer();
    }
    if (!Permits(requester.principal, Resource::kReviewer, Action::kUpdate,
                 InPartnership(requester))) {
      refused = "role does not allow reviewer:update";
      return NotAllowed();
    }
    ASSURE_TRY(Validate(tx, requester, reviewer));
    ASSURE_ASSIGN_OR_RETURN(auto changed, reviewers.Update(reviewer));
    ASSURE_TRY(
        WriteAudit(tx, requester, clock_.Now(), "reviewer.update", ReviewerSubject(reviewer.id)));
    return changed;
  });
  if (!updated.ok() && refused) {
    return RecordRefusal(store_, clock_, requester, "reviewer.update", ReviewerSubject(reviewer.id),
                         *refused, updated.error());
  }
  return updated;
}

}  // namespace assure::domain
