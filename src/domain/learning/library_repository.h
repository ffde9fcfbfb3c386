// The repository of the public learning library's own records: the anonymous "Was this useful?"
// feedback on published briefings (migration 0017), and how many briefings a partnership has
// published. The briefings themselves are read through BriefingRepository. Bound to one
// partnership (from Transaction::library, domain/store.h): every query is scoped to it, and a
// briefing id of another partnership is kNotFound. Feedback holds no address, person or session:
// only the rating, the comment and the day it came. Implemented by storage; used inside one Store
// transaction, so by one thread at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/learning/briefing.h"

namespace assure::domain {

using FeedbackId = std::int64_t;

// One answer to "Was this useful?".
struct BriefingFeedback {
  FeedbackId id = 0;
  BriefingId briefing_id = 0;
  int rating = 0;           // 1 (not useful) to 5 (very useful)
  std::string comment;      // up to kFeedbackCommentMax code points; "" for none
  CivilDate received_on{};  // the London day only: no time, so a row cannot be matched to a visit
};

inline constexpr int kFeedbackRatingMin = 1;
inline constexpr int kFeedbackRatingMax = 5;
inline constexpr std::size_t kFeedbackCommentMax = 1000;

class LibraryRepository {
 public:
  virtual ~LibraryRepository() = default;
  // How many of the partnership's briefings are published now.
  virtual core::Result<std::int64_t> CountPublished() = 0;
  // Stores the feedback (its id is ignored) and returns its id; kNotFound when the briefing is
  // not the partnership's.
  virtual core::Result<FeedbackId> AddFeedback(const BriefingFeedback& feedback) = 0;
  // The briefing's feedback, newest first (received_on, then id).
  virtual core::Result<std::vector<BriefingFeedback>> Feedback(BriefingId briefing_id) = 0;
};

}  // namespace assure::domain
