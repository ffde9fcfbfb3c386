#include "http/common/handler_context.h"

namespace assure::http {

domain::Requester RequesterOf(const Request& request) {
  const auto& context = request.session.value();
  domain::Requester requester;
  requester.principal = context.principal;
  requester.actor.partnership_id = context.partnership.id;
  requester.actor.user_id = context.user.id;
  if (context.session.id != 0) requester.actor.session_id = context.session.id;
  requester.actor.client_address = request.remote_address;
  return requester;
}

}  // namespace assure::http
