// The repository of learning briefings, their saved versions, the acceptances of publication
// check hits and the partnership's list of sensitive local places. Bound to one partnership (from
// Transaction, domain/store.h): every query is scoped to it, and an id of another partnership's
// record is kNotFound. Updates are versioned: a stale version is kConflict and changes nothing.
// Implemented by storage; used inside one Store transaction, so by one thread at a time.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/learning/briefing.h"
#include "domain/learning/dissemination.h"

namespace assure::domain {

// Filters of a briefing list; unset = any.
struct BriefingQuery {
  std::optional<BriefingKind> kind;
  std::vector<BriefingState> states;  // empty = any
  std::optional<Audience> audience;
  std::optional<std::string> theme;
  std::optional<CaseId> case_id;
};

// A business manager's acceptance of one publication check hit, by the hit's id (its fingerprint,
// identifier_check.h): the hit may stay in the published text, for the reason given.
struct HitAcceptance {
  BriefingId briefing_id = 0;
  std::string hit_id;
  std::string kind;  // the hit's kind when accepted ("name", "postcode_pattern", ...)
  std::string reason;
  UserId accepted_by = 0;
  core::Instant accepted_at{};
};

class BriefingRepository {
 public:
  virtual ~BriefingRepository() = default;
  // Stores the briefing at version 1 with its links and its first saved version. kInvalidInput
  // ("themes", "case_ids", "recommendation_ids", "action_ids") when a link names no record of
  // the partnership.
  virtual core::Result<Briefing> Create(const Briefing& briefing) = 0;
  virtual core::Result<Briefing> Get(BriefingId id) = 0;
  // By most recently changed first, then id.
  virtual core::Result<std::vector<Briefing>> List(const BriefingQuery& query) = 0;
  // Stores every field and the links if briefing.version is current (kConflict otherwise); when
  // `saved_by` is set, the title and body are kept as the new saved version too.
  virtual core::Result<Briefing> Update(const Briefing& briefing,
                                        std::optional<UserId> saved_by) = 0;
  // Oldest first.
  virtual core::Result<std::vector<BriefingVersion>> Versions(BriefingId id) = 0;

  virtual core::Result<std::vector<HitAcceptance>> Acceptances(BriefingId id) = 0;
  // kConflict (field "hit") when that hit is accepted already.
  virtual core::Status Accept(const HitAcceptance& acceptance) = 0;

  // Appends one agency's record of sharing the briefing (id assigned).
  virtual core::Result<Dissemination> AddDissemination(const Dissemination& record) = 0;
  // The records of `id` by shared date, then id; of every briefing when unset (reports).
  virtual core::Result<std::vector<Dissemination>> Disseminations(std::optional<BriefingId> id) = 0;

  // The partnership's sensitive local places, by name.
  virtual core::Result<std::vector<std::string>> SensitivePlaces() = 0;
  virtual core::Status SetSensitivePlaces(std::span<const std::string> places) = 0;
};

}  // namespace assure::domain
