#include "http/pages/actions/action_form_view.h"

#include <algorithm>
#include <utility>

#include "http/common/page_render.h"

namespace assure::http::pages {

ActionFormView::ActionFormView(const FormData& values, const FormErrors& errors)
    : values_(values), form_(values, errors) {}

void ActionFormView::GroupedSelect(const std::string& key, std::string label,
                                   const std::vector<Choice>& leading,
                                   const std::vector<ChoiceGroup>& groups, std::string hint) {
  form_.Select(key, std::move(label), leading, std::move(hint));
  const auto chosen = values_.GetAll(key);
  nlohmann::json list = nlohmann::json::array();
  for (const auto& group : groups) {
    nlohmann::json options = nlohmann::json::array();
    for (const auto& choice : group.choices) {
      options.push_back(
          {{"id", key + "-" + choice.value},
           {"value", choice.value},
           {"label", choice.label},
           {"hint", choice.hint},
           {"checked", std::find(chosen.begin(), chosen.end(), choice.value) != chosen.end()}});
    }
    list.push_back({{"label", group.label}, {"options", std::move(options)}});
  }
  groups_[key] = std::move(list);
}

void ActionFormView::File(const std::string& key, std::string label, std::string hint) {
  form_.Text(key, std::move(label), std::move(hint));
  files_.insert(key);
}

nlohmann::json ActionFormView::Sections() const {
  nlohmann::json sections = form_.Sections();
  for (auto& section : sections) {
    for (auto& field : section["fields"]) {
      const std::string key = field["key"];
      const bool file = files_.contains(key);
      field["is_file"] = file;
      if (file) field["is_text"] = false;
      const auto groups = groups_.find(key);
      field["groups"] = groups == groups_.end() ? nlohmann::json::array() : groups->second;
      field["has_groups"] = groups != groups_.end() && !groups->second.empty();
    }
  }
  return sections;
}

Response RenderActionForm(const views::Renderer& renderer, const Request& request,
                          const ActionFormFrame& frame, const ActionFormView& view, int status) {
  nlohmann::json page{{"title", frame.title},
                      {"caption", frame.caption},
                      {"back_href", frame.back_href},
                      {"cancel_href", frame.back_href},
                      {"action_href", frame.action_href},
                      {"csrf_token", request.session->session.csrf_token},
                      {"version", frame.version},
                      {"multipart", frame.multipart},
                      {"submit", frame.submit},
                      {"sections", view.Sections()}};
  if (!frame.about.is_null()) {
    page["has_about"] = true;
    page["about"] = frame.about;
  }
  view.AddErrors(page);
  return RenderPage(renderer, request, "action_form", std::move(page), status);
}

}  // namespace assure::http::pages
