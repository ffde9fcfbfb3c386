#include "domain/learning/briefing_publication.h"

#include <algorithm>
#include <set>
#include <utility>

#include "domain/learning/briefing_access.h"
#include "domain/learning/briefing_check.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

core::Error WrongState(const Briefing& briefing, std::string_view step) {
  return core::Error::Conflict("A briefing that is " +
                                   std::string{BriefingStateLabel(briefing.state)} + " cannot be " +
                                   std::string{step} + ".",
                               "state");
}

// Runs `work` (which loads the briefing through VisibleBriefing) and audits a refusal (not
// found, forbidden) as `action` in its own transaction.
template <typename T, typename Work>
core::Result<T> Audited(Store& store, const core::Clock& clock, const Requester& requester,
                        BriefingId id, std::string action, Work&& work) {
  core::Result<T> result = store.Write(work);
  if (!result.ok() && (result.error().code == core::ErrorCode::kNotFound ||
                       result.error().code == core::ErrorCode::kForbidden)) {
    return RecordRefusal(store, clock, requester, std::move(action), BriefingSubject(id),
                         "not permitted or not found", result.error());
  }
  return result;
}

}  // namespace

core::Result<bool> MayApprove(Transaction& tx, const Requester& requester, const Briefing& briefing,
                              const std::vector<BriefingVersion>& versions) {
  if (briefing.state != BriefingState::kInReview || !MayPublishBriefings(requester)) return false;
  const UserId me = requester.user_id();
  const bool wrote = briefing.created_by == me || std::any_of(versions.begin(), versions.end(),
                                                              [&](const BriefingVersion& version) {
                                                                return version.saved_by == me;
                                                              });
  if (!wrote) return true;
  ASSURE_ASSIGN_OR_RETURN(const auto members,
                          tx.memberships(requester.partnership_id()).ListMembers());
  std::set<UserId> managers;
  for (const Member& member : members) {
    if (member.membership.role == Role::kBusinessManager) managers.insert(member.user.id);
  }
  return managers.size() == 1 && managers.contains(me);
}

core::Result<CheckReport> BriefingPublication::Check(const Requester& requester,
                                                     BriefingId id) const {
  const core::Instant now = clock_.Now();
  return Audited<CheckReport>(
      store_, clock_, requester, id, "briefing.check",
      [&](Transaction& tx) -> core::Result<CheckReport> {
        ASSURE_ASSIGN_OR_RETURN(const Briefing briefing, VisibleBriefing(tx, requester, id));
        ASSURE_ASSIGN_OR_RETURN(CheckReport report, RunCheck(tx, requester, briefing));
        ASSURE_TRY(WriteBriefingAudit(tx, requester, now, "briefing.check", BriefingSubject(id),
                                      CheckAuditReason(briefing, report)));
        return report;
      });
}

core::Result<Briefing> BriefingPublication::Submit(const Requester& requester, BriefingId id,
                                                   Version version) const {
  const core::Instant now = clock_.Now();
  return Audited<Briefing>(
      store_, clock_, requester, id, "briefing.submit",
      [&](Transaction& tx) -> core::Result<Briefing> {
        ASSURE_ASSIGN_OR_RETURN(Briefing briefing, VisibleBriefing(tx, requester, id));
        if (!MayWriteBriefings(requester)) {
          return core::Error::Forbidden("You may not submit briefings.");
        }
        if (briefing.version != version) return StaleBriefing();
        if (briefing.state != BriefingState::kDraft) return WrongState(briefing, "submitted");
        ASSURE_TRY(ValidateReadyForReview(briefing.content));
        briefing.state = BriefingState::kInReview;
        briefing.updated_at = now;
        ASSURE_ASSIGN_OR_RETURN(
            Briefing stored,
            tx.briefings(requester.partnership_id()).Update(briefing, std::nullopt));
        ASSURE_TRY(WriteBriefingAudit(tx, requester, now, "briefing.submit", BriefingSubject(id)));
        return stored;
      });
}

core::Result<PublicationOutcome> BriefingPublication::Approve(const Requester& requester,
                                                              BriefingId id,
                                                              Version version) const {
  return CheckedStep(requester, id, version, false);
}

core::Result<PublicationOutcome> BriefingPublication::Publish(const Requester& requester,
                                                              BriefingId id,
                                                              Version version) const {
  return CheckedStep(requester, id, version, true);
}

core::Result<PublicationOutcome> BriefingPublication::CheckedStep(const Requester& requester,
                                                                  BriefingId id, Version version,
                                                                  bool publish) const {
  const core::Instant now = clock_.Now();
  const std::string action = publish ? "briefing.publish" : "briefing.approve";
  return Audited<PublicationOutcome>(
      store_, clock_, requester, id, action,
      [&](Transaction& tx) -> core::Result<PublicationOutcome> {
        ASSURE_ASSIGN_OR_RETURN(Briefing briefing, VisibleBriefing(tx, requester, id));
        if (!MayPublishBriefings(requester)) {
          return core::Error::Forbidden(
              "Only the business manager approves and publishes "
              "briefings.");
        }
        if (briefing.version != version) return StaleBriefing();
        auto& briefings = tx.briefings(requester.partnership_id());
        if (publish) {
          if (briefing.state != BriefingState::kApproved) return WrongState(briefing, "published");
        } else {
          if (briefing.state != BriefingState::kInReview) return WrongState(briefing, "approved");
          ASSURE_ASSIGN_OR_RETURN(const auto versions, briefings.Versions(id));
          ASSURE_ASSIGN_OR_RETURN(const bool may, MayApprove(tx, requester, briefing, versions));
          if (!may) {
            return core::Error::Forbidden(
                "You wrote this briefing: another business manager approves it.");
          }
        }
        ASSURE_ASSIGN_OR_RETURN(CheckReport report, RunCheck(tx, requester, briefing));
        ASSURE_TRY(WriteBriefingAudit(tx, requester, now, "briefing.check", BriefingSubject(id),
                                      CheckAuditReason(briefing, report)));
        PublicationOutcome outcome;
        if (report.unresolved > 0) {
          for (BriefingHit& hit : report.hits) {
            if (!hit.acceptance) outcome.unresolved.push_back(std::move(hit));
          }
          return outcome;
        }
        const CivilDate today = LondonDate(now);
        if (publish) {
          briefing.state = BriefingState::kPublished;
          if (!briefing.published_on) briefing.published_on = today;
        } else {
          briefing.state = BriefingState::kApproved;
          briefing.approved_by = requester.user_id();
          briefing.approved_on = today;
        }
        briefing.updated_at = now;
        ASSURE_ASSIGN_OR_RETURN(outcome.briefing, briefings.Update(briefing, std::nullopt));
        ASSURE_TRY(WriteBriefingAudit(tx, requester, now, action, BriefingSubject(id)));
        return outcome;
      });
}

core::Result<Briefing> BriefingPublication::Withdraw(const Requester& requester, BriefingId id,
                                                     Version version,
                                                     const std::string& reason) const {
  ASSURE_TRY(ValidateLongText("reason", reason, kWithdrawalReasonMax, true));
  const core::Instant now = clock_.Now();
  return Audited<Briefing>(
      store_, clock_, requester, id, "briefing.withdraw",
      [&](Transaction& tx) -> core::Result<Briefing> {
        ASSURE_ASSIGN_OR_RETURN(Briefing briefing, VisibleBriefing(tx, requester, id));
        if (!MayPublishBriefings(requester)) {
          return core::Error::Forbidden("Only the business manager withdraws briefings.");
        }
        if (briefing.version != version) return StaleBriefing();
        if (briefing.state != BriefingState::kPublished) return WrongState(briefing, "withdrawn");
        briefing.state = BriefingState::kWithdrawn;
        briefing.withdrawn_on = LondonDate(now);
        briefing.withdrawal_reason = reason;
        briefing.updated_at = now;
        ASSURE_ASSIGN_OR_RETURN(
            Briefing stored,
            tx.briefings(requester.partnership_id()).Update(briefing, std::nullopt));
        ASSURE_TRY(
            WriteBriefingAudit(tx, requester, now, "briefing.withdraw", BriefingSubject(id)));
        return stored;
      });
}

core::Result<HitAcceptance> BriefingPublication::AcceptHit(const Requester& requester,
                                                           BriefingId id, const std::string& hit_id,
                                                           const std::string& reason) const {
  ASSURE_TRY(ValidateLongText("reason", reason, kAcceptanceReasonMax, true));
  const core::Instant now = clock_.Now();
  return Audited<HitAcceptance>(
      store_, clock_, requester, id, "briefing.hit.accept",
      [&](Transaction& tx) -> core::Result<HitAcceptance> {
        ASSURE_ASSIGN_OR_RETURN(const Briefing briefing, VisibleBriefing(tx, requester, id));
        if (!MayPublishBriefings(requester)) {
          return core::Error::Forbidden("Only the business manager accepts a check's hits.");
        }
        if (briefing.state == BriefingState::kPublished ||
            briefing.state == BriefingState::kWithdrawn) {
          return WrongState(briefing, "checked again");
        }
        ASSURE_ASSIGN_OR_RETURN(const CheckReport report, RunCheck(tx, requester, briefing));
        const auto hit = std::find_if(report.hits.begin(), report.hits.end(),
                                      [&](const BriefingHit& h) { return h.id == hit_id; });
        if (hit == report.hits.end()) {
          return core::Error::NotFound("The check does not find that hit in this briefing now.");
        }
        if (hit->acceptance) return core::Error::Conflict("That hit is accepted already.", "hit");
        HitAcceptance acceptance{
            id, hit_id, std::string{IdentifierKindName(hit->hit.kind)}, reason, requester.user_id(),
            now};
        ASSURE_TRY(tx.briefings(requester.partnership_id()).Accept(acceptance));
        ASSURE_TRY(WriteBriefingAudit(tx, requester, now, "briefing.hit.accept",
                                      BriefingSubject(id),
                                      "hit " + hit_id + " (" + acceptance.kind + ")"));
        return acceptance;
      });
}

core::Result<std::vector<std::string>> BriefingPublication::SensitivePlaces(
    const Requester& requester) const {
  if (!Permits(requester.principal, Resource::kBriefingPublication, Action::kRead,
               InPartnership(requester))) {
    return RecordRefusal(store_, clock_, requester, "sensitive_places.read", {"partnership", ""},
                         "not permitted",
                         core::Error::Forbidden("You may not read the sensitive places."));
  }
  const core::Instant now = clock_.Now();
  return store_.Write([&](Transaction& tx) -> core::Result<std::vector<std::string>> {
    ASSURE_ASSIGN_OR_RETURN(auto places,
                            tx.briefings(requester.partnership_id()).SensitivePlaces());
    ASSURE_TRY(WriteBriefingAudit(tx, requester, now, "sensitive_places.read",
                                  {"partnership", std::to_string(requester.partnership_id())}));
    return places;
  });
}

core::Result<std::vector<std::string>> BriefingPublication::SetSensitivePlaces(
    const Requester& requester, std::vector<std::string> places) const {
  const AuditSubject subject{"partnership", std::to_string(requester.partnership_id())};
  if (!MayPublishBriefings(requester)) {
    return RecordRefusal(store_, clock_, requester, "sensitive_places.update", subject,
                         "not permitted",
                         core::Error::Forbidden("Only the business manager keeps this list."));
  }
  std::vector<std::string> tidy;
  for (const std::string& place : places) {
    std::string name = TrimName(place);
    if (name.empty()) continue;
    ASSURE_TRY(ValidateName("places", name));
    tidy.push_back(std::move(name));
  }
  std::sort(tidy.begin(), tidy.end());
  tidy.erase(std::unique(tidy.begin(), tidy.end()), tidy.end());
  if (tidy.size() > kSensitivePlacesMax) {
    return core::Error::InvalidInput("places", "Keep at most 500 places.");
  }
  const core::Instant now = clock_.Now();
  return store_.Write([&](Transaction& tx) -> core::Result<std::vector<std::string>> {
    ASSURE_TRY(tx.briefings(requester.partnership_id()).SetSensitivePlaces(tidy));
    ASSURE_TRY(WriteBriefingAudit(tx, requester, now, "sensitive_places.update", subject,
                                  std::to_string(tidy.size()) + " places"));
    return tidy;
  });
}

}  // namespace assure::domain
