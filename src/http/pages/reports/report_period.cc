#include "http/pages/reports/report_period.h"

#include <optional>
#include <string>
#include <string_view>

#include "domain/reviews/figures/review_activity.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"

namespace assure::http::pages {

namespace {

using domain::CivilDate;
using domain::DatePeriod;
using nlohmann::json;

// Whether the query names one end of the period at all: its date input's boxes or
// name=YYYY-MM-DD.
bool DateSent(const Request& request, const std::string& name) {
  return DateFieldsAsked(request, name) || request.QueryParam(name);
}

// One end of the period as the page's query gives it: the date input's three boxes (name-day,
// name-month, name-year), or else name=YYYY-MM-DD; "Enter the <which> date." when neither.
struct AskedDate {
  DateFields fields;  // as typed, to show again
  core::Result<CivilDate> date = core::Error::Internal("not read");
};

AskedDate DateAsked(const Request& request, const std::string& name, std::string_view which) {
  AskedDate asked;
  std::optional<CivilDate> date;
  bool blank = false;
  if (const auto boxes = DateFieldsAsked(request, name)) {
    asked.fields = *boxes;
    blank = boxes->empty();
    date = DateOf(*boxes);
  } else {
    const auto whole = request.QueryParam(name).value_or("");
    blank = whole.empty();
    date = domain::ParseCivilDate(whole);
    if (date) asked.fields = DateFieldsOf(*date);
  }
  const std::string what{which};
  if (date) {
    asked.date = *date;
  } else if (blank) {
    asked.date = core::Error::InvalidInput(name, "Enter the " + what + " date.");
  } else {
    asked.date = core::Error::InvalidInput(
        name, "The " + what + " date must be a real date, like 1 4 2019.");
  }
  return asked;
}

// The form's two date inputs on `page`, their boxes holding `from` and `to` and their errors
// those already on `page`.
void AddPeriodInputs(json& page, const DateFields& from, const DateFields& to) {
  page["from_input"] = DateInputControl("from", "From", "For example, 1 4 2019",
                                        page.value("from_error", std::string{}), from);
  page["to_input"] =
      DateInputControl("to", "To", "For example, 31 3 2020 (the whole day is included)",
                       page.value("to_error", std::string{}), to);
}

}  // namespace

DatePeriod PeriodShown(const Request& request, const DatePeriod& shown_by_default, json& page) {
  DatePeriod period = shown_by_default;
  if (!DateSent(request, "from") && !DateSent(request, "to")) {
    AddPeriodInputs(page, DateFieldsOf(period.from), DateFieldsOf(period.to));
    return period;
  }
  const auto from = DateAsked(request, "from", "start");
  const auto to = DateAsked(request, "to", "end");
  if (!from.date.ok()) AddFieldError(page, from.date.error(), "from", "from-day");
  if (!to.date.ok()) AddFieldError(page, to.date.error(), "to", "to-day");
  if (from.date.ok() && to.date.ok()) {
    period = {*from.date, *to.date};
    if (auto valid = domain::ValidatePeriod(period); !valid.ok()) {
      AddFieldError(page, valid.error(), "to", "to-day");
    }
  }
  AddPeriodInputs(page, from.fields, to.fields);
  return period;
}

std::string PeriodQuery(const DatePeriod& period) {
  return "from=" + domain::FormatCivilDate(period.from) +
         "&to=" + domain::FormatCivilDate(period.to);
}

}  // namespace assure::http::pages
