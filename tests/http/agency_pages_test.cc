// The agencies pages through real HTTP on both backends: administrators add and change agencies,
// everyone reads them, a stale change is refused with 409, and another partnership's agency is
// 404 with the attempt in the asker's audit trail.
#include <gtest/gtest.h>

#include "http/admin_fixture.h"

namespace assure {
namespace {

using domain::AuditOutcome;
using testing::IdFromLocation;

using AgencyPagesTest = testing::AdminTest;

TEST_P(AgencyPagesTest, AnAdministratorAddsAnAgencyAndEveryMemberReadsIt) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  auto form = t_->Get("/agencies/new", root.cookie);
  ASSERT_EQ(form->status, 200);
  EXPECT_NE(form->body.find("name=\"csrf_token\""), std::string::npos);
  auto created =
      Send(root, "/agencies/new", "name=Northshire+Police&type=police&statutory_partner=yes");
  ASSERT_EQ(created->status, 303) << created->body;
  const auto id = IdFromLocation(*created);
  EXPECT_EQ(CountEvents(north_, "agency.create", AuditOutcome::kSuccess, "agency", id), 1);

  const auto ada = t_->SignInFully("ada@example.org", kPassword);  // a business manager
  auto list = t_->Get("/agencies", ada.cookie);
  ASSERT_EQ(list->status, 200);
  EXPECT_NE(list->body.find("Northshire Police"), std::string::npos);
  EXPECT_EQ(list->body.find("Southshire Police"), std::string::npos);
  EXPECT_EQ(list->body.find("Add an agency"), std::string::npos);
  auto page = t_->Get("/agencies/" + id, ada.cookie);
  ASSERT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("Police"), std::string::npos);
  EXPECT_EQ(page->body.find("/edit"), std::string::npos);
  // Reading is not changing.
  EXPECT_EQ(t_->Get("/agencies/new", ada.cookie)->status, 403);
  EXPECT_EQ(Send(ada, "/agencies/" + id + "/edit", "name=Mine&type=police&version=1")->status, 403);
}

TEST_P(AgencyPagesTest, BadInputReRendersTheFormWithAnErrorSummaryNamingTheField) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  auto blank = Send(root, "/agencies/new", "name=+&type=police");
  EXPECT_EQ(blank->status, 422);
  EXPECT_NE(blank->body.find("govuk-error-summary"), std::string::npos);
  EXPECT_NE(blank->body.find("href=\"#name\""), std::string::npos);
  auto neither = Send(root, "/agencies/new", "name=");
  EXPECT_EQ(neither->status, 422);
  EXPECT_LT(neither->body.find("href=\"#name\""), neither->body.find("href=\"#type\""));
  auto no_type = Send(root, "/agencies/new", "name=Northshire+Health");
  EXPECT_EQ(no_type->status, 422);
  EXPECT_NE(no_type->body.find("href=\"#type\""), std::string::npos);
  EXPECT_NE(no_type->body.find("value=\"Northshire Health\""), std::string::npos);  // kept
  ASSERT_EQ(Send(root, "/agencies/new", "name=Northshire+Health&type=health")->status, 303);
  auto taken = Send(root, "/agencies/new", "name=Northshire+Health&type=health");
  EXPECT_EQ(taken->status, 422);
  EXPECT_NE(taken->body.find("href=\"#name\""), std::string::npos);
}

TEST_P(AgencyPagesTest, AStaleEditIsRefusedWith409AndTheFirstEditStays) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  const auto id = IdFromLocation(*Send(root, "/agencies/new", "name=Northshire+NHS&type=health"));
  const auto path = "/agencies/" + id + "/edit";
  auto form = t_->Get(path, root.cookie);
  ASSERT_EQ(form->status, 200);
  const auto version = testing::FieldValue(form->body, "version");
  EXPECT_EQ(version, "1");
  // Two people opened the same form; the first saves.
  auto first = Send(root, path, "name=Northshire+ICB&type=health&version=" + version);
  ASSERT_EQ(first->status, 303) << first->body;
  auto second = Send(root, path, "name=Northshire+Trust&type=health&version=" + version);
  EXPECT_EQ(second->status, 409);
  EXPECT_NE(second->body.find("Someone else changed this agency"), std::string::npos);
  auto page = t_->Get("/agencies/" + id, root.cookie);
  EXPECT_NE(page->body.find("Northshire ICB"), std::string::npos);
  EXPECT_EQ(page->body.find("Northshire Trust"), std::string::npos);
  EXPECT_EQ(CountEvents(north_, "agency.update", AuditOutcome::kSuccess, "agency", id), 1);
  // With the new version the change goes through.
  EXPECT_EQ(Send(root, path, "name=Northshire+Trust&type=health&version=2")->status, 303);
}

TEST_P(AgencyPagesTest, AnotherPartnershipsAgencyIs404AndTheAttemptIsAuditedInTheAskersTrail) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  const auto theirs = std::to_string(south_agency_);
  EXPECT_EQ(t_->Get("/agencies/" + theirs, root.cookie)->status, 404);
  EXPECT_EQ(t_->Get("/agencies/" + theirs + "/edit", root.cookie)->status, 404);
  EXPECT_EQ(Send(root, "/agencies/" + theirs + "/edit", "name=Ours&type=police&version=1")->status,
            404);
  EXPECT_EQ(CountEvents(north_, "agency.read", AuditOutcome::kDenied, "agency", theirs), 2);
  EXPECT_EQ(CountEvents(north_, "agency.update", AuditOutcome::kDenied, "agency", theirs), 1);
  EXPECT_EQ(CountEvents(south_, "agency.read", AuditOutcome::kDenied), 0);
  auto still = t_->store().Read(
      [&](domain::Transaction& tx) { return tx.agencies(south_).Get(south_agency_); });
  EXPECT_EQ(still->name, "Southshire Police");
  EXPECT_EQ(still->version, 1);
  // An id that is no agency at all looks the same.
  EXPECT_EQ(t_->Get("/agencies/999999", root.cookie)->status, 404);
  EXPECT_EQ(t_->Get("/agencies/not-a-number", root.cookie)->status, 404);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(AgencyPagesTest);

}  // namespace
}  // namespace assure
