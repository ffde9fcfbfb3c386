#include "domain/learning/library_service.h"

#include <algorithm>
#include <utility>

#include "domain/learning/briefing_access.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

core::Error NoSuchLibrary() { return core::Error::NotFound("There is no such library."); }

// The partnership whose library is `slug`, or NoSuchLibrary(): a slug that could never be one is
// refused without a query.
core::Result<Partnership> LibraryOwner(Transaction& tx, std::string_view slug) {
  if (!ValidateSlug("slug", slug).ok()) return NoSuchLibrary();
  auto partnership = tx.partnerships().FindBySlug(slug);
  if (!partnership.ok() && partnership.error().code == core::ErrorCode::kNotFound) {
    return NoSuchLibrary();
  }
  return partnership;
}

LibraryBriefing PublicPart(const Briefing& briefing) {
  return {briefing.id,
          briefing.content.kind,
          briefing.content.title,
          briefing.content.body_markdown,
          briefing.content.audiences,
          briefing.content.themes,
          briefing.published_on.value_or(CivilDate{}),
          briefing.version};
}

// The briefing `id` of `partnership` if it is published now, else NoSuchBriefing().
core::Result<Briefing> PublishedNow(Transaction& tx, PartnershipId partnership, BriefingId id) {
  auto briefing = tx.briefings(partnership).Get(id);
  if (!briefing.ok()) {
    if (briefing.error().code == core::ErrorCode::kNotFound) return NoSuchBriefing();
    return briefing.error();
  }
  if (briefing->state != BriefingState::kPublished || !briefing->published_on) {
    return NoSuchBriefing();
  }
  return briefing;
}

bool NewerPublication(const LibraryBriefing& a, const LibraryBriefing& b) {
  if (a.published_on != b.published_on) return a.published_on > b.published_on;
  return a.id > b.id;
}

}  // namespace

FeedbackSummary SummariseFeedback(BriefingId id, std::vector<BriefingFeedback> feedback) {
  FeedbackSummary summary;
  summary.briefing_id = id;
  std::int64_t total = 0;
  for (const BriefingFeedback& one : feedback) {
    if (one.rating < kFeedbackRatingMin || one.rating > kFeedbackRatingMax) continue;
    ++summary.count;
    total += one.rating;
    ++summary.by_rating[static_cast<std::size_t>(one.rating - kFeedbackRatingMin)];
  }
  if (summary.count > 0) {
    summary.average = static_cast<double>(total) / static_cast<double>(summary.count);
  }
  summary.feedback = std::move(feedback);
  return summary;
}

core::Result<std::vector<LibraryListing>> LibraryService::Libraries() const {
  return store_.Read([&](Transaction& tx) -> core::Result<std::vector<LibraryListing>> {
    ASSURE_ASSIGN_OR_RETURN(auto partnerships, tx.partnerships().List());
    std::vector<LibraryListing> listings;
    for (Partnership& partnership : partnerships) {
      ASSURE_ASSIGN_OR_RETURN(const auto published, tx.library(partnership.id).CountPublished());
      if (published > 0) listings.push_back({std::move(partnership), published});
    }
    return listings;
  });
}

core::Result<Library> LibraryService::Open(std::string_view slug, const LibraryQuery& query) const {
  return store_.Read([&](Transaction& tx) -> core::Result<Library> {
    Library library;
    ASSURE_ASSIGN_OR_RETURN(library.partnership, LibraryOwner(tx, slug));
    const PartnershipId partnership = library.partnership.id;
    ASSURE_ASSIGN_OR_RETURN(library.themes, tx.themes(partnership).List());
    if (query.theme && std::find(library.themes.begin(), library.themes.end(), *query.theme) ==
                           library.themes.end()) {
      return core::Error::InvalidInput("theme", "Choose a theme from the list.");
    }
    BriefingQuery published;
    published.kind = query.kind;
    published.states = {BriefingState::kPublished};
    published.audience = query.audience;
    published.theme = query.theme;
    ASSURE_ASSIGN_OR_RETURN(const auto briefings, tx.briefings(partnership).List(published));
    for (const Briefing& briefing : briefings) {
      if (briefing.state == BriefingState::kPublished && briefing.published_on) {
        library.briefings.push_back(PublicPart(briefing));
      }
    }
    std::sort(library.briefings.begin(), library.briefings.end(), NewerPublication);
    return library;
  });
}

core::Result<LibraryPage> LibraryService::Read(std::string_view slug, BriefingId id) const {
  return store_.Read([&](Transaction& tx) -> core::Result<LibraryPage> {
    LibraryPage page;
    ASSURE_ASSIGN_OR_RETURN(page.partnership, LibraryOwner(tx, slug));
    ASSURE_ASSIGN_OR_RETURN(const Briefing briefing, PublishedNow(tx, page.partnership.id, id));
    page.briefing = PublicPart(briefing);
    return page;
  });
}

core::Status LibraryService::RecordFeedback(std::string_view slug, BriefingId id, int rating,
                                            std::string_view comment) const {
  if (rating < kFeedbackRatingMin || rating > kFeedbackRatingMax) {
    return core::Error::InvalidInput("rating",
                                     "Choose how useful this briefing was, from 1 (not useful) "
                                     "to 5 (very useful).");
  }
  BriefingFeedback feedback;
  feedback.briefing_id = id;
  feedback.rating = rating;
  feedback.comment = TrimName(comment);
  ASSURE_TRY(ValidateLongText("comment", feedback.comment, kFeedbackCommentMax, false));
  feedback.received_on = LondonDate(clock_.Now());
  return store_.Write([&](Transaction& tx) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(const Partnership partnership, LibraryOwner(tx, slug));
    ASSURE_TRY(PublishedNow(tx, partnership.id, id));
    ASSURE_TRY(tx.library(partnership.id).AddFeedback(feedback));
    return core::Ok();
  });
}

core::Result<FeedbackSummary> LibraryService::Feedback(const Requester& requester,
                                                       BriefingId id) const {
  if (!MayWriteBriefings(requester)) {
    return RecordRefusal(store_, clock_, requester, "briefing.feedback.read", BriefingSubject(id),
                         "not permitted",
                         core::Error::Forbidden("You may not read the feedback on briefings."));
  }
  const core::Instant now = clock_.Now();
  auto summary = store_.Write([&](Transaction& tx) -> core::Result<FeedbackSummary> {
    ASSURE_TRY(VisibleBriefing(tx, requester, id));
    ASSURE_ASSIGN_OR_RETURN(auto feedback, tx.library(requester.partnership_id()).Feedback(id));
    ASSURE_TRY(
        WriteBriefingAudit(tx, requester, now, "briefing.feedback.read", BriefingSubject(id)));
    return SummariseFeedback(id, std::move(feedback));
  });
  if (!summary.ok() && summary.error().code == core::ErrorCode::kNotFound) {
    return RecordRefusal(store_, clock_, requester, "briefing.feedback.read", BriefingSubject(id),
                         "not found", summary.error());
  }
  return summary;
}

}  // namespace assure::domain
