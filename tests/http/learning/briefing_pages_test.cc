// The briefing pages through the whole server, on both backends: Otto (a business officer)
// writes a Lessons Learned Briefing on the form, previews it and saves it; the page's check shows
// the restricted name of case CR-2025-001 it quotes; approval is refused on the page with the hit
// (409) until the text changes; Ada (the only business manager) approves and publishes; the
// versions compare; the sensitive places are Ada's to keep; an agency lead sees no draft.
// Fictional data only.
#include <gtest/gtest.h>

#include <string>

#include "http/case_pages_fixture.h"

namespace assure::testing {
namespace {

using domain::AuditOutcome;

class BriefingPagesTest : public CasePagesTest {
 protected:
  static std::string Body(const std::string& summary) {
    return "## Summary\n\n" + summary +
           "\n\n## Key learning for professionals\n\nListen to the child.\n\n"
           "## What the community can do\n\nSpeak up.\n";
  }

  Fields Form(const std::string& summary) const {
    return {{"title", "Learning from Child H"},
            {"audiences", "childrens_workforce"},
            {"themes", "neglect"},
            {"case_references", "CR-2025-001"},
            {"body_markdown", Body(summary)}};
  }

  static bool Has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }

  // The id at the end of a "/briefings/12?done=..." location.
  static std::string BriefingPath(const HttpReply& reply) {
    const std::string location{reply.Header("location").value_or("")};
    return location.substr(0, location.find('?'));
  }
};

TEST_P(BriefingPagesTest, WrittenCheckedFixedApprovedAndPublishedOnThePages) {
  const auto otto = t_->SignInFully("otto@example.org", kPassword);
  const auto form = t_->Get("/briefings/new?kind=lessons_learned", otto.cookie);
  ASSERT_EQ(form->status, 200) << form->body;
  EXPECT_TRUE(Has(form->body, "## Key learning for professionals"));  // the template

  Fields preview = Form("**Fictional** Secret-Name's school raised concerns.");
  preview.emplace_back("secondary", "1");
  const auto previewed = Send(otto, "/briefings/new?kind=lessons_learned", preview);
  ASSERT_EQ(previewed->status, 200);
  EXPECT_TRUE(Has(previewed->body, "<strong>Fictional</strong>")) << previewed->body;
  EXPECT_EQ(CountAudit("briefing.create", AuditOutcome::kSuccess), 0);

  const auto created = Send(otto, "/briefings/new?kind=lessons_learned",
                            Form("**Fictional** Secret-Name's school raised concerns."));
  ASSERT_EQ(created->status, 303) << created->body;
  const std::string path = BriefingPath(*created);
  const auto checked = Send(otto, path + "/check", {});
  ASSERT_EQ(checked->status, 200);
  EXPECT_TRUE(Has(checked->body, "Publication check"));
  EXPECT_TRUE(Has(checked->body, "recorded for case CR-2025-001")) << checked->body;

  const auto page = t_->Get(path, otto.cookie);
  ASSERT_EQ(Send(otto, path + "/submit", {{"version", FieldValue(page->body, "version")}})->status,
            303);
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto in_review = t_->Get(path, ada.cookie);
  const auto refused =
      Send(ada, path + "/approve", {{"version", FieldValue(in_review->body, "version")}});
  ASSERT_EQ(refused->status, 409);
  EXPECT_TRUE(Has(refused->body, "unresolved identifying details"));

  const auto edit = t_->Get(path + "/edit", otto.cookie);
  ASSERT_EQ(edit->status, 200);
  Fields fixed = Form("A child's school raised concerns.");
  fixed.emplace_back("version", FieldValue(edit->body, "version"));
  ASSERT_EQ(Send(otto, path + "/edit?kind=lessons_learned", fixed)->status, 303);

  const auto fixed_page = t_->Get(path, ada.cookie);
  ASSERT_EQ(
      Send(ada, path + "/approve", {{"version", FieldValue(fixed_page->body, "version")}})->status,
      303);
  const auto approved = t_->Get(path, ada.cookie);
  ASSERT_EQ(
      Send(ada, path + "/publish", {{"version", FieldValue(approved->body, "version")}})->status,
      303);
  const auto published = t_->Get(path + "?done=published", ada.cookie);
  EXPECT_TRUE(Has(published->body, "Published"));
  EXPECT_TRUE(Has(published->body, "published in the learning library"));

  const auto versions = t_->Get(path + "/versions?from=1&to=3", ada.cookie);
  ASSERT_EQ(versions->status, 200);
  EXPECT_TRUE(Has(versions->body, "Removed:"));
  EXPECT_TRUE(Has(versions->body, "Added:"));
  EXPECT_EQ(CountAudit("briefing.publish", AuditOutcome::kSuccess), 1);
}

TEST_P(BriefingPagesTest, BadInputIsShownByItsFieldAndAnAgencyLeadSeesNoDraft) {
  const auto otto = t_->SignInFully("otto@example.org", kPassword);
  Fields bad = Form("Text.");
  bad[0].second = "";
  const auto no_title = Send(otto, "/briefings/new?kind=lessons_learned", bad);
  EXPECT_EQ(no_title->status, 422);
  EXPECT_TRUE(Has(no_title->body, "href=\"#title\""));
  bad = Form("Text.");
  bad[3].second = "CR-2099-999";
  const auto no_case = Send(otto, "/briefings/new?kind=lessons_learned", bad);
  EXPECT_EQ(no_case->status, 422);
  EXPECT_TRUE(Has(no_case->body, "#case_references"));

  const auto created = Send(otto, "/briefings/new?kind=lessons_learned", Form("Text."));
  ASSERT_EQ(created->status, 303);
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  EXPECT_EQ(t_->Get(BriefingPath(*created), lead.cookie)->status, 404);
  const auto list = t_->Get("/briefings", lead.cookie);
  ASSERT_EQ(list->status, 200);
  EXPECT_TRUE(Has(list->body, "No briefings match."));
  EXPECT_FALSE(Has(list->body, "New 7 Minute Briefing"));

  EXPECT_EQ(t_->Get("/sensitive-places", lead.cookie)->status, 403);
  EXPECT_EQ(Send(otto, "/sensitive-places", {{"places", "Fictional Moor"}})->status, 403);
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  ASSERT_EQ(Send(ada, "/sensitive-places", {{"places", "Fictional Moor\r\n\r\nFictional Mill\r\n"}})
                ->status,
            303);
  const auto places = t_->Get("/sensitive-places", ada.cookie);
  EXPECT_TRUE(Has(places->body, "Fictional Mill\nFictional Moor"));
}

ASSURE_INSTANTIATE_BACKEND_TESTS(BriefingPagesTest);

}  // namespace
}  // namespace assure::testing
