// GOV.UK forms shown and read back. FormView is the context of web/templates/case_form.mustache,
// the one question page that renders a form from a list of sections and fields (text, textarea,
// date, radios, checkboxes, select): values from the form as sent (or prefilled), errors from
// FormErrors, so a refused form shows what was typed with each message by its field and an error
// summary linking to the field's first box. Every field object carries every key the template
// reads. ParseDate and AppendDate read and fill a date's three boxes; DateFieldsAsked, DateOf and
// PeriodAsked read dates from a query string; DateInputControl is a date input of a page that is
// not a FormView form, for the date_input partial. FormView is a value type used by one handler
// call; the functions are pure and thread-safe.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/reviews/figures/review_figures_repository.h"
#include "http/common/errors.h"
#include "http/common/url_encoding.h"
#include "http/request.h"

namespace assure::http {

struct Choice {
  std::string value;
  std::string label;
  std::string hint;
};

class FormView {
 public:
  // Both are borrowed for the view's life.
  FormView(const FormData& values, const FormErrors& errors);

  // Starts a section: a heading (may be empty), an optional paragraph, and, when `restricted`,
  // the warning that identifying details are restricted and every view of them is recorded.
  void Section(std::string heading, std::string intro = {}, bool restricted = false);
  // `width`: a GOV.UK width class such as "govuk-input--width-20", or empty for full width.
  void Text(const std::string& key, std::string label, std::string hint = {},
            std::string width = {});
  void Textarea(const std::string& key, std::string label, std::string hint = {}, int rows = 5);
  void Date(const std::string& key, std::string legend, std::string hint = {});
  void Radios(const std::string& key, std::string legend, const std::vector<Choice>& choices,
              std::string hint = {}, bool inline_choices = false);
  void Checkboxes(const std::string& key, std::string legend, const std::vector<Choice>& choices,
                  std::string hint = {});
  // The first choice is usually the blank "Choose ..." one.
  void Select(const std::string& key, std::string label, const std::vector<Choice>& choices,
              std::string hint = {});

  // "sections" for the template.
  nlohmann::json Sections() const { return sections_; }
  // "has_errors" and "errors" (the summary: each {href, text}; href empty for an error of no
  // field on this form, e.g. a stale version or an earlier record missing).
  void AddErrors(nlohmann::json& page) const;

 private:
  nlohmann::json& Field(const std::string& key, std::string label, std::string hint,
                        std::string_view kind, std::string anchor);
  nlohmann::json ChoiceList(const std::string& key, const std::vector<Choice>& choices,
                            const std::vector<std::string>& chosen) const;

  const FormData& values_;
  const FormErrors& errors_;
  nlohmann::json sections_ = nlohmann::json::array();
  std::map<std::string, std::string> anchors_;  // field key -> id of its first box
};

// Checkbox and radio values in the form, for lists of labels.
std::vector<Choice> YesNoChoices();

// A form's errors on a page that is not a FormView form, for the error_summary partial:
// "has_errors" and "errors" (each {href, text}; href is "#" and the field's entry in `anchors`, the
// id of its first box by field key, or empty for a key not there) and "<key>_error" (the message)
// for each key in `anchors`. Adds nothing when there are no errors.
void AddFormErrors(nlohmann::json& page, const FormErrors& errors,
                   const std::map<std::string, std::string>& anchors);

// The ids a control's aria-describedby names: "<key>-hint" when it has a hint, then
// "<key>-error" when it has an error; "" for neither.
std::string DescribedBy(std::string_view key, bool has_hint, bool has_error);

// GOV.UK date inputs read back: a date field "<key>" is three boxes "<key>-day", "<key>-month"
// and "<key>-year", in forms and in query strings alike.
// The date in the "<key>-day/-month/-year" boxes. All blank: nullopt, and when `required` an
// error "Enter <what>". Otherwise a missing part or an impossible date is an error naming `what`
// ("the date the notification was sent"). Errors go to `key`.
std::optional<domain::CivilDate> ParseDate(const FormData& form, std::string_view key,
                                           std::string_view what, bool required,
                                           FormErrors& errors);

// The form pairs that fill a date's boxes (none for no date).
void AppendDate(std::vector<std::pair<std::string, std::string>>& pairs, std::string_view key,
                std::optional<domain::CivilDate> date);

// ---- dates in query strings: the two ends of a period ----
// For the pages and the API that show figures or records between two dates (the review activity
// report, its export and its API; the audit trail's filter): the date inputs' boxes kept as typed
// to show again, and from=YYYY-MM-DD&to=YYYY-MM-DD.

// A GOV.UK date input's three boxes, as typed.
struct DateFields {
  std::string day;
  std::string month;
  std::string year;

  bool empty() const { return day.empty() && month.empty() && year.empty(); }
};

// The boxes of date input `name` in the request's query ("" for a box not sent); nullopt when
// the query sends none of them.
std::optional<DateFields> DateFieldsAsked(const Request& request, std::string_view name);

// The boxes filled with `date`: "1", "4", "2025".
DateFields DateFieldsOf(domain::CivilDate date);

// A date input for web/templates/partials/date_input.mustache, its boxes <key>-day, <key>-month
// and <key>-year holding `fields`: {key, label (the legend), hint, error (the message),
// described_by (as DescribedBy), day, month, year}. Every key is set, "" when empty, so that no
// lookup in the partial falls through to the page's context.
nlohmann::json DateInputControl(std::string_view key, std::string_view label, std::string_view hint,
                                std::string_view error, const DateFields& fields);

// The day the boxes name (digits only; a real day of a year domain::ParseCivilDate takes);
// nullopt for anything else, blank boxes included.
std::optional<domain::CivilDate> DateOf(const DateFields& fields);

// The period of the query's from=YYYY-MM-DD&to=YYYY-MM-DD, by domain::ParsePeriod: kInvalidInput
// naming "from" or "to" when one is missing, not a real date, or the end is before the start.
core::Result<domain::DatePeriod> PeriodAsked(const Request& request);

}  // namespace assure::http
