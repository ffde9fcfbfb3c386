// The framework editor through the whole server, on both backends: Ada copies the s11 template,
// follows "Change the framework" to the form and sends it back as a browser would, with a heading
// changed, the last standard removed and one added in the blank row; the next version shows the
// change and the first keeps its nine standards; sending the first version's form again is 409.
// A blank heading or a repeated code is 422 with the error by its row's field, and an agency lead
// may not open the form. Fictional data only.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/html_escape.h"
#include "http/case_pages_fixture.h"

namespace assure::testing {
namespace {

class FrameworkEditPagesTest : public CasePagesTest {
 protected:
  static bool Has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }

  static std::string Unescaped(std::string_view text) {
    static constexpr std::pair<std::string_view, char> kEntities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
      bool replaced = false;
      for (const auto& [entity, c] : kEntities) {
        if (text.substr(i).starts_with(entity)) {
          out.push_back(c);
          i += entity.size() - 1;
          replaced = true;
          break;
        }
      }
      if (!replaced) out.push_back(text[i]);
    }
    return out;
  }

  // The unescaped value of attribute `name` in `tag`, or nullopt.
  static std::optional<std::string> Attribute(std::string_view tag, std::string_view name) {
    const std::string marker = " " + std::string{name} + "=\"";
    const auto start = tag.find(marker);
    if (start == std::string_view::npos) return std::nullopt;
    const auto from = start + marker.size();
    return Unescaped(tag.substr(from, tag.find('"', from) - from));
  }

  // What a browser sends for the form posting to `action`: hidden and text inputs, checked radios
  // and checkboxes, and textareas, in page order.
  static Fields FormFields(const std::string& html, const std::string& action) {
    Fields fields;
    const auto begin = html.find("<form method=\"post\" action=\"" + action + "\"");
    if (begin == std::string::npos) return fields;
    const std::string_view form =
        std::string_view{html}.substr(begin, html.find("</form>", begin) - begin);
    for (auto at = form.find('<'); at != std::string_view::npos; at = form.find('<', at + 1)) {
      const auto close = form.find('>', at);
      const std::string_view tag = form.substr(at, close - at);
      const auto name = Attribute(tag, "name");
      if (!name) continue;
      if (tag.starts_with("<textarea")) {
        const auto end = form.find("</textarea>", close);
        fields.emplace_back(*name, Unescaped(form.substr(close + 1, end - close - 1)));
      } else if (tag.starts_with("<input")) {
        const std::string type = Attribute(tag, "type").value_or("text");
        const bool choice = type == "radio" || type == "checkbox";
        if (choice && tag.substr(tag.rfind('"')).find(" checked") == std::string_view::npos) {
          continue;
        }
        fields.emplace_back(*name, Attribute(tag, "value").value_or(""));
      }
    }
    return fields;
  }

  static std::string ValueOf(const Fields& fields, const std::string& name) {
    for (const auto& [key, value] : fields) {
      if (key == name) return value;
    }
    return "<missing>";
  }

  // Sets the first field `name` (a box the form shows), or adds it.
  static void Set(Fields& fields, const std::string& name, const std::string& value) {
    for (auto& [key, old] : fields) {
      if (key == name) {
        old = value;
        return;
      }
    }
    fields.emplace_back(name, value);
  }

  static std::string Path(domain::FrameworkId id) {
    return "/assurance/frameworks/" + std::to_string(id);
  }

  // "<code>. <heading>" as the framework page shows a standard.
  static std::string Shown(const domain::StandardDraft& text) {
    return core::HtmlEscaped(text.code + ". " + text.heading);
  }

  std::vector<domain::StandardsFramework> Frameworks() {
    auto frameworks = t_->store().Read(
        [&](domain::Transaction& tx) { return tx.assurance(north_).ListFrameworks(); });
    EXPECT_TRUE(frameworks.ok()) << frameworks.error().message;
    return frameworks.ok() ? *frameworks : std::vector<domain::StandardsFramework>{};
  }

  // Ada copies the s11 template on the pages; its version 1 as stored.
  domain::StandardsFramework CopyS11(const Browser& ada) {
    const auto copied = Send(ada, "/assurance/frameworks", {{"template", "s11"}});
    EXPECT_EQ(copied->status, 303) << copied->body;
    const auto all = Frameworks();
    EXPECT_EQ(all.size(), 1u);
    if (all.empty()) return {};
    EXPECT_EQ(copied->Header("location").value_or(""), Path(all.front().id));
    return all.front();
  }
};

TEST_P(FrameworkEditPagesTest, TheNextVersionKeepsTheFirstAndOnlyTheLatestIsRevised) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto first = CopyS11(ada);
  ASSERT_EQ(first.standards.size(), 9u);
  const std::string edit_path = Path(first.id) + "/edit";

  const auto page = t_->Get(Path(first.id), ada.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  const std::string link =
      "<a href=\"" + edit_path + "\" class=\"govuk-link\">Change the framework</a>";
  EXPECT_TRUE(Has(page->body, link)) << page->body;

  const auto edit = t_->Get(edit_path, ada.cookie);
  ASSERT_EQ(edit->status, 200) << edit->body;
  EXPECT_TRUE(Has(edit->body, "Change the framework"));
  EXPECT_TRUE(Has(edit->body, "Saving makes version 2."));
  EXPECT_TRUE(Has(edit->body, "Add a standard"));
  EXPECT_TRUE(Has(edit->body, "Leave it empty to add none."));
  Fields fields = FormFields(edit->body, edit_path);
  EXPECT_EQ(ValueOf(fields, "csrf_token"), ada.csrf_token);
  EXPECT_EQ(ValueOf(fields, "name"), first.content.name);  // its apostrophe unescaped
  EXPECT_EQ(ValueOf(fields, "scale"), "four_point");
  EXPECT_EQ(ValueOf(fields, "evidence_required"), "yes");
  for (std::size_t row = 0; row < 9; ++row) {
    const std::string n = std::to_string(row);
    EXPECT_EQ(ValueOf(fields, "code_" + n), std::to_string(row + 1));
    EXPECT_EQ(ValueOf(fields, "good_" + n), first.standards[row].text.good_looks_like);
    EXPECT_TRUE(Has(edit->body, "name=\"remove_" + n + "\" type=\"checkbox\" value=\"yes\">"));
  }
  for (const char* blank : {"code_9", "heading_9", "statement_9", "good_9"}) {
    EXPECT_EQ(ValueOf(fields, blank), "") << blank;
  }
  EXPECT_FALSE(Has(edit->body, "name=\"remove_9\""));  // nothing to remove in the blank row

  const Fields first_form = fields;
  Set(fields, "heading_0", "Fictional: leaders own safeguarding");
  Set(fields, "remove_8", "yes");
  Set(fields, "code_9", "10");
  Set(fields, "heading_9", "Fictional: learning from local reviews");
  Set(fields, "statement_9", "Fictional: lessons from reviews change practice.");
  Set(fields, "good_9", "Fictional: an action log shows each lesson followed up.");
  const auto saved = t_->Post(edit_path, FormBody(fields), ada.cookie);
  ASSERT_EQ(saved->status, 303) << saved->body;

  auto all = Frameworks();
  ASSERT_EQ(all.size(), 2u);
  const auto& second = all.back();
  EXPECT_EQ(saved->Header("location").value_or(""), Path(second.id));
  EXPECT_NE(second.id, first.id);
  EXPECT_EQ(second.family_id, first.id);
  EXPECT_EQ(second.version_number, 2);
  EXPECT_EQ(second.content.name, first.content.name);
  EXPECT_TRUE(second.content.evidence_required);
  ASSERT_EQ(second.standards.size(), 9u);
  for (std::size_t i = 1; i < 8; ++i) {  // as sent back, apostrophes and all
    EXPECT_EQ(second.standards[i].text.code, first.standards[i].text.code);
    EXPECT_EQ(second.standards[i].text.heading, first.standards[i].text.heading);
    EXPECT_EQ(second.standards[i].text.statement, first.standards[i].text.statement);
    EXPECT_EQ(second.standards[i].text.good_looks_like, first.standards[i].text.good_looks_like);
  }
  EXPECT_EQ(second.standards.back().text.code, "10");
  EXPECT_EQ(t_->CountAudit(north_, "assurance.framework.revise"), 1);

  const auto next = t_->Get(Path(second.id), ada.cookie);
  ASSERT_EQ(next->status, 200) << next->body;
  EXPECT_TRUE(Has(next->body, "Standards framework, version 2"));
  EXPECT_TRUE(Has(next->body, "1. Fictional: leaders own safeguarding"));
  EXPECT_FALSE(Has(next->body, Shown(first.standards[0].text)));
  EXPECT_TRUE(Has(next->body, "10. Fictional: learning from local reviews"));
  EXPECT_TRUE(Has(next->body, "Fictional: lessons from reviews change practice."));
  EXPECT_FALSE(Has(next->body, Shown(first.standards[8].text)));

  const auto old = t_->Get(Path(first.id), ada.cookie);
  ASSERT_EQ(old->status, 200);
  EXPECT_TRUE(Has(old->body, "Standards framework, version 1"));
  for (const auto& standard : first.standards) {
    EXPECT_TRUE(Has(old->body, Shown(standard.text))) << standard.text.code;
  }
  EXPECT_FALSE(Has(old->body, "Fictional: learning from local reviews"));

  // Version 1's form sent again: version 2 is the latest, so nothing is stored.
  const auto stale = t_->Post(edit_path, FormBody(first_form), ada.cookie);
  EXPECT_EQ(stale->status, 409) << stale->body;
  EXPECT_EQ(Frameworks().size(), 2u);
  const auto again = t_->Get(Path(second.id) + "/edit", ada.cookie);
  ASSERT_EQ(again->status, 200);
  EXPECT_TRUE(Has(again->body, "Saving makes version 3."));
}

TEST_P(FrameworkEditPagesTest, ARefusedFormShowsTheProblemByItsRow) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto first = CopyS11(ada);
  const std::string edit_path = Path(first.id) + "/edit";
  const auto edit = t_->Get(edit_path, ada.cookie);
  ASSERT_EQ(edit->status, 200) << edit->body;
  const Fields shown = FormFields(edit->body, edit_path);

  // The first row removed, so the draft's third standard is the form's row 3.
  Fields no_heading = shown;
  Set(no_heading, "remove_0", "yes");
  Set(no_heading, "heading_3", "");
  const auto blank = t_->Post(edit_path, FormBody(no_heading), ada.cookie);
  ASSERT_EQ(blank->status, 422) << blank->body;
  EXPECT_TRUE(Has(blank->body, "There is a problem"));
  EXPECT_TRUE(Has(blank->body, "<a href=\"#heading_3\">")) << blank->body;
  EXPECT_TRUE(Has(blank->body, "<p id=\"heading_3-error\" class=\"govuk-error-message\">"));
  EXPECT_TRUE(Has(blank->body, "govuk-input--error\" id=\"heading_3\""));
  EXPECT_FALSE(Has(blank->body, "id=\"heading_2-error\""));
  const Fields kept = FormFields(blank->body, edit_path);
  EXPECT_EQ(ValueOf(kept, "remove_0"), "yes");  // the form as sent
  EXPECT_EQ(ValueOf(kept, "heading_3"), "");

  Fields same_code = shown;
  Set(same_code, "code_5", "2");
  const auto repeated = t_->Post(edit_path, FormBody(same_code), ada.cookie);
  ASSERT_EQ(repeated->status, 422) << repeated->body;
  EXPECT_TRUE(Has(repeated->body, "<a href=\"#code_5\">Give each standard its own code.</a>"))
      << repeated->body;
  EXPECT_TRUE(Has(repeated->body, "<p id=\"code_5-error\" class=\"govuk-error-message\">"));
  EXPECT_EQ(ValueOf(FormFields(repeated->body, edit_path), "code_5"), "2");

  EXPECT_EQ(Frameworks().size(), 1u);
  EXPECT_EQ(t_->CountAudit(north_, "assurance.framework.revise"), 0);
}

TEST_P(FrameworkEditPagesTest, AnAgencyLeadMayNotChangeAFramework) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto first = CopyS11(ada);
  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const auto page = t_->Get(Path(first.id), lead.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_FALSE(Has(page->body, "Change the framework"));
  EXPECT_EQ(t_->Get(Path(first.id) + "/edit", lead.cookie)->status, 403);
  EXPECT_EQ(Send(lead, Path(first.id) + "/edit", {{"name", "Fictional"}})->status, 403);
  EXPECT_EQ(Frameworks().size(), 1u);
  EXPECT_EQ(t_->CountAudit(north_, "access.denied"), 2);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(FrameworkEditPagesTest);

}  // namespace
}  // namespace assure::testing
