#include "cli/demo/scale_survey.h"

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <utility>

#include "domain/assurance/survey/survey_repository.h"
#include "domain/london_date.h"
#include "security/tokens.h"

namespace assure::cli {

namespace {

using domain::Question;
using domain::QuestionKind;

domain::SurveyContent ScaleContent(const std::vector<domain::AgencyId>& agencies) {
  domain::SurveyContent content;
  content.title = "Synthetic staff survey";
  content.introduction = "Invented answers for the benchmark.";
  content.agency_ids = agencies;
  content.sections = {
      {"Your role",
       {Question{QuestionKind::kSingleChoice,
                 "Which best describes your role?",
                 "",
                 {"Front line", "Manager", "Support", "Other"},
                 true},
        Question{QuestionKind::kMultipleChoice,
                 "Which training have you had?",
                 "",
                 {"Induction", "Refresher", "Specialist", "None"},
                 false}}},
      {"Practice",
       {Question{QuestionKind::kAgreement, "I know how to raise a concern.", "", {}, true},
        Question{QuestionKind::kAgreement, "I know the signs of exploitation.", "", {}, true},
        Question{QuestionKind::kAgreement, "Supervision helps me with hard cases.", "", {}, false},
        Question{QuestionKind::kAgreement, "Agencies share information well.", "", {}, false},
        Question{QuestionKind::kSingleChoice,
                 "How often do you use the procedures?",
                 "",
                 {"Weekly", "Monthly", "Rarely", "Never"},
                 false},
        Question{QuestionKind::kFreeText, "What one thing would help?", "", {}, false}}}};
  return content;
}

}  // namespace

core::Result<std::int64_t> AddScaleSurvey(domain::Transaction& tx,
                                          domain::PartnershipId partnership_id,
                                          domain::UserId created_by,
                                          const std::vector<domain::AgencyId>& agencies,
                                          int answers, core::Instant now, security::Random& random,
                                          std::uint32_t seed) {
  const domain::CivilDate today = domain::LondonDate(now);
  domain::Activity activity;
  activity.content.kind = domain::ActivityKind::kStaffSurvey;
  activity.content.title = "Synthetic staff survey";
  activity.content.agency_ids = agencies;
  activity.content.starts_on = domain::AddDays(today, -60);
  activity.content.ends_on = today;
  activity.state = domain::ActivityState::kAnalysing;
  activity.created_by = created_by;
  activity.created_at = now;
  activity.updated_at = now;
  ASSURE_ASSIGN_OR_RETURN(const auto stored_activity,
                          tx.assurance(partnership_id).CreateActivity(activity));
  auto& surveys = tx.surveys(partnership_id);
  domain::Survey survey;
  survey.activity_id = stored_activity.id;
  survey.content = ScaleContent(agencies);
  survey.created_by = created_by;
  survey.created_at = now;
  survey.updated_at = now;
  ASSURE_ASSIGN_OR_RETURN(survey, surveys.Create(survey));
  for (const domain::AgencyId agency : agencies) {
    survey.links.push_back({agency, security::NewToken(random)});
  }
  survey.state = domain::SurveyState::kClosed;
  survey.opened_on = domain::AddDays(today, -60);
  survey.closed_on = domain::AddDays(today, -1);
  ASSURE_ASSIGN_OR_RETURN(survey, surveys.Update(survey));

  std::mt19937_64 draw(seed);
  std::set<std::int64_t> used;
  // The last agency gets a handful; the others share the rest, the first ones more.
  std::discrete_distribution<std::size_t> pick_agency = [&] {
    std::vector<double> weights;
    for (std::size_t a = 0; a + 1 < agencies.size(); ++a) {
      weights.push_back(static_cast<double>(agencies.size() - a));
    }
    weights.push_back(0.0);
    return std::discrete_distribution<std::size_t>(weights.begin(), weights.end());
  }();
  const int few = std::min(answers, 4);
  for (int n = 0; n < answers; ++n) {
    domain::SurveyResponse response;
    response.survey_id = survey.id;
    response.agency_id = n < few ? agencies.back() : agencies[pick_agency(draw)];
    response.answered_on = domain::AddDays(today, -1 - static_cast<int>(draw() % 59));
    const auto choice = [&](std::uint64_t options) { return static_cast<int>(draw() % options); };
    response.answers = {{1, {choice(4)}, ""},     {2, {0, 1 + choice(3)}, ""},
                        {3, {2 + choice(3)}, ""}, {4, {1 + choice(4)}, ""},
                        {5, {choice(5)}, ""},     {7, {choice(4)}, ""}};
    if (n % 50 == 0) response.answers.push_back({8, {}, "More time for supervision."});
    std::int64_t id = 0;
    do {
      id = static_cast<std::int64_t>(draw() >> 1);
    } while (id == 0 || !used.insert(id).second);
    ASSURE_TRY(surveys.AddResponse(id, response));
  }
  return survey.id;
}

}  // namespace assure::cli
