#include "domain/assurance/survey/survey_answer_service.h"

#include <cstdint>
#include <cstring>
#include <utility>

#include "domain/assurance/assurance_access.h"
#include "domain/assurance/survey/survey_repository.h"
#include "domain/london_date.h"

namespace assure::domain {

namespace {

struct Opened {
  SurveyLinkTarget target;
  Survey survey;
};

// The survey a token opens; a draft's token is no link yet.
core::Result<Opened> OpenedBy(Transaction& tx, std::string_view token) {
  ASSURE_ASSIGN_OR_RETURN(const auto target, tx.survey_links().Find(token));
  if (!target) return NoSuchSurvey();
  ASSURE_ASSIGN_OR_RETURN(Survey survey, tx.surveys(target->partnership_id).Get(target->survey_id));
  if (survey.state == SurveyState::kDraft) return NoSuchSurvey();
  return Opened{*target, std::move(survey)};
}

// A random positive 63-bit id: it tells nothing of when, or in which order, answers came.
std::int64_t RandomResponseId(security::Random& random) {
  const std::string bytes = random.Bytes(sizeof(std::uint64_t));
  std::uint64_t value = 0;
  std::memcpy(&value, bytes.data(), sizeof value);
  value &= 0x7fffffffffffffffULL;
  return value == 0 ? 1 : static_cast<std::int64_t>(value);
}

}  // namespace

core::Result<SurveyForm> SurveyAnswerService::Form(std::string_view token) const {
  return store_.Read([&](Transaction& tx) -> core::Result<SurveyForm> {
    ASSURE_ASSIGN_OR_RETURN(Opened opened, OpenedBy(tx, token));
    SurveyForm form;
    ASSURE_ASSIGN_OR_RETURN(const auto partnership,
                            tx.partnerships().FindById(opened.target.partnership_id));
    form.partnership_name = partnership.name;
    ASSURE_ASSIGN_OR_RETURN(const auto agency,
                            tx.agencies(opened.target.partnership_id).Get(opened.target.agency_id));
    form.agency_name = agency.name;
    form.open = opened.survey.state == SurveyState::kOpen;
    form.content = std::move(opened.survey.content);
    form.content.agency_ids.clear();
    return form;
  });
}

core::Status SurveyAnswerService::Answer(std::string_view token,
                                         std::vector<SurveyAnswer> answers) const {
  const CivilDate today = LondonDate(clock_.Now());
  return store_.Write([&](Transaction& tx) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(const Opened opened, OpenedBy(tx, token));
    if (opened.survey.state != SurveyState::kOpen) {
      return core::Error::InvalidInput("state", "This survey has closed.");
    }
    if (answers.empty())
      return core::Error::InvalidInput("answers", "Answer at least one question.");
    ASSURE_TRY(ValidateSurveyAnswers(opened.survey.content, answers));
    SurveyResponse response;
    response.survey_id = opened.survey.id;
    response.agency_id = opened.target.agency_id;
    response.answered_on = today;
    response.answers = std::move(answers);
    return tx.surveys(opened.target.partnership_id)
        .AddResponse(RandomResponseId(random_), response);
  });
}

}  // namespace assure::domain
