// The page of one meeting (web/templates/governance_meeting.mustache), shown for a GET and again,
// with the problem, for a refused form posted from it: the body, date, time and place; the
// agenda with its papers; attendance and the quorum; the minutes (Markdown through
// reports::MarkdownHtml, so no raw HTML); the decisions; and, for those who may edit the meeting,
// the forms that add an agenda item, upload a paper to an item and record a decision. Called only
// by the meeting_* handler files. Reads through thread-safe services; thread-safe.
#pragma once

#include "core/result.h"
#include "domain/governance/meetings/meeting_service.h"
#include "http/common/errors.h"
#include "http/common/url_encoding.h"
#include "http/pages/governance/meeting_support.h"
#include "http/request.h"
#include "http/response.h"

namespace assure::http::pages {

// `values` and `errors`: what a refused form of the page sent (the item form's item_title,
// item_owner, item_restricted; a paper's file_<item id>; the decision form's text,
// approves_minutes_of, action_title, action_owner_agency_id, action_lead_name, action_due_on),
// shown again with its problems.
core::Result<Response> RenderMeetingPage(const MeetingServices& services, const Request& request,
                                         const domain::MeetingView& view, const FormData& values,
                                         const FormErrors& errors, int status);

// The key of the page's paper upload field for `item`: "file_<item id>".
std::string PaperFileKey(domain::AgendaItemId item);

}  // namespace assure::http::pages
