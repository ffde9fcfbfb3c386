// LibraryService: the public learning library (doc/learning.md, "The public library"): the
// partnerships that publish briefings, a partnership's library (found by its slug) of PUBLISHED
// briefings only, one published briefing, the anonymous "Was this useful?" feedback on it, and
// the business unit's reading of that feedback. The public pages (no sign-in) call every method
// but Feedback; the feedback API calls Feedback.
//
// The public methods take no Requester: anyone may read what a partnership has published. A
// briefing that is not published (a draft, in review, approved or withdrawn), or that is another
// partnership's, is kNotFound ("There is no such briefing.") exactly as one that does not exist.
// What they return is a LibraryBriefing: the published words and labels only, never the cases,
// recommendations or actions a briefing draws on, nor who wrote or approved it.
//
// No audit event for public reads: the audit trail records what identified people did with the
// partnership's records, and these readers are anonymous and read only what was published for
// everyone; an event per page view would flood each partnership's hash chain with noise and
// would have to keep each visitor's address, which the library must not collect. Feedback is
// stored without any address, person or session (and with its day only), so it is not audited
// either: the row is its own record. The business unit's reading of feedback IS audited
// ("briefing.feedback.read"), and a refusal of it too.
//
// Each call runs ONE Store transaction (a read-only one for the public reads). Expected
// failures: kNotFound, kInvalidInput (naming the field), kForbidden, kUnavailable. Thread-safe:
// references to thread-safe collaborators, no mutable state.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/learning/briefing.h"
#include "domain/learning/library_repository.h"
#include "domain/partnership/partnership.h"
#include "domain/store.h"

namespace assure::domain {

// What the public sees of a published briefing.
struct LibraryBriefing {
  BriefingId id = 0;
  BriefingKind kind = BriefingKind::kSevenMinute;
  std::string title;
  std::string body_markdown;
  std::vector<Audience> audiences;
  std::vector<std::string> themes;
  CivilDate published_on{};
  Version version = 0;
};

// A partnership that has a public library, and how many briefings it has published.
struct LibraryListing {
  Partnership partnership;
  std::int64_t published = 0;
};

// The filters of a library; unset = any.
struct LibraryQuery {
  std::optional<BriefingKind> kind;
  std::optional<Audience> audience;
  std::optional<std::string> theme;  // a name from the partnership's theme list
};

struct Library {
  Partnership partnership;
  std::vector<LibraryBriefing> briefings;  // newest publication first, then highest id
  std::vector<std::string> themes;         // the partnership's theme list, for the filter
};

struct LibraryPage {
  Partnership partnership;
  LibraryBriefing briefing;
};

// What the business unit reads of a briefing's feedback.
struct FeedbackSummary {
  BriefingId briefing_id = 0;
  std::int64_t count = 0;
  std::optional<double> average;            // of the ratings; none without feedback
  std::array<std::int64_t, 5> by_rating{};  // how many rated 1, 2, 3, 4 and 5
  std::vector<BriefingFeedback> feedback;   // newest first
};

class LibraryService {
 public:
  LibraryService(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  // The partnerships with at least one published briefing, by name.
  core::Result<std::vector<LibraryListing>> Libraries() const;
  // The library of the partnership whose slug is `slug` (kNotFound "There is no such library."
  // otherwise), its published briefings matching `query`. kInvalidInput ("theme") for a theme
  // that is not on the partnership's list.
  core::Result<Library> Open(std::string_view slug, const LibraryQuery& query) const;
  // One published briefing of that partnership.
  core::Result<LibraryPage> Read(std::string_view slug, BriefingId id) const;
  // Stores anonymous feedback on a published briefing of that partnership, dated today in
  // London: "rating" 1..5, "comment" up to 1,000 characters (trimmed; may be empty).
  core::Status RecordFeedback(std::string_view slug, BriefingId id, int rating,
                              std::string_view comment) const;
  // The feedback on the briefing `id` of the asker's partnership, for the business unit
  // (briefing: update); audited "briefing.feedback.read", and so is a refusal.
  core::Result<FeedbackSummary> Feedback(const Requester& requester, BriefingId id) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

// The summary of `feedback` (count, average, how many gave each rating).
FeedbackSummary SummariseFeedback(BriefingId id, std::vector<BriefingFeedback> feedback);

}  // namespace assure::domain
