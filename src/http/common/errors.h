// How handlers answer a refusal: FormErrors (a form's problems by field, for the error summary
// partial), AddFieldError (one service error on a page that is not a FormView form),
// ErrorResponse (a service's error as a page, with its status from the one mapping,
// HttpStatusFor in error_pages.h) and Answer (a handler's Result<Response> as a response). Pure
// functions and a value type; thread-safe.
//
// The handler kit: a handler's body returns core::Result<Response> and unwraps each service call
// with ASSURE_ASSIGN_OR_RETURN (core/result.h); PageHandler or ApiHandler turns its error into the
// page or the JSON error, so no handler spells out an unwrap or a status.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "http/error_pages.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"
#include "http/views/renderer.h"

namespace assure::http {

// "subjects[0].pseudonym" -> "subjects_0_pseudonym": a domain field name made safe for HTML ids
// and template keys, so that a service's error lands on the form field it names.
std::string FieldKey(std::string_view field);

// A form's problems, in the order found; one message per field (the first).
class FormErrors {
 public:
  struct Entry {
    std::string key;  // a FieldKey, or empty for the form as a whole
    std::string message;
  };

  void Add(std::string key, std::string message);
  // A service's error, on FieldKey(error.field).
  void Add(const core::Error& error);
  bool empty() const { return entries_.empty(); }
  // The message for the field, or "" when it has none.
  std::string MessageFor(std::string_view key) const;
  const std::vector<Entry>& entries() const { return entries_; }

 private:
  std::vector<Entry> entries_;
};

// Adds the error summary for `error` to a page's context: "has_errors", "errors" (a list of
// {href, text}) and "<field>_error" (the message by the field), where field is error.field or,
// when empty, `fallback_field`. The summary links to `anchor` (the id of the field's first input,
// e.g. a date's day) or, when empty, to the field's own id.
void AddFieldError(nlohmann::json& page, const core::Error& error, std::string_view fallback_field,
                   std::string_view anchor = {});

// The answer to a service's error on a page: the standard 403, 404, 409 and 503 pages; a page
// saying what to do for invalid input; and for anything else an exception, so the dispatcher
// answers 500 and logs the message.
Response ErrorResponse(const views::Renderer& renderer, const Request& request,
                       const core::Error& error);

// A page handler's result: its response, or its error answered by ErrorResponse.
Response Answer(const views::Renderer& renderer, const Request& request,
                core::Result<Response> result);

using ResultHandler = std::function<core::Result<Response>(const Request&)>;
// A page route's handler: the result's error becomes ErrorResponse's page. `renderer` is borrowed
// and outlives the router.
Handler PageHandler(const views::Renderer& renderer, ResultHandler handler);
// An API route's handler: the result's error becomes the standard JSON error naming its field
// (ErrorPages::FromError). `errors` is borrowed and outlives the router.
Handler ApiHandler(const ErrorPages& errors, ResultHandler handler);

// A query string the API cannot read (a missing or bad period or year): a bad request, 400, not a
// refused one (422), with the standard JSON error naming the field, as the API documents.
Response BadQuery(const ErrorPages& errors, const Request& request, const core::Error& error);

}  // namespace assure::http
