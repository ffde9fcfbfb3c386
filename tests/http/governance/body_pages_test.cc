// The governance structure's pages through the whole server, on both backends: Ada adds a board
// and a subgroup under it on the form (303 to the body's page, which says the quorum rule in
// words), and the structure page draws both in its SVG tree and lists both; a refused form shows
// the problem by its field (422) and stores nothing; a form opened on an old version is 409; the
// police lead reads the structure but may not add a body (403); another partnership's body is
// 404; a body's name is escaped in the drawing, the list and its page; terms of reference are
// rendered from Markdown with raw HTML dropped; a member added on the form shows on the body's
// page, and ending the membership moves them to the past members. Fictional data only.
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "domain/governance/body_repository.h"
#include "http/case_pages_fixture.h"

namespace assure::testing {
namespace {

class BodyPagesTest : public CasePagesTest {
 protected:
  static bool Has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }

  static std::string Location(const HttpReply& reply) {
    const std::string location{reply.Header("location").value_or("")};
    return location.substr(0, location.find('?'));
  }

  static std::string BodyPath(domain::BodyId id, const std::string& tail = "") {
    return "/governance/bodies/" + std::to_string(id) + tail;
  }

  static Fields BodyFields(const std::string& name, const std::string& kind,
                           domain::BodyId parent = 0, const std::string& minimum = "3") {
    Fields fields{{"name", name},
                  {"kind", kind},
                  {"parent_id", parent == 0 ? "" : std::to_string(parent)},
                  {"quorum_minimum", minimum}};
    return fields;
  }

  // A body added on the form by `browser`; its id, read from the redirect.
  domain::BodyId AddBody(const Browser& browser, const Fields& fields) {
    const auto added = Send(browser, "/governance/bodies", fields);
    EXPECT_TRUE(added.ok());
    if (!added.ok()) return 0;
    EXPECT_EQ(added->status, 303) << added->body;
    const std::string prefix = "/governance/bodies/";
    const std::string location = Location(*added);
    EXPECT_TRUE(location.starts_with(prefix)) << location;
    if (!location.starts_with(prefix)) return 0;
    return std::stoll(location.substr(prefix.size()));
  }

  // The part of the structure page from its drawing's start to its end, and the rest after it.
  static std::pair<std::string, std::string> DrawingAndList(const std::string& html) {
    const auto start = html.find("<svg class=\"app-body-tree\"");
    const auto end = html.find("</svg>", start == std::string::npos ? 0 : start);
    if (start == std::string::npos || end == std::string::npos) return {"", html};
    return {html.substr(start, end - start), html.substr(end)};
  }
};

TEST_P(BodyPagesTest, ABusinessManagerAddsABoardAndASubgroupUnderIt) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto form = t_->Get("/governance/bodies/new", ada.cookie);
  ASSERT_EQ(form->status, 200) << form->body;
  EXPECT_TRUE(Has(form->body, "<form method=\"post\" action=\"/governance/bodies\""));
  EXPECT_TRUE(Has(form->body, ">Task and finish group</option>"));

  Fields board_fields = BodyFields("Fictional Safeguarding Board", "board", 0, "5");
  board_fields.emplace_back("statutory_partners", "yes");
  const auto board = AddBody(ada, board_fields);
  ASSERT_NE(board, 0);
  const auto learning =
      AddBody(ada, BodyFields("Fictional learning subgroup", "subgroup", board, "3"));
  ASSERT_NE(learning, 0);
  EXPECT_EQ(t_->CountAudit(north_, "governance.body.create"), 2);

  const auto page = t_->Get(BodyPath(board), ada.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_TRUE(Has(page->body, "Fictional Safeguarding Board</h1>"));
  EXPECT_TRUE(Has(page->body, "At least 5 members, including one from each statutory partner"));
  EXPECT_TRUE(Has(page->body, "<a href=\"" + BodyPath(learning) +
                                  "\" class=\"govuk-link\">"
                                  "Fictional learning subgroup</a>"));
  EXPECT_TRUE(Has(page->body, "href=\"/governance/meetings?body=" + std::to_string(board)));
  EXPECT_TRUE(Has(page->body, "href=\"" + BodyPath(board, "/meetings.ics") + "\""));
  EXPECT_TRUE(Has(page->body, "href=\"" + BodyPath(board, "/meetings/new") + "\""));

  const auto sub = t_->Get(BodyPath(learning), ada.cookie);
  ASSERT_EQ(sub->status, 200) << sub->body;
  EXPECT_TRUE(Has(sub->body, "At least 3 members"));
  EXPECT_TRUE(Has(sub->body, "<a href=\"" + BodyPath(board) +
                                 "\" class=\"govuk-link\">"
                                 "Fictional Safeguarding Board</a>"));

  const auto structure = t_->Get("/governance", ada.cookie);
  ASSERT_EQ(structure->status, 200) << structure->body;
  EXPECT_TRUE(Has(structure->body, ">Add a body</a>"));
  EXPECT_TRUE(Has(structure->body, "href=\"/governance\" aria-current=\"page\""));  // navigation
  const auto [drawing, list] = DrawingAndList(structure->body);
  for (const std::string name : {"Fictional Safeguarding Board", "Fictional learning subgroup"}) {
    EXPECT_TRUE(Has(drawing, name)) << name;
    EXPECT_TRUE(Has(list, name)) << name;
  }
  EXPECT_TRUE(Has(drawing, "<line "));  // the board to its subgroup
  EXPECT_TRUE(Has(drawing, "<a href=\"" + BodyPath(learning) + "\""));
}

TEST_P(BodyPagesTest, ARefusedFormShowsTheProblemByItsFieldAndStoresNothing) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto no_quorum =
      Send(ada, "/governance/bodies", BodyFields("Fictional group", "subgroup", 0, "0"));
  ASSERT_EQ(no_quorum->status, 422) << no_quorum->body;
  EXPECT_TRUE(Has(no_quorum->body, "There is a problem"));
  EXPECT_TRUE(Has(no_quorum->body, "<a href=\"#quorum_minimum\">"));
  EXPECT_TRUE(Has(no_quorum->body, "id=\"quorum_minimum-error\""));
  EXPECT_TRUE(Has(no_quorum->body, "name=\"name\" type=\"text\" value=\"Fictional group\""));

  const auto no_name = Send(ada, "/governance/bodies", BodyFields("", "subgroup"));
  ASSERT_EQ(no_name->status, 422) << no_name->body;
  EXPECT_TRUE(Has(no_name->body, "<a href=\"#name\">"));
  EXPECT_TRUE(Has(no_name->body, "id=\"name-error\""));

  const auto no_kind = Send(ada, "/governance/bodies", BodyFields("Fictional group", ""));
  ASSERT_EQ(no_kind->status, 422) << no_kind->body;
  EXPECT_TRUE(Has(no_kind->body, "<a href=\"#kind\">"));

  EXPECT_EQ(t_->CountAudit(north_, "governance.body.create"), 0);
  const auto structure = t_->Get("/governance", ada.cookie);
  EXPECT_TRUE(Has(structure->body, "No bodies have been added yet."));
}

TEST_P(BodyPagesTest, AFormOpenedOnAnOldVersionIsAConflict) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto board = AddBody(ada, BodyFields("Fictional Safeguarding Board", "board"));
  ASSERT_NE(board, 0);
  const auto edit = t_->Get(BodyPath(board, "/edit"), ada.cookie);
  ASSERT_EQ(edit->status, 200) << edit->body;
  const std::string version = FieldValue(edit->body, "version");
  ASSERT_FALSE(version.empty());

  Fields fields = BodyFields("Fictional Safeguarding Partnership Board", "board");
  fields.emplace_back("version", version);
  const auto saved = Send(ada, BodyPath(board, "/edit"), fields);
  ASSERT_EQ(saved->status, 303) << saved->body;
  EXPECT_EQ(Location(*saved), BodyPath(board));

  Fields stale = BodyFields("Fictional Board renamed again", "board");
  stale.emplace_back("version", version);
  const auto refused = Send(ada, BodyPath(board, "/edit"), stale);
  ASSERT_EQ(refused->status, 409) << refused->body;
  EXPECT_TRUE(Has(refused->body, "Someone else changed this body"));
  EXPECT_TRUE(Has(refused->body,  // the form as sent
                  "name=\"name\" type=\"text\" value=\"Fictional Board renamed again\""));

  const auto page = t_->Get(BodyPath(board), ada.cookie);
  EXPECT_TRUE(Has(page->body, "Fictional Safeguarding Partnership Board</h1>"));
}

TEST_P(BodyPagesTest, AnAgencyLeadReadsTheStructureButMayNotChangeIt) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto board = AddBody(ada, BodyFields("Fictional Safeguarding Board", "board"));
  ASSERT_NE(board, 0);
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const auto structure = t_->Get("/governance", lead.cookie);
  ASSERT_EQ(structure->status, 200) << structure->body;
  EXPECT_TRUE(Has(structure->body, "Fictional Safeguarding Board"));
  EXPECT_FALSE(Has(structure->body, "Add a body"));
  const auto page = t_->Get(BodyPath(board), lead.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_FALSE(Has(page->body, "Change the body"));
  EXPECT_FALSE(Has(page->body, "Add a member"));

  EXPECT_EQ(t_->Get("/governance/bodies/new", lead.cookie)->status, 403);
  EXPECT_EQ(Send(lead, "/governance/bodies", BodyFields("Fictional group", "subgroup"))->status,
            403);
  EXPECT_EQ(t_->Get(BodyPath(board, "/edit"), lead.cookie)->status, 403);
  EXPECT_EQ(t_->Get(BodyPath(board, "/members/new"), lead.cookie)->status, 403);
  EXPECT_EQ(t_->CountAudit(north_, "governance.body.create"), 1);

  // A reviewer may not read the structure at all.
  const auto reviewer = t_->SignInFully("reviewer@example.org", kPassword);
  EXPECT_EQ(t_->Get("/governance", reviewer.cookie)->status, 403);
}

TEST_P(BodyPagesTest, AnotherPartnershipsBodyIsNotFound) {
  const auto south = t_->AddPartnership("southshire", "Southshire Partnership");
  auto seeded = t_->store().Write([&](domain::Transaction& tx) {
    domain::BodyContent content;
    content.name = "Fictional Southshire Board";
    content.kind = domain::BodyKind::kBoard;
    return tx.bodies(south).Create(content);
  });
  ASSERT_TRUE(seeded.ok()) << seeded.error().message;
  const auto theirs = seeded->id;

  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  EXPECT_EQ(t_->Get(BodyPath(theirs), ada.cookie)->status, 404);
  EXPECT_EQ(t_->Get(BodyPath(theirs, "/edit"), ada.cookie)->status, 404);
  EXPECT_EQ(t_->Get(BodyPath(theirs, "/terms"), ada.cookie)->status, 404);
  EXPECT_EQ(t_->Get(BodyPath(theirs, "/members/new"), ada.cookie)->status, 404);
  const auto structure = t_->Get("/governance", ada.cookie);
  ASSERT_EQ(structure->status, 200);
  EXPECT_FALSE(Has(structure->body, "Fictional Southshire Board"));
}

TEST_P(BodyPagesTest, ABodysNameIsEscapedInTheDrawingTheListAndItsPage) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto board = AddBody(ada, BodyFields("Fictional Safeguarding Board", "board"));
  const auto odd = AddBody(ada, BodyFields("<b>x</b>", "task_and_finish_group", board));
  ASSERT_NE(odd, 0);
  const std::string escaped = "&lt;b&gt;x&lt;/b&gt;";

  const auto structure = t_->Get("/governance", ada.cookie);
  ASSERT_EQ(structure->status, 200) << structure->body;
  EXPECT_FALSE(Has(structure->body, "<b>x</b>"));
  const auto [drawing, list] = DrawingAndList(structure->body);
  EXPECT_TRUE(Has(drawing, escaped));
  EXPECT_TRUE(Has(list, escaped));
  EXPECT_TRUE(Has(drawing, "Fictional Safeguarding Board"));
  EXPECT_TRUE(Has(list, "Fictional Safeguarding Board"));

  const auto page = t_->Get(BodyPath(odd), ada.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_FALSE(Has(page->body, "<b>x</b>"));
  EXPECT_TRUE(Has(page->body, escaped + "</h1>"));
}

TEST_P(BodyPagesTest, TermsAreRenderedFromMarkdownWithoutRawHtml) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto board = AddBody(ada, BodyFields("Fictional Safeguarding Board", "board"));
  ASSERT_NE(board, 0);
  const auto saved = Send(ada, BodyPath(board, "/terms"),
                          {{"terms",
                            "## Purpose\r\n\r\nFictional purpose of the board.\r\n\r\n"
                            "<script>alert(1)</script>\r\n"}});
  ASSERT_EQ(saved->status, 303) << saved->body;
  EXPECT_EQ(t_->CountAudit(north_, "governance.body.terms"), 1);

  const auto page = t_->Get(BodyPath(board), ada.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_TRUE(Has(page->body, "Fictional purpose of the board."));
  EXPECT_TRUE(Has(page->body, "Version 1"));
  EXPECT_TRUE(Has(page->body, "Review by 5 January 2027"));  // a year on from the fake clock
  EXPECT_FALSE(Has(page->body, "<script>alert(1)"));

  const auto history = t_->Get(BodyPath(board, "/terms"), ada.cookie);
  ASSERT_EQ(history->status, 200) << history->body;
  EXPECT_TRUE(Has(history->body, "Version 1"));
  EXPECT_TRUE(Has(history->body, "Save version 2"));
  EXPECT_FALSE(Has(history->body, "<script>alert(1)"));
}

TEST_P(BodyPagesTest, AMemberAddedOnTheFormShowsAndEndingTheMembershipMovesThem) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto board = AddBody(ada, BodyFields("Fictional Safeguarding Board", "board"));
  ASSERT_NE(board, 0);
  const auto form = t_->Get(BodyPath(board, "/members/new"), ada.cookie);
  ASSERT_EQ(form->status, 200) << form->body;
  EXPECT_TRUE(Has(form->body, ">Northshire Police</option>"));

  const Fields member{{"person", "Sam Fictional"},
                      {"post", "Fictional head of safeguarding"},
                      {"agency_id", std::to_string(police_)},
                      {"role", "member"},
                      {"user_id", ""}};
  const auto added =
      Send(ada, BodyPath(board, "/members"), WithDate(member, "from_on", 1, 4, 2025));
  ASSERT_EQ(added->status, 303) << added->body;
  auto page = t_->Get(BodyPath(board), ada.cookie);
  ASSERT_EQ(page->status, 200);
  EXPECT_TRUE(Has(page->body, "<td class=\"govuk-table__cell\">Sam Fictional</td>"));
  EXPECT_TRUE(Has(page->body, "<td class=\"govuk-table__cell\">Northshire Police</td>"));
  EXPECT_FALSE(Has(page->body, "Past members"));

  const auto missing = Send(ada, BodyPath(board, "/members"), member);  // no start date
  ASSERT_EQ(missing->status, 422) << missing->body;
  EXPECT_TRUE(Has(missing->body, "id=\"from_on-error\""));

  // The member's "Change" link.
  const auto change = page->body.find("/edit\" class=\"govuk-link\">Change");
  ASSERT_NE(change, std::string::npos) << page->body;
  const auto from = page->body.rfind("href=\"", change) + 6;
  const std::string edit_path = page->body.substr(from, change + 5 - from);
  EXPECT_TRUE(edit_path.starts_with(BodyPath(board, "/members/"))) << edit_path;
  const auto ended = Send(ada, edit_path,
                          WithDate(WithDate(member, "from_on", 1, 4, 2025), "to_on", 31, 12, 2025));
  ASSERT_EQ(ended->status, 303) << ended->body;
  page = t_->Get(BodyPath(board), ada.cookie);
  EXPECT_TRUE(Has(page->body, "Past members"));
  EXPECT_TRUE(Has(page->body, "31 December 2025"));
  EXPECT_TRUE(Has(page->body, "The body has no current members."));
}

ASSURE_INSTANTIATE_BACKEND_TESTS(BodyPagesTest);

}  // namespace
}  // namespace assure::testing
