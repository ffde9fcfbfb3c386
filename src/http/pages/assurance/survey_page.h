// The page of one staff survey (survey_page_handlers.cc shows it for a GET and again, with the
// problem, for a refused form): its details, links and questions, and the business unit's forms;
// and reading the form that adds a question. Called only by the files of this folder. Pure
// rendering and parsing; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "domain/assurance/survey/survey_service.h"
#include "http/common/errors.h"
#include "http/common/url_encoding.h"
#include "http/pages/assurance/assurance_support.h"

namespace assure::http::pages {

// `values` and `errors`: what a refused question form sent, shown again with its problems.
core::Result<Response> RenderSurveyPage(const AssuranceServices& services, const Request& request,
                                        const domain::SurveyView& view, const FormData& values,
                                        const FormErrors& errors, int status);

// Appends the question the form describes to `content` (to the chosen section, or a new one);
// an impossible choice of section or kind is an error on its field.
void AddQuestionFromForm(const FormData& form, domain::SurveyContent& content, FormErrors& errors);
// The question form's field for a service's error field: "sections[2].questions[1].options"
// is "options", "sections[3].title" "new_section"; anything else unchanged.
std::string QuestionFormKey(std::string_view field);
// Removes question `number` (1..N), and its section when that leaves it empty; false when there
// is no such question.
bool RemoveQuestion(domain::SurveyContent& content, int number);

}  // namespace assure::http::pages
