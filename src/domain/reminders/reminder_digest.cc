#include "domain/reminders/reminder_digest.h"

#include <utility>

#include "domain/learning/dissemination.h"

namespace assure::domain {

namespace {

std::string_view WithoutTrailingSlashes(std::string_view url) {
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  return url;
}

std::string Reasons(const std::vector<ReminderReason>& reasons) {
  std::string text;
  for (ReminderReason reason : reasons) {
    if (!text.empty()) text += "; ";
    text += ReminderReasonLabel(reason);
  }
  return text;
}

}  // namespace

DigestItem DigestItemOf(const PlanAction& action, std::vector<ReminderReason> reasons) {
  return DigestItem{action.id, action.title, action.due_on, std::move(reasons)};
}

std::string DigestSubject(std::size_t actions, std::size_t briefings) {
  const auto count = [](std::size_t n, const char* one) {
    return std::to_string(n) + " " + one + (n == 1 ? "" : "s");
  };
  if (briefings == 0) {
    return "Assure: " + count(actions, "action") + (actions == 1 ? " needs" : " need") +
           " your attention";
  }
  if (actions == 0) return "Assure: " + count(briefings, "briefing") + " to confirm as shared";
  return "Assure: " + count(actions, "action") + " and " + count(briefings, "briefing") +
         " need your attention";
}

core::Status ValidateBaseUrl(std::string_view base_url) {
  const auto bad = [] {
    return core::Error::InvalidInput(
        "base-url",
        "Give the address Assure is served at, such as https://assure.example.org (http:// or "
        "https://, no spaces, up to 200 characters).");
  };
  if (base_url.size() > 200) return bad();
  std::string_view rest;
  if (base_url.starts_with("https://")) {
    rest = base_url.substr(8);
  } else if (base_url.starts_with("http://")) {
    rest = base_url.substr(7);
  } else {
    return bad();
  }
  if (rest.empty() || rest.front() == '/') return bad();
  for (char c : base_url) {
    if (c <= ' ' || c > '~') return bad();
  }
  return core::Ok();
}

std::string ActionLink(std::string_view base_url, ActionId id) {
  return std::string{WithoutTrailingSlashes(base_url)} + "/actions/" + std::to_string(id);
}

std::string BriefingLink(std::string_view base_url, BriefingId id) {
  return std::string{WithoutTrailingSlashes(base_url)} + "/briefings/" + std::to_string(id);
}

OutgoingMail ComposeDigest(const DigestAddress& address, std::span<const DigestItem> items,
                           std::span<const BriefingDigestItem> briefings) {
  std::string text = address.lead_name.empty() ? std::string{"Hello,\n\n"}
                                               : "Hello " + address.lead_name + ",\n\n";
  if (items.size() == 1) {
    text +=
        "This action you lead for " + address.partnership_name + " needs your attention today.\n\n";
  } else if (!items.empty()) {
    text += "These " + std::to_string(items.size()) + " actions you lead for " +
            address.partnership_name + " need your attention today.\n\n";
  }
  int number = 0;
  for (const DigestItem& item : items) {
    text += std::to_string(++number) + ". " + item.title + "\n";
    text += "   Due: " + LongCivilDate(item.due_on) + "\n";
    text += "   Why: " + Reasons(item.reasons) + "\n";
    text += "   Open: " + ActionLink(address.base_url, item.id) + "\n\n";
  }
  if (!items.empty()) {
    text +=
        "Record progress on each action in Assure. If a due date needs to move, ask the\n"
        "business unit.\n\n";
  }
  if (!briefings.empty()) {
    text += "Your agency has not yet confirmed how it shared " +
            std::string{briefings.size() == 1 ? "this briefing" : "these briefings"} + " of " +
            address.partnership_name + " with its staff:\n\n";
    for (const BriefingDigestItem& briefing : briefings) {
      text += std::to_string(++number) + ". " + briefing.title + "\n";
      text += "   Agency: " + briefing.agency_name + "\n";
      text += "   Confirm by: " + LongCivilDate(briefing.confirm_by) + " (passed)\n";
      text += "   Open: " + BriefingLink(address.base_url, briefing.id) + "\n\n";
    }
    text +=
        "Record on each briefing's page when and how your agency shared it, and roughly\n"
        "how many staff it reached.\n\n";
  }
  text += "You get this e-mail because ";
  if (!items.empty()) {
    text +=
        "you are the named lead for these actions. Assure\n"
        "sends it at most once a day while one of your actions is due within 10 working\n"
        "days, overdue, or not yet reviewed in this quarter's review round";
  }
  if (!items.empty() && !briefings.empty()) text += ",\nand because ";
  if (!briefings.empty()) {
    text +=
        "you lead an agency that has not confirmed sharing a\n"
        "published briefing within " +
        std::to_string(kConfirmWithinWorkingDays) + " working days of its publication";
  }
  text += ".\n";
  return OutgoingMail{address.to, DigestSubject(items.size(), briefings.size()), std::move(text)};
}

}  // namespace assure::domain
