#include "domain/assurance/framework_service.h"

#include <utility>

#include "domain/assurance/assurance_access.h"
#include "domain/assurance/standards_templates.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

core::Error NoSuchFramework() { return core::Error::NotFound("There is no such framework."); }

FrameworkDraft Trimmed(FrameworkDraft draft) {
  draft.name = TrimName(draft.name);
  for (StandardDraft& standard : draft.standards) {
    standard.code = TrimName(standard.code);
    standard.heading = TrimName(standard.heading);
  }
  return draft;
}

}  // namespace

core::Result<StandardsFramework> FrameworkService::FromTemplate(const Requester& requester,
                                                                std::string_view key) const {
  const FrameworkTemplate* shipped = FindFrameworkTemplate(key);
  if (shipped == nullptr) {
    return core::Error::InvalidInput("template", "Choose a template: s11 or s175.");
  }
  StandardsFramework framework;
  framework.template_key = std::string{shipped->key};
  framework.content = shipped->draft;
  return Save(requester, std::move(framework), "assurance.framework.create");
}

core::Result<StandardsFramework> FrameworkService::Create(const Requester& requester,
                                                          FrameworkDraft draft) const {
  StandardsFramework framework;
  framework.content = Trimmed(std::move(draft));
  return Save(requester, std::move(framework), "assurance.framework.create");
}

core::Result<StandardsFramework> FrameworkService::Revise(const Requester& requester,
                                                          FrameworkId id,
                                                          FrameworkDraft draft) const {
  StandardsFramework framework;
  framework.id = id;  // the version it revises; Save finds the family
  framework.content = Trimmed(std::move(draft));
  return Save(requester, std::move(framework), "assurance.framework.revise");
}

core::Result<StandardsFramework> FrameworkService::Save(const Requester& requester,
                                                        StandardsFramework framework,
                                                        std::string action) const {
  const core::Instant now = clock_.Now();
  auto stored = store_.Write([&](Transaction& tx) -> core::Result<StandardsFramework> {
    if (!MayRunAssurance(requester)) {
      return core::Error::Forbidden("Only the business unit writes standards frameworks.");
    }
    ASSURE_TRY(ValidateFramework(framework.content));
    auto& repository = tx.assurance(requester.partnership_id());
    if (framework.id != 0) {
      ASSURE_ASSIGN_OR_RETURN(const StandardsFramework revised,
                              repository.GetFramework(framework.id));
      ASSURE_ASSIGN_OR_RETURN(const auto all, repository.ListFrameworks());
      for (const StandardsFramework& other : all) {
        if (other.family_id == revised.family_id && other.version_number > revised.version_number) {
          return core::Error::Conflict("A newer version of this framework exists; revise that one.",
                                       "version");
        }
      }
      framework.family_id = revised.family_id;
      framework.version_number = revised.version_number + 1;
      framework.template_key = revised.template_key;
      framework.id = 0;
    }
    framework.created_by = requester.user_id();
    framework.created_at = now;
    ASSURE_ASSIGN_OR_RETURN(StandardsFramework created, repository.CreateFramework(framework));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, action, FrameworkSubject(created.id),
                                   "version " + std::to_string(created.version_number)));
    return created;
  });
  return AuditRefusal(store_, clock_, requester, std::move(action), FrameworkSubject(framework.id),
                      std::move(stored));
}

core::Result<StandardsFramework> FrameworkService::Get(const Requester& requester,
                                                       FrameworkId id) const {
  return store_.Read([&](Transaction& tx) -> core::Result<StandardsFramework> {
    if (!MayReadAssurance(requester)) return NoSuchFramework();
    return tx.assurance(requester.partnership_id()).GetFramework(id);
  });
}

core::Result<std::vector<StandardsFramework>> FrameworkService::List(
    const Requester& requester) const {
  return store_.Read([&](Transaction& tx) -> core::Result<std::vector<StandardsFramework>> {
    if (!MayReadAssurance(requester)) {
      return core::Error::Forbidden("You may not read the standards frameworks.");
    }
    return tx.assurance(requester.partnership_id()).ListFrameworks();
  });
}

}  // namespace assure::domain
