# shellcheck shell=bash disable=SC2034,SC2154
# The quality assurance part of scripts/bench, sourced by it and run in its own shell (never in
# $(...)):
#
# - assurance_prepare, on the demo server, through the API as the demo business manager: a staff
#   survey of four questions for every demo agency, opened; survey_path is the first agency's link.
# - assurance_measure: its answers sent by 64 keep-alive connections for the run's seconds
#   (scripts/lib/survey_load.mjs awaits every request, so the counts are exact), then the survey's
#   stored answers read back through the API: none lost when the count stored equals the count
#   sent; and, on the national-scale server, the results page and the results API of the survey
#   of $survey_answers answers that `assure demo --scale --survey-answers` wrote (one connection).
#
# Uses the bench's globals (work, assure_port, scale_port, cookie, scale_cookie, seconds,
# connections, run_wrk, json_number, csrf_of, api_post) and sets those its report prints.

assurance_prepare() {
  local manager_csrf agencies answer id version
  manager_csrf=$(csrf_of "$cookie")
  [ -n "$manager_csrf" ] || { echo "bench: no CSRF token on /home" >&2; return 1; }
  agencies=$(sqlite3 "$work/assure.db" \
    "SELECT group_concat(id) FROM agencies WHERE partnership_id =
       (SELECT id FROM partnerships WHERE slug = 'northshire')")
  printf '{"title":"Bench survey","introduction":"Invented answers.","minimum_group":10,"agency_ids":[%s],"sections":[{"title":"Practice","questions":[{"kind":"single_choice","text":"Your role","options":["Front line","Manager","Other"],"required":true},{"kind":"agreement","text":"I know how to raise a concern.","required":true},{"kind":"multiple_choice","text":"Training had","options":["Induction","Refresher","None"]},{"kind":"free_text","text":"What would help?"}]}]}' \
    "$agencies" >"$work/survey.json"
  answer=$(api_post /api/v1/assurance/surveys "$cookie" "$manager_csrf" "$work/survey.json")
  survey_id=$(json_number id <<<"$answer")
  version=$(json_number version <<<"$answer")
  printf '{"version":%s}' "$version" >"$work/version.json"
  answer=$(api_post "/api/v1/assurance/surveys/$survey_id/open" "$cookie" "$manager_csrf" \
    "$work/version.json")
  survey_path=$(grep -o '"path":"/s/[A-Za-z0-9_-]*"' <<<"$answer" | head -1 | cut -d'"' -f4)
  [ -n "$survey_path" ] || { echo "bench: the bench survey has no link" >&2; return 1; }
}

assurance_measure() {
  local load
  load=$(node "$root/scripts/lib/survey_load.mjs" "http://127.0.0.1:$assure_port$survey_path" \
    "$seconds" "$connections" "q1=0&q2=3&q3=0&q3=2&q4=More+time+to+talk")
  survey_sent=$(json_number sent <<<"$load")
  survey_stored_ok=$(json_number redirected <<<"$load")
  survey_other=$(json_number other <<<"$load")
  rps[assure_survey]=$(json_number per_second <<<"$load")
  p50[assure_survey]=$(json_number p50_ms <<<"$load")
  p99[assure_survey]=$(json_number p99_ms <<<"$load")
  survey_stored=$(curl -fsS -H "Cookie: $cookie" \
    "http://127.0.0.1:$assure_port/api/v1/assurance/surveys/$survey_id" | json_number respondents)
  survey_lost=$((survey_sent - survey_stored))

  # The results of the national-scale survey: the page (charts and tables) and the API.
  survey_results_path="/assurance/surveys/$scale_survey_id/results"
  survey_results_bytes=$(curl -fsS -H "Cookie: $scale_cookie" \
    "http://127.0.0.1:$scale_port$survey_results_path" | wc -c)
  run_wrk assure_survey_results "http://127.0.0.1:$scale_port$survey_results_path" 1 \
    -H "Cookie: $scale_cookie"
  run_wrk assure_survey_results_api \
    "http://127.0.0.1:$scale_port/api/v1/assurance/surveys/$scale_survey_id/results" 1 \
    -H "Cookie: $scale_cookie"
}
