// CasePagesTest: the business unit's case pages through the whole server, on both backends. On
// top of CaseAccessTest (Northshire with police and health agencies, a lead for each, two
// reviewers, a board member and two seeded child cases) it adds Otto, a business officer, and
// the themes "neglect" and "exploitation"; helpers post forms (URL-encoded, with the browser's
// CSRF token), open a step's form to read the case version it carries, and read what the store
// holds. Not thread-safe; one test owns it.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "domain/reviews/clocks/clock_marks.h"
#include "http/case_access_fixture.h"

namespace assure::testing {

class CasePagesTest : public CaseAccessTest {
 public:
  using Fields = std::vector<std::pair<std::string, std::string>>;

  static std::string Encode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char signed_c : text) {
      const auto c = static_cast<unsigned char>(signed_c);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
          c == '_' || c == '.') {
        out.push_back(signed_c);
      } else {
        out += {'%', kHex[c >> 4], kHex[c & 0x0F]};
      }
    }
    return out;
  }

  static std::string FormBody(const Fields& fields) {
    std::string body;
    for (const auto& [name, value] : fields) {
      body += (body.empty() ? "" : "&") + Encode(name) + "=" + Encode(value);
    }
    return body;
  }

  // A date's three boxes.
  static void AddDate(Fields& fields, const std::string& key, int day, int month, int year) {
    fields.emplace_back(key + "-day", std::to_string(day));
    fields.emplace_back(key + "-month", std::to_string(month));
    fields.emplace_back(key + "-year", std::to_string(year));
  }
  static Fields WithDate(Fields fields, const std::string& key, int day, int month, int year) {
    AddDate(fields, key, day, month, year);
    return fields;
  }

 protected:
  void SetUp() override {
    CaseAccessTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    officer_ = AddMember("otto@example.org", domain::Role::kBusinessOfficer);
    auto themes = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      ASSURE_TRY(tx.themes(north_).Add("neglect"));
      return tx.themes(north_).Add("exploitation");
    });
    ASSERT_TRUE(themes.ok()) << themes.error().message;
  }

  // POSTs the fields (and the browser's CSRF token) as `browser`.
  core::Result<HttpReply> Send(const Browser& browser, const std::string& path,
                               const Fields& fields) {
    Fields all{{"csrf_token", browser.csrf_token}};
    all.insert(all.end(), fields.begin(), fields.end());
    return t_->Post(path, FormBody(all), browser.cookie);
  }

  static std::string CasePage(domain::CaseId id) { return "/cases/" + std::to_string(id); }
  static std::string StepPage(domain::CaseId id, const std::string& step) {
    return CasePage(id) + "/" + step;
  }

  // Opens the step's form and sends it with the version the form carries.
  core::Result<HttpReply> Step(const Browser& browser, domain::CaseId id, const std::string& step,
                               Fields fields) {
    auto form = t_->Get(StepPage(id, step), browser.cookie);
    EXPECT_EQ(form->status, 200) << step << ": " << form->body;
    fields.emplace_back("version", FieldValue(form->body, "version"));
    return Send(browser, StepPage(id, step), fields);
  }

  // A case straight into the store (no audit events), with its next clock marked as the services
  // would (domain/reviews/clock_marks.h).
  domain::CaseId SeedCase(const std::string& reference, domain::CaseType type,
                          const std::string& pseudonym, const char* received_on,
                          const std::string& summary, std::vector<std::string> themes = {}) {
    domain::NewCase draft;
    draft.reference = reference;
    draft.type = type;
    domain::Subject subject;
    subject.pseudonym = pseudonym;
    draft.subjects = {subject};
    draft.aware_on = Day(received_on);
    draft.referral.received_on = Day(received_on);
    draft.referral.referrer = "Designated nurse";
    draft.summary = summary;
    draft.themes = std::move(themes);
    auto made = t_->store().Write([&](domain::Transaction& tx) -> core::Result<domain::Case> {
      auto created = tx.cases(north_).Create(draft);
      if (!created.ok()) return created.error();
      ASSURE_TRY(domain::MarkCase(tx, north_, created->id, domain::PartnershipDeadlines()));
      return created;
    });
    EXPECT_TRUE(made.ok()) << made.error().message;
    return made.ok() ? made->id : 0;
  }

  // The number of cases Northshire holds.
  std::int64_t CaseCount() {
    auto page = t_->store().Read([&](domain::Transaction& tx) {
      domain::CaseQuery query;
      query.limit = 0;
      return tx.cases(north_).List(query);
    });
    EXPECT_TRUE(page.ok()) << page.error().message;
    return page.ok() ? page->total : -1;
  }

  domain::UserId officer_ = 0;
};

}  // namespace assure::testing
