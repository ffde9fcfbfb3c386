// LibraryTest: the whole application (both backends) with CaseAccessTest's Northshire seeded, and
// learning briefings in every state written straight into the store (no audit events): two
// published (a 7 Minute Briefing on neglect for the children's workforce, drawing on case
// CR-2025-001, published 1 December 2025; a Lessons Learned Briefing for the adults workforce and
// the community, published 15 December 2025), a draft, an approved one and a withdrawn one; and
// Southshire, with one published briefing of its own, and Eastshire, with only a draft. Helpers
// read the public pages through real HTTP. Fictional data only. Not thread-safe; one test owns
// it.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/learning/briefing.h"
#include "http/case_access_fixture.h"

namespace assure::testing {

class LibraryTest : public CaseAccessTest {
 protected:
  static constexpr const char* kNeglectTitle = "Fictional neglect <spotlight> & \"more\"";
  static constexpr const char* kReviewTitle = "Learning from a fictional review";
  static constexpr const char* kSummary = "A fictional family moved between areas three times.";

  void SetUp() override {
    CaseAccessTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    south_ = t_->AddPartnership("southshire", "Southshire Safeguarding Partnership");
    east_ = t_->AddPartnership("eastshire", "Eastshire Safeguarding Partnership");
    AddThemes(north_, {"Domestic abuse", "Neglect"});
    using domain::Audience;
    using domain::BriefingKind;
    using domain::BriefingState;
    neglect_ =
        Seed(north_, BriefingKind::kSevenMinute, kNeglectTitle, {Audience::kChildrensWorkforce},
             {"Neglect"}, BriefingState::kPublished, "2025-12-01");
    review_ = Seed(north_, BriefingKind::kLessonsLearned, kReviewTitle,
                   {Audience::kAdultsWorkforce, Audience::kCommunity}, {"Domestic abuse"},
                   BriefingState::kPublished, "2025-12-15");
    draft_ = Seed(north_, BriefingKind::kLessonsLearned, "Fictional draft briefing",
                  {Audience::kCommunity}, {}, BriefingState::kDraft, nullptr);
    approved_ = Seed(north_, BriefingKind::kLessonsLearned, "Fictional approved briefing",
                     {Audience::kCommunity}, {}, BriefingState::kApproved, nullptr);
    withdrawn_ = Seed(north_, BriefingKind::kLessonsLearned, "Fictional withdrawn briefing",
                      {Audience::kCommunity}, {}, BriefingState::kWithdrawn, "2025-11-01");
    southern_ = Seed(south_, BriefingKind::kSevenMinute, "Fictional Southshire briefing",
                     {Audience::kCommunity}, {}, BriefingState::kPublished, "2025-12-20");
    Seed(east_, BriefingKind::kSevenMinute, "Fictional Eastshire draft", {Audience::kCommunity}, {},
         BriefingState::kDraft, nullptr);
  }

  void AddThemes(domain::PartnershipId partnership, const std::vector<std::string>& themes) {
    auto added = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      for (const auto& theme : themes) ASSURE_TRY(tx.themes(partnership).Add(theme));
      return core::Ok();
    });
    ASSERT_TRUE(added.ok()) << added.error().message;
  }

  static std::string Body(domain::BriefingKind kind) {
    if (kind == domain::BriefingKind::kLessonsLearned) {
      return "## Summary\n\n" + std::string{kSummary} +
             "\n\n## Key learning for professionals\n\nListen to the adult.\n\n"
             "## What the community can do\n\nSpeak up.\n";
    }
    std::string body;
    for (int i = 1; i <= 7; ++i) {
      body += "## " + std::to_string(i) + ". Section " + std::to_string(i) + "\n\nFictional text " +
              std::to_string(i) + ".\n\n";
    }
    return body;
  }

  // A briefing of `partnership` by Ada in `state`; `published_on` for a published or withdrawn
  // one. The Northshire neglect briefing draws on case A.
  domain::BriefingId Seed(domain::PartnershipId partnership, domain::BriefingKind kind,
                          const std::string& title, std::vector<domain::Audience> audiences,
                          std::vector<std::string> themes, domain::BriefingState state,
                          const char* published_on) {
    domain::Briefing briefing;
    briefing.partnership_id = partnership;
    briefing.content.kind = kind;
    briefing.content.title = title;
    briefing.content.body_markdown = Body(kind);
    briefing.content.audiences = std::move(audiences);
    briefing.content.themes = std::move(themes);
    if (partnership == north_ && kind == domain::BriefingKind::kSevenMinute) {
      briefing.content.case_ids = {case_a_};
    }
    briefing.state = state;
    briefing.created_by = ada_;
    briefing.created_at = t_->clock().Now();
    briefing.updated_at = t_->clock().Now();
    if (state != domain::BriefingState::kDraft && state != domain::BriefingState::kInReview) {
      briefing.approved_by = ada_;
      briefing.approved_on = Day("2025-11-01");
    }
    if (published_on != nullptr) briefing.published_on = Day(published_on);
    if (state == domain::BriefingState::kWithdrawn) {
      briefing.withdrawn_on = Day("2025-11-20");
      briefing.withdrawal_reason = "Fictional: it named a school.";
    }
    auto made = t_->store().Write(
        [&](domain::Transaction& tx) { return tx.briefings(partnership).Create(briefing); });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  static std::string PagePath(const std::string& slug, domain::BriefingId id) {
    return "/learning/" + slug + "/briefings/" + std::to_string(id);
  }

  domain::PartnershipId south_ = 0;
  domain::PartnershipId east_ = 0;
  domain::BriefingId neglect_ = 0;
  domain::BriefingId review_ = 0;
  domain::BriefingId draft_ = 0;
  domain::BriefingId approved_ = 0;
  domain::BriefingId withdrawn_ = 0;
  domain::BriefingId southern_ = 0;
};

}  // namespace assure::testing
