# shellcheck shell=bash disable=SC2154
# The report of scripts/bench, sourced by it: bench_report prints the table of every measurement
# (req/s, p50, p99, the assure/nginx ratio), the notes on the national-scale data, the board
# report's PDF, the learning measurements and assure's memory, and appends the same, dated, with
# the machine and the git revision, to benchmarks/results.md. Reads the bench's globals; run in
# its own shell after the measurements.

mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# row LABEL SERVER KEY [NGINX_KEY]: one line of the table, with the ratio to NGINX_KEY's req/s.
row() {
  local ratio_cell=""
  [ -n "${4:-}" ] && ratio_cell=$(ratio "${rps[$3]}" "${rps[$4]}")
  echo "| $1 | $2 | ${rps[$3]} | ${p50[$3]} | ${p99[$3]} | $ratio_cell${ratio_cell:+ }|"
}

bench_report() {
  local cpu_model revision stamp table scale_note pdf_note learning_note memory warnings key
  cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  cpu_model=${cpu_model:-$(uname -p)}
  revision=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  git diff --quiet HEAD 2>/dev/null || revision="$revision+changes"
  stamp=$(date -u '+%Y-%m-%d %H:%M UTC')

  table="| what | server | req/s | p50 ms | p99 ms | req/s assure/nginx |
|---|---|---:|---:|---:|---:|
| start page ($page_bytes B) | assure | ${rps[assure_page]} | ${p50[assure_page]} | ${p99[assure_page]} | $(ratio "${rps[assure_page]}" "${rps[nginx_page]}") |
| start page ($page_bytes B) | nginx | ${rps[nginx_page]} | ${p50[nginx_page]} | ${p99[nginx_page]} | |
| app.css ($css_bytes B) | assure | ${rps[assure_css]} | ${p50[assure_css]} | ${p99[assure_css]} | $(ratio "${rps[assure_css]}" "${rps[nginx_css]}") |
| app.css ($css_bytes B) | nginx | ${rps[nginx_css]} | ${p50[nginx_css]} | ${p99[nginx_css]} | |
| signed-in GET /api/v1/me ($me_bytes B) | assure | ${rps[assure_me]} | ${p50[assure_me]} | ${p99[assure_me]} | $(ratio "${rps[assure_me]}" "${rps[nginx_me]}") |
| signed-in GET /api/v1/me ($me_bytes B) | nginx | ${rps[nginx_me]} | ${p50[nginx_me]} | ${p99[nginx_me]} | |
| /home, the business manager's to-do list ($home_items items, $home_bytes B) | assure | ${rps[assure_home]} | ${p50[assure_home]} | ${p99[assure_home]} | $(ratio "${rps[assure_home]}" "${rps[nginx_home]}") |
| /home, the to-do list ($home_bytes B) | nginx | ${rps[nginx_home]} | ${p50[nginx_home]} | ${p99[nginx_home]} | |
| sign-in (POST, 8 connections) | assure | ${rps[assure_sign_in]} | ${p50[assure_sign_in]} | ${p99[assure_sign_in]} | |
| case list, $list_rows rows ($cases_bytes B; $scale_partnerships partnerships, $scale_cases cases) | assure | ${rps[assure_cases]} | ${p50[assure_cases]} | ${p99[assure_cases]} | $(ratio "${rps[assure_cases]}" "${rps[nginx_cases]}") |
| case list, $list_rows rows ($cases_bytes B) | nginx | ${rps[nginx_cases]} | ${p50[nginx_cases]} | ${p99[nginx_cases]} | |
| case list, $list_rows rows (1 connection) | assure | ${rps[assure_cases_one]} | ${p50[assure_cases_one]} | ${p99[assure_cases_one]} | |
| review activity figures, one year (API, 1 connection) | assure | ${rps[assure_figures]} | ${p50[assure_figures]} | ${p99[assure_figures]} | |
| my actions, $my_actions_rows rows ($my_actions_bytes B; $scale_actions actions) | assure | ${rps[assure_my_actions]} | ${p50[assure_my_actions]} | ${p99[assure_my_actions]} | $(ratio "${rps[assure_my_actions]}" "${rps[nginx_my_actions]}") |
| my actions ($my_actions_bytes B) | nginx | ${rps[nginx_my_actions]} | ${p50[nginx_my_actions]} | ${p99[nginx_my_actions]} | |
| board report, one half-year ($board_bytes B, 1 connection) | assure | ${rps[assure_board]} | ${p50[assure_board]} | ${p99[assure_board]} | |
$(row "public briefing page ($briefing_bytes B, anonymous)" assure assure_briefing nginx_briefing)
$(row "public briefing page ($briefing_bytes B)" nginx nginx_briefing)
$(row "publication check, $check_words words, $check_cases cases, $check_hits hits (POST, 1 connection)" assure assure_check)
$(row "recurring learning, scale-001 (API, $recurring_bytes B, 1 connection)" assure assure_recurring)
$(row "recurring learning page (HTTP $recurring_page_status, $recurring_page_bytes B, 1 connection)" assure assure_recurring_page)
$(row "staff survey answers (POST through an agency's link, $connections connections, node client)" assure assure_survey)
$(row "survey results page, $survey_answers answers ($survey_results_bytes B, 1 connection)" assure assure_survey_results)
$(row "survey results API, $survey_answers answers (1 connection)" assure assure_survey_results_api)"
  scale_note="National scale: $scale_partnerships partnerships, $scale_cases cases and $scale_actions actions generated in ${scale_seconds} s; the same six aggregates by the sqlite3 shell on that file: ${sqlite3_ms} ms (median of 21), against assure's API p50 ${p50[assure_figures]} ms (HTTP, JSON and an audit event included)."
  pdf_note="Board report PDF (headless Chromium, $pdf_bytes B): ${pdf_ms} ms (median of 3)."
  learning_note="Learning: the publication check of a $check_words-word draft linked to $check_cases cases found $check_hits hits (their names, a telephone number, an email address). Recurring learning of scale-001: $recurring_groups groups of $recurring_pieces pieces of learning with $recurring_texts different texts, $recurring_after recurred after completion; $recurring_themes recurring themes."
  if [ "$recurring_page_status" != 200 ]; then
    learning_note+=" /recurring-learning answered $recurring_page_status: its row timed that answer, not the page."
  fi
  survey_note="Staff survey answers: $survey_sent sent in ${seconds} s ($survey_stored_ok answered 303, $survey_other otherwise), $survey_stored stored: $survey_lost lost."
  memory="assure RSS: $(mib "$idle_rss") MiB idle, $(mib "$load_rss") MiB at most under load."
  warnings=""
  for key in assure_page nginx_page assure_css nginx_css assure_me nginx_me assure_home nginx_home assure_sign_in \
             assure_cases nginx_cases assure_cases_one assure_figures assure_my_actions nginx_my_actions assure_board \
             assure_briefing nginx_briefing assure_check assure_recurring assure_recurring_page \
             assure_survey_results assure_survey_results_api; do
    [ -n "${notes[$key]}" ] && warnings+="warning: $key: ${notes[$key]}"$'\n'
  done

  # The table and the notes, as printed and as appended.
  report_body() {
    printf '%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s\n' "$table" "$scale_note" "$pdf_note" \
      "$learning_note" "$survey_note" "$memory"
  }
  echo
  report_body
  [ -n "$warnings" ] && printf '%s' "$warnings"

  local results=benchmarks/results.md
  if [ ! -f "$results" ]; then
    # shellcheck disable=SC2016  # the backquotes are Markdown
    printf '# Benchmark results\n\nAppended by `scripts/bench`; see README.md for what is measured.\n' \
      >"$results"
  fi
  {
    echo
    echo "## $stamp"
    echo
    echo "$(uname -m), $(nproc) CPUs, $cpu_model; revision $revision; wrk -t1 -c$connections," \
         "${seconds} s after ${warmup_seconds} s warm-up."
    echo
    report_body
    [ -n "$warnings" ] && { echo; printf '%s' "$warnings"; }
  } >>"$results"
  echo
  echo "bench: appended to $results"
}
