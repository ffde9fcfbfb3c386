#include "http/pages/assurance/survey_page.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "http/common/display.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"

namespace assure::http::pages {

namespace {

using nlohmann::json;

constexpr std::string_view kNewSection = "new";

std::vector<Choice> KindChoices() {
  std::vector<Choice> kinds;
  for (const auto kind :
       {domain::QuestionKind::kSingleChoice, domain::QuestionKind::kMultipleChoice,
        domain::QuestionKind::kAgreement, domain::QuestionKind::kFreeText}) {
    kinds.push_back({std::string{domain::QuestionKindName(kind)},
                     std::string{domain::QuestionKindLabel(kind)}, ""});
  }
  kinds[2].hint = "Strongly disagree to strongly agree, 5 points.";
  return kinds;
}

json QuestionForm(const domain::SurveyContent& content, const FormData& values,
                  const FormErrors& errors) {
  std::vector<Choice> sections;
  for (std::size_t s = 0; s < content.sections.size(); ++s) {
    sections.push_back({std::to_string(s + 1), content.sections[s].title, ""});
  }
  sections.push_back({std::string{kNewSection}, "A new section", ""});
  FormData shown = values;
  if (values.pairs().empty()) {
    shown = FormData(std::vector<std::pair<std::string, std::string>>{
        {"section", content.sections.empty() ? std::string{kNewSection}
                                             : std::to_string(content.sections.size())},
        {"kind", "single_choice"}});
  }
  FormView form(shown, errors);
  form.Section("");
  form.Select("section", "Section", sections);
  form.Text("new_section", "Title of a new section", "Only when you chose a new section.");
  form.Radios("kind", "Type of question", KindChoices());
  form.Text("text", "Question");
  form.Text("hint", "Hint (optional)", "A sentence under the question that helps answer it.");
  form.Textarea("options", "Choices",
                "For single and multiple choice only: one a line, from 2 to 20.", 5);
  form.Checkboxes("required", "Answer needed", {{"yes", "People must answer this question", ""}});
  json page = {{"sections", form.Sections()}};
  form.AddErrors(page);
  return page;
}

json QuestionsJson(const domain::SurveyView& view, bool removable) {
  json sections = json::array();
  int number = 0;
  for (const auto& section : view.survey.content.sections) {
    json questions = json::array();
    for (const auto& question : section.questions) {
      ++number;
      json choices = json::array();
      for (const auto& choice : domain::ChoicesOf(question)) choices.push_back(choice);
      questions.push_back({{"number", number},
                           {"text", question.text},
                           {"hint", question.hint},
                           {"kind", domain::QuestionKindLabel(question.kind)},
                           {"required", question.required},
                           {"has_choices", !choices.empty()},
                           {"choices", choices},
                           {"removable", removable},
                           {"remove_href", SurveyHref(view.survey.id) + "/questions/" +
                                               std::to_string(number) + "/remove"}});
    }
    sections.push_back({{"title", section.title}, {"questions", std::move(questions)}});
  }
  return sections;
}

}  // namespace

core::Result<Response> RenderSurveyPage(const AssuranceServices& services, const Request& request,
                                        const domain::SurveyView& view, const FormData& values,
                                        const FormErrors& errors, int status) {
  const auto& survey = view.survey;
  const bool draft = survey.state == domain::SurveyState::kDraft;
  const bool building = draft && view.may_run;
  std::string agencies;
  for (const auto agency : survey.content.agency_ids) {
    const auto name = view.agency_names.find(agency);
    if (name == view.agency_names.end()) continue;
    agencies += (agencies.empty() ? "" : ", ") + name->second;
  }
  json links = json::array();
  for (const auto& link : survey.links) {
    const auto name = view.agency_names.find(link.agency_id);
    links.push_back({{"agency", name == view.agency_names.end() ? "" : name->second},
                     {"path", "/s/" + link.token}});
  }
  const std::string href = SurveyHref(survey.id);
  json page{{"title", survey.content.title},
            {"caption", "Staff survey"},
            {"state", domain::SurveyStateName(survey.state)},
            {"introduction", survey.content.introduction},
            {"minimum_group", std::to_string(survey.content.minimum_group)},
            {"agencies", agencies},
            {"opened_on", survey.opened_on ? DateText(survey.opened_on) : ""},
            {"closed_on", survey.closed_on ? DateText(survey.closed_on) : ""},
            {"may_run", view.may_run},
            {"respondents", std::to_string(view.respondents)},
            {"links", links},
            {"has_links", view.may_run && !links.empty()},
            {"sections", QuestionsJson(view, building)},
            {"has_questions", domain::QuestionCount(survey.content) > 0},
            {"building", building},
            {"may_open", building},
            {"may_close", view.may_run && survey.state == domain::SurveyState::kOpen},
            {"may_read_results", view.may_read_results},
            {"results_href", href + "/results"},
            {"free_text_href", href + "/free-text"},
            {"edit_href", href + "/edit"},
            {"question_href", href + "/questions"},
            {"open_href", href + "/open"},
            {"close_href", href + "/close"},
            {"copy_href", href + "/copy"},
            {"version", survey.version},
            {"csrf_token", request.session->session.csrf_token}};
  if (building) {
    json form = QuestionForm(survey.content, values, errors);
    page["question_form"] = form["sections"];
    page["has_errors"] = form.value("has_errors", false);
    page["errors"] = form.value("errors", json::array());
  } else if (!errors.empty()) {
    AddFormErrors(page, errors, {});
  }
  return RenderPage(services.context.renderer, request, "assurance_survey", std::move(page),
                    status);
}

void AddQuestionFromForm(const FormData& form, domain::SurveyContent& content, FormErrors& errors) {
  domain::Question question;
  const auto kind = domain::ParseQuestionKind(form.Get("kind").value_or(""));
  if (!kind) errors.Add("kind", "Choose the type of question.");
  question.kind = kind.value_or(domain::QuestionKind::kSingleChoice);
  question.text = form.Get("text").value_or("");
  question.hint = form.Get("hint").value_or("");
  question.required = form.Get("required").value_or("") == "yes";
  question.options = TextareaLines(form.Get("options").value_or(""));
  const std::string section = form.Get("section").value_or("");
  if (section == kNewSection) {
    content.sections.push_back({form.Get("new_section").value_or(""), {question}});
    return;
  }
  const auto index =
      ParseBoundedNumber(section, 3, 1, static_cast<std::int64_t>(content.sections.size()));
  if (!index) {
    errors.Add("section", "Choose a section of the survey, or a new one.");
    return;
  }
  content.sections[static_cast<std::size_t>(*index - 1)].questions.push_back(question);
}

std::string QuestionFormKey(std::string_view field) {
  if (field.starts_with("sections[") && field.ends_with("].title")) return "new_section";
  const auto dot = field.rfind('.');
  if (field.starts_with("sections[") && dot != std::string_view::npos) {
    return std::string{field.substr(dot + 1)};
  }
  return FieldKey(field);
}

bool RemoveQuestion(domain::SurveyContent& content, int number) {
  int seen = 0;
  for (auto section = content.sections.begin(); section != content.sections.end(); ++section) {
    for (auto question = section->questions.begin(); question != section->questions.end();
         ++question) {
      if (++seen != number) continue;
      section->questions.erase(question);
      if (section->questions.empty()) content.sections.erase(section);
      return true;
    }
  }
  return false;
}

}  // namespace assure::http::pages
