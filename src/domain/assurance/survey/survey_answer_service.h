// SurveyAnswerService: the public side of a staff survey, reached only through an agency's link
// (survey.h): the form of the survey a token opens, and storing one person's answers.
//
// Anonymous by design (doc/decisions/0015-anonymous-staff-surveys.md): no sign-in, no audit
// event, and an answer keeps only the agency of its link and the day (London), under a random id;
// the caller keeps no address, cookie or time either. An unknown token is kNotFound, as is a
// draft's; a closed survey's form is returned with `open` false and takes no answers.
// Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/assurance/survey/survey.h"
#include "domain/store.h"
#include "security/random.h"

namespace assure::domain {

// What the public form shows: no id, agency list or link of any other agency.
struct SurveyForm {
  std::string partnership_name;
  std::string agency_name;
  SurveyContent content;  // agency_ids cleared
  bool open = false;
};

class SurveyAnswerService {
 public:
  SurveyAnswerService(Store& store, const core::Clock& clock, security::Random& random)
      : store_(store), clock_(clock), random_(random) {}

  core::Result<SurveyForm> Form(std::string_view token) const;
  // Stores the answers in ONE transaction (kInvalidInput naming "q<number>" for a wrong answer,
  // "answers" when none is given, "state" when the survey is not open).
  core::Status Answer(std::string_view token, std::vector<SurveyAnswer> answers) const;

 private:
  Store& store_;
  const core::Clock& clock_;
  security::Random& random_;
};

}  // namespace assure::domain
