// The page of one self-evaluation return (return_page_handlers.cc shows it for a GET and again,
// with the problem, for a refused form): the return's state, each standard with its ratings,
// narrative, evidence and challenges, and the forms the reader may use. Called only by the files
// of this folder. Pure rendering; thread-safe.
#pragma once

#include "domain/assurance/self_evaluation/return_service.h"
#include "http/common/errors.h"
#include "http/common/url_encoding.h"
#include "http/pages/assurance/assurance_support.h"

namespace assure::http::pages {

// `values`: what a refused improvement action's form sent, shown again.
core::Result<Response> RenderReturnPage(const AssuranceServices& services, const Request& request,
                                        const domain::ReturnView& view, const FormErrors& errors,
                                        int status, const FormData& values = FormData{});

}  // namespace assure::http::pages
