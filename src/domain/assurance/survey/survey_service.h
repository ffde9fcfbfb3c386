// SurveyService: staff surveys (survey.h) for the pages and the API: build a draft (or copy an
// earlier survey), open it (one random link per agency), close it, and read its results in
// aggregate (survey_results.h) and, for the business unit, its free-text answers with the
// publication check's flags on each.
//
// Who may do what (doc/access.md, "Quality assurance"): the business unit builds, opens and
// closes surveys, sees drafts, the links and the number of answers so far, and reads the free
// text; agency leads and board members read the questions of a survey that has opened (a draft
// is kNotFound to them). Results and free text are shown once the
// survey has closed, to everyone: while answers still come in, two reads either side of one
// answer would show that person's answers. Each call
// runs ONE Store transaction with its audit event ("assurance.survey.create", ".update", ".open",
// ".close", ".read", ".results.read", ".free_text.read"); a refusal is audited too. Answering is
// SurveyAnswerService's, never audited (it is anonymous).
// Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/assurance/survey/survey.h"
#include "domain/assurance/survey/survey_results.h"
#include "domain/identity/requester.h"
#include "domain/learning/identifiers/identifier_check.h"
#include "domain/store.h"
#include "security/random.h"

namespace assure::domain {

struct SurveyView {
  Survey survey;
  std::map<AgencyId, std::string> agency_names;
  std::int64_t respondents = 0;  // shown to the business unit only (may_run)
  bool may_run = false;          // the asker builds, opens and closes it and sees its links
  bool may_read_results = false;
};

// A free-text answer as the business unit reads it: the question, the text and what the
// publication check found in it (generic patterns and the partnership's sensitive places).
struct FreeTextView {
  int question = 0;
  std::string question_text;
  std::string text;
  std::vector<IdentifierHit> hits;
};

class SurveyService {
 public:
  SurveyService(Store& store, const core::Clock& clock, security::Random& random)
      : store_(store), clock_(clock), random_(random) {}

  // A draft of a staff survey activity: the one named (which must be one, not closed), or a new
  // planned one with the survey's title and agencies.
  core::Result<Survey> Create(const Requester& requester, SurveyContent content,
                              std::optional<ActivityId> activity_id) const;
  // A new draft with the content of `source` (any survey), in the same activity unless the
  // source's activity is closed (then a new one).
  core::Result<Survey> Copy(const Requester& requester, SurveyId source) const;
  // Newest first.
  core::Result<std::vector<Survey>> List(const Requester& requester) const;
  core::Result<SurveyView> Get(const Requester& requester, SurveyId id) const;
  // A draft's content, if `version` is current (kConflict otherwise; an open or closed survey's
  // questions never change: kConflict "state").
  core::Result<Survey> Update(const Requester& requester, SurveyId id, Version version,
                              SurveyContent content) const;
  // Makes each agency's link and takes answers from today. Needs at least one question.
  core::Result<Survey> Open(const Requester& requester, SurveyId id, Version version) const;
  core::Result<Survey> Close(const Requester& requester, SurveyId id, Version version) const;
  core::Result<SurveyResults> Results(const Requester& requester, SurveyId id) const;
  core::Result<std::vector<FreeTextView>> FreeText(const Requester& requester, SurveyId id) const;

 private:
  Store& store_;
  const core::Clock& clock_;
  security::Random& random_;
};

// Trims the title, section titles, question texts, hints and options of what was entered.
SurveyContent Normalised(SurveyContent content);

}  // namespace assure::domain
