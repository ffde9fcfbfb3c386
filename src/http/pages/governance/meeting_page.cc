#include "http/pages/governance/meeting_page.h"

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "domain/london_date.h"
#include "http/common/display.h"
#include "http/common/form_view.h"
#include "http/common/page_render.h"
#include "reports/markdown_html.h"

namespace assure::http::pages {

namespace {

using nlohmann::json;

// What the page says of the body's other meetings: their dates (for "approves the minutes of"),
// and where each of their decisions was made (for "approved by decision 2026/1").
struct BodyMeetings {
  struct DecisionAt {
    std::string reference;
    domain::MeetingId meeting_id = 0;
  };
  std::map<domain::MeetingId, domain::CivilDate> dates;
  std::map<domain::DecisionId, DecisionAt> decisions;
};

void Note(BodyMeetings& index, const domain::Meeting& meeting) {
  index.dates[meeting.id] = meeting.content.held_on;
  for (const auto& decision : meeting.decisions) {
    index.decisions[decision.id] = {domain::DecisionReference(decision), meeting.id};
  }
}

// The meeting and the earlier meetings of the view; the body's meetings the asker may read (one
// audited list read) only when a decision shown names a meeting not among them.
core::Result<BodyMeetings> OtherMeetings(const MeetingServices& services, const Request& request,
                                         const domain::MeetingView& view) {
  BodyMeetings index;
  Note(index, view.meeting);
  for (const auto& earlier : view.minutes_to_approve) Note(index, earlier);
  const auto& approved_by = view.meeting.minutes_approved_by;
  bool missing = approved_by && !index.decisions.contains(*approved_by);
  for (const auto& decision : view.meeting.decisions) {
    const auto& approves = decision.approves_minutes_of;
    if (approves && !index.dates.contains(*approves)) missing = true;
  }
  if (!missing) return index;
  domain::MeetingFilter filter;
  filter.body_id = view.body.id;
  ASSURE_ASSIGN_OR_RETURN(const auto listed, services.meetings.List(RequesterOf(request), filter));
  for (const auto& summary : listed) Note(index, summary.meeting);
  return index;
}

// "2 hours", "1 hour 30 minutes", "45 minutes".
std::string DurationText(int minutes) {
  const int hours = minutes / 60;
  const int rest = minutes % 60;
  std::string text;
  if (hours > 0) text = std::to_string(hours) + (hours == 1 ? " hour" : " hours");
  if (rest > 0 || hours == 0) {
    text += (text.empty() ? "" : " ") + std::to_string(rest) + (rest == 1 ? " minute" : " minutes");
  }
  return text;
}

json Agenda(const domain::MeetingView& view, const FormErrors& errors) {
  json items = json::array();
  for (const auto& item : view.meeting.agenda) {
    json papers = json::array();
    for (const auto& paper : item.papers) {
      papers.push_back({{"name", paper.file_name},
                        {"href", PaperHref(view.meeting.id, paper.id)},
                        {"size", FileSizeText(paper.size)}});
    }
    const std::string id = std::to_string(item.id);
    items.push_back({{"number", std::to_string(item.position)},
                     {"title", item.title},
                     {"owner", item.owner},
                     {"restricted", item.restricted},
                     {"has_papers", !papers.empty()},
                     {"papers", std::move(papers)},
                     {"upload_href", MeetingHref(view.meeting.id) + "/items/" + id + "/papers"},
                     {"file_id", "file-" + id},
                     {"file_error", errors.MessageFor(PaperFileKey(item.id))}});
  }
  return items;
}

json AttendanceRows(const domain::MeetingView& view) {
  json rows = json::array();
  for (const auto& member : view.expected) {
    std::string status = "Not recorded";
    std::string deputy;
    for (const auto& mark : view.meeting.attendance) {
      if (mark.member_id != member.id) continue;
      status = domain::AttendanceStatusLabel(mark.status);
      deputy = mark.deputy;
    }
    rows.push_back({{"name", domain::MemberName(member)},
                    {"post", member.person.empty() ? std::string{} : member.post},
                    {"agency", member.agency_id ? AgencyName(view.agency_names, *member.agency_id)
                                                : std::string{}},
                    {"role", domain::MemberRoleLabel(member.role)},
                    {"status", status},
                    {"deputy", deputy}});
  }
  return rows;
}

void AddMinutes(json& page, const domain::MeetingView& view, const BodyMeetings& index) {
  const auto& meeting = view.meeting;
  const auto state = meeting.minutes_state;
  const bool readable = state == domain::MinutesState::kApproved ||
                        (state == domain::MinutesState::kDraft && view.may_read_restricted);
  const bool shown = readable && !meeting.minutes.empty();
  page["minutes_state"] = MinutesStateLabel(state);
  page["minutes_tag"] = state == domain::MinutesState::kApproved ? "govuk-tag--green"
                        : state == domain::MinutesState::kDraft  ? "govuk-tag--yellow"
                                                                 : "govuk-tag--grey";
  page["minutes_withheld"] = state == domain::MinutesState::kDraft && !view.may_read_restricted;
  page["has_minutes"] = shown;
  page["markdown_html"] = shown ? reports::MarkdownHtml(meeting.minutes, 3) : std::string{};
  page["approved_reference"] = "";
  page["approved_href"] = "";
  if (meeting.minutes_approved_by) {
    const auto found = index.decisions.find(*meeting.minutes_approved_by);
    if (found != index.decisions.end()) {
      page["approved_reference"] = found->second.reference;
      page["approved_href"] = MeetingHref(found->second.meeting_id) + "#decisions";
    }
  }
}

json Decisions(const domain::MeetingView& view, const BodyMeetings& index) {
  json list = json::array();
  for (const auto& decision : view.meeting.decisions) {
    json entry{{"reference", domain::DecisionReference(decision)},
               {"lines", TextLines(decision.text)},
               {"approves_text", ""},
               {"approves_href", ""},
               {"action_text", ""},
               {"action_href", ""}};
    if (decision.approves_minutes_of) {
      const auto date = index.dates.find(*decision.approves_minutes_of);
      entry["approves_text"] = date == index.dates.end()
                                   ? std::string{"an earlier meeting"}
                                   : "the meeting of " + domain::LongCivilDate(date->second);
      entry["approves_href"] = MeetingHref(*decision.approves_minutes_of);
    }
    if (decision.action_id) {
      entry["action_text"] = "action " + std::to_string(*decision.action_id);
      entry["action_href"] = "/actions/" + std::to_string(*decision.action_id);
    }
    list.push_back(std::move(entry));
  }
  return list;
}

std::vector<Choice> AgencyChoices(const std::map<domain::AgencyId, std::string>& names) {
  std::vector<Choice> agencies;
  for (const auto& [id, name] : names) agencies.push_back({std::to_string(id), name, ""});
  std::sort(agencies.begin(), agencies.end(),
            [](const Choice& a, const Choice& b) { return a.label < b.label; });
  agencies.insert(agencies.begin(), Choice{"", "Choose the agency", ""});
  return agencies;
}

json ItemForm(const FormData& values, const FormErrors& errors) {
  FormView form(values, errors);
  form.Section("");
  form.Text("item_title", "Title of the item", "For example, Fictional annual report: first draft");
  form.Text("item_owner", "Who presents it (optional)", "", "govuk-input--width-20");
  form.Checkboxes("item_restricted", "Who may read it",
                  {{"yes",
                    "Restricted: only the body's members and the business unit see this item and "
                    "its papers",
                    ""}});
  return form.Sections();
}

core::Result<json> DecisionForm(const MeetingServices& services, const Request& request,
                                const domain::MeetingView& view, const FormData& values,
                                const FormErrors& errors) {
  ASSURE_ASSIGN_OR_RETURN(const auto agencies,
                          AgencyNames(services.agencies, RequesterOf(request)));
  FormView form(values, errors);
  form.Section("");
  form.Textarea("text", "The decision", "As the minutes record it.", 4);
  if (!view.minutes_to_approve.empty()) {
    std::vector<Choice> earlier{{"", "No minutes", ""}};
    for (const auto& meeting : view.minutes_to_approve) {
      earlier.push_back({std::to_string(meeting.id),
                         "The meeting of " + domain::LongCivilDate(meeting.content.held_on), ""});
    }
    form.Select("approves_minutes_of", "Approves the draft minutes of", earlier,
                "Approved minutes are fixed.");
  }
  form.Section("An action (optional)",
               "Fill these in when the decision makes an action of the action plans.");
  form.Text("action_title", "What will change");
  form.Select("action_owner_agency_id", "Owner agency", AgencyChoices(agencies));
  form.Text("action_lead_name", "Lead", "The person who leads the action.",
            "govuk-input--width-20");
  form.Date("action_due_on", "Due", "For example, 31 3 2026");
  return form.Sections();
}

}  // namespace

std::string PaperFileKey(domain::AgendaItemId item) { return "file_" + std::to_string(item); }

core::Result<Response> RenderMeetingPage(const MeetingServices& services, const Request& request,
                                         const domain::MeetingView& view, const FormData& values,
                                         const FormErrors& errors, int status) {
  const auto& meeting = view.meeting;
  const auto& content = meeting.content;
  const std::string href = MeetingHref(meeting.id);
  const auto today = domain::LondonDate(services.context.clock.Now());
  const bool held = !content.cancelled && !(today < content.held_on);
  ASSURE_ASSIGN_OR_RETURN(const auto index, OtherMeetings(services, request, view));
  const json decisions = Decisions(view, index);
  const json attendance = AttendanceRows(view);
  json page{
      {"title", "Meeting of " + domain::LongCivilDate(content.held_on)},
      {"body_name", view.body.content.name},
      {"body_href", MeetingBodyHref(view.body.id)},
      {"when", content.starts_at + " (London time), for " + DurationText(content.duration_minutes)},
      {"location", content.location},
      {"cancelled", content.cancelled},
      {"agenda", Agenda(view, errors)},
      {"has_agenda", !meeting.agenda.empty()},
      {"restricted_hidden", !view.may_read_restricted},
      {"has_attendance", !attendance.empty()},
      {"attendance", attendance},
      {"quorum_text", QuorumOutcomeText(view.quorum, view.agency_names)},
      {"has_decisions", !decisions.empty()},
      {"decisions", decisions},
      {"may_edit", view.may_edit},
      {"may_record", view.may_edit && held},
      {"may_decide", view.may_edit && held},
      {"may_write_minutes",
       view.may_edit && meeting.minutes_state != domain::MinutesState::kApproved},
      {"edit_href", href + "/edit"},
      {"attendance_href", href + "/attendance"},
      {"minutes_href", href + "/minutes"},
      {"items_href", href + "/items"},
      {"decisions_href", href + "/decisions"},
      {"calendar_href", MeetingBodyHref(view.body.id) + "/meetings.ics"},
      {"meetings_href", "/governance/meetings?body=" + std::to_string(view.body.id)},
      {"upload_hint", "A PDF, Word, Excel, PNG, JPEG or text file of up to 10 MB."},
      {"csrf_token", request.session->session.csrf_token},
      {"item_form", json::array()},
      {"decision_form", json::array()}};
  AddMinutes(page, view, index);
  std::map<std::string, std::string> anchors;
  if (view.may_edit) {
    page["item_form"] = ItemForm(values, errors);
    for (const char* key : {"item_title", "item_owner", "item_restricted"}) anchors[key] = key;
    for (const auto& item : meeting.agenda) {
      anchors[PaperFileKey(item.id)] = "file-" + std::to_string(item.id);
    }
  }
  if (view.may_edit && held) {
    ASSURE_ASSIGN_OR_RETURN(page["decision_form"],
                            DecisionForm(services, request, view, values, errors));
    for (const char* key : {"text", "approves_minutes_of", "action_title", "action_owner_agency_id",
                            "action_lead_name"}) {
      anchors[key] = key;
    }
    anchors["action_due_on"] = "action_due_on-day";
  }
  AddFormErrors(page, errors, anchors);
  return RenderPage(services.context.renderer, request, "governance_meeting", std::move(page),
                    status);
}

}  // namespace assure::http::pages
