// The action plan forms' parsing: an action's plan with its sources in form order (blank rows
// left out, each problem on its own field), the edit form's values read back to the same plan,
// how many source rows to offer, a domain error on "sources" moved to the first source field, and
// the update and review entry forms.
#include "http/pages/actions/action_forms.h"

#include <gtest/gtest.h>

#include "domain/actions/action_rules.h"

namespace assure::http::pages {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

Pairs PlanPairs() {
  return {{"title", "Fictional: share chronologies"},
          {"owner_agency_id", "4"},
          {"lead_user_id", ""},
          {"lead_name", "Fictional Lead"},
          {"success_measure", "Line one.\r\nLine two."},
          {"due_on-day", "31"},
          {"due_on-month", "3"},
          {"due_on-year", "2026"},
          {"priority", "high"},
          {"recommendation_0", "12"},
          {"recommendation_1", ""},
          {"recommendation_2", "15"},
          {"rapid_review_0", "7"},
          {"other_kind_0", "national_review"},
          {"other_label_0", "Fictional national review"}};
}

TEST(ActionFormsTest, APlanIsReadWithItsSourcesInFormOrderAndBlankRowsLeftOut) {
  FormErrors errors;
  const auto plan = ParseActionPlan(FormData{PlanPairs()}, errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(plan.title, "Fictional: share chronologies");
  EXPECT_EQ(plan.owner_agency_id, 4);
  EXPECT_FALSE(plan.lead_user_id.has_value());
  EXPECT_EQ(plan.success_measure, "Line one.\nLine two.");
  EXPECT_EQ(domain::FormatCivilDate(plan.due_on), "2026-03-31");
  EXPECT_EQ(plan.priority, domain::ActionPriority::kHigh);
  ASSERT_EQ(plan.sources.size(), 4u);
  EXPECT_EQ(plan.sources[0].kind, domain::SourceKind::kRecommendation);
  EXPECT_EQ(plan.sources[0].ref_id, 12);
  EXPECT_EQ(plan.sources[1].ref_id, 15);
  EXPECT_EQ(plan.sources[2].kind, domain::SourceKind::kRapidReview);
  EXPECT_EQ(plan.sources[2].ref_id, 7);
  EXPECT_EQ(plan.sources[3].kind, domain::SourceKind::kNationalReview);
  EXPECT_FALSE(plan.sources[3].ref_id.has_value());
  EXPECT_EQ(plan.sources[3].label, "Fictional national review");
}

TEST(ActionFormsTest, EachMissingPartOfAPlanIsAnErrorOnItsField) {
  FormErrors errors;
  ParseActionPlan(FormData{Pairs{{"title", "  "},
                                 {"owner_agency_id", ""},
                                 {"lead_user_id", "x"},
                                 {"recommendation_0", "not a number"},
                                 {"other_kind_0", "recommendation"},
                                 {"other_label_0", "Fictional"},
                                 {"other_kind_1", "board_decision"},
                                 {"other_label_1", ""},
                                 {"other_kind_2", ""},
                                 {"other_label_2", "Fictional orphan label"}}},
                  errors);
  EXPECT_EQ(errors.MessageFor("title"), "Enter what will change");
  EXPECT_EQ(errors.MessageFor("owner_agency_id"), "Choose the agency that owns the action");
  EXPECT_EQ(errors.MessageFor("lead_user_id"), "Choose the lead from the list");
  EXPECT_EQ(errors.MessageFor("lead_name"), "");  // a lead was chosen, even if badly
  EXPECT_EQ(errors.MessageFor("due_on"), "Enter the date the action is due");
  EXPECT_EQ(errors.MessageFor("priority"), "Choose the action's priority");
  EXPECT_EQ(errors.MessageFor("recommendation_0"), "Choose a source from the list");
  // A recommendation is chosen from the list, never named in words.
  EXPECT_EQ(errors.MessageFor("other_kind_0"), "Choose what kind of source this is");
  EXPECT_EQ(errors.MessageFor("other_label_1"), "Enter the name of the board decision");
  EXPECT_EQ(errors.MessageFor("other_kind_2"), "Choose what kind of source this is");
}

TEST(ActionFormsTest, APlanWithNoSourceAndNoLeadSaysSoOnTheFirstFields) {
  FormErrors errors;
  auto pairs = PlanPairs();
  std::erase_if(pairs, [](const auto& pair) {
    return pair.first.starts_with("recommendation") || pair.first.starts_with("rapid") ||
           pair.first.starts_with("other") || pair.first == "lead_name";
  });
  ParseActionPlan(FormData{pairs}, errors);
  EXPECT_EQ(errors.MessageFor(SourcesKey()),
            "Choose at least one source: the recommendation, review, finding or decision this "
            "action answers");
  EXPECT_EQ(errors.MessageFor("lead_name"), "Choose the lead from the list, or enter their name");
}

TEST(ActionFormsTest, TheEditFormShowsTheStoredPlanSoThatSendingItBackChangesNothing) {
  domain::PlanAction action;
  action.id = 9;
  action.version = 3;
  action.title = "Fictional: supervise closures";
  action.owner_agency_id = 2;
  action.lead_user_id = 41;
  action.lead_name = "Fictional Member";
  action.success_measure = "Every closure signed off.";
  action.due_on = *domain::ParseCivilDate("2026-06-30");
  action.priority = domain::ActionPriority::kLow;
  action.sources = {{domain::SourceKind::kRecommendation, 5, ""},
                    {domain::SourceKind::kBoardDecision, std::nullopt, "Fictional decision"},
                    {domain::SourceKind::kRecommendation, 6, ""}};
  const FormData values = ActionPlanValues(action);
  EXPECT_EQ(values.Get("version"), "3");
  EXPECT_EQ(values.Get("lead_name"), "");  // the chosen member's name comes from their account
  FormErrors errors;
  const auto plan = ParseActionPlan(values, errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(plan.title, action.title);
  EXPECT_EQ(plan.owner_agency_id, 2);
  EXPECT_EQ(plan.lead_user_id, 41);
  EXPECT_EQ(plan.due_on, action.due_on);
  EXPECT_EQ(plan.priority, domain::ActionPriority::kLow);
  ASSERT_EQ(plan.sources.size(), 3u);  // recommendations first, then the others
  EXPECT_EQ(plan.sources[0].ref_id, 5);
  EXPECT_EQ(plan.sources[1].ref_id, 6);
  EXPECT_EQ(plan.sources[2].label, "Fictional decision");
  // Its rows: the two recommendations and one spare (at least three), one of each other kind.
  const auto rows = RowsFor(action.sources);
  EXPECT_EQ(rows.recommendations, 3);
  EXPECT_EQ(rows.rapid_reviews, 1);
  EXPECT_EQ(rows.others, 1);
}

TEST(ActionFormsTest, ASentFormKeepsAsManySourceRowsAsItHad) {
  const auto rows = RowsFor(FormData{Pairs{{"recommendation_4", ""}, {"other_label_1", ""}}});
  EXPECT_EQ(rows.recommendations, 5);
  EXPECT_EQ(rows.rapid_reviews, 1);
  EXPECT_EQ(rows.others, 2);
  const auto few = RowsFor(FormData{});
  EXPECT_EQ(few.recommendations, 3);
  // Never more than an action may have sources.
  EXPECT_EQ(RowsFor(FormData{Pairs{{"recommendation_999", ""}}}).recommendations,
            static_cast<int>(domain::kMaxActionSources));
}

TEST(ActionFormsTest, ADomainErrorOnTheSourcesLandsOnTheFirstSourceField) {
  FormErrors errors;
  AddPlanError(errors, core::Error::InvalidInput("sources", "List each source once."));
  AddPlanError(errors, core::Error::InvalidInput("due_on", "Enter the date the action is due."));
  EXPECT_EQ(errors.MessageFor("recommendation_0"), "List each source once.");
  EXPECT_EQ(errors.MessageFor("due_on"), "Enter the date the action is due.");
}

TEST(ActionFormsTest, AnUpdateIsReadWithLineFeedsAndNeedsAStatusAndARating) {
  FormErrors errors;
  const auto update = ParseActionUpdate(FormData{Pairs{{"on-day", "5"},
                                                       {"on-month", "1"},
                                                       {"on-year", "2026"},
                                                       {"narrative", "One.\r\nTwo."},
                                                       {"status", "not_implemented"},
                                                       {"status_reason", "Fictional reason."},
                                                       {"rag", "amber"},
                                                       {"evidence", "Fictional evidence.\r\n"}}},
                                        errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(domain::FormatCivilDate(update.on), "2026-01-05");
  EXPECT_EQ(update.narrative, "One.\nTwo.");
  EXPECT_EQ(update.status, domain::ActionStatus::kNotImplemented);
  EXPECT_EQ(update.status_reason, "Fictional reason.");
  EXPECT_EQ(update.rag, domain::Rag::kAmber);
  EXPECT_EQ(update.evidence, "Fictional evidence.\n");

  FormErrors missing;
  ParseActionUpdate(FormData{Pairs{{"status", "finished"}}}, missing);
  EXPECT_EQ(missing.MessageFor("on"), "Enter the date of the update");
  EXPECT_EQ(missing.MessageFor("status"), "Choose the action's status after this update");
  EXPECT_EQ(missing.MessageFor("rag"), "Choose the RAG rating: red, amber or green");
}

TEST(ActionFormsTest, AReviewReadsTheNewDueDateOnlyToExtend) {
  const Pairs date{
      {"new_due_on-day", "30"}, {"new_due_on-month", "6"}, {"new_due_on-year", "2026"}};
  FormErrors errors;
  auto pairs = date;
  pairs.emplace_back("outcome", "extend");
  pairs.emplace_back("note", "Fictional reason.");
  const auto extend = ParseReviewEntry(FormData{pairs}, errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(extend.outcome, domain::ReviewOutcome::kExtend);
  ASSERT_TRUE(extend.new_due_on.has_value());
  EXPECT_EQ(domain::FormatCivilDate(*extend.new_due_on), "2026-06-30");
  EXPECT_EQ(extend.note, "Fictional reason.");

  pairs = date;
  pairs.emplace_back("outcome", "on_track");
  const auto on_track = ParseReviewEntry(FormData{pairs}, errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_FALSE(on_track.new_due_on.has_value());

  FormErrors missing;
  ParseReviewEntry(FormData{Pairs{{"outcome", "extend"}}}, missing);
  EXPECT_EQ(missing.MessageFor("new_due_on"), "Enter the new due date");
  FormErrors none;
  ParseReviewEntry(FormData{}, none);
  EXPECT_EQ(none.MessageFor("outcome"), "Choose the outcome of the review");
}

}  // namespace
}  // namespace assure::http::pages
