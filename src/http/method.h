// Method: the HTTP request methods Assure routes. Anything else is kOther and answered 405.
#pragma once

#include <string_view>

namespace assure::http {

enum class Method { kGet, kHead, kPost, kPut, kPatch, kDelete, kOptions, kOther };

Method ParseMethod(std::string_view name);
std::string_view MethodName(Method method);

}  // namespace assure::http
