#include "cli/demo/demo_learning.h"

#include <algorithm>
#include <map>

namespace assure::cli {

core::Result<PartnershipLearning> ReadLearning(domain::Transaction& tx,
                                               domain::PartnershipId partnership_id) {
  domain::CaseQuery query;
  query.limit = 0;
  ASSURE_ASSIGN_OR_RETURN(auto page, tx.cases(partnership_id).List(query));
  std::vector<domain::CaseId> ids;
  std::map<domain::CaseId, std::string> references;
  for (const domain::Case& record : page.cases) {
    ids.push_back(record.id);
    references[record.id] = record.reference;
  }
  auto& records = tx.review_records(partnership_id);
  PartnershipLearning learning;
  ASSURE_ASSIGN_OR_RETURN(auto rapid, records.RapidReviewsFor(ids));
  for (const domain::RapidReview& review : rapid) {
    if (domain::LeadsToFullReview(review.decision)) continue;
    learning.rapid_reviews.push_back(
        {review.case_id, references[review.case_id], review.meeting_on});
  }
  ASSURE_ASSIGN_OR_RETURN(auto full, records.FullReviewsFor(ids));
  for (const domain::FullReview& summary : full) {
    ASSURE_ASSIGN_OR_RETURN(auto review, records.GetFullReview(summary.case_id));
    if (!review || (review)->recommendations.empty()) continue;
    const domain::FullReview& whole = *review;
    const domain::CivilDate agreed = whole.notice_sent_on           ? *whole.notice_sent_on
                                     : whole.published_on           ? *whole.published_on
                                     : whole.planned_publication_on ? *whole.planned_publication_on
                                                                    : whole.decided_on;
    learning.reviews.push_back(
        {whole.case_id, references[whole.case_id], agreed, whole.recommendations});
  }
  std::sort(learning.reviews.begin(), learning.reviews.end(), [](const auto& a, const auto& b) {
    return a.agreed_on != b.agreed_on ? a.agreed_on < b.agreed_on : a.case_id < b.case_id;
  });
  std::sort(learning.rapid_reviews.begin(), learning.rapid_reviews.end(),
            [](const auto& a, const auto& b) {
              return a.met_on != b.met_on ? a.met_on < b.met_on : a.case_id < b.case_id;
            });
  return learning;
}

}  // namespace assure::cli
