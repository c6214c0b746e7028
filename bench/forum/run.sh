#!/usr/bin/env bash
# Load benchmark of the forum (see bench/forum/README.md): a cohort with 50 boards, 20,000 threads
# and 1,000,000 posts in PostgreSQL, then p50/p99 latency and throughput over HTTP at 1 and 32
# clients. Writes bench/results/forum-load.md.
#
#   bench/forum/run.sh
#   THREADS=200 POSTS=10000 DURATION=5 WARMUP=2 RESULTS=/tmp/smoke.md bench/forum/run.sh   # a quick smoke run
#
# Everything else stays outside the repository: the application is cloned and built in $APP, the
# logs and intermediate files are in $WORK, Payara Micro listens on $PORT and uses database $DB.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../payara.sh
. "$HERE/../payara.sh"
REPO=$(cd "$HERE/../.." && pwd)
RESULTS=${RESULTS:-$REPO/bench/results/forum-load.md}
WORK=${WORK:-/tmp/cp-bench-work}
APP=${APP:-/tmp/cp-bench-app}
PAYARA_JAR=${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}
SAMPLE=${SAMPLE:-/work/shared/data/forum-sample/beer.stackexchange.posts.jsonl}
DB=${DB:-commonplace_bench}
PORT=${PORT:-8181}
BOARDS=${BOARDS:-50}
THREADS=${THREADS:-20000}
POSTS=${POSTS:-1000000}
# 60 s, not 10: after 10 s of warm-up the JIT compiler still took up to 0.9 of the 2 cores (measured;
# see bench/results/forum-load.md)
WARMUP=${WARMUP:-60}
DURATION=${DURATION:-25}
CLIENTS=${CLIENTS:-1,32}
PAYARA_OPTS=${PAYARA_OPTS:--Xmx1g}
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1)

mkdir -p "$WORK" "$(dirname "$RESULTS")"
: > "$WORK/run.log"
log() { echo "$(date +%H:%M:%S) $*" | tee -a "$WORK/run.log"; }
started=$(date +%s)

# --- 0. the application (a clone built outside the repository) and this benchmark
if [ ! -f "$APP/target/commonplace.war" ]; then
  log "cloning $REPO into $APP and building the WAR"
  rm -rf "$APP"
  git clone -q "$REPO" "$APP"
  # -Dmaven.test.skip=true rather than -DskipTests: the latter still compiles the tests, and the
  # test sources of the benchmarked commit do not compile (NotificationsIT)
  (cd "$APP" && timeout 1200 mvn -q -B -Dmaven.test.skip=true package)
fi
APP_COMMIT=$(git -C "$APP" log -1 --format='%h %s' 2>/dev/null | cut -c1-100 || echo unknown)
log "building bench/forum"
(cd "$HERE" && timeout 600 mvn -q -B package)
JAR=$HERE/target/forum-bench.jar

# --- (a) a fresh database
log "recreating database $DB"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB"

# --- (b) Payara Micro with the application; Flyway creates the schema, the demo content Cohort A
# its own --rootdir: the test suite's .ci/run deletes /tmp/payaramicro-rt*, Payara Micro's default
# runtime directory, and a first smoke run of this script lost its Payara Micro just then
rm -rf /tmp/cp-bench-data /tmp/cp-bench-index "$WORK/payara-root"
JAVA_CMD=(java $PAYARA_OPTS -Xlog:gc:file=$WORK/payara-gc.log
  -Dcommonplace.db.driver=org.postgresql.ds.PGSimpleDataSource
  -Dcommonplace.db.url=jdbc:postgresql://127.0.0.1:5432/$DB
  -Dcommonplace.db.user=postgres
  -Dcommonplace.demo=true
  -Dcommonplace.mode=test
  -Dcommonplace.data.dir=/tmp/cp-bench-data
  -Dcommonplace.index.dir=/tmp/cp-bench-index
  -jar "$PAYARA_JAR" --deploy "$APP/target/commonplace.war" --contextroot / --port "$PORT" --nohazelcast --rootdir "$WORK/payara-root")
start_payara

# --- (c) the data
log "loading: $BOARDS boards, $THREADS threads, $POSTS posts"
load_start=$(date +%s)
timeout 3600 java -Xmx1g -jar "$JAR" load --jdbc "jdbc:postgresql://127.0.0.1:5432/$DB" --user postgres \
  --sample "$SAMPLE" --boards "$BOARDS" --threads "$THREADS" --posts "$POSTS" --ids "$WORK/ids.properties" \
  | tee "$WORK/load.log"
load_wall=$(( $(date +%s) - load_start ))
prop() { sed -n "s/^$1=//p" "$WORK/ids.properties"; }

q() { "${PSQL[@]}" -d "$DB" -At -c "$1"; }
COHORT=$(prop cohortId)
volume() {
  echo "| what | count |"
  echo "|---|---:|"
  echo "| boards of Cohort A | $(q "SELECT count(*) FROM board WHERE cohort_id = $COHORT") |"
  echo "| threads of Cohort A | $(q "SELECT count(*) FROM forum_thread WHERE cohort_id = $COHORT") |"
  echo "| posts in threads of Cohort A | $(q "SELECT count(*) FROM post p JOIN forum_thread t ON t.id = p.thread_id WHERE t.cohort_id = $COHORT") |"
  echo "| boards / threads / posts, whole database | $(q "SELECT (SELECT count(*) FROM board) || ' / ' || (SELECT count(*) FROM forum_thread) || ' / ' || (SELECT count(*) FROM post)") |"
  echo "| thread tags | $(q "SELECT count(*) FROM thread_tag") |"
  echo "| posts that reply to an earlier post | $(q "SELECT count(*) FROM post WHERE reply_to_id IS NOT NULL") |"
  echo "| database size (pg_database_size) | $(q "SELECT pg_size_pretty(pg_database_size('$DB'))") |"
  echo "| table post with TOAST and indexes (pg_total_relation_size) | $(q "SELECT pg_size_pretty(pg_total_relation_size('post'))") |"
  echo "| mean post body length, characters | $(q "SELECT round(avg(length(body))) FROM post") |"
}
log "counting rows"
VOLUME_AFTER_LOAD=$(volume)
CONSISTENCY=$(q "SELECT count(*) FROM forum_thread t LEFT JOIN (SELECT thread_id, count(*) n, max(position) mp, max(created_at) last FROM post GROUP BY thread_id) p ON p.thread_id = t.id WHERE t.post_count <> coalesce(p.n, 0) OR t.post_count <> coalesce(p.mp, 0) OR t.last_activity_at <> p.last")
BOARD_THREADS=$(q "SELECT count(*) FROM forum_thread WHERE board_id = $(prop boardId)")
MEASURED_POSTS=$(q "SELECT count(*) FROM post WHERE thread_id = $(prop threadId)")
log "threads whose post_count / last_activity_at disagree with their posts: $CONSISTENCY"
echo "$VOLUME_AFTER_LOAD" | tee -a "$WORK/run.log"

# --- (d) the load driver; it waits before each measured window until no other test suite runs
log "driving load"
timeout 7200 java -Xmx512m -jar "$JAR" drive --base "http://localhost:$PORT" --ids "$WORK/ids.properties" \
  --payara-pid "$PAYARA_PID" --sample "$SAMPLE" --warmup "$WARMUP" --duration "$DURATION" --clients "$CLIENTS" \
  --jdbc "jdbc:postgresql://127.0.0.1:5432/$DB" --out "$WORK/driver.md" | tee "$WORK/drive.log"
POSTS_AFTER=$(q "SELECT count(*) FROM post")
SEVERE=$(grep -c 'SEVERE' "$WORK/payara.log" || true)
GC=$(grep 'Pause' "$WORK/payara-gc.log" | grep -o '[0-9.]*ms$' | awk '{n++; t += $1} END {printf "%d pauses, %.1f s in total", n, t / 1000}')
RSS=$(awk '/VmRSS/{printf "%d MiB", $2/1024}' "/proc/$PAYARA_PID/status" 2>/dev/null || echo unknown)

# --- (e) stop Payara and write the report
stop_payara
trap - EXIT
log "Payara Micro stopped"

PG_VERSION=$(q "SELECT version()")
PG_SETTINGS=$(q "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name) FROM pg_settings WHERE name IN ('autovacuum','shared_buffers','work_mem','effective_cache_size','synchronous_commit','max_connections','random_page_cost')")
CPU_MODEL=$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)
{
  echo "# Forum load benchmark"
  echo
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) with \`bench/forum/run.sh\` (run time $(( ($(date +%s) - started) / 60 )) min)."
  echo "One run; the figures are those of this run only, not averages."
  echo
  echo "## Machine"
  echo
  echo "- $(nproc) cores ($CPU_MODEL), $(free -m | awk '/Mem:/{printf "%.1f GiB", $2/1024}') memory, no swap; $(uname -sr)"
  echo "- $(java -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "- $PG_VERSION, on 127.0.0.1; settings: $PG_SETTINGS"
  echo "- Payara Micro 6.2025.10, \`${PAYARA_OPTS}\`, \`--nohazelcast --rootdir $WORK/payara-root\`; application pool 2-32 connections (\`@DataSourceDefinition\`)"
  echo "- application: \`commonplace.war\` built from a clone of the repository at commit \`$APP_COMMIT\`"
  echo "- the load driver, Payara Micro and PostgreSQL all run on this one machine and share its cores; the"
  echo "  tables give the CPU that each used during each window"
  echo
  echo "## Data"
  echo
  echo "The demo content (Cohort A: 3 boards, demo threads; members mentor1, partner1, partner2) plus what the"
  echo "loader adds to Cohort A: boards up to $BOARDS, $THREADS threads, $POSTS posts. Texts come from"
  echo "\`beer.stackexchange.posts.jsonl\` ($(wc -l < "$SAMPLE") posts), converted from HTML to Markdown and repeated with"
  echo "variations (a question opens each thread, its own answers come first, then other answers; some replies get an"
  echo "opener or a second paragraph, some are one-liners; titles repeat with a \`(#n)\` suffix). 15 % of the threads are"
  echo "pain points (OPEN). Authors are the three Cohort A members. 20 % of the replies from position 3 on quote an earlier"
  echo "post of their thread (\`reply_to_id\`). Threads carry up to 3 tags of their sample question."
  echo
  echo "Right after loading (before the reply benchmark added posts):"
  echo
  echo "$VOLUME_AFTER_LOAD"
  echo
  echo "- posts per loaded thread: min $(prop postsMin), median $(prop postsMedian), max $(prop postsMax);"
  echo "  $(prop threads10to100) of $THREADS threads have 10-100 posts"
  echo "- measured thread: id $(prop threadId), $MEASURED_POSTS posts; measured board: id $(prop boardId), $BOARD_THREADS threads;"
  echo "  reply target thread (one-thread reply test): id $(prop replyThreadId)"
  echo "- threads whose \`post_count\` or \`last_activity_at\` disagree with their posts: $CONSISTENCY"
  echo "- posts in the database after the run (the reply tests add posts): $POSTS_AFTER"
  echo
  echo "## Load time"
  echo
  echo "| step | seconds |"
  echo "|---|---:|"
  echo "| boards (INSERT), threads and tags (COPY) | $(prop loadSecondsBoardsThreads) |"
  echo "| posts (COPY in $(( (THREADS + 499) / 500 )) chunks of 500 threads, indexes and foreign keys in place) | $(prop loadSecondsPosts) |"
  echo "| VACUUM (ANALYZE) of board, forum_thread, thread_tag, post, then ANALYZE | $(prop loadSecondsVacuumAnalyze) |"
  echo "| loader total (including reading the sample) | $(prop loadSecondsTotal) |"
  echo "| loader JVM wall time | $load_wall |"
  echo
  echo "## How to reproduce"
  echo
  echo '```bash'
  echo "bench/forum/run.sh"
  echo '```'
  echo
  echo "It clones the repository to \`$APP\` and builds the WAR there if it is missing (\`mvn -q -B -Dmaven.test.skip=true package\`),"
  echo "builds \`bench/forum\` (\`mvn -q -B package\` in that directory), recreates database \`$DB\`, starts"
  echo
  echo '```'
  echo "${JAVA_CMD[*]}"
  echo '```'
  echo
  echo "waits for \`/health\` UP, runs \`java -jar bench/forum/target/forum-bench.jar load ...\` and then"
  echo "\`java -jar bench/forum/target/forum-bench.jar drive --warmup $WARMUP --duration $DURATION --clients $CLIENTS ...\`,"
  echo "stops Payara and writes this file. Logs: \`$WORK\`."
  echo
  echo "Method: closed loop, each client sends its next request as soon as the previous answer is complete (no think"
  echo "time). Latency is from sending the request to the last byte of the answer, recorded in an HdrHistogram (µs,"
  echo "3 significant digits); errors are answers other than 2xx (and I/O failures). Each window is preceded by a check"
  echo "that no other test suite runs (\`pgrep -f 'surefire|failsafe|arquillian|payara-micro.*ROOT.war'\`), that no Maven build runs"
  echo "(\`pgrep -f plexus-classworlds\`) and that the machine is idle (under 15 % busy over 5 s); a window during which a test"
  echo "suite ran or other processes than Payara, PostgreSQL and the driver took more than 0.25 cores is repeated (at most 5 times)."
  echo "PostgreSQL runs with autovacuum $(q "SHOW autovacuum") on this machine (a server-wide setting, left alone); the driver therefore runs"
  echo "\`VACUUM (ANALYZE)\` of the tables the requests write (forum_thread, post, watch, thread_read, api_token, browser_session,"
  echo "notification) before each endpoint, so that one endpoint's dead rows do not slow the next one."
  echo "Payara log: $SEVERE SEVERE lines. Payara resident memory at the end: $RSS. Payara garbage collection over"
  echo "the whole run (start-up, load and all windows; \`-Xlog:gc\`): $GC."
  echo
  cat "$WORK/driver.md"
  if [ -f "$HERE/observations.md" ]; then
    echo
    cat "$HERE/observations.md"
  fi
} > "$RESULTS"
log "wrote $RESULTS"
