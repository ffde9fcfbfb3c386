// The multi-agency case audit pages through the whole server, on both backends: Ada opens an audit
// on the form (questions and records one a line, a name as a record's reference 422 with the
// error by the records box), which the framework page lists; the police lead finds their part on
// their to-do list, grades it on a select per question and record and submits it (a missing
// grade shown by its box), after which it is read only; the ICB's part is 404 to them; Ada agrees
// each record's grade in moderation, cannot close the audit before every record is agreed, then
// closes it, and the results show to the lead only once it is closed. Fictional data only.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/assurance/audit/case_audit_repository.h"
#include "http/case_pages_fixture.h"

namespace assure::testing {
namespace {

class CaseAuditPagesTest : public CasePagesTest {
 protected:
  static constexpr const char* kTitle = "Fictional exploitation case audit";

  static bool Has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }

  static std::string Location(const HttpReply& reply) {
    const std::string location{reply.Header("location").value_or("")};
    return location.substr(0, location.find('?'));
  }

  // The new audit's form as a browser sends it: textareas with CRLF lines, a blank one between.
  Fields AuditForm(const std::string& references) const {
    Fields fields{{"title", kTitle},
                  {"questions",
                   "Was the risk of exploitation recognised early?\r\n\r\nDid the agencies share "
                   "information in time?\r\nWas the voice of the child heard?\r\n"},
                  {"references", references},
                  {"agency_ids", std::to_string(police_)},
                  {"agency_ids", std::to_string(health_)}};
    return WithDate(fields, "due_on", 31, 3, 2026);
  }
  static std::string References() {
    return "NS-2026-001\r\nNS-2026-002\r\n NS-2026-003 \r\nNS-2026-004";
  }

  // Opens the audit on the form as `browser`; its page's path.
  std::string OpenAudit(const Browser& browser) {
    const auto opened = Send(browser, "/assurance/audits/new", AuditForm(References()));
    EXPECT_EQ(opened->status, 303) << opened->body;
    return Location(*opened);
  }

  static domain::CaseAuditId IdOf(const std::string& path) {
    return std::stoll(path.substr(path.rfind('/') + 1));
  }

  // The audit as stored (no audit event).
  domain::CaseAudit Stored(domain::CaseAuditId id) {
    auto audit =
        t_->store().Read([&](domain::Transaction& tx) { return tx.case_audits(north_).Get(id); });
    EXPECT_TRUE(audit.ok()) << audit.error().message;
    return audit.ok() ? *audit : domain::CaseAudit{};
  }
  std::size_t StoredCount() {
    auto audits =
        t_->store().Read([&](domain::Transaction& tx) { return tx.case_audits(north_).List(); });
    EXPECT_TRUE(audits.ok()) << audits.error().message;
    return audits.ok() ? audits->size() : 0;
  }

  static std::string GradeKey(const domain::AuditRecord& record, int question) {
    return "grade_" + std::to_string(record.id) + "_" + std::to_string(question);
  }

  // Every grade of the part's form: outstanding for the first record's questions, good for the
  // rest; `skip` leaves one grade out.
  static Fields AllGrades(const domain::CaseAudit& audit, const std::string& skip = "") {
    Fields fields;
    for (std::size_t r = 0; r < audit.records.size(); ++r) {
      for (int q = 1; q <= static_cast<int>(audit.questions.size()); ++q) {
        const std::string key = GradeKey(audit.records[r], q);
        if (key == skip) continue;
        fields.emplace_back(key, r == 0 ? "outstanding" : "good");
        fields.emplace_back(
            "comment_" + std::to_string(audit.records[r].id) + "_" + std::to_string(q),
            "Fictional comment.");
      }
    }
    return fields;
  }
};

TEST_P(CaseAuditPagesTest, TheBusinessUnitOpensAnAuditOnTheFormAndANameIsRefusedByItsField) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto index = t_->Get("/assurance", ada.cookie);
  ASSERT_EQ(index->status, 200) << index->body;
  EXPECT_TRUE(Has(index->body, "href=\"/assurance/audits/new\""));
  EXPECT_TRUE(Has(index->body, "Open a case audit"));
  EXPECT_TRUE(Has(index->body, "No case audit has been opened yet."));
  const auto blank = t_->Get("/assurance/audits/new", ada.cookie);
  ASSERT_EQ(blank->status, 200) << blank->body;
  EXPECT_TRUE(Has(blank->body, "Open a multi-agency case audit"));
  EXPECT_TRUE(Has(blank->body, "name=\"references\""));
  EXPECT_TRUE(Has(blank->body, "name=\"agency_ids\" type=\"checkbox\""));
  EXPECT_TRUE(Has(blank->body, "name=\"due_on-day\""));

  const auto named = Send(ada, "/assurance/audits/new", AuditForm("NS-2026-001\r\nSmith"));
  ASSERT_EQ(named->status, 422) << named->body;
  EXPECT_TRUE(Has(named->body, "id=\"references-error\"")) << named->body;
  EXPECT_TRUE(Has(named->body, "Enter a pseudonymous reference, never a name"));
  EXPECT_TRUE(Has(named->body, "href=\"#references\""));
  EXPECT_TRUE(Has(named->body, kTitle));  // the form kept as sent
  EXPECT_EQ(StoredCount(), 0u);

  const std::string path = OpenAudit(ada);
  ASSERT_TRUE(path.starts_with("/assurance/audits/")) << path;
  const auto audit = Stored(IdOf(path));
  ASSERT_EQ(audit.questions.size(), 3u);  // the blank line left out
  EXPECT_EQ(audit.questions[1], "Did the agencies share information in time?");
  ASSERT_EQ(audit.records.size(), 4u);
  EXPECT_EQ(audit.records[2].reference, "NS-2026-003");  // trimmed
  EXPECT_EQ(audit.agency_ids, (std::vector<domain::AgencyId>{police_, health_}));
  EXPECT_EQ(domain::LongCivilDate(audit.due_on), "31 March 2026");

  const auto page = t_->Get(path, ada.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_TRUE(Has(page->body, "Open. Grading due 31 March 2026."));
  EXPECT_TRUE(Has(page->body, "Was the risk of exploitation recognised early?"));
  for (const auto& record : audit.records) EXPECT_TRUE(Has(page->body, record.reference));
  EXPECT_TRUE(Has(page->body, "Not moderated yet"));
  EXPECT_TRUE(Has(page->body, "href=\"" + path + "/parts/" + std::to_string(police_) + "\""));
  EXPECT_TRUE(Has(page->body, "Northshire ICB"));
  EXPECT_TRUE(Has(page->body, "Being graded"));
  EXPECT_TRUE(Has(page->body, "name=\"record_id\""));  // the moderation form

  const auto listed = t_->Get("/assurance", ada.cookie);
  ASSERT_EQ(listed->status, 200);
  EXPECT_TRUE(Has(listed->body, "<a href=\"" + path + "\" class=\"govuk-link\">" + kTitle));
}

TEST_P(CaseAuditPagesTest, ALeadGradesTheirPartAndTheBusinessUnitModeratesAndClosesTheAudit) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const std::string path = OpenAudit(ada);
  const auto audit = Stored(IdOf(path));
  ASSERT_EQ(audit.records.size(), 4u);
  const std::string police_part = path + "/parts/" + std::to_string(police_);
  const std::string health_part = path + "/parts/" + std::to_string(health_);

  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const auto home = t_->Get("/home", lead.cookie);
  EXPECT_TRUE(Has(home->body, std::string{"Case audit: "} + kTitle)) << home->body;
  EXPECT_TRUE(Has(home->body, "href=\"" + police_part + "\""));
  EXPECT_FALSE(Has(home->body, health_part));
  const auto form = t_->Get(police_part, lead.cookie);
  ASSERT_EQ(form->status, 200) << form->body;
  EXPECT_TRUE(Has(form->body, "name=\"" + GradeKey(audit.records[0], 1) + "\""));
  EXPECT_TRUE(Has(form->body, "name=\"" + GradeKey(audit.records[3], 3) + "\""));
  EXPECT_TRUE(Has(form->body, "Save and submit"));
  EXPECT_EQ(t_->Get(health_part, lead.cookie)->status, 404);
  const auto lead_page = t_->Get(path, lead.cookie);
  ASSERT_EQ(lead_page->status, 200);
  EXPECT_FALSE(Has(lead_page->body, "Grades by question"));  // no results while open
  EXPECT_FALSE(Has(lead_page->body, "name=\"record_id\""));

  Fields grades = AllGrades(audit, GradeKey(audit.records[1], 3));
  grades.emplace_back("version", FieldValue(form->body, "version"));
  grades.emplace_back("secondary", "1");
  const auto missing = Send(lead, police_part, grades);
  ASSERT_EQ(missing->status, 422) << missing->body;
  EXPECT_TRUE(Has(missing->body, "id=\"" + GradeKey(audit.records[1], 3) + "-error\""))
      << missing->body;
  EXPECT_TRUE(Has(missing->body, "Grade question 3 of NS-2026-002 before submitting."));

  grades = AllGrades(audit);
  grades.emplace_back("version", FieldValue(form->body, "version"));
  grades.emplace_back("secondary", "1");
  const auto submitted = Send(lead, police_part, grades);
  ASSERT_EQ(submitted->status, 303) << submitted->body;
  EXPECT_EQ(Location(*submitted), path);
  const auto read_only = t_->Get(police_part, lead.cookie);
  ASSERT_EQ(read_only->status, 200) << read_only->body;
  EXPECT_TRUE(Has(read_only->body, "Submitted 5 January 2026."));
  EXPECT_TRUE(Has(read_only->body, "Outstanding"));
  EXPECT_FALSE(Has(read_only->body, "name=\"grade_"));
  EXPECT_FALSE(Has(t_->Get("/home", lead.cookie)->body, "Case audit: "));

  const auto before = t_->Get(path, ada.cookie);
  ASSERT_EQ(before->status, 200);
  EXPECT_TRUE(Has(before->body, "Submitted 5 January 2026"));
  for (std::size_t r = 0; r < 2; ++r) {
    const auto page = t_->Get(path, ada.cookie);  // each agreement is the audit's next version
    const auto agreed = Send(ada, path + "/moderation",
                             {{"version", FieldValue(page->body, "version")},
                              {"record_id", std::to_string(audit.records[r].id)},
                              {"overall", r == 0 ? "requires_improvement" : "good"},
                              {"reasons", "Fictional: the risk was seen late."},
                              {"themes", "exploitation"}});
    ASSERT_EQ(agreed->status, 303) << agreed->body;
    EXPECT_EQ(Location(*agreed), path);
  }
  const auto moderated = t_->Get(path, ada.cookie);
  ASSERT_EQ(moderated->status, 200);
  EXPECT_TRUE(Has(moderated->body, "Requires improvement<br>")) << moderated->body;
  EXPECT_TRUE(Has(moderated->body, "Fictional: the risk was seen late."));
  const auto early =
      Send(ada, path + "/close", {{"version", FieldValue(moderated->body, "version")}});
  ASSERT_EQ(early->status, 422) << early->body;
  EXPECT_TRUE(Has(early->body, "Agree the grade of NS-2026-003 before closing the audit."));
  for (std::size_t r = 2; r < audit.records.size(); ++r) {
    const auto page = t_->Get(path, ada.cookie);
    ASSERT_EQ(Send(ada, path + "/moderation",
                   {{"version", FieldValue(page->body, "version")},
                    {"record_id", std::to_string(audit.records[r].id)},
                    {"overall", "good"},
                    {"reasons", "Fictional: good joint working."},
                    {"themes", "neglect"}})
                  ->status,
              303);
  }

  const auto ready = t_->Get(path, ada.cookie);
  const auto closed = Send(ada, path + "/close", {{"version", FieldValue(ready->body, "version")}});
  ASSERT_EQ(closed->status, 303) << closed->body;
  EXPECT_EQ(Location(*closed), path);
  const auto results = t_->Get(path, ada.cookie);
  ASSERT_EQ(results->status, 200);
  EXPECT_TRUE(Has(results->body, "Closed. Grading due 31 March 2026."));
  EXPECT_TRUE(Has(results->body, "Grades by question"));
  EXPECT_TRUE(Has(results->body, "Grades by agency"));
  EXPECT_TRUE(Has(results->body, "4 records moderated."));
  EXPECT_TRUE(Has(results->body, ">12</td>"));  // the police's grades, every one counted
  EXPECT_FALSE(Has(results->body, "Close the audit"));
  const auto shared = t_->Get(path, lead.cookie);
  ASSERT_EQ(shared->status, 200);
  EXPECT_TRUE(Has(shared->body, "Grades by question"));
  EXPECT_TRUE(Has(shared->body, "Themes of the findings"));
  EXPECT_TRUE(Has(t_->Get("/assurance", ada.cookie)->body, kTitle));
}

ASSURE_INSTANTIATE_BACKEND_TESTS(CaseAuditPagesTest);

}  // namespace
}  // namespace assure::testing
