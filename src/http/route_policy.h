// RoutePolicy: who may call a route, registered with the route itself so that no route can exist
// without one (a test walks the router of the real server and fails on kUnset). The access gate
// (access_gate.h) enforces it before the handler runs.
#pragma once

#include <string>

#include "domain/access/policy.h"

namespace assure::http {

struct RoutePolicy {
  enum class Kind {
    kUnset,       // a bug: refused with 500 at request time, and caught by the router test
    kPublic,      // no sign-in: start page, sign-in, health, assets
    kMfaStep,     // signed in with a password, second factor still to come
    kAuthorised,  // signed in fully, and the policy grants `action` on `resource` at some scope
  };
  Kind kind = Kind::kUnset;
  domain::Resource resource = domain::Resource::kOwnAccount;
  domain::Action action = domain::Action::kRead;
  // No request line in the event log unless the answer is a server error: the anonymous survey
  // answers, whose time must not be kept anywhere finer than the day.
  bool unlogged = false;

  static RoutePolicy Public() { return {Kind::kPublic}; }
  // Public and unlogged (above).
  static RoutePolicy Anonymous() {
    return {Kind::kPublic, domain::Resource::kOwnAccount, domain::Action::kRead, true};
  }
  static RoutePolicy MfaStep() { return {Kind::kMfaStep}; }
  static RoutePolicy Authorised(domain::Resource resource, domain::Action action) {
    return {Kind::kAuthorised, resource, action};
  }
  // "public", "mfa_step" or "agency:update": for the route listing and test messages.
  std::string Describe() const;
};

}  // namespace assure::http
