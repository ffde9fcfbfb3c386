// The thematic review pages through the whole server, on both backends: Ada starts a review on
// the form (scope questions one a line, a blank title 422 with the error by its box), which
// /assurance lists; on the review's page she adds notes of a conversation, a finding (one without
// its strength is shown again with the error by "strength", the other forms left empty) and a
// recommendation whose action the page links to, then drafts the report and goes to its
// briefing. An agency lead reads the page without its forms and may neither start a review nor
// add to one (403, storing nothing). Fictional data only.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/assurance/thematic/thematic_review_repository.h"
#include "http/case_pages_fixture.h"

namespace assure::testing {
namespace {

class ThematicReviewPagesTest : public CasePagesTest {
 protected:
  static constexpr const char* kTitle = "Fictional exploitation thematic review";
  static constexpr const char* kFirstQuestion = "Do staff recognise exploitation early?";
  static constexpr const char* kExcerpt = "Fictional: practitioners asked for one pathway.";
  static constexpr const char* kFinding = "Fictional: the pathway is not known to staff.";

  static bool Has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }

  static std::string Location(const HttpReply& reply) {
    const std::string location{reply.Header("location").value_or("")};
    return location.substr(0, location.find('?'));
  }

  // The new review's form as a browser sends it: the textarea's lines CRLF, a blank one between.
  static Fields ReviewForm(const std::string& title) {
    return {{"title", title},
            {"questions",
             std::string{kFirstQuestion} + "\r\n\r\nDo the agencies refer it on in time?\r\n"},
            {"narrative_markdown", "Fictional concerns from the partnership.\r\n"}};
  }

  // Starts the review on the form as `browser`; its page's path.
  std::string StartReview(const Browser& browser) {
    const auto started = Send(browser, "/assurance/thematic-reviews/new", ReviewForm(kTitle));
    EXPECT_EQ(started->status, 303) << started->body;
    return Location(*started);
  }

  static domain::ThematicReviewId IdOf(const std::string& path) {
    return std::stoll(path.substr(path.rfind('/') + 1));
  }

  // The review as stored (no audit event).
  domain::ThematicReview Stored(domain::ThematicReviewId id) {
    auto review = t_->store().Read(
        [&](domain::Transaction& tx) { return tx.thematic_reviews(north_).Get(id); });
    EXPECT_TRUE(review.ok()) << review.error().message;
    return review.ok() ? *review : domain::ThematicReview{};
  }
  std::size_t StoredCount() {
    auto reviews = t_->store().Read(
        [&](domain::Transaction& tx) { return tx.thematic_reviews(north_).List(); });
    EXPECT_TRUE(reviews.ok()) << reviews.error().message;
    return reviews.ok() ? reviews->size() : 0;
  }

  // Notes of a conversation held on 10 December 2025, added on the review's page.
  core::Result<HttpReply> AddConversation(const Browser& browser, const std::string& path) {
    return Send(
        browser, path + "/evidence",
        WithDate({{"source", "conversation"}, {"excerpt", kExcerpt}}, "held_on", 10, 12, 2025));
  }
};

TEST_P(ThematicReviewPagesTest, TheBusinessUnitStartsAReviewOnTheFormAndABlankTitleIsRefused) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto index = t_->Get("/assurance", ada.cookie);
  ASSERT_EQ(index->status, 200) << index->body;
  EXPECT_TRUE(Has(index->body, "href=\"/assurance/thematic-reviews/new\""));
  EXPECT_TRUE(Has(index->body, "Start a thematic review"));
  EXPECT_TRUE(Has(index->body, "No thematic review has been started yet."));
  const auto blank = t_->Get("/assurance/thematic-reviews/new", ada.cookie);
  ASSERT_EQ(blank->status, 200) << blank->body;
  EXPECT_TRUE(Has(blank->body, "Start a thematic review"));
  EXPECT_TRUE(Has(blank->body, "name=\"questions\""));
  EXPECT_TRUE(Has(blank->body, "name=\"narrative_markdown\""));

  const auto untitled = Send(ada, "/assurance/thematic-reviews/new", ReviewForm("  "));
  ASSERT_EQ(untitled->status, 422) << untitled->body;
  EXPECT_TRUE(Has(untitled->body, "id=\"title-error\"")) << untitled->body;
  EXPECT_TRUE(Has(untitled->body, "Enter the title."));
  EXPECT_TRUE(Has(untitled->body, "href=\"#title\""));
  EXPECT_TRUE(Has(untitled->body, kFirstQuestion));  // the form kept as sent
  EXPECT_EQ(StoredCount(), 0u);

  const std::string path = StartReview(ada);
  ASSERT_TRUE(path.starts_with("/assurance/thematic-reviews/")) << path;
  const auto review = Stored(IdOf(path));
  EXPECT_EQ(review.title, kTitle);
  ASSERT_EQ(review.questions.size(), 2u);  // the blank line left out, no carriage return kept
  EXPECT_EQ(review.questions[0], kFirstQuestion);
  EXPECT_EQ(review.questions[1], "Do the agencies refer it on in time?");
  EXPECT_EQ(review.narrative_markdown, "Fictional concerns from the partnership.\n");

  const auto page = t_->Get(path, ada.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_TRUE(Has(page->body, std::string{"<li>"} + kFirstQuestion + "</li>"));
  EXPECT_TRUE(Has(page->body, "No evidence yet."));
  EXPECT_TRUE(Has(page->body, "action=\"" + path + "/evidence\""));
  EXPECT_TRUE(Has(page->body, "action=\"" + path + "/findings\""));
  EXPECT_TRUE(Has(page->body, "action=\"" + path + "/recommendations\""));
  EXPECT_TRUE(Has(page->body, "name=\"source\""));
  EXPECT_TRUE(Has(page->body, "name=\"strength\" type=\"radio\""));
  EXPECT_TRUE(Has(page->body, "name=\"owner_agency_id\""));
  EXPECT_TRUE(Has(page->body, "Draft the report"));

  const auto listed = t_->Get("/assurance", ada.cookie);
  ASSERT_EQ(listed->status, 200);
  EXPECT_TRUE(Has(listed->body, "<a href=\"" + path + "\" class=\"govuk-link\">" + kTitle))
      << listed->body;
  EXPECT_TRUE(Has(listed->body, "(2 scope questions)"));
}

TEST_P(ThematicReviewPagesTest, EvidenceAFindingAndARecommendationAreAddedAndTheReportDrafted) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const std::string path = StartReview(ada);
  const auto id = IdOf(path);

  const auto evidenced = AddConversation(ada, path);
  ASSERT_EQ(evidenced->status, 303) << evidenced->body;
  EXPECT_EQ(Location(*evidenced), path);
  const auto with_evidence = t_->Get(path, ada.cookie);
  ASSERT_EQ(with_evidence->status, 200);
  EXPECT_TRUE(Has(with_evidence->body,
                  "Notes of a conversation</strong>: Conversation held on 10 December 2025"))
      << with_evidence->body;
  EXPECT_TRUE(Has(with_evidence->body, kExcerpt));
  const auto evidence = Stored(id).evidence;
  ASSERT_EQ(evidence.size(), 1u);
  const std::string evidence_id = std::to_string(evidence[0].id);

  const auto weak =
      Send(ada, path + "/findings",
           {{"finding_text", kFinding}, {"questions", "1"}, {"evidence_ids", evidence_id}});
  ASSERT_EQ(weak->status, 422) << weak->body;
  EXPECT_TRUE(Has(weak->body, "id=\"strength-error\"")) << weak->body;
  EXPECT_TRUE(Has(weak->body, "Choose the strength of evidence."));
  EXPECT_TRUE(Has(weak->body, "href=\"#strength\""));
  EXPECT_TRUE(Has(weak->body, std::string{"rows=\"3\">"} + kFinding + "</textarea>"));
  // The other forms show nothing of it.
  EXPECT_TRUE(Has(weak->body,
                  "name=\"excerpt\" rows=\"4\" aria-describedby=\"excerpt-hint\">"
                  "</textarea>"));
  EXPECT_TRUE(Has(weak->body, "name=\"recommendation_text\" rows=\"3\"></textarea>"));
  EXPECT_FALSE(Has(weak->body, "id=\"held_on-error\""));
  EXPECT_TRUE(Stored(id).findings.empty());

  const auto found = Send(ada, path + "/findings",
                          {{"finding_text", kFinding},
                           {"strength", "strong"},
                           {"questions", "1"},
                           {"questions", "2"},
                           {"evidence_ids", evidence_id}});
  ASSERT_EQ(found->status, 303) << found->body;
  EXPECT_EQ(Location(*found), path);
  const auto findings = Stored(id).findings;
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].strength, domain::EvidenceStrength::kStrong);
  EXPECT_EQ(findings[0].questions, (std::vector<int>{1, 2}));
  EXPECT_EQ(findings[0].evidence_ids, (std::vector<domain::EvidenceId>{evidence[0].id}));

  const auto recommended =
      Send(ada, path + "/recommendations",
           WithDate({{"recommendation_text", "Fictional: publish one exploitation pathway."},
                     {"finding_ids", std::to_string(findings[0].id)},
                     {"owner_agency_id", std::to_string(police_)}},
                    "due_on", 30, 6, 2026));
  ASSERT_EQ(recommended->status, 303) << recommended->body;
  EXPECT_EQ(Location(*recommended), path);
  const auto recommendations = Stored(id).recommendations;
  ASSERT_EQ(recommendations.size(), 1u);
  const std::string action_href = "/actions/" + std::to_string(recommendations[0].action_id);
  const auto page = t_->Get(path, ada.cookie);
  ASSERT_EQ(page->status, 200);
  EXPECT_TRUE(Has(page->body, kFinding));
  EXPECT_TRUE(Has(page->body, "Answers question 1, 2; evidence 1"));
  EXPECT_TRUE(Has(page->body, "Fictional: publish one exploitation pathway."));
  EXPECT_TRUE(
      Has(page->body, "<a href=\"" + action_href + "\" class=\"govuk-link\">its action</a>"))
      << page->body;
  EXPECT_EQ(t_->Get(action_href, ada.cookie)->status, 200);

  const auto drafted = Send(ada, path + "/report", {});
  ASSERT_EQ(drafted->status, 303) << drafted->body;
  const auto briefing_id = Stored(id).report_briefing_id;
  ASSERT_TRUE(briefing_id.has_value());
  EXPECT_EQ(Location(*drafted), "/briefings/" + std::to_string(*briefing_id));
  const auto briefing = t_->Get(Location(*drafted), ada.cookie);
  ASSERT_EQ(briefing->status, 200) << briefing->body;
  EXPECT_TRUE(Has(briefing->body, kFinding));
  const auto after = t_->Get(path, ada.cookie);
  EXPECT_TRUE(Has(after->body, "href=\"" + Location(*drafted) + "\""));
  EXPECT_TRUE(Has(after->body, "Compose the report"));
}

TEST_P(ThematicReviewPagesTest, AnAgencyLeadReadsAReviewButMayNotStartOrAddToOne) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const std::string path = StartReview(ada);
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);

  const auto page = t_->Get(path, lead.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_TRUE(Has(page->body, kFirstQuestion));
  EXPECT_FALSE(Has(page->body, "Add evidence"));
  EXPECT_FALSE(Has(page->body, "name=\"source\""));

  EXPECT_EQ(t_->Get("/assurance/thematic-reviews/new", lead.cookie)->status, 403);
  EXPECT_EQ(AddConversation(lead, path)->status, 403);
  EXPECT_EQ(Send(lead, "/assurance/thematic-reviews/new", ReviewForm("Fictional"))->status, 403);
  EXPECT_EQ(Send(lead, path + "/report", {})->status, 403);
  EXPECT_TRUE(Stored(IdOf(path)).evidence.empty());
  EXPECT_FALSE(Stored(IdOf(path)).report_briefing_id.has_value());
  EXPECT_EQ(StoredCount(), 1u);
  EXPECT_FALSE(Has(t_->Get("/assurance", lead.cookie)->body, "Start a thematic review"));
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ThematicReviewPagesTest);

}  // namespace
}  // namespace assure::testing
