# shellcheck shell=bash disable=SC2034,SC2154
# The nginx baseline of scripts/bench, sourced by it and run in its own shell (never in $(...)):
# nginx_start saves the bytes assure serves (the start page; as the demo business manager sees
# them, /home and /api/v1/me; the scale case list and "my actions" as scale-001's users see them;
# the public briefing page at briefing_path, anonymous), has nginx serve each file at the same
# path (and web/dist/app.css at /assets/app.css) from its own configuration, pid file, logs and
# port in the bench's temporary folder, and stops the bench unless both servers answer the same
# bytes. It sets nginx_pid, which the bench's cleanup trap stops, and the sizes the report prints.

# same_bytes URL_ASSURE URL_NGINX [curl options...]: stops the bench unless both answer the same.
same_bytes() {
  local assure_url=$1 nginx_url=$2
  shift 2
  curl -fsS "$@" -o "$work/a.body" "$assure_url"
  curl -fsS -o "$work/n.body" "$nginx_url"
  if ! cmp -s "$work/a.body" "$work/n.body"; then
    echo "bench: assure and nginx serve different bytes for /${assure_url#http://*/}" >&2
    exit 1
  fi
}

nginx_start() {
  mkdir -p "$work/www" "$work/nginx/logs"
  curl -fsS -o "$work/www/index.html" "http://127.0.0.1:$assure_port/"
  curl -fsS -H "Cookie: $cookie" -o "$work/www/home.html" "http://127.0.0.1:$assure_port/home"
  curl -fsS -H "Cookie: $cookie" -o "$work/www/me.json" "http://127.0.0.1:$assure_port/api/v1/me"
  curl -fsS -H "Cookie: $scale_cookie" -o "$work/www/cases.html" "http://127.0.0.1:$scale_port/cases"
  curl -fsS -H "Cookie: $lead_cookie" -o "$work/www/my-actions.html" \
    "http://127.0.0.1:$scale_port/my-actions"
  curl -fsS -o "$work/www/briefing.html" "http://127.0.0.1:$assure_port$briefing_path"
  list_rows=$(( $(grep -c '<tr class="govuk-table__row"' "$work/www/cases.html" || true) - 1 ))  # less the head
  nginx_port=$(free_port)
  local nginx_user=""
  if [ "$(id -u)" -eq 0 ]; then nginx_user="user root;"; fi
  cat >"$work/nginx/nginx.conf" <<EOF
$nginx_user
worker_processes auto;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $work/nginx/client_body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    location = / { root $work/www; try_files /index.html =404; }
    location = /home { root $work/www; default_type text/html; try_files /home.html =404; }
    location = /api/v1/me { root $work/www; default_type application/json; try_files /me.json =404; }
    location = /cases { root $work/www; default_type text/html; try_files /cases.html =404; }
    location = /my-actions { root $work/www; default_type text/html; try_files /my-actions.html =404; }
    location = $briefing_path { root $work/www; default_type text/html; try_files /briefing.html =404; }
    location /assets/ { alias $root/web/dist/; }
  }
}
EOF
  nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -e "$work/nginx/logs/error.log" >"$work/nginx/logs/stderr.log" 2>&1 &
  nginx_pid=$!
  wait_for_url "http://127.0.0.1:$nginx_port/" "$nginx_pid" "nginx" "$work/nginx/logs/stderr.log"

  # Same bytes from both, or the comparison means nothing.
  local path
  for path in / /home /api/v1/me /assets/app.css; do
    same_bytes "http://127.0.0.1:$assure_port$path" "http://127.0.0.1:$nginx_port$path" \
      -H "Cookie: $cookie"
  done
  same_bytes "http://127.0.0.1:$scale_port/cases" "http://127.0.0.1:$nginx_port/cases" \
    -H "Cookie: $scale_cookie"
  same_bytes "http://127.0.0.1:$scale_port/my-actions" "http://127.0.0.1:$nginx_port/my-actions" \
    -H "Cookie: $lead_cookie"
  same_bytes "http://127.0.0.1:$assure_port$briefing_path" \
    "http://127.0.0.1:$nginx_port$briefing_path"
  cases_bytes=$(stat -c %s "$work/www/cases.html")
  my_actions_bytes=$(stat -c %s "$work/www/my-actions.html")
  my_actions_rows=$(( $(grep -c '<tr class="govuk-table__row"' "$work/www/my-actions.html" || true) - 1 ))
  page_bytes=$(stat -c %s "$work/www/index.html")
  home_bytes=$(stat -c %s "$work/www/home.html")
  home_items=$(grep -c 'govuk-task-list__item' "$work/www/home.html" || true)
  me_bytes=$(stat -c %s "$work/www/me.json")
  css_bytes=$(stat -c %s "$root/web/dist/app.css")
  briefing_bytes=$(stat -c %s "$work/www/briefing.html")
}
