// The page of one thematic review (thematic_page_handlers.cc shows it for a GET and again, with
// the problem, for a refused form): its scope, narrative, evidence, findings and
// recommendations, and for the business unit the three forms that add to them. Called only by
// the files of this folder. Pure rendering; thread-safe.
#pragma once

#include <string>

#include "domain/assurance/thematic/thematic_review_service.h"
#include "http/common/errors.h"
#include "http/common/url_encoding.h"
#include "http/pages/assurance/assurance_support.h"

namespace assure::http::pages {

// Which of the page's forms was refused (its values and errors are shown again).
enum class ThematicForm { kNone, kEvidence, kFinding, kRecommendation };

core::Result<Response> RenderThematicPage(const AssuranceServices& services, const Request& request,
                                          const domain::ThematicReviewView& view,
                                          ThematicForm refused, const FormData& values,
                                          const FormErrors& errors, int status);

// "self_evaluation_standard:3:12": an evidence source's value in the page's select.
std::string EvidenceChoiceValue(const domain::EvidenceChoice& choice);

}  // namespace assure::http::pages
