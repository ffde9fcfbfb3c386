// The public learning library's service over a real Store, on both backends: only published
// briefings, found by the partnership's slug, newest publication first and filtered; anonymous
// feedback checked and stored with its day; the business unit's reading of it audited, and
// refused to others. Fictional data only.
#include "domain/learning/library_service.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "testing/case_fixture.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;
using core::ErrorCode;

class LibraryServiceSuite : public testing::CaseServiceTest {
 protected:
  void SetUp() override {
    CaseServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    library_ = std::make_unique<LibraryService>(store(), clock_);
    older_ = Seed(north_, BriefingKind::kSevenMinute, "Fictional older", BriefingState::kPublished,
                  "2025-10-01", {"neglect"});
    newer_ = Seed(north_, BriefingKind::kLessonsLearned, "Fictional newer",
                  BriefingState::kPublished, "2025-11-01", {});
    draft_ = Seed(north_, BriefingKind::kLessonsLearned, "Fictional draft", BriefingState::kDraft,
                  nullptr, {});
    Seed(south_, BriefingKind::kLessonsLearned, "Fictional southern draft", BriefingState::kDraft,
         nullptr, {});
  }

  BriefingId Seed(PartnershipId partnership, BriefingKind kind, const std::string& title,
                  BriefingState state, const char* published_on, std::vector<std::string> themes) {
    Briefing briefing;
    briefing.partnership_id = partnership;
    briefing.content.kind = kind;
    briefing.content.title = title;
    briefing.content.body_markdown = "## Summary\n\nFictional text.\n";
    briefing.content.audiences = {kind == BriefingKind::kSevenMinute ? Audience::kChildrensWorkforce
                                                                     : Audience::kCommunity};
    briefing.content.themes = std::move(themes);
    briefing.state = state;
    briefing.created_by = manager_.user_id();
    briefing.created_at = clock_.Now();
    briefing.updated_at = clock_.Now();
    if (published_on != nullptr) {
      briefing.approved_by = manager_.user_id();
      briefing.approved_on = D(published_on);
      briefing.published_on = D(published_on);
    }
    auto made =
        store().Write([&](Transaction& tx) { return tx.briefings(partnership).Create(briefing); });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  std::unique_ptr<LibraryService> library_;
  BriefingId older_ = 0;
  BriefingId newer_ = 0;
  BriefingId draft_ = 0;
};

TEST_P(LibraryServiceSuite, ALibraryHoldsOnlyPublishedBriefingsNewestPublicationFirst) {
  auto libraries = library_->Libraries();
  ASSERT_TRUE(libraries.ok()) << libraries.error().message;
  ASSERT_EQ(libraries->size(), 1u);  // Southshire has only a draft
  EXPECT_EQ((*libraries)[0].partnership.slug, "northshire");
  EXPECT_EQ((*libraries)[0].published, 2);

  auto opened = library_->Open("northshire", {});
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  ASSERT_EQ(opened->briefings.size(), 2u);
  EXPECT_EQ(opened->briefings[0].id, newer_);
  EXPECT_EQ(opened->briefings[1].id, older_);
  EXPECT_EQ(FormatCivilDate(opened->briefings[1].published_on), "2025-10-01");
  EXPECT_EQ(opened->themes, (std::vector<std::string>{"exploitation", "neglect"}));

  LibraryQuery query;
  query.theme = "neglect";
  auto themed = library_->Open("northshire", query);
  ASSERT_TRUE(themed.ok());
  ASSERT_EQ(themed->briefings.size(), 1u);
  EXPECT_EQ(themed->briefings[0].id, older_);
  query.theme = "no such theme";
  auto refused = library_->Open("northshire", query);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(refused.error().field, "theme");

  for (const char* slug : {"nowhere", "Not A Slug", ""}) {
    auto missing = library_->Open(slug, {});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::kNotFound) << slug;
  }
  EXPECT_TRUE(library_->Read("northshire", older_).ok());
  EXPECT_EQ(library_->Read("northshire", draft_).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(library_->Read("southshire", older_).error().code, ErrorCode::kNotFound);
}

TEST_P(LibraryServiceSuite, FeedbackIsCheckedThenStoredWithItsLondonDay) {
  const std::size_t events = Trail(north_).size();
  for (const int rating : {0, 6, -1}) {
    auto refused = library_->RecordFeedback("northshire", older_, rating, "");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "rating");
  }
  auto long_comment = library_->RecordFeedback("northshire", older_, 3, std::string(1001, 'x'));
  ASSERT_FALSE(long_comment.ok());
  EXPECT_EQ(long_comment.error().field, "comment");
  EXPECT_EQ(library_->RecordFeedback("northshire", draft_, 3, "").error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(library_->RecordFeedback("southshire", older_, 3, "").error().code,
            ErrorCode::kNotFound);

  ASSERT_TRUE(library_->RecordFeedback("northshire", older_, 5, "  Fictional: clear.  ").ok());
  ASSERT_TRUE(library_->RecordFeedback("northshire", older_, 2, "").ok());
  auto summary = library_->Feedback(officer_, older_);
  ASSERT_TRUE(summary.ok()) << summary.error().message;
  EXPECT_EQ(summary->count, 2);
  EXPECT_DOUBLE_EQ(summary->average.value_or(0), 3.5);
  EXPECT_EQ(summary->by_rating, (std::array<std::int64_t, 5>{0, 1, 0, 0, 1}));
  ASSERT_EQ(summary->feedback.size(), 2u);
  EXPECT_EQ(summary->feedback[1].comment, "Fictional: clear.");  // trimmed; newest first
  EXPECT_EQ(FormatCivilDate(summary->feedback[0].received_on), "2026-01-05");
  EXPECT_EQ(Count("briefing.feedback.read", kSuccess, std::to_string(older_)), 1);
  // No audit event for the anonymous answers themselves: only the business unit's read.
  EXPECT_EQ(Trail(north_).size(), events + 1);
}

TEST_P(LibraryServiceSuite, OnlyTheBusinessUnitReadsFeedbackAndEveryRefusalIsAudited) {
  for (const Requester* who : {&police_lead_, &board_, &reviewer_}) {
    auto refused = library_->Feedback(*who, older_);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  }
  EXPECT_EQ(Count("briefing.feedback.read", kDenied), 3);
  auto foreign = library_->Feedback(south_manager_, older_);
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(Count("briefing.feedback.read", kDenied, "", south_), 1);
  auto none = library_->Feedback(manager_, draft_);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->count, 0);
  EXPECT_FALSE(none->average.has_value());
}

TEST_P(LibraryServiceSuite, AFeedbackSummaryCountsEachRatingAndAveragesThem) {
  const auto summary =
      SummariseFeedback(7, {{1, 7, 4, "", {}}, {2, 7, 4, "", {}}, {3, 7, 1, "", {}}});
  EXPECT_EQ(summary.briefing_id, 7);
  EXPECT_EQ(summary.count, 3);
  EXPECT_DOUBLE_EQ(*summary.average, 3.0);
  EXPECT_EQ(summary.by_rating, (std::array<std::int64_t, 5>{1, 0, 0, 2, 0}));
  EXPECT_FALSE(SummariseFeedback(7, {}).average.has_value());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(LibraryServiceSuite);

}  // namespace
}  // namespace assure::domain
