#include "domain/learning/briefing_service.h"

#include <algorithm>
#include <utility>

#include "domain/learning/briefing_access.h"
#include "domain/learning/briefing_publication.h"

namespace assure::domain {

namespace {

bool Editable(BriefingState state) {
  return state == BriefingState::kDraft || state == BriefingState::kInReview;
}

core::Result<std::vector<BriefingCaseLink>> CaseLinks(Transaction& tx, PartnershipId partnership,
                                                      const std::vector<CaseId>& ids) {
  std::vector<BriefingCaseLink> links;
  for (const CaseId id : ids) {
    ASSURE_ASSIGN_OR_RETURN(const Case record, tx.cases(partnership).Get(id));
    links.push_back({record.id, record.reference});
  }
  return links;
}

core::Result<BriefingVersion> SavedVersion(const std::vector<BriefingVersion>& versions,
                                           std::string_view field, Version version) {
  for (const BriefingVersion& saved : versions) {
    if (saved.version == version) return saved;
  }
  return core::Error::InvalidInput(std::string{field}, "Choose a saved version of this briefing.");
}

}  // namespace

core::Status CheckLinks(Transaction& tx, PartnershipId partnership,
                        const BriefingContent& content) {
  if (!content.themes.empty()) {
    ASSURE_ASSIGN_OR_RETURN(const auto themes, tx.themes(partnership).List());
    for (const std::string& theme : content.themes) {
      if (std::find(themes.begin(), themes.end(), theme) == themes.end()) {
        return core::Error::InvalidInput("themes", "Choose themes from the list.");
      }
    }
  }
  for (const CaseId id : content.case_ids) {
    auto record = tx.cases(partnership).Get(id);
    if (record.ok()) continue;
    if (record.error().code != core::ErrorCode::kNotFound) return record.error();
    return core::Error::InvalidInput("case_ids", "Choose cases of this partnership.");
  }
  if (!content.recommendation_ids.empty()) {
    ASSURE_ASSIGN_OR_RETURN(const auto found,
                            tx.actions(partnership).Recommendations(content.recommendation_ids));
    if (found.size() != content.recommendation_ids.size()) {
      return core::Error::InvalidInput("recommendation_ids",
                                       "Choose recommendations of this partnership's reviews.");
    }
  }
  for (const std::int64_t id : content.action_ids) {
    auto action = tx.actions(partnership).Get(id);
    if (action.ok()) continue;
    if (action.error().code != core::ErrorCode::kNotFound) return action.error();
    return core::Error::InvalidInput("action_ids", "Choose actions of this partnership.");
  }
  return core::Ok();
}

core::Result<Briefing> BriefingService::Create(const Requester& requester,
                                               BriefingContent content) const {
  if (!Permits(requester.principal, Resource::kBriefing, Action::kCreate,
               InPartnership(requester))) {
    return RecordRefusal(store_, clock_, requester, "briefing.create", AnyBriefingSubject(),
                         "not permitted", core::Error::Forbidden("You may not write briefings."));
  }
  Tidy(content);
  if (content.body_markdown.empty()) content.body_markdown = BodyTemplate(content.kind);
  ASSURE_TRY(ValidateContent(content));
  const core::Instant now = clock_.Now();
  return store_.Write([&](Transaction& tx) -> core::Result<Briefing> {
    ASSURE_TRY(CheckLinks(tx, requester.partnership_id(), content));
    Briefing briefing;
    briefing.partnership_id = requester.partnership_id();
    briefing.content = content;
    briefing.created_by = requester.user_id();
    briefing.created_at = now;
    briefing.updated_at = now;
    ASSURE_ASSIGN_OR_RETURN(Briefing stored,
                            tx.briefings(requester.partnership_id()).Create(briefing));
    ASSURE_TRY(
        WriteBriefingAudit(tx, requester, now, "briefing.create", BriefingSubject(stored.id)));
    return stored;
  });
}

core::Result<BriefingView> BriefingService::Get(const Requester& requester, BriefingId id) const {
  const core::Instant now = clock_.Now();
  auto view = store_.Write([&](Transaction& tx) -> core::Result<BriefingView> {
    ASSURE_ASSIGN_OR_RETURN(Briefing briefing, VisibleBriefing(tx, requester, id));
    BriefingView result;
    ASSURE_ASSIGN_OR_RETURN(result.cases,
                            CaseLinks(tx, requester.partnership_id(), briefing.content.case_ids));
    ASSURE_ASSIGN_OR_RETURN(const auto versions,
                            tx.briefings(requester.partnership_id()).Versions(id));
    ASSURE_ASSIGN_OR_RETURN(result.may_approve, MayApprove(tx, requester, briefing, versions));
    const bool writer = MayWriteBriefings(requester);
    const bool publisher = MayPublishBriefings(requester);
    result.may_edit = writer && Editable(briefing.state);
    result.may_submit = writer && briefing.state == BriefingState::kDraft;
    result.may_publish = publisher && briefing.state == BriefingState::kApproved;
    result.may_withdraw = publisher && briefing.state == BriefingState::kPublished;
    result.briefing = std::move(briefing);
    ASSURE_TRY(WriteBriefingAudit(tx, requester, now, "briefing.read", BriefingSubject(id)));
    return result;
  });
  if (!view.ok() && view.error().code == core::ErrorCode::kNotFound) {
    return RecordRefusal(store_, clock_, requester, "briefing.read", BriefingSubject(id),
                         "not found or not visible", view.error());
  }
  return view;
}

core::Result<std::vector<Briefing>> BriefingService::List(const Requester& requester,
                                                          BriefingQuery query) const {
  if (!Permits(requester.principal, Resource::kBriefing, Action::kRead, InPartnership(requester))) {
    return RecordRefusal(store_, clock_, requester, "briefing.list", AnyBriefingSubject(),
                         "not permitted", core::Error::Forbidden("You may not read briefings."));
  }
  const auto visible = VisibleStates(requester);
  if (query.states.empty()) {
    query.states = visible;
  } else {
    std::erase_if(query.states, [&](BriefingState state) {
      return std::find(visible.begin(), visible.end(), state) == visible.end();
    });
    if (query.states.empty()) return std::vector<Briefing>{};
  }
  const core::Instant now = clock_.Now();
  return store_.Write([&](Transaction& tx) -> core::Result<std::vector<Briefing>> {
    ASSURE_ASSIGN_OR_RETURN(auto list, tx.briefings(requester.partnership_id()).List(query));
    ASSURE_TRY(WriteBriefingAudit(tx, requester, now, "briefing.list", AnyBriefingSubject()));
    return list;
  });
}

core::Result<std::vector<Briefing>> BriefingService::ToApprove(const Requester& requester) const {
  std::vector<Briefing> waiting;
  if (!MayPublishBriefings(requester)) return waiting;
  const core::Instant now = clock_.Now();
  return store_.Write([&](Transaction& tx) -> core::Result<std::vector<Briefing>> {
    auto& briefings = tx.briefings(requester.partnership_id());
    BriefingQuery query;
    query.states = {BriefingState::kInReview};
    ASSURE_ASSIGN_OR_RETURN(auto list, briefings.List(query));
    for (Briefing& briefing : list) {
      ASSURE_ASSIGN_OR_RETURN(const auto versions, briefings.Versions(briefing.id));
      ASSURE_ASSIGN_OR_RETURN(const bool may, MayApprove(tx, requester, briefing, versions));
      if (may) waiting.push_back(std::move(briefing));
    }
    ASSURE_TRY(WriteBriefingAudit(tx, requester, now, "briefing.list", AnyBriefingSubject()));
    return waiting;
  });
}

core::Result<Briefing> BriefingService::Save(const Requester& requester, BriefingId id,
                                             BriefingContent content, Version version) const {
  Tidy(content);
  ASSURE_TRY(ValidateContent(content));
  const core::Instant now = clock_.Now();
  auto saved = store_.Write([&](Transaction& tx) -> core::Result<Briefing> {
    ASSURE_ASSIGN_OR_RETURN(Briefing briefing, VisibleBriefing(tx, requester, id));
    if (!MayWriteBriefings(requester)) {
      return core::Error::Forbidden("You may not change briefings.");
    }
    if (briefing.version != version) return StaleBriefing();
    if (!Editable(briefing.state)) {
      return core::Error::Conflict("Only a draft or a briefing in review is changed; this one is " +
                                       std::string{BriefingStateLabel(briefing.state)} + ".",
                                   "state");
    }
    if (content.kind != briefing.content.kind) {
      return core::Error::InvalidInput("kind", "A briefing's kind does not change.");
    }
    ASSURE_TRY(CheckLinks(tx, requester.partnership_id(), content));
    briefing.content = std::move(content);
    briefing.updated_at = now;
    ASSURE_ASSIGN_OR_RETURN(
        Briefing stored,
        tx.briefings(requester.partnership_id()).Update(briefing, requester.user_id()));
    ASSURE_TRY(WriteBriefingAudit(tx, requester, now, "briefing.update", BriefingSubject(id),
                                  "version " + std::to_string(stored.version)));
    return stored;
  });
  if (!saved.ok() && (saved.error().code == core::ErrorCode::kNotFound ||
                      saved.error().code == core::ErrorCode::kForbidden)) {
    return RecordRefusal(store_, clock_, requester, "briefing.update", BriefingSubject(id),
                         "not permitted", saved.error());
  }
  return saved;
}

core::Result<std::vector<BriefingVersion>> BriefingService::Versions(const Requester& requester,
                                                                     BriefingId id) const {
  const core::Instant now = clock_.Now();
  auto versions = store_.Write([&](Transaction& tx) -> core::Result<std::vector<BriefingVersion>> {
    ASSURE_TRY(VisibleBriefing(tx, requester, id));
    ASSURE_ASSIGN_OR_RETURN(auto list, tx.briefings(requester.partnership_id()).Versions(id));
    ASSURE_TRY(
        WriteBriefingAudit(tx, requester, now, "briefing.versions.read", BriefingSubject(id)));
    return list;
  });
  if (!versions.ok() && versions.error().code == core::ErrorCode::kNotFound) {
    return RecordRefusal(store_, clock_, requester, "briefing.versions.read", BriefingSubject(id),
                         "not found or not visible", versions.error());
  }
  return versions;
}

core::Result<std::vector<CaseId>> BriefingService::CasesByReference(
    const Requester& requester, const std::vector<std::string>& references) const {
  if (!MayWriteBriefings(requester)) return core::Error::Forbidden("You may not write briefings.");
  return store_.Read([&](Transaction& tx) -> core::Result<std::vector<CaseId>> {
    std::vector<CaseId> ids;
    for (const std::string& reference : references) {
      ASSURE_ASSIGN_OR_RETURN(const auto found,
                              tx.cases(requester.partnership_id()).FindByReference(reference));
      if (!found) {
        return core::Error::InvalidInput("case_references",
                                         "Enter references of this partnership's cases, "
                                         "separated by commas.");
      }
      ids.push_back(found->id);
    }
    return ids;
  });
}

core::Result<std::vector<std::string>> BriefingService::ReferencesOf(
    const Requester& requester, const std::vector<CaseId>& ids) const {
  if (!MayWriteBriefings(requester)) return core::Error::Forbidden("You may not write briefings.");
  return store_.Read([&](Transaction& tx) -> core::Result<std::vector<std::string>> {
    ASSURE_ASSIGN_OR_RETURN(const auto links, CaseLinks(tx, requester.partnership_id(), ids));
    std::vector<std::string> references;
    for (const auto& link : links) references.push_back(link.reference);
    return references;
  });
}

core::Result<VersionComparison> BriefingService::Compare(const Requester& requester, BriefingId id,
                                                         Version from, Version to) const {
  ASSURE_ASSIGN_OR_RETURN(const auto versions, Versions(requester, id));
  VersionComparison comparison;
  ASSURE_ASSIGN_OR_RETURN(comparison.from, SavedVersion(versions, "from", from));
  ASSURE_ASSIGN_OR_RETURN(comparison.to, SavedVersion(versions, "to", to));
  comparison.title = CompareLines(comparison.from.title, comparison.to.title);
  comparison.body = CompareLines(comparison.from.body_markdown, comparison.to.body_markdown);
  return comparison;
}

}  // namespace assure::domain
