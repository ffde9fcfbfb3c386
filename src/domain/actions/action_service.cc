#include "domain/actions/action_service.h"

#include <algorithm>
#include <map>
#include <utility>

#include "domain/actions/action_rules.h"
#include "domain/files/upload_rules.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"
#include "security/tokens.h"

namespace assure::domain {

namespace {

// What people type, as they mean it: names and labels without stray spaces.
void Tidy(std::string& title, std::string& lead_name, std::vector<ActionSource>& sources) {
  title = TrimName(title);
  lead_name = TrimName(lead_name);
  for (ActionSource& source : sources) source.label = TrimName(source.label);
}

// The plan fields of `action`, for ValidateNewAction.
NewAction PlanOf(const PlanAction& action) {
  NewAction plan;
  plan.title = action.title;
  plan.owner_agency_id = action.owner_agency_id;
  plan.lead_user_id = action.lead_user_id;
  plan.lead_name = action.lead_name;
  plan.success_measure = action.success_measure;
  plan.due_on = action.due_on;
  plan.priority = action.priority;
  plan.sources = action.sources;
  return plan;
}

// Puts the named lead's display name in `lead_name` when `lead` is set: a member of the
// partnership, or (for an action that names them already) someone who has since left, who stays
// named as stored until someone changes the lead.
core::Status FillLeadName(Transaction& tx, PartnershipId partnership,
                          const std::optional<UserId>& lead, std::string& lead_name,
                          const PlanAction* stored) {
  if (!lead) return core::Ok();
  auto user = tx.memberships(partnership).GetMemberUser(*lead);
  if (user.ok()) {
    lead_name = user->display_name;
    return core::Ok();
  }
  if (user.error().code != core::ErrorCode::kNotFound) return user.error();
  if (stored != nullptr && stored->lead_user_id == lead) {
    lead_name = stored->lead_name;
    return core::Ok();
  }
  return core::Error::InvalidInput("lead_user_id",
                                   "Choose a person who is a member of this partnership.");
}

core::Status CheckOwnerAgency(Transaction& tx, PartnershipId partnership, AgencyId agency) {
  auto found = tx.agencies(partnership).Get(agency);
  if (found.ok()) return core::Ok();
  if (found.error().code != core::ErrorCode::kNotFound) return found.error();
  return core::Error::InvalidInput("owner_agency_id", "Choose an agency from the list.");
}

// The sources as a page shows them (ActionSourceView), reading their records through `tx`.
core::Result<std::vector<ActionSourceView>> DescribeSources(
    Transaction& tx, PartnershipId partnership, const std::vector<ActionSource>& sources) {
  std::vector<RecommendationId> ids;
  for (const ActionSource& source : sources) {
    if (source.kind == SourceKind::kRecommendation && source.ref_id) ids.push_back(*source.ref_id);
  }
  ASSURE_ASSIGN_OR_RETURN(auto found, tx.actions(partnership).Recommendations(ids));
  std::map<RecommendationId, RecommendationSummary> recommendations;
  for (RecommendationSummary& summary : found) {
    recommendations.emplace(summary.id, std::move(summary));
  }
  std::vector<ActionSourceView> views;
  for (const ActionSource& source : sources) {
    ActionSourceView view;
    view.source = source;
    view.description =
        source.label.empty() ? std::string{SourceKindLabel(source.kind)} : source.label;
    if (source.kind == SourceKind::kRecommendation && source.ref_id) {
      if (auto it = recommendations.find(*source.ref_id); it != recommendations.end()) {
        view.case_id = it->second.case_id;
        view.case_reference = it->second.case_reference;
        view.recommendation_number = it->second.number;
        view.recommendation_text = it->second.text;
        view.description =
            view.case_reference + ", recommendation " + std::to_string(it->second.number);
      }
    } else if (source.kind == SourceKind::kRapidReview && source.ref_id) {
      auto record = tx.cases(partnership).Get(*source.ref_id);
      if (!record.ok() && record.error().code != core::ErrorCode::kNotFound) {
        return record.error();
      }
      if (record.ok()) {
        view.case_id = record->id;
        view.case_reference = record->reference;
        view.description = view.case_reference + ", rapid review";
      }
    }
    views.push_back(std::move(view));
  }
  return views;
}

core::Result<std::vector<ActionUpdateView>> UpdatesOf(Transaction& tx, PartnershipId partnership,
                                                      ActionId id) {
  auto& actions = tx.actions(partnership);
  ASSURE_ASSIGN_OR_RETURN(auto updates, actions.Updates(id));
  std::vector<ActionUpdateView> views;
  for (ActionUpdate& update : updates) {
    ASSURE_ASSIGN_OR_RETURN(auto files, actions.EvidenceFiles(update.id));
    views.push_back({std::move(update), std::move(files)});
  }
  return views;
}

core::Result<std::vector<ActionReviewView>> ReviewsOf(Transaction& tx, PartnershipId partnership,
                                                      ActionId id) {
  auto& rounds = tx.review_rounds(partnership);
  ASSURE_ASSIGN_OR_RETURN(auto entries, rounds.EntriesOf(id));
  std::vector<ActionReviewView> views;
  if (entries.empty()) return views;
  ASSURE_ASSIGN_OR_RETURN(auto all, rounds.List());
  std::map<ReviewRoundId, Quarter> quarters;
  for (const ReviewRound& round : all) quarters.emplace(round.id, round.quarter);
  for (ReviewEntry& entry : entries) {
    const Quarter quarter = quarters.at(entry.round_id);
    views.push_back({std::move(entry), quarter});
  }
  return views;
}

// The checked file, before anything is stored.
core::Result<AcceptedUpload> CheckEvidenceFile(const NewEvidenceFile& file) {
  if (file.bytes.empty() && TrimName(file.file_name).empty()) {
    return core::Error::InvalidInput("file", "Choose a file to upload.");
  }
  return CheckUpload("file", file.file_name, file.bytes);
}

// Stores the bytes by content hash and the file's record on the update.
core::Result<EvidenceFile> StoreEvidenceFile(Transaction& tx, PartnershipId partnership,
                                             ActionUpdateId update_id, AcceptedUpload accepted,
                                             const std::string& bytes, core::Instant at) {
  const std::string sha256 = security::Sha256Hex(bytes);
  ASSURE_TRY(tx.file_contents(partnership).Put(sha256, bytes));
  EvidenceFile file;
  file.update_id = update_id;
  file.file_name = std::move(accepted.file_name);
  file.content_type = std::move(accepted.content_type);
  file.size = static_cast<std::int64_t>(bytes.size());
  file.sha256 = sha256;
  file.uploaded_at = at;
  return tx.actions(partnership).AddEvidenceFile(file);
}

// A store's kConflict on the action is the person's stale version.
template <typename T>
core::Result<T> StaleIfConflict(core::Result<T> result) {
  if (!result.ok() && result.error().code == core::ErrorCode::kConflict) return StaleAction();
  return result;
}

}  // namespace

ActionService::ActionService(Store& store, const core::Clock& clock,
                             const DeadlineSettingsSource& deadlines)
    : store_(store), clock_(clock), deadlines_(deadlines) {}

template <typename T, typename Work>
core::Result<T> ActionService::OnAction(const Requester& requester, ActionId id, Action action,
                                        const std::string& audit, Work&& work) const {
  const PartnershipId partnership = requester.partnership_id();
  std::optional<std::string> refused;
  auto result = store_.Write([&](Transaction& tx) -> core::Result<T> {
    refused.reset();
    auto stored = tx.actions(partnership).Get(id);
    if (!stored.ok()) {
      if (stored.error().code != core::ErrorCode::kNotFound) return stored.error();
      refused = "no such action in this partnership";
      return NoSuchAction();
    }
    const RecordScope scope = ActionScope(*stored, partnership);
    if (!Permits(requester.principal, Resource::kAction, Action::kRead, scope)) {
      refused = "role does not allow action:read";
      return NoSuchAction();
    }
    if (!Permits(requester.principal, Resource::kAction, action, scope)) {
      refused = "role does not allow action:" + std::string{ActionName(action)};
      return core::Error::Forbidden("Your role does not allow you to change this action.");
    }
    core::Result<T> out = work(tx, *stored, refused);
    if (!out.ok()) return out.error();
    ASSURE_TRY(WriteActionAudit(tx, requester, clock_.Now(), audit, ActionSubject(id)));
    return out;
  });
  if (!result.ok() && refused) {
    return RecordRefusal(store_, clock_, requester, audit, ActionSubject(id), *refused,
                         result.error());
  }
  return result;
}

core::Result<PlanAction> ActionService::Create(const Requester& requester, NewAction draft) const {
  if (!Permits(requester.principal, Resource::kAction, Action::kCreate, InPartnership(requester))) {
    return RecordRefusal(store_, clock_, requester, "action.create", AnyActionSubject(),
                         "role does not allow action:create",
                         core::Error::Forbidden("Your role does not allow you to create actions."));
  }
  const PartnershipId partnership = requester.partnership_id();
  Tidy(draft.title, draft.lead_name, draft.sources);
  return store_.Write([&](Transaction& tx) -> core::Result<PlanAction> {
    NewAction plan = draft;
    ASSURE_TRY(FillLeadName(tx, partnership, plan.lead_user_id, plan.lead_name, nullptr));
    ASSURE_TRY(ValidateNewAction(plan));
    ASSURE_TRY(CheckOwnerAgency(tx, partnership, plan.owner_agency_id));
    ASSURE_ASSIGN_OR_RETURN(auto created, tx.actions(partnership).Create(plan));
    ASSURE_TRY(
        WriteActionAudit(tx, requester, clock_.Now(), "action.create", ActionSubject(created.id)));
    return created;
  });
}

core::Result<PlanAction> ActionService::Edit(const Requester& requester, PlanAction action) const {
  const PartnershipId partnership = requester.partnership_id();
  Tidy(action.title, action.lead_name, action.sources);
  return OnAction<PlanAction>(
      requester, action.id, Action::kUpdate, "action.update",
      [&](Transaction& tx, const PlanAction& stored,
          std::optional<std::string>& refused) -> core::Result<PlanAction> {
        if (!MayManageActions(requester)) {
          refused = "only the business unit changes an action's plan";
          return core::Error::Forbidden("Only the business unit can change an action's plan.");
        }
        if (stored.version != action.version) return StaleAction();
        PlanAction changed = stored;
        changed.title = action.title;
        changed.owner_agency_id = action.owner_agency_id;
        changed.lead_user_id = action.lead_user_id;
        changed.lead_name = action.lead_name;
        changed.success_measure = action.success_measure;
        changed.due_on = action.due_on;
        changed.priority = action.priority;
        changed.sources = KeepRecordedSources(action.sources, stored.sources);
        ASSURE_TRY(FillLeadName(tx, partnership, changed.lead_user_id, changed.lead_name, &stored));
        ASSURE_TRY(ValidateNewAction(PlanOf(changed)));
        ASSURE_TRY(CheckOwnerAgency(tx, partnership, changed.owner_agency_id));
        return StaleIfConflict(tx.actions(partnership).Update(changed));
      });
}

core::Result<ActionView> ActionService::Get(const Requester& requester, ActionId id) const {
  const PartnershipId partnership = requester.partnership_id();
  return OnAction<ActionView>(
      requester, id, Action::kRead, "action.read",
      [&](Transaction& tx, const PlanAction& action,
          std::optional<std::string>&) -> core::Result<ActionView> {
        ActionView view;
        ASSURE_ASSIGN_OR_RETURN(auto sources, DescribeSources(tx, partnership, action.sources));
        view.sources = std::move(sources);
        ASSURE_ASSIGN_OR_RETURN(auto updates, UpdatesOf(tx, partnership, id));
        view.updates = std::move(updates);
        if (Permits(requester.principal, Resource::kReviewRound, Action::kRead,
                    InPartnership(requester))) {
          ASSURE_ASSIGN_OR_RETURN(auto reviews, ReviewsOf(tx, partnership, id));
          view.reviews = std::move(reviews);
        }
        view.may_update = Permits(requester.principal, Resource::kAction, Action::kUpdate,
                                  ActionScope(action, partnership));
        view.may_edit = MayManageActions(requester);
        if (view.may_update) view.next_statuses = NextStatuses(action.status, view.may_edit);
        ASSURE_ASSIGN_OR_RETURN(auto settings, deadlines_.For(tx, partnership));
        view.rated = Rate(action, LondonDate(clock_.Now()), settings.calendar);
        return view;
      });
}

core::Result<RecordedUpdate> ActionService::RecordUpdate(const Requester& requester, ActionId id,
                                                         ActionUpdateInput input) const {
  const PartnershipId partnership = requester.partnership_id();
  return OnAction<RecordedUpdate>(
      requester, id, Action::kUpdate, "action.update.record",
      [&](Transaction& tx, const PlanAction& action,
          std::optional<std::string>&) -> core::Result<RecordedUpdate> {
        if (action.version != input.version) return StaleAction();
        const core::Instant now = clock_.Now();
        ActionUpdate update;
        update.action_id = id;
        update.on = input.on;
        update.narrative = input.narrative;
        update.status = input.status;
        update.status_reason = input.status_reason;
        update.rag = input.rag;
        update.evidence = input.evidence;
        update.recorded_by = requester.user_id();
        update.recorded_at = now;
        ASSURE_TRY(ValidateUpdate(update, action, LondonDate(now), MayManageActions(requester)));
        std::optional<AcceptedUpload> accepted;
        if (input.file) {
          ASSURE_ASSIGN_OR_RETURN(auto checked, CheckEvidenceFile(*input.file));
          accepted = std::move(checked);
        }
        auto& actions = tx.actions(partnership);
        ASSURE_ASSIGN_OR_RETURN(auto stored, actions.AddUpdate(update));
        RecordedUpdate recorded;
        if (accepted) {
          ASSURE_ASSIGN_OR_RETURN(
              auto file, StoreEvidenceFile(tx, partnership, stored.id, std::move(*accepted),
                                           input.file->bytes, now));
          recorded.update.files.push_back(std::move(file));
        }
        ASSURE_ASSIGN_OR_RETURN(auto changed,
                                StaleIfConflict(actions.Update(ApplyUpdate(action, stored))));
        recorded.action = std::move(changed);
        recorded.update.update = std::move(stored);
        return recorded;
      });
}

core::Result<EvidenceDownload> ActionService::GetEvidenceFile(const Requester& requester,
                                                              ActionId id,
                                                              EvidenceFileId file_id) const {
  const PartnershipId partnership = requester.partnership_id();
  return OnAction<EvidenceDownload>(
      requester, id, Action::kRead, "action.evidence.read",
      [&](Transaction& tx, const PlanAction&,
          std::optional<std::string>&) -> core::Result<EvidenceDownload> {
        ASSURE_ASSIGN_OR_RETURN(auto updates, UpdatesOf(tx, partnership, id));
        for (ActionUpdateView& update : updates) {
          for (EvidenceFile& file : update.files) {
            if (file.id != file_id) continue;
            ASSURE_ASSIGN_OR_RETURN(auto content, tx.file_contents(partnership).Get(file.sha256));
            return EvidenceDownload{std::move(file), std::move(content.bytes)};
          }
        }
        return core::Error::NotFound("There is no such file.");
      });
}

}  // namespace assure::domain
