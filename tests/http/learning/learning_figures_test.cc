// The learning figures through the whole server, on both backends (doc/figures.md, "Learning
// figures"): GET /api/v1/reports/learning and the page /reports/learning say the same numbers for
// Northshire's 2025-26 (briefings published by kind, withdrawn included, another partnership's
// never; each agency's confirmed sharings and staff reached by the year's end; the ratings
// received in the year), a missing or bad period names its field, an agency lead is refused, and
// each read is audited. Fictional data only.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "http/learning/library_fixture.h"

namespace assure::testing {
namespace {

using nlohmann::json;

class LearningFiguresTest : public LibraryTest {
 protected:
  void SetUp() override {
    LibraryTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto seeded = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      auto& briefings = tx.briefings(north_);
      const auto share = [&](domain::BriefingId briefing, domain::AgencyId agency, const char* on,
                             std::int64_t staff) -> core::Status {
        domain::Dissemination record;
        record.briefing_id = briefing;
        record.agency_id = agency;
        record.shared_on = Day(on);
        record.method = domain::DisseminationMethod::kTeamMeeting;
        record.staff_reached = staff;
        record.recorded_by = ada_;
        record.recorded_at = t_->clock().Now();
        auto added = briefings.AddDissemination(record);
        if (!added.ok()) return added.error();
        return core::Ok();
      };
      ASSURE_TRY(share(neglect_, police_, "2025-12-02", 120));
      ASSURE_TRY(share(neglect_, police_, "2026-01-10", 30));
      ASSURE_TRY(share(review_, police_, "2026-04-02", 500));  // after the year: not counted
      ASSURE_TRY(share(review_, health_, "2025-12-20", 45));
      auto& library = tx.library(north_);
      for (const auto& [briefing, rating, on] :
           {std::tuple{neglect_, 5, "2025-12-03"}, std::tuple{neglect_, 4, "2026-01-05"},
            std::tuple{review_, 2, "2026-02-01"}, std::tuple{review_, 1, "2026-04-01"}}) {
        auto added = library.AddFeedback({0, briefing, rating, "", Day(on)});
        if (!added.ok()) return added.error();
      }
      return core::Ok();
    });
    ASSERT_TRUE(seeded.ok()) << seeded.error().message;
  }

  static constexpr const char* kYear = "from=2025-04-01&to=2026-03-31";
};

TEST_P(LearningFiguresTest, TheApiCountsTheYearsBriefingsSharingsAndRatings) {
  const auto reply = ApiGet(std::string{"/api/v1/reports/learning?"} + kYear, Token(ada_));
  ASSERT_TRUE(reply.ok());
  ASSERT_EQ(reply->status, 200) << reply->body;
  const json body = json::parse(reply->body);
  EXPECT_EQ(body["period"]["from"], "2025-04-01");
  EXPECT_EQ(body["published"]["seven_minute"], 1);
  EXPECT_EQ(body["published"]["lessons_learned"], 2);  // the review and the withdrawn one
  EXPECT_EQ(body["published"]["total"], 3);
  ASSERT_EQ(body["dissemination"].size(), 2u);  // by agency name: ICB, then police
  EXPECT_EQ(body["dissemination"][0]["agency"], "Northshire ICB");
  EXPECT_EQ(body["dissemination"][0]["briefings"], 3);
  EXPECT_EQ(body["dissemination"][0]["confirmed"], 1);
  EXPECT_EQ(body["dissemination"][0]["staff_reached"], 45);
  EXPECT_EQ(body["dissemination"][1]["agency"], "Northshire Police");
  EXPECT_EQ(body["dissemination"][1]["confirmed"], 1);
  EXPECT_EQ(body["dissemination"][1]["staff_reached"], 150);
  EXPECT_EQ(body["usefulness"]["responses"], 3);
  EXPECT_EQ(body["usefulness"]["by_rating"]["5"], 1);
  EXPECT_EQ(body["usefulness"]["by_rating"]["1"], 0);  // received on 1 April 2026
  EXPECT_DOUBLE_EQ(body["usefulness"]["mean"].get<double>(), 11.0 / 3.0);
  EXPECT_EQ(CountAudit("report.learning.read", domain::AuditOutcome::kSuccess), 1);

  const auto before = ApiGet("/api/v1/reports/learning?from=2019-04-01&to=2020-03-31", Token(ada_));
  ASSERT_TRUE(before.ok());
  const json empty = json::parse(before->body);
  EXPECT_EQ(empty["published"]["total"], 0);
  EXPECT_TRUE(empty["usefulness"]["mean"].is_null());
}

TEST_P(LearningFiguresTest, ThePageShowsTheSameFigures) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto page = t_->Get(std::string{"/reports/learning?"} + kYear, ada.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  const std::string& html = page->body;
  EXPECT_NE(html.find("Briefings published, 1 April 2025 to 31 March 2026"), std::string::npos);
  const auto row = [&](const std::string& header, const std::string& cells) {
    return html.find("<th scope=\"row\" class=\"govuk-table__header\">" + header + "</th>\n" +
                     cells) != std::string::npos;
  };
  const std::string cell = "          <td class=\"govuk-table__cell govuk-table__cell--numeric\">";
  EXPECT_TRUE(row("7 Minute Briefings", cell + "1</td>")) << html;
  EXPECT_TRUE(row("Lessons Learned Briefings", cell + "2</td>"));
  EXPECT_TRUE(row("Northshire Police", cell + "3</td>\n" + cell + "1</td>\n" + cell + "150</td>"));
  EXPECT_NE(html.find("<span id=\"responses\">3</span>"), std::string::npos);
  EXPECT_NE(html.find("<span id=\"mean-rating\">3.7</span>"), std::string::npos);

  const auto bad = t_->Get("/reports/learning?from=2026-04-01&to=2025-04-01", ada.cookie);
  EXPECT_EQ(bad->status, 422);
  EXPECT_NE(bad->body.find("href=\"#to-day\""), std::string::npos) << bad->body;
}

TEST_P(LearningFiguresTest, APeriodIsRequiredByTheApiAndAnAgencyLeadIsRefused) {
  const auto missing = ApiGet("/api/v1/reports/learning?from=2025-04-01", Token(ada_));
  ASSERT_TRUE(missing.ok());
  EXPECT_EQ(missing->status, 400);
  EXPECT_EQ(json::parse(missing->body)["field"], "to") << missing->body;

  const auto lead = ApiGet(std::string{"/api/v1/reports/learning?"} + kYear, Token(police_lead_));
  ASSERT_TRUE(lead.ok());
  EXPECT_EQ(lead->status, 403);
  EXPECT_EQ(lead->body.find("Northshire Police"), std::string::npos);
  EXPECT_EQ(CountAudit("access.denied"), 1);  // refused by the route's rule, audited there
}

ASSURE_INSTANTIATE_BACKEND_TESTS(LearningFiguresTest);

}  // namespace
}  // namespace assure::testing
