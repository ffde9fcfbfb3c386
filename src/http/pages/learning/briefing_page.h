// The briefing page itself, shown by a read, by the publication check and by a refused step:
// its details, its body rendered (reports::MarkdownHtml), the steps the asker may take, and,
// when `hits` is set, the check's hits (the words of a restricted detail only when the service
// showed them) with the business manager's acceptance form. Called by the handlers of this
// folder; thread-safe as the services are.
#pragma once

#include <optional>
#include <vector>

#include "core/result.h"
#include "domain/learning/briefing_publication.h"
#include "http/common/errors.h"
#include "http/pages/learning/briefing_support.h"

namespace assure::http::pages {

core::Result<Response> BriefingPage(const BriefingServices& services, const Request& request,
                                    std::optional<std::vector<domain::BriefingHit>> hits,
                                    const FormErrors& errors, int status);

}  // namespace assure::http::pages
