#include "http/route_policy.h"

namespace assure::http {

std::string RoutePolicy::Describe() const {
  switch (kind) {
    case Kind::kUnset:
      return "unset";
    case Kind::kPublic:
      return "public";
    case Kind::kMfaStep:
      return "mfa_step";
    case Kind::kAuthorised:
      return std::string{domain::ResourceName(resource)} + ":" +
             std::string{domain::ActionName(action)};
  }
  return "unset";
}

}  // namespace assure::http
