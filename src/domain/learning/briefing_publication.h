// BriefingPublication: a briefing's way from draft to the public library, and the publication
// check that guards it (doc/learning.md). Submitting (draft -> in review) is the business unit's;
// approving (in review -> approved), publishing (approved -> published) and withdrawing
// (published -> withdrawn) are the business manager's, who may not approve a briefing they wrote
// unless they are the partnership's only business manager.
//
// The check (identifier_check.h) looks for every identifying detail in the restricted details of
// the briefing's linked cases and for the generic patterns and sensitive places. It runs on
// request, and on every approval and publication: either is refused while a hit is unresolved
// (neither changed away nor accepted by the business manager with a reason), and the answer then
// lists the hits. The words of a restricted detail are shown only to those who read restricted
// details (case_restricted read).
//
// Each call runs ONE Store transaction with its audit events: "briefing.check" (naming the cases
// whose restricted details were read), "briefing.submit", "briefing.approve", "briefing.publish",
// "briefing.withdraw", "briefing.hit.accept", "sensitive_places.read", "sensitive_places.update".
// Expected failures: kNotFound, kForbidden, kInvalidInput, kConflict (a stale version, or a
// step the briefing's state does not allow, field "state"), kUnavailable. Thread-safe:
// references to thread-safe collaborators, no mutable state.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/learning/briefing.h"
#include "domain/learning/briefing_repository.h"
#include "domain/learning/identifiers/identifier_check.h"
#include "domain/store.h"

namespace assure::domain {

// One hit of the check as the asker may see it.
struct BriefingHit {
  IdentifierHit hit;        // `matched` is empty when the detail is not shown
  std::string id;           // stable across edits elsewhere: /hits/{id}/accept
  std::string field;        // where it was found: "title" or "body_markdown"
  std::string description;  // "matches a restricted detail of case NS-2025-12", "a UK postcode"
  bool detail_shown = false;
  std::optional<HitAcceptance> acceptance;  // set when the business manager accepted it
};

struct CheckReport {
  std::vector<BriefingHit> hits;  // by offset
  int unresolved = 0;             // hits not accepted
};

// An approval or publication: the briefing as stored, or, when refused for unresolved hits,
// those hits (nothing changed but the check's audit event).
struct PublicationOutcome {
  std::optional<Briefing> briefing;
  std::vector<BriefingHit> unresolved;
};

inline constexpr std::size_t kAcceptanceReasonMax = 500;
inline constexpr std::size_t kWithdrawalReasonMax = 1000;
inline constexpr std::size_t kSensitivePlacesMax = 500;

class BriefingPublication {
 public:
  BriefingPublication(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  core::Result<CheckReport> Check(const Requester& requester, BriefingId id) const;
  core::Result<Briefing> Submit(const Requester& requester, BriefingId id, Version version) const;
  core::Result<PublicationOutcome> Approve(const Requester& requester, BriefingId id,
                                           Version version) const;
  core::Result<PublicationOutcome> Publish(const Requester& requester, BriefingId id,
                                           Version version) const;
  // "reason" 1..1000 characters: why it left the library.
  core::Result<Briefing> Withdraw(const Requester& requester, BriefingId id, Version version,
                                  const std::string& reason) const;
  // Accepts the current hit `hit_id` ("hit": kNotFound when the check does not find it now), for
  // "reason" (1..500 characters).
  core::Result<HitAcceptance> AcceptHit(const Requester& requester, BriefingId id,
                                        const std::string& hit_id, const std::string& reason) const;

  core::Result<std::vector<std::string>> SensitivePlaces(const Requester& requester) const;
  // Replaces the list: one place per entry, trimmed, blank entries dropped, each 1..200
  // characters ("places"), at most 500.
  core::Result<std::vector<std::string>> SetSensitivePlaces(const Requester& requester,
                                                            std::vector<std::string> places) const;

 private:
  core::Result<PublicationOutcome> CheckedStep(const Requester& requester, BriefingId id,
                                               Version version, bool publish) const;
  Store& store_;
  const core::Clock& clock_;
};

// Whether the asker may approve `briefing` now: it is in review, they are a business manager,
// and they saved none of its `versions` unless they are the partnership's only business manager.
core::Result<bool> MayApprove(Transaction& tx, const Requester& requester, const Briefing& briefing,
                              const std::vector<BriefingVersion>& versions);

// Every identifying detail in the restricted details of `case_ids`, for the check.
core::Result<std::vector<RestrictedIdentifier>> RestrictedIdentifiersOf(
    Transaction& tx, PartnershipId partnership, const std::vector<CaseId>& case_ids);

// The hit's id: a short hex digest of its fingerprint.
std::string HitId(const IdentifierHit& hit);

}  // namespace assure::domain
