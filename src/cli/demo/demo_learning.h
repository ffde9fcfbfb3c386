// What the action plans of demo and synthetic partnerships answer (demo_actions.h,
// scale_actions.h): the partnership's full reviews with recommendations and its rapid reviews
// that led to no full review, read through the repositories of one transaction. Not thread-safe
// (uses the transaction).
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/reviews/cases/review_records.h"
#include "domain/store.h"

namespace assure::cli {

// A full review's recommendations, and when the partnership agreed them.
struct ReviewLearning {
  domain::CaseId case_id = 0;
  std::string reference;
  domain::CivilDate agreed_on;  // the pre-publication notice, else publication, else planned
  std::vector<domain::Recommendation> recommendations;  // by number
};

// A rapid review that decided on no full review: its learning goes into single-agency actions.
struct RapidLearning {
  domain::CaseId case_id = 0;
  std::string reference;
  domain::CivilDate met_on;
};

// What a partnership's actions can answer, oldest first.
struct PartnershipLearning {
  std::vector<ReviewLearning> reviews;       // full reviews with recommendations
  std::vector<RapidLearning> rapid_reviews;  // rapid reviews that led to no full review
};

// Every case's review records: a few queries, plus one full read per full review.
core::Result<PartnershipLearning> ReadLearning(domain::Transaction& tx,
                                               domain::PartnershipId partnership_id);

}  // namespace assure::cli
