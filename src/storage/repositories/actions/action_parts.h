// The rows that belong to an action (action_sources) and the checks its references need: that a
// source's ref_id names a record of the partnership (a review recommendation, a case's rapid
// review), and that a named person is an account or a member. Sources are read for a whole page
// of actions with one query and written for one action. Used by SqlActionRepository and
// SqlReviewRoundRepository inside their transaction; every statement is scoped to
// `partnership_id`. Internal to storage; stateless functions, thread-compatible.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/actions/action.h"
#include "storage/sql/connection.h"

namespace assure::storage {

inline constexpr std::size_t kMaxActionSources = 50;

// kInvalidInput ("sources") unless `sources` holds 1 to kMaxActionSources sources, each with a
// ref_id exactly when its kind names a record (SourceNeedsRecord), a label when it has no ref_id,
// none twice, and every ref_id naming a record of the partnership: a recommendation's id in
// review_recommendations, a rapid review's case id in rapid_reviews.
core::Status CheckSources(sql::Connection& connection, domain::PartnershipId partnership_id,
                          const std::vector<domain::ActionSource>& sources);

// Makes the action's sources `sources`, in that order. REQUIRES: CheckSources passed.
core::Status ReplaceSources(sql::Connection& connection, domain::PartnershipId partnership_id,
                            domain::ActionId action_id,
                            const std::vector<domain::ActionSource>& sources);

// Fills the sources of `actions` (all of the partnership), with one query.
core::Status LoadSources(sql::Connection& connection, domain::PartnershipId partnership_id,
                         std::vector<domain::PlanAction>& actions);

// kInvalidInput (`field`) unless `user_id` is unset or an account that exists.
core::Status ExpectUser(sql::Connection& connection, std::string_view field,
                        const std::optional<domain::UserId>& user_id);

// kInvalidInput (`field`) unless `user_id` is unset or a member of the partnership.
core::Status ExpectMember(sql::Connection& connection, domain::PartnershipId partnership_id,
                          std::string_view field, const std::optional<domain::UserId>& user_id);

}  // namespace assure::storage
