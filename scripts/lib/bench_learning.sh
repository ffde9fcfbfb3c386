# shellcheck shell=bash disable=SC2034,SC2154
# The learning part of scripts/bench, sourced by it and run in its own shell (never in $(...)):
#
# - learning_prepare, on the demo server, through the API as the demo users (their sessions and
#   CSRF tokens): the business officer writes a 7 Minute Briefing of about 700 words and submits
#   it, the business manager approves and publishes it (briefing_path: its public page); then the
#   officer writes a draft of about 2,000 words linked to five cases with restricted details, with
#   their names, a telephone number and an email address in it (check_id), and check.lua is the
#   wrk script that POSTs its publication check with the business manager's CSRF token.
# - learning_measure: the public briefing page against nginx (64 connections), the check, and on
#   the national-scale server recurring learning, the API and the page (each on one connection).
#
# Uses the bench's globals (work, assure_port, scale_port, nginx_port, cookie, scale_cookie,
# demo_password, run_wrk) and sets those its report prints. Every text here is invented.

learning_slug="northshire"

# sign_in PORT EMAIL: the session cookie (name=value) of the demo password's sign-in.
sign_in() {
  curl -fsS -o /dev/null -D - -X POST \
    --data-urlencode "email=$2" --data-urlencode "password=$demo_password" \
    "http://127.0.0.1:$1/sign-in" | awk -F'[:;] *' 'tolower($1) == "set-cookie" { print $2 }'
}

# csrf_of COOKIE: that session's CSRF token, from the sign-out form of its /home.
csrf_of() {
  curl -fsS -H "Cookie: $1" "http://127.0.0.1:$assure_port/home" \
    | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | sed -n 1p
}

# api_post PATH COOKIE CSRF BODY_FILE: POSTs the JSON file to the demo server and prints the JSON
# answered; an answer other than 2xx is shown and fails.
api_post() {
  local status
  status=$(curl -sS -o "$work/api-answer.json" -w '%{http_code}' -X POST -H "Cookie: $2" \
    -H "X-CSRF-Token: $3" -H 'Content-Type: application/json' --data-binary "@$4" \
    "http://127.0.0.1:$assure_port$1")
  if [[ "$status" != 2?? ]]; then
    echo "bench: POST $1 answered $status: $(head -c 600 "$work/api-answer.json")" >&2
    return 1
  fi
  cat "$work/api-answer.json"
}

# json_number KEY: the first "KEY":<number> of the compact JSON text on standard input.
json_number() {
  awk -v key="\"$1\":" '{ i = index($0, key); if (i) { print substr($0, i + length(key)) + 0; exit } }'
}

# count_of TEXT FILE: how many times TEXT (no regular expression characters) occurs in FILE.
count_of() { awk -v k="$1" '{ n += gsub(k, "") } END { print n + 0 }' "$2"; }

# json_text FILE: the file's lines as one JSON string (quotes, backslashes and tabs dropped:
# the texts here have none that matter).
json_text() {
  tr -d '\\"\r\t' <"$1" | awk 'BEGIN { printf "\"" }
    { printf "%s%s", (NR > 1 ? "\\n" : ""), $0 } END { printf "\"" }'
}

# briefing_text WORDS SEED [EXTRA...]: a 7 Minute Briefing's Markdown, seven numbered sections of
# about WORDS words in all, sentences drawn from invented practice learning (a few made-up names
# of models and teams that match nothing); each EXTRA is put into the text once, the extras
# spread over the sections.
briefing_text() {
  local words=$1 seed=$2
  shift 2
  awk -v words="$words" -v seed="$seed" -v extras="$(IFS='|'; echo "$*")" '
  function next_index(n) { seed = (seed * 16807) % 2147483647; return seed % n + 1 }
  BEGIN {
    split("Background|Why it matters|What we know|What it means for practice|" \
          "Questions to reflect on|What to do|Further reading", heads, "|")
    n = split("Practitioners saw the family often but rarely asked what daily life was like for the child.|" \
      "The health visitor recorded concerns about the home, but the record did not reach the school.|" \
      "Information held by one agency was not shared with the others at the point it mattered.|" \
      "Escalation was discussed in supervision, yet nobody used the escalation policy.|" \
      "The voice of the child was missing from the assessment and from the plan that followed.|" \
      "Professional curiosity means asking the next question, and then the one after that.|" \
      "Hidden adults in the household were not identified, so the risk they posed was not assessed.|" \
      "Safe sleep advice was given once, at a busy visit, and was not checked again.|" \
      "Strategy discussions should include every agency that knows the family, the school nurse too.|" \
      "Parental mental health affected the care the children received more than anyone recognised.|" \
      "Missed appointments were treated as a choice rather than as a sign of neglect.|" \
      "The Orvendale team wrote a clear chronology, and it showed the pattern no single record did.|" \
      "Practitioners told the review that caseloads left little time for reflective supervision.|" \
      "Neglect builds slowly, and each agency saw only a small part of the picture.|" \
      "A multi-agency meeting was planned twice and cancelled twice without a new date.|" \
      "The Brackenholt model of family group conferencing was offered but not taken up.|" \
      "Domestic abuse was disclosed to a practitioner who did not know where to refer it.|" \
      "Records were accurate but brief, and they rarely said what had been decided and by whom.|" \
      "The Quillmere approach asks managers to look again at every closed case after three months.|" \
      "Think about how you would know if a child on your caseload was not being seen.", s, "|")
    extra_count = (extras == "") ? 0 : split(extras, extra, "|")
    per_section = words / 7
    written = 0; used = 0
    for (k = 1; k <= 7; k++) {
      printf "%s## %d. %s\n\n", (k > 1 ? "\n" : ""), k, heads[k]
      section = 0; line = ""; in_paragraph = 0
      while (section < per_section) {
        sentence = s[next_index(n)]
        if (used < extra_count && used * 7 < k * extra_count && next_index(3) == 1) {
          used++
          sentence = "Notes from the day mention " extra[used] ", which must not be published."
        }
        line = line (in_paragraph ? " " : "") sentence
        section += split(sentence, ignored, " ")
        if (++in_paragraph == 4) { print line; print ""; line = ""; in_paragraph = 0 }
      }
      while (k == 7 && used < extra_count) {
        used++
        line = line (in_paragraph++ ? " " : "") "See also " extra[used] "."
      }
      if (line != "") print line
      written += section
    }
  }'
}

# learning_step ID STEP COOKIE CSRF VERSION: a workflow step of the briefing; prints its version.
learning_step() {
  printf '{"version":%s}' "$5" >"$work/version.json"
  api_post "/api/v1/briefings/$1/$2" "$3" "$4" "$work/version.json" | json_number version
}

learning_prepare() {
  local officer_cookie officer_csrf manager_csrf answer id version themes
  officer_cookie=$(sign_in "$assure_port" "business_officer@northshire.example")
  [ -n "$officer_cookie" ] || { echo "bench: the demo business officer could not sign in" >&2; return 1; }
  officer_csrf=$(csrf_of "$officer_cookie")
  manager_csrf=$(csrf_of "$cookie")
  if [ -z "$officer_csrf" ] || [ -z "$manager_csrf" ]; then
    echo "bench: no CSRF token on /home" >&2
    return 1
  fi
  local partnership="(SELECT id FROM partnerships WHERE slug = '$learning_slug')"
  themes=$(sqlite3 "$work/assure.db" \
    "SELECT name FROM themes WHERE partnership_id = $partnership ORDER BY name LIMIT 2" \
    | tr -d '\\"' | awk 'BEGIN { ORS = "" } { print (NR > 1 ? "," : "") "\"" $0 "\"" }')

  # The published briefing: written and submitted by the officer, approved and published by the
  # business manager (who did not write it).
  briefing_text 700 1 >"$work/published.md"
  printf '{"kind":"seven_minute","title":"Seeing the child: learning about neglect","audiences":["childrens_workforce","community"],"themes":[%s],"body_markdown":%s}' \
    "$themes" "$(json_text "$work/published.md")" >"$work/briefing.json"
  answer=$(api_post /api/v1/briefings "$officer_cookie" "$officer_csrf" "$work/briefing.json")
  id=$(json_number id <<<"$answer")
  version=$(json_number version <<<"$answer")
  version=$(learning_step "$id" submit "$officer_cookie" "$officer_csrf" "$version")
  version=$(learning_step "$id" approve "$cookie" "$manager_csrf" "$version")
  learning_step "$id" publish "$cookie" "$manager_csrf" "$version" >/dev/null
  briefing_path="/learning/$learning_slug/briefings/$id"

  # The draft to check: five cases with restricted details (their first named identity), their
  # names in the text with a telephone number and an email address (Ofcom's drama range, the
  # reserved .example domain), among about 2,000 words that match nothing.
  sqlite3 -separator '|' "$work/assure.db" \
    "SELECT c.id, min(i.name) FROM cases c
       JOIN case_subjects s ON s.partnership_id = c.partnership_id AND s.case_id = c.id
       JOIN subject_identities i ON i.partnership_id = s.partnership_id AND i.subject_id = s.id
      WHERE c.partnership_id = $partnership AND i.name <> ''
      GROUP BY c.id ORDER BY c.id LIMIT 5" >"$work/check-cases.txt"
  check_cases=$(wc -l <"$work/check-cases.txt")
  [ "$check_cases" -eq 5 ] || { echo "bench: fewer than 5 demo cases with restricted details" >&2; return 1; }
  local case_ids names=()
  case_ids=$(cut -d'|' -f1 "$work/check-cases.txt" | paste -sd, -)
  mapfile -t names < <(cut -d'|' -f2- "$work/check-cases.txt" | tr -d '|')
  briefing_text 2000 2 "${names[@]}" "0113 496 0123" "duty.team@northshire.example" \
    >"$work/check.md"
  check_words=$(wc -w <"$work/check.md")
  printf '{"kind":"seven_minute","title":"Working together when neglect is suspected","audiences":["childrens_workforce"],"themes":[%s],"case_ids":[%s],"body_markdown":%s}' \
    "$themes" "$case_ids" "$(json_text "$work/check.md")" >"$work/check.json"
  answer=$(api_post /api/v1/briefings "$officer_cookie" "$officer_csrf" "$work/check.json")
  check_id=$(json_number id <<<"$answer")
  printf '{}' >"$work/empty.json"
  check_hits=$(api_post "/api/v1/briefings/$check_id/check" "$cookie" "$manager_csrf" \
    "$work/empty.json" | json_number unresolved)
  printf 'wrk.method = "POST"\nwrk.body = "{}"\nwrk.headers["Content-Type"] = "application/json"\nwrk.headers["X-CSRF-Token"] = "%s"\n' \
    "$manager_csrf" >"$work/check.lua"
}

learning_measure() {
  # The public page of the published briefing, anonymous, against nginx with the same bytes.
  run_wrk assure_briefing "http://127.0.0.1:$assure_port$briefing_path"
  run_wrk nginx_briefing "http://127.0.0.1:$nginx_port$briefing_path"
  # The publication check of the 2,000-word draft, one at a time: it reads the five cases'
  # restricted details, scans title and body, and writes its audit event.
  run_wrk assure_check "http://127.0.0.1:$assure_port/api/v1/briefings/$check_id/check" 1 \
    -H "Cookie: $cookie" -s "$work/check.lua"
  # Recurring learning of scale-001 over the national-scale database, one at a time.
  local url="http://127.0.0.1:$scale_port"
  run_wrk assure_recurring "$url/api/v1/learning/recurring" 1 -H "Cookie: $scale_cookie"
  run_wrk assure_recurring_page "$url/recurring-learning" 1 -H "Cookie: $scale_cookie"
  curl -fsS -H "Cookie: $scale_cookie" -o "$work/recurring.json" "$url/api/v1/learning/recurring"
  recurring_bytes=$(stat -c %s "$work/recurring.json")
  recurring_groups=$(count_of '"all_actions_completed":' "$work/recurring.json")
  recurring_pieces=$(count_of '"source":"' "$work/recurring.json")
  recurring_texts=$(grep -o '"text":"[^"]*"' "$work/recurring.json" | sort -u | wc -l || true)
  recurring_after=$(count_of '"recurred_after_completion":true' "$work/recurring.json")
  recurring_themes=$(count_of '"recurs":true' "$work/recurring.json")
  recurring_page_status=$(curl -sS -H "Cookie: $scale_cookie" -o "$work/recurring.html" \
    -w '%{http_code}' "$url/recurring-learning")
  recurring_page_bytes=$(stat -c %s "$work/recurring.html")
}
