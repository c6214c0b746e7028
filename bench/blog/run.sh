#!/usr/bin/env bash
# Load benchmark of the public blog (issue 5; see bench/blog/README.md): 200 published posts in
# PostgreSQL, then the post page and the Atom feed over HTTP at 1 and 64 clients, p50/p99 and
# throughput, next to nginx serving the same bytes as static files in the same run.
# Writes bench/results/blog-load.md.
#
#   bench/blog/run.sh
#   POSTS=20 WARMUP=3 DURATION=3 RESULTS=/tmp/blog-smoke.md WORK=/tmp/cp-bench-blog-smoke bench/blog/run.sh   # a quick smoke run
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../payara.sh
. "$HERE/../payara.sh"
REPO=$(cd "$HERE/../.." && pwd)
RESULTS=${RESULTS:-$REPO/bench/results/blog-load.md}
WORK=${WORK:-/tmp/cp-bench-blog-work}
APP=${APP:-/tmp/cp-bench-blog-app}
PAYARA_JAR=${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}
SAMPLE=${SAMPLE:-/work/shared/data/forum-sample/beer.stackexchange.posts.jsonl}
DB=${DB:-cp_bench_blog}
PORT=${PORT:-8184}
NGINX_PORT=${NGINX_PORT:-8185}
POSTS=${POSTS:-200}
COMMENTS=${COMMENTS:-20}
WARMUP=${WARMUP:-30}
DURATION=${DURATION:-20}
CLIENTS=${CLIENTS:-1,64}
PAYARA_OPTS=${PAYARA_OPTS:--Xmx1g}
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1)

mkdir -p "$WORK" "$(dirname "$RESULTS")"
: > "$WORK/run.log"
log() { echo "$(date +%H:%M:%S) $*" | tee -a "$WORK/run.log"; }
started=$(date +%s)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 0. the application at this commit (a clone built outside the repository), this benchmark, nginx
COMMIT=$(git -C "$REPO" rev-parse HEAD)
if [ ! -f "$APP/target/commonplace.war" ] || [ "$(git -C "$APP" rev-parse HEAD 2>/dev/null)" != "$COMMIT" ]; then
  log "cloning $REPO at $COMMIT into $APP and building the WAR"
  rm -rf "$APP"
  git clone -q "$REPO" "$APP"
  git -C "$APP" checkout -q "$COMMIT"
  (cd "$APP" && timeout 1200 mvn -q -B -Dmaven.test.skip=true package)
fi
APP_COMMIT=$(git -C "$APP" log -1 --format='%h %s' | cut -c1-100)
log "building bench/blog"
(cd "$HERE" && timeout 600 mvn -q -B package)
JAR=$HERE/target/blog-bench.jar
if ! command -v nginx >/dev/null; then
  log "installing the Debian package nginx (its service is not started: policy-rc.d)"
  added_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; added_policy=1; fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx > "$WORK/apt.log" 2>&1
  [ "$added_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d
fi
NGINX_VERSION=$(nginx -v 2>&1 | sed 's/.*: //')

# --- 1. a fresh database; Payara Micro creates the schema (Flyway) and the demo content
log "recreating database $DB"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB"
rm -rf "$WORK/data" "$WORK/index" "$WORK/payara-root" "$WORK/nginx"
JAVA_CMD=(java $PAYARA_OPTS -Xlog:gc:file=$WORK/payara-gc.log
  -Dcommonplace.db.driver=org.postgresql.ds.PGSimpleDataSource
  -Dcommonplace.db.url=jdbc:postgresql://127.0.0.1:5432/$DB
  -Dcommonplace.db.user=postgres
  -Dcommonplace.demo=true
  -Dcommonplace.mode=test
  -Dcommonplace.base-url=http://localhost:$PORT
  -Dcommonplace.data.dir=$WORK/data
  -Dcommonplace.index.dir=$WORK/index
  -jar "$PAYARA_JAR" --deploy "$APP/target/commonplace.war" --contextroot / --port "$PORT" --nohazelcast --rootdir "$WORK/payara-root")
start_payara

# --- 2. the posts, through the API
log "publishing $POSTS posts through the API"
timeout 3600 java -Xmx512m -jar "$JAR" load --base "http://localhost:$PORT" --sample "$SAMPLE" --posts "$POSTS" \
  --comments "$COMMENTS" --out "$WORK/ids.properties" | tee "$WORK/load.log"
prop() { sed -n "s/^$1=//p" "$WORK/ids.properties"; }
SLUG=$(prop slug)

# --- 3. nginx with a configuration of its own, serving the same bytes as static files
mkdir -p "$WORK/nginx/www" "$WORK/nginx/tmp" "$WORK/nginx/logs"
sleep 2 # the search index applies the last posts (related posts on the page) within a second
SQL_RENDER=$(curl -fs -D - -H 'X-Count-Sql: 1' "http://localhost:$PORT/blog/$SLUG" -o "$WORK/nginx/www/post.html" | sed -n 's/^X-Sql-Statements: *//Ip' | tr -d '\r')
curl -fs "http://localhost:$PORT/blog/feed.atom" -o "$WORK/nginx/www/feed.atom"
chmod -R a+rX "$WORK/nginx/www"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    types { text/html html; application/atom+xml atom; }
    default_type application/octet-stream;
    charset utf-8;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/nginx/www;
        add_header Cache-Control "public, max-age=60";
    }
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
stop_all() { nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null || true; stop_payara; }
trap stop_all EXIT
sleep 1
NGINX_PID=$(cat "$WORK/nginx/nginx.pid")
log "nginx $NGINX_VERSION on port $NGINX_PORT (master pid $NGINX_PID)"

# --- 4. the load driver
log "driving load"
timeout 7200 java -Xmx512m -jar "$JAR" drive --payara "http://localhost:$PORT" --nginx "http://127.0.0.1:$NGINX_PORT" \
  --ids "$WORK/ids.properties" --payara-pid "$PAYARA_PID" --nginx-pid "$NGINX_PID" --warmup "$WARMUP" --duration "$DURATION" \
  --clients "$CLIENTS" --out "$WORK/driver.md" | tee "$WORK/drive.log"
SQL=$(curl -s -D - -o /dev/null -H 'X-Count-Sql: 1' "http://localhost:$PORT/blog/$SLUG" | sed -n 's/^X-Sql-Statements: *//Ip' | tr -d '\r')
SQL_304=$(curl -s -D - -o /dev/null -H 'X-Count-Sql: 1' -H "If-None-Match: $(curl -s -D - -o /dev/null "http://localhost:$PORT/blog/$SLUG" | sed -n 's/^ETag: *//Ip' | tr -d '\r')" "http://localhost:$PORT/blog/$SLUG" | sed -n 's/^X-Sql-Statements: *//Ip' | tr -d '\r')
SEVERE=$(grep -c 'SEVERE' "$WORK/payara.log" || true)
GC=$(grep 'Pause' "$WORK/payara-gc.log" | grep -o '[0-9.]*ms$' | awk '{n++; t += $1} END {printf "%d pauses, %.1f s in total", n, t / 1000}')
RSS=$(awk '/VmRSS/{printf "%d MiB", $2/1024}' "/proc/$PAYARA_PID/status" 2>/dev/null || echo unknown)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
OTHERS=$(ps -eo pcpu,etimes,args --sort=-pcpu | awk 'NR>1 && $1 > 5 {printf "%s%% %s; ", $1, substr($0, index($0,$3), 70)}' | head -c 600)

# --- 5. stop and write the report
stop_all
trap - EXIT
PG_VERSION=$("${PSQL[@]}" -d postgres -At -c "SELECT version()" | cut -d, -f1)
CPU_MODEL=$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)
{
  echo "# Blog load benchmark"
  echo
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) with \`bench/blog/run.sh\` (run time $(( ($(date +%s) - started) / 60 )) min)."
  echo "One run; the figures are those of this run only, not averages."
  echo
  echo "## Machine"
  echo
  echo "- $(nproc) cores ($CPU_MODEL), $(free -m | awk '/Mem:/{printf "%.1f GiB", $2/1024}') memory; $(uname -sr)"
  echo "- $(java -version 2>&1 | head -1); $PG_VERSION on 127.0.0.1; nginx $NGINX_VERSION (Debian package)"
  echo "- Payara Micro 6.2025.10, \`${PAYARA_OPTS}\`, \`--nohazelcast\`; application \`commonplace.war\` at commit \`$APP_COMMIT\`"
  echo "- load average (1, 5, 15 min) before the run: $LOAD_BEFORE; after: $LOAD_AFTER. The machine is shared with other"
  echo "  engineers' builds and test suites; the driver waits for a quiet machine before each window (see Method)."
  echo "- processes above 5 % CPU at the end of the run: ${OTHERS:-none}"
  echo
  echo "## Data"
  echo
  echo "The demo content plus $(prop posts) posts published through the API (drafted, submitted, approved, published), texts from"
  echo "the forum sample \`beer.stackexchange.posts.jsonl\` converted to Markdown. The measured post (\`/blog/$SLUG\`) has"
  echo "$(prop words) words ($(prop bodyChars) characters of Markdown, $(prop readingMinutes) minutes to read), three tags, a cover image"
  echo "(widths 480, 960, 1,600), $(prop comments) comments, three related posts and two neighbours. Loading took $(prop loadSeconds) s."
  echo "SQL statements through JPA (\`X-Sql-Statements\`) for the first anonymous GET of the page, which renders it: ${SQL_RENDER:-?};"
  echo "for a later GET, answered with the page rendered for the same ETag: ${SQL:-?}; for a 304: ${SQL_304:-?}. Each of these"
  echo "also reads the page's facts with one plain JDBC query, which the JPA count does not include."
  echo
  echo "nginx serves the page and the feed as the application answered them to an anonymous reader, saved as"
  echo "\`post.html\` and \`feed.atom\` (\`worker_processes auto\`, \`sendfile\`, no access log; configuration written by"
  echo "\`run.sh\` into \`$WORK/nginx/nginx.conf\`). The application's page is dynamic: every request reads the post's facts"
  echo "from PostgreSQL to decide whether the page changed (the ETag) and serves the page rendered for that ETag."
  echo
  cat "$WORK/driver.md"
  echo
  echo "## Method"
  echo
  echo "Closed loop: each client sends its next request as soon as the previous answer is complete (no think time, no"
  echo "coordinated-omission correction), through \`java.net.http.HttpClient\` (HTTP/1.1, kept-alive connections), as an"
  echo "anonymous reader without cookies. Warm-up $WARMUP s at 8 clients per target, then $DURATION s at each of $CLIENTS clients."
  echo "Before each window the driver waits (up to 20 minutes) until no test suite runs (\`pgrep -f 'surefire|failsafe|arquillian|payara-micro.*ROOT.war'\`),"
  echo "no Maven build runs and the machine is under 15 % busy; a window during which a test suite ran is repeated (at most 3"
  echo "times), and marked \"disturbed\" if it still was. The driver, the server and PostgreSQL share the machine's cores."
  echo "Payara log: $SEVERE SEVERE lines. Payara resident memory at the end: $RSS. Garbage collection over the run: $GC."
  echo
  echo "Reproduce: \`bench/blog/run.sh\` (logs in \`$WORK\`)."
} > "$RESULTS"
log "wrote $RESULTS"
