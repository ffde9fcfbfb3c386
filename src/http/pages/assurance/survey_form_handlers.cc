#include "http/pages/assurance/survey_form_handlers.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "domain/assurance/survey/survey_answer_service.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/common/throttle/address_limit.h"

namespace assure::http::pages {

namespace {

using nlohmann::json;

constexpr std::string_view kFormPage = "survey_form";

std::string TokenOf(const Request& request) { return request.PathParam("token").value_or(""); }

std::string FormHref(const Request& request) { return "/s/" + TokenOf(request); }

std::string QuestionKey(int number) { return "q" + std::to_string(number); }

// The questions as FormView fields named q1..qN, section by section.
json Sections(const domain::SurveyContent& content, const FormData& values,
              const FormErrors& errors, json& page) {
  FormView form(values, errors);
  int number = 0;
  for (const auto& section : content.sections) {
    form.Section(section.title);
    for (const auto& question : section.questions) {
      const std::string key = QuestionKey(++number);
      const std::string label =
          std::to_string(number) + ". " + question.text + (question.required ? "" : " (optional)");
      if (question.kind == domain::QuestionKind::kFreeText) {
        form.Textarea(key, label, question.hint, 4);
        continue;
      }
      std::vector<Choice> choices;
      const auto offered = domain::ChoicesOf(question);
      for (std::size_t c = 0; c < offered.size(); ++c) {
        choices.push_back({std::to_string(c), offered[c], ""});
      }
      if (question.kind == domain::QuestionKind::kMultipleChoice) {
        form.Checkboxes(key, label, choices,
                        question.hint.empty() ? "Select all that apply." : question.hint);
      } else {
        form.Radios(key, label, choices, question.hint);
      }
    }
  }
  form.AddErrors(page);
  return form.Sections();
}

json PageOf(const domain::SurveyForm& survey, const Request& request) {
  return {{"title", survey.content.title}, {"partnership_name", survey.partnership_name},
          {"agency", survey.agency_name},  {"introduction", survey.content.introduction},
          {"open", survey.open},           {"action_href", FormHref(request)}};
}

// The answers of the form; a choice that is none of the question's is an error on its field.
std::vector<domain::SurveyAnswer> AnswersOf(const domain::SurveyContent& content,
                                            const FormData& form, FormErrors& errors) {
  std::vector<domain::SurveyAnswer> answers;
  for (int number = 1; number <= domain::QuestionCount(content); ++number) {
    const domain::Question& question = *domain::QuestionNumbered(content, number);
    const std::string key = QuestionKey(number);
    domain::SurveyAnswer answer;
    answer.question = number;
    if (question.kind == domain::QuestionKind::kFreeText) {
      answer.text = WithLineFeeds(form.Get(key).value_or(""));
      if (answer.text.find_first_not_of(" \t\n") == std::string::npos) continue;
      answers.push_back(std::move(answer));
      continue;
    }
    const auto offered = static_cast<std::int64_t>(domain::ChoicesOf(question).size());
    for (const auto& value : form.GetAll(key)) {
      const auto choice = ParseBoundedNumber(value, 2, 0, offered - 1);
      if (!choice) {
        errors.Add(key, "Choose one of the answers given.");
        break;
      }
      answer.choices.push_back(static_cast<int>(*choice));
    }
    std::sort(answer.choices.begin(), answer.choices.end());
    if (!answer.choices.empty()) answers.push_back(std::move(answer));
  }
  return answers;
}

Response TooManyAnswers(const views::Renderer& renderer, const Request& request) {
  auto response = RenderPage(renderer, request, views::kErrorPage,
                             {{"title", "Too many answers from your connection"},
                              {"message",
                               "We take a limited number of answers an hour from one connection. "
                               "Thank you for taking part: try again in an hour."},
                              {"link_href", FormHref(request)},
                              {"link_text", "Go back to the survey"}},
                             429);
  response.SetHeader("Retry-After", "3600");
  return response;
}

core::Result<Response> ShowForm(const HandlerContext& context,
                                const domain::SurveyAnswerService& answers,
                                const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto survey, answers.Form(TokenOf(request)));
  json page = PageOf(survey, request);
  page["sections"] = Sections(survey.content, FormData{}, FormErrors{}, page);
  return RenderPage(context.renderer, request, kFormPage, std::move(page));
}

core::Result<Response> SendAnswers(const HandlerContext& context,
                                   const domain::SurveyAnswerService& answers, AddressLimit& limit,
                                   const Request& request) {
  if (!limit.Admit(request.remote_address)) return TooManyAnswers(context.renderer, request);
  ASSURE_ASSIGN_OR_RETURN(const auto survey, answers.Form(TokenOf(request)));
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  FormErrors errors;
  auto given = AnswersOf(survey.content, form, errors);
  if (errors.empty()) {
    auto stored = answers.Answer(TokenOf(request), std::move(given));
    if (stored.ok()) return Response::Redirect(FormHref(request) + "/thanks");
    if (stored.error().code != core::ErrorCode::kInvalidInput) return stored.error();
    errors.Add(stored.error());
  }
  json page = PageOf(survey, request);
  page["sections"] = Sections(survey.content, form, errors, page);
  return RenderPage(context.renderer, request, kFormPage, std::move(page), 422);
}

core::Result<Response> Thanks(const HandlerContext& context,
                              const domain::SurveyAnswerService& answers, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto survey, answers.Form(TokenOf(request)));
  json page = PageOf(survey, request);
  page["thanks"] = true;
  page["sections"] = json::array();
  return RenderPage(context.renderer, request, kFormPage, std::move(page));
}

}  // namespace

void AddSurveyFormRoutes(Router& router, const HandlerContext& context,
                         std::size_t answers_per_hour) {
  const domain::SurveyAnswerService answers(context.store, context.clock, context.random);
  // Shared by the copies std::function makes of the handler, for as long as the router lives.
  auto limit = std::make_shared<AddressLimit>(
      context.clock, AddressLimit::Options{answers_per_hour, std::chrono::seconds{3600}, 10000});
  router.Add(Method::kGet, "/s/{token}", RoutePolicy::Anonymous(),
             PageHandler(context.renderer, [context, answers](const Request& request) {
               return ShowForm(context, answers, request);
             }));
  router.Add(Method::kPost, "/s/{token}", RoutePolicy::Anonymous(),
             PageHandler(context.renderer, [context, answers, limit](const Request& request) {
               return SendAnswers(context, answers, *limit, request);
             }));
  router.Add(Method::kGet, "/s/{token}/thanks", RoutePolicy::Anonymous(),
             PageHandler(context.renderer, [context, answers](const Request& request) {
               return Thanks(context, answers, request);
             }));
}

}  // namespace assure::http::pages
