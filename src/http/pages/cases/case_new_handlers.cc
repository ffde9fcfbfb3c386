// Logging a referral (/cases/new): the referral form, then "check your answers" (a summary list
// whose Change buttons post the answers back to the form, so nothing is kept on the server
// between the two), then Confirm opens the case (CaseService::Open) and redirects to it with a
// success banner. A refused form shows every problem by its field and writes nothing.
#include <algorithm>

#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/page_render.h"
#include "http/pages/cases/case_forms.h"
#include "http/pages/cases/case_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

std::string SubjectKey(int row, std::string_view field) {
  return "subjects_" + std::to_string(row) + "_" + std::string{field};
}

// The category's values as choices, "unknown" first (shown as "Not known").
std::vector<Choice> CategoryChoices(std::span<const std::string_view> values) {
  std::vector<Choice> choices{{"unknown", "Not known", ""}};
  for (const auto value : values) {
    if (value == "unknown") continue;
    std::string label{value};
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') {
      label[0] = static_cast<char>(label[0] - 32);
    }
    choices.push_back({std::string{value}, label, ""});
  }
  return choices;
}

std::vector<Choice> TypeChoices() {
  return {{"child", "A child", ""},
          {"adult", "An adult", ""},
          {"joint", "Both a child and an adult (a joint case)", ""}};
}

core::Result<std::vector<Choice>> AgencyChoices(const CaseServices& services,
                                                const domain::Requester& requester) {
  std::vector<Choice> choices{{"", "Not known", ""}};
  ASSURE_ASSIGN_OR_RETURN(const auto agencies, AgencyNames(services.agencies, requester));
  for (const auto& [id, name] : agencies) choices.push_back({std::to_string(id), name, ""});
  return choices;
}

core::Result<std::vector<Choice>> ThemeChoices(const CaseServices& services,
                                               const domain::Requester& requester) {
  std::vector<Choice> choices;
  ASSURE_ASSIGN_OR_RETURN(const auto themes, services.cases.Themes(requester));
  for (const auto& theme : themes) choices.push_back({theme, theme, ""});
  return choices;
}

core::Result<Response> FormPage(const CaseServices& services, const Request& request,
                                const FormData& values, const FormErrors& errors, int status) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto agency_choices, AgencyChoices(services, requester));
  ASSURE_ASSIGN_OR_RETURN(const auto theme_choices, ThemeChoices(services, requester));
  FormView view(values, errors);
  view.Section("About the case");
  view.Text("reference", "Case reference", "For example, CR-2025-007", "govuk-input--width-10");
  view.Radios("type", "Who is the case about?", TypeChoices());
  for (int row = 0; row < kSubjectRows; ++row) {
    if (row == 0) {
      view.Section("Subject",
                   "Record each person the case is about by pseudonym, such as Child H.");
    } else {
      view.Section("Another subject (optional)", "Leave this blank if there is no other subject.");
    }
    view.Text(SubjectKey(row, "pseudonym"), "Pseudonym", "", "govuk-input--width-20");
    view.Select(SubjectKey(row, "age_band"), "Age band", CategoryChoices(domain::AgeBands()));
    view.Select(SubjectKey(row, "sex"), "Sex", CategoryChoices(domain::Sexes()));
    view.Select(SubjectKey(row, "ethnicity"), "Ethnic group",
                CategoryChoices(domain::Ethnicities()));
    view.Select(SubjectKey(row, "disability"), "Disability",
                CategoryChoices(domain::Disabilities()));
  }
  view.Section("Dates");
  view.Date("incident_on", "Date of the incident (if known)");
  view.Date("aware_on", "Date the partnership became aware",
            "The notification clock starts here. For example, 6 1 2025");
  view.Date("referral_received_on", "Date the referral was received");
  view.Section("The referral");
  view.Text("referral_referrer", "Who referred the case",
            "Their role, such as Designated nurse: not the name of anyone the case is about");
  view.Select("referring_agency_id", "Referring agency", agency_choices);
  view.Textarea("referral_criteria_considered", "Review criteria considered");
  view.Textarea("summary", "Summary",
                "Do not include names, dates of birth, addresses or schools: the summary can be "
                "searched and may reach published material");
  if (const auto& themes = theme_choices; !themes.empty()) {
    view.Checkboxes("themes", "Themes", themes, "Select all that apply");
  }
  view.Section("Restricted details (optional)",
               "Everything that would identify the people the case is about (names, dates of "
               "birth and death, addresses, schools, NHS numbers), and the circumstances.",
               true);
  for (int row = 0; row < kSubjectRows; ++row) {
    const std::string which = row == 0 ? "the subject" : "subject " + std::to_string(row + 1);
    view.Text(SubjectKey(row, "name"), "Name of " + which, "", "govuk-input--width-20");
    view.Date(SubjectKey(row, "date_of_birth"), "Date of birth of " + which);
    view.Date(SubjectKey(row, "date_of_death"), "Date of death of " + which,
              "Leave this blank if they are alive");
    view.Textarea(SubjectKey(row, "address"), "Address of " + which, "", 3);
    view.Text(SubjectKey(row, "postcode"), "Postcode of " + which, "", "govuk-input--width-10");
    view.Textarea(SubjectKey(row, "school"), "Schools and settings " + which + " attended",
                  "One to a line, or separated by semicolons", 3);
    view.Text(SubjectKey(row, "nhs_number"), "NHS number of " + which, "10 digits; spaces are fine",
              "govuk-input--width-10");
    view.Textarea(SubjectKey(row, "other_details"), "Any other identifying detail of " + which,
                  "Such as another name they were known by", 3);
  }
  view.Textarea("restricted_circumstances", "Circumstances", "", 8);

  json page{{"title", "Log a referral"},
            {"back_href", "/cases"},
            {"cancel_href", "/cases"},
            {"action_href", "/cases/new"},
            {"csrf_token", request.session->session.csrf_token},
            {"submit", "Continue"},
            {"sections", view.Sections()}};
  view.AddErrors(page);
  return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
}

// One row of the check-answers list: what was asked, the answer (as lines), and the form field
// its Change button goes back to.
json CheckRow(std::string question, const std::string& answer, std::string field) {
  json lines = TextLines(answer);
  if (lines.empty()) lines.push_back("Not given");
  return {{"question", std::move(question)}, {"lines", std::move(lines)}, {"field", field}};
}

core::Result<Response> CheckPage(const CaseServices& services, const Request& request,
                                 const FormData& sent, const ReferralDraft& parsed) {
  const auto requester = RequesterOf(request);
  const auto& draft = parsed.draft;
  ASSURE_ASSIGN_OR_RETURN(const auto agencies, AgencyNames(services.agencies, requester));
  json about = json::array();
  about.push_back(CheckRow("Case reference", draft.reference, "reference"));
  about.push_back(
      CheckRow("Who the case is about", std::string{CaseTypeLabel(draft.type)}, "type"));
  for (std::size_t i = 0; i < draft.subjects.size(); ++i) {
    const auto& subject = draft.subjects[i];
    const int row = parsed.subject_rows[i];
    about.push_back(CheckRow("Subject " + std::to_string(i + 1), SubjectText(subject),
                             SubjectKey(row, "pseudonym")));
  }
  about.push_back(CheckRow("Date of the incident", DateText(draft.incident_on), "incident_on-day"));
  about.push_back(
      CheckRow("Date the partnership became aware", DateText(draft.aware_on), "aware_on-day"));
  about.push_back(CheckRow("Date the referral was received", DateText(draft.referral.received_on),
                           "referral_received_on-day"));
  about.push_back(CheckRow("Who referred the case", draft.referral.referrer, "referral_referrer"));
  std::string agency;
  if (draft.referring_agency_id) agency = JoinNames({*draft.referring_agency_id}, agencies);
  about.push_back(CheckRow("Referring agency", agency, "referring_agency_id"));
  about.push_back(CheckRow("Review criteria considered", draft.referral.criteria_considered,
                           "referral_criteria_considered"));
  about.push_back(CheckRow("Summary", draft.summary, "summary"));
  std::string themes;
  for (const auto& theme : draft.themes) themes += (themes.empty() ? "" : "\n") + theme;
  about.push_back(CheckRow("Themes", themes, "themes"));

  json restricted = json::array();
  for (const auto& identity : draft.restricted.identities) {
    const auto index = static_cast<std::size_t>(identity.subject_id);
    const int row = parsed.subject_rows[index];
    const std::string which = "Subject " + std::to_string(index + 1) + ": ";
    std::string dates = DateText(identity.date_of_birth);
    if (identity.date_of_death) dates += "\nDied " + DateText(identity.date_of_death);
    restricted.push_back(CheckRow(which + "name", identity.name, SubjectKey(row, "name")));
    restricted.push_back(CheckRow(which + "date of birth (and of death)", dates,
                                  SubjectKey(row, "date_of_birth") + "-day"));
    restricted.push_back(CheckRow(which + "address and postcode",
                                  identity.address + "\n" + identity.postcode,
                                  SubjectKey(row, "address")));
    restricted.push_back(
        CheckRow(which + "schools and settings", identity.school, SubjectKey(row, "school")));
    restricted.push_back(CheckRow(which + "NHS number", NhsNumberText(identity.nhs_number),
                                  SubjectKey(row, "nhs_number")));
    restricted.push_back(CheckRow(which + "other identifying details", identity.other_details,
                                  SubjectKey(row, "other_details")));
  }
  restricted.push_back(
      CheckRow("Circumstances", draft.restricted.circumstances, "restricted_circumstances"));

  json hidden = json::array();
  for (const auto& [name, value] : sent.pairs()) {
    if (name == "csrf_token" || name == "change" || name == "confirm") continue;
    hidden.push_back({{"name", name}, {"value", value}});
  }
  return RenderPage(services.context.renderer, request, "case_check",
                    {{"title", "Check the referral before you open the case"},
                     {"csrf_token", request.session->session.csrf_token},
                     {"about", about},
                     {"restricted", restricted},
                     {"hidden", hidden}});
}

core::Result<Response> Submit(const CaseServices& services, const Request& request) {
  auto sent = request.Form();
  if (!sent) return Response::Status(400);
  FormErrors errors;
  if (sent->Get("change")) return FormPage(services, request, *sent, errors, 200);
  auto parsed = ParseReferral(*sent, errors);
  if (!errors.empty()) return FormPage(services, request, *sent, errors, 422);
  if (sent->Get("confirm").value_or("") != "yes") {
    if (auto valid = domain::ValidateCase(parsed.draft); !valid.ok()) {
      errors.Add(ToFormRow(valid.error(), "subjects", parsed.subject_rows));
      return FormPage(services, request, *sent, errors, 422);
    }
    return CheckPage(services, request, *sent, parsed);
  }
  auto opened = services.cases.Open(RequesterOf(request), std::move(parsed.draft));
  if (opened) return Response::Redirect(CaseHref(opened->id) + "?done=opened");
  const auto& error = opened.error();
  if (error.code == core::ErrorCode::kInvalidInput ||
      (error.code == core::ErrorCode::kConflict && !error.field.empty())) {
    errors.Add(ToFormRow(error, "subjects", parsed.subject_rows));
    return FormPage(services, request, *sent, errors, 422);
  }
  return error;
}

}  // namespace

void AddNewCaseRoutes(Router& router, const CaseServices& services) {
  const auto& renderer = services.context.renderer;
  router.Add(Method::kGet, "/cases/new", RoutePolicy::Authorised(Resource::kCase, Action::kCreate),
             PageHandler(renderer, [services](const Request& request) {
               return FormPage(services, request, FormData{}, FormErrors{}, 200);
             }));
  router.Add(Method::kPost, "/cases/new", RoutePolicy::Authorised(Resource::kCase, Action::kCreate),
             PageHandler(renderer,
                         [services](const Request& request) { return Submit(services, request); }));
}

}  // namespace assure::http::pages
