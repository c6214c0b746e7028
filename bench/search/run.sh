#!/usr/bin/env bash
# Search at scale (issue 4; see bench/search/README.md): 1,000,000 forum posts and 100,000 library
# resources in PostgreSQL; the Lucene index rebuilt from them through the application's own rebuild
# (throughput, size on disk); then search latency through GET /api/v1/search and, on the same data,
# through PostgreSQL full-text search (tsvector + GIN, ts_rank), at 1 and 16 clients.
# Writes bench/results/search-scale.md.
#
#   bench/search/run.sh
#   THREADS=200 POSTS=10000 RESOURCES=1000 WARMUP=3 DURATION=5 RESULTS=/tmp/smoke.md WORK=/tmp/cp-bench-search-smoke bench/search/run.sh
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../payara.sh
. "$HERE/../payara.sh"
REPO=$(cd "$HERE/../.." && pwd)
RESULTS=${RESULTS:-$REPO/bench/results/search-scale.md}
WORK=${WORK:-/tmp/cp-bench-search-work}
APP=${APP:-/tmp/cp-bench-search-app}
PAYARA_JAR=${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}
SAMPLE=${SAMPLE:-/work/shared/data/forum-sample/beer.stackexchange.posts.jsonl}
DB=${DB:-cp_bench_search}
PORT=${PORT:-8095}
BOARDS=${BOARDS:-50}
THREADS=${THREADS:-20000}
POSTS=${POSTS:-1000000}
RESOURCES=${RESOURCES:-100000}
WARMUP=${WARMUP:-90}
DURATION=${DURATION:-30}
PG_DURATION=${PG_DURATION:-$DURATION}
CLIENTS=${CLIENTS:-1,16}
MAX_WAIT=${MAX_WAIT:-1}
PAYARA_OPTS=${PAYARA_OPTS:--Xmx2g}
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1)
JDBC="jdbc:postgresql://127.0.0.1:5432/$DB"
INDEX_DIR=$WORK/index

mkdir -p "$WORK" "$(dirname "$RESULTS")"
: > "$WORK/run.log"
log() { echo "$(date +%H:%M:%S) $*" | tee -a "$WORK/run.log"; }
started=$(date +%s)

# --- 0. the application (a clone built outside the repository) and this benchmark
if [ ! -f "$APP/target/commonplace.war" ]; then
  log "cloning $REPO into $APP and building the WAR"
  rm -rf "$APP"
  git clone -q "$REPO" "$APP"
  (cd "$APP" && timeout 1200 mvn -q -B -Dmaven.test.skip=true package)
fi
APP_COMMIT=$(git -C "$APP" log -1 --format='%h %s' 2>/dev/null | cut -c1-100 || echo unknown)
log "building bench/search"
(cd "$HERE" && timeout 600 mvn -q -B package)
JAR=$HERE/target/search-bench.jar

# --- 1. a fresh database; Payara Micro creates the schema (Flyway) and the demo content
log "recreating database $DB"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB"
rm -rf "$WORK/data" "$INDEX_DIR" "$WORK/payara-root"
JAVA_CMD=(java $PAYARA_OPTS -Xlog:gc:file=$WORK/payara-gc.log
  -Dcommonplace.db.driver=org.postgresql.ds.PGSimpleDataSource
  -Dcommonplace.db.url=$JDBC
  -Dcommonplace.db.user=postgres
  -Dcommonplace.demo=true
  -Dcommonplace.mode=test
  -Dcommonplace.data.dir=$WORK/data
  -Dcommonplace.index.dir=$INDEX_DIR
  -jar "$PAYARA_JAR" --deploy "$APP/target/commonplace.war" --contextroot / --port "$PORT" --nohazelcast --rootdir "$WORK/payara-root")
start_payara

# --- 2. the data, with COPY (no search_outbox rows: the index learns about it only by the rebuild)
log "loading the forum: $BOARDS boards, $THREADS threads, $POSTS posts (bench/forum's loader)"
t=$(date +%s)
timeout 3600 java -Xmx1g -jar "$JAR" load-forum --jdbc "$JDBC" --user postgres --sample "$SAMPLE" --boards "$BOARDS" \
  --threads "$THREADS" --posts "$POSTS" --ids "$WORK/ids.properties" | tee "$WORK/load.log"
FORUM_WALL=$(( $(date +%s) - t ))
log "loading $RESOURCES library resources"
t=$(date +%s)
timeout 3600 java -Xmx1g -jar "$JAR" load-resources --jdbc "$JDBC" --user postgres --sample "$SAMPLE" --resources "$RESOURCES" \
  --ids "$WORK/ids.properties" | tee -a "$WORK/load.log"
RESOURCE_WALL=$(( $(date +%s) - t ))
prop() { sed -n "s/^$1=//p" "$WORK/ids.properties"; }
q() { "${PSQL[@]}" -d "$DB" -At -c "$1"; }
volume() {
  echo "| what | count |"
  echo "|---|---:|"
  echo "| forum threads (all cohorts; demo + loaded) | $(q "SELECT count(*) FROM forum_thread") |"
  echo "| forum posts (all cohorts) | $(q "SELECT count(*) FROM post") |"
  echo "| of which replies (position > 1: one search document each) | $(q "SELECT count(*) FROM post WHERE position > 1") |"
  echo "| library resources (all PUBLISHED) | $(q "SELECT count(*) FROM resource") |"
  echo "| resources PUBLIC / Cohort A / Cohort B | $(q "SELECT count(*) FILTER (WHERE visibility = 'PUBLIC') || ' / ' || count(*) FILTER (WHERE cohort_id = $(prop cohortAId)) || ' / ' || count(*) FILTER (WHERE cohort_id = $(prop cohortBId)) FROM resource") |"
  echo "| resource tags / thread tags | $(q "SELECT (SELECT count(*) FROM resource_tag) || ' / ' || (SELECT count(*) FROM thread_tag)") |"
  echo "| mean post body / resource body length, characters | $(q "SELECT (SELECT round(avg(length(body))) FROM post) || ' / ' || (SELECT round(avg(length(body))) FROM resource)") |"
  echo "| database size (pg_database_size), before the full-text table | $(q "SELECT pg_size_pretty(pg_database_size('$DB'))") |"
}
VOLUME=$(volume)
echo "$VOLUME" | tee -a "$WORK/run.log"

# --- 3. Lucene indexing through the application's rebuild (the coordinators' "rebuild" button)
cpu_of() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_cpu() { { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk '$2 == "(postgres)" {s += $14 + $15} END {print s + 0}'; }
CT=$(curl -fs -X POST -H 'Content-Type: application/json' -d '{"username":"coordinator","password":"commonplace-demo"}' \
  "http://localhost:$PORT/api/v1/auth/token" | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
[ -n "$CT" ] || { log "no coordinator token"; exit 1; }
status() { curl -fs -m 30 -H "Authorization: Bearer $CT" "http://localhost:$PORT/api/v1/search/status"; }
field() { python3 -c 'import json, sys
try: print(json.load(sys.stdin).get(sys.argv[1], ""))
except Exception: print("")' "$1"; }
DOCS_BEFORE=$(status | field documents)
log "index before the rebuild: $DOCS_BEFORE documents (the demo content); requesting a rebuild"
REBUILT_BEFORE=$(grep -c 'Search index rebuilt' "$WORK/payara.log" || true)
P0=$(cpu_of "$PAYARA_PID"); G0=$(pg_cpu); R0=$(date +%s.%N)
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $CT" "http://localhost:$PORT/api/v1/search/rebuild"
: > "$WORK/rebuild-progress.txt"
for _ in $(seq 1 720); do
  sleep 5
  s=$(status || true)
  echo "$(date +%H:%M:%S) $(echo "$s" | field state) $(echo "$s" | field rebuildDone)/$(echo "$s" | field rebuildTotal) documents=$(echo "$s" | field documents)" >> "$WORK/rebuild-progress.txt"
  [ "$(grep -c 'Search index rebuilt' "$WORK/payara.log" || true)" -gt "$REBUILT_BEFORE" ] && break
  grep -q 'Rebuilding the search index failed' "$WORK/payara.log" && { log "the rebuild failed; see $WORK/payara.log"; break; }
  kill -0 "$PAYARA_PID" 2>/dev/null || { log "Payara Micro exited during the rebuild"; exit 1; }
done
R1=$(date +%s.%N); P1=$(cpu_of "$PAYARA_PID"); G1=$(pg_cpu)
REBUILT_LINE=$(grep 'Search index rebuilt' "$WORK/payara.log" | tail -1 | sed 's/.*\(Search index rebuilt[^]|]*\).*/\1/' || true)
log "$REBUILT_LINE"
REBUILD_DOCS=$(echo "$REBUILT_LINE" | sed -n 's/.*rebuilt: \([0-9]*\) documents in \([0-9]*\) ms.*/\1/p')
REBUILD_MS=$(echo "$REBUILT_LINE" | sed -n 's/.*rebuilt: \([0-9]*\) documents in \([0-9]*\) ms.*/\2/p')
REBUILD_RATE=$(awk -v d="${REBUILD_DOCS:-0}" -v m="${REBUILD_MS:-0}" 'BEGIN {if (m > 0) printf "%.0f", d / (m / 1000); else print "n/a"}')
REBUILD_WALL=$(awk -v a="$R0" -v b="$R1" 'BEGIN {printf "%.0f", b - a}')
REBUILD_PAYARA_CPU=$(awk -v a="$P0" -v b="$P1" 'BEGIN {printf "%.0f", (b - a) / 100}')
REBUILD_PG_CPU=$(awk -v a="$G0" -v b="$G1" 'BEGIN {printf "%.0f", (b - a) / 100}')
sleep 3
INDEX_BYTES=$(du -sb "$INDEX_DIR" | cut -f1)
INDEX_HUMAN=$(du -sh "$INDEX_DIR" | cut -f1)
INDEX_GEN=$(cat "$INDEX_DIR/CURRENT" 2>/dev/null || echo '?')
INDEX_SEGMENTS=$(ls "$INDEX_DIR/$INDEX_GEN" 2>/dev/null | grep -c '\.si$' || true)
INDEX_FILES=$(ls "$INDEX_DIR/$INDEX_GEN" 2>/dev/null | awk -F. 'NF > 1 {print $NF}' | sort | uniq -c | awk '{printf "%s%s×%s", sep, $2, $1; sep=", "}' || true)
EXT_BYTES=$(cd "$INDEX_DIR/$INDEX_GEN" 2>/dev/null && du -cb * | awk '{split($2, a, "."); if (a[2] != "") s[a[2]] += $1} END {for (e in s) printf "%s %.0f MiB; ", e, s[e] / 1048576}' || true)
DOCS_AFTER=$(status | field documents)
log "index: $INDEX_HUMAN ($INDEX_BYTES bytes) in $INDEX_DIR/$INDEX_GEN, $INDEX_SEGMENTS segments, $DOCS_AFTER documents searchable"
# Lucene merges the rebuild's segments in background threads for minutes after the log line; every
# latency window measured meanwhile shares the cores with them (the run of 2026-11-30 did). Wait until
# Payara Micro uses less than a tenth of a core over 10 s (at most IDLE_WAIT minutes) and report the index then.
idle_since=$(date +%s)
for _ in $(seq 1 $(( ${IDLE_WAIT:-20} * 6 ))); do
  c0=$(cpu_of "$PAYARA_PID"); sleep 10; c1=$(cpu_of "$PAYARA_PID")
  [ $(( c1 - c0 )) -lt 100 ] && break
done
MERGE_WAIT=$(( $(date +%s) - idle_since ))
MERGED_BYTES=$(du -sb "$INDEX_DIR" | cut -f1)
MERGED_GEN=$(cat "$INDEX_DIR/CURRENT" 2>/dev/null || echo '?')
MERGED_SEGMENTS=$(ls "$INDEX_DIR/$MERGED_GEN" 2>/dev/null | grep -c '\.si$' || true)
log "background merges: Payara idle after $MERGE_WAIT s; index $MERGED_BYTES bytes, $MERGED_SEGMENTS segments"
if [ "${SETUP_ONLY:-0}" = 1 ]; then
  log "SETUP_ONLY=1: data loaded and indexed; stopping (database $DB, index $INDEX_DIR kept)"
  exit 0
fi
SQL_COUNT=$(curl -s -D - -o /dev/null -H 'X-Count-Sql: 1' -H "Authorization: Bearer $(curl -fs -X POST -H 'Content-Type: application/json' \
  -d '{"username":"partner1","password":"commonplace-demo"}' "http://localhost:$PORT/api/v1/auth/token" | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')" \
  "http://localhost:$PORT/api/v1/search?q=beer&size=20" | tr -d '\r' | sed -n 's/^X-Sql-Statements: *//Ip')

# --- 4. the PostgreSQL full-text baseline on the same rows
log "building the PostgreSQL full-text table and its GIN index"
t=$(date +%s)
timeout 3600 java -jar "$JAR" pg-fts --jdbc "$JDBC" --ids "$WORK/ids.properties" | tee -a "$WORK/load.log"
PG_WALL=$(( $(date +%s) - t ))

# --- 5. search latency, on a Payara that did not run the rebuild, after a JIT warm-up
# A JVM that indexed 1.1 M items answered searches more slowly than a fresh one of the same age, and
# the JIT compiler kept a core busy for minutes after start-up (docs/benchmarks.md): restart, then
# drive both API targets unrecorded for JIT_WARMUP seconds before the recorded windows.
jit_warmup() {
  log "JIT warm-up: both API targets at 16 clients, ${JIT_WARMUP:-240} s in all, not recorded"
  timeout 1200 java -Xmx1g -jar "$JAR" drive --base "http://localhost:$PORT" --jdbc "$JDBC" --ids "$WORK/ids.properties" \
    --payara-pid "$PAYARA_PID" --warmup $(( ${JIT_WARMUP:-240} / 2 )) --duration 1 --clients 16 \
    --max-wait-minutes 0 --only 'API)' --out "$WORK/driver-jit-warmup.md" > "$WORK/drive-jit-warmup.log" 2>&1 || true
}
stop_payara
cp "$WORK/payara.log" "$WORK/payara-rebuild.log"
# a fresh runtime directory: Payara Micro first starts the application recorded in an old one, then
# replaces it with --deploy's (the run at d5d24d7 logged a SEVERE from the replaced instance's start)
rm -rf "$WORK/payara-root"
start_payara
jit_warmup
log "driving the search load"
timeout 5400 java -Xmx1g -jar "$JAR" drive --base "http://localhost:$PORT" --jdbc "$JDBC" --ids "$WORK/ids.properties" \
  --payara-pid "$PAYARA_PID" --warmup "$WARMUP" --duration "$DURATION" --pg-duration "$PG_DURATION" --clients "$CLIENTS" \
  --max-wait-minutes "$MAX_WAIT" --out "$WORK/driver.md" | tee "$WORK/drive.log"
SEVERE=$(cat "$WORK/payara-rebuild.log" "$WORK/payara.log" | grep -c 'SEVERE' || true)
WARNINGS=$(cat "$WORK/payara-rebuild.log" "$WORK/payara.log" | grep -c 'WARNING' || true)
SEARCH_LOG=$(cat "$WORK/payara-rebuild.log" "$WORK/payara.log" | grep -E 'org\.commonplace\.search' | sed -e 's/^\[\([^]]*\)\].*\[levelValue: [0-9]*\] */\1 /' | cut -c1-300 | tail -20 || true)
GC=$(grep 'Pause' "$WORK/payara-gc.log" | grep -o '[0-9.]*ms$' | awk '{n++; t += $1; if ($1 > m) m = $1} END {printf "%d pauses, %.1f s in total, longest %.0f ms", n, t / 1000, m}' || true)
RSS=$(awk '/VmRSS/{printf "%d MiB", $2/1024}' "/proc/$PAYARA_PID/status" 2>/dev/null || echo unknown)

# --- 6. the API windows again, with every search counting its matches anew (no count cache)
if [ "${UNCACHED:-1}" = 1 ]; then
  stop_payara
  cp "$WORK/payara.log" "$WORK/payara-cached.log"
  JAVA_CMD=("${JAVA_CMD[0]}" -Dcommonplace.search.count-cache-entries=0 "${JAVA_CMD[@]:1}")
  rm -rf "$WORK/payara-root"
  start_payara
  jit_warmup
  log "driving the search API again without the count cache"
  timeout 5400 java -Xmx1g -jar "$JAR" drive --base "http://localhost:$PORT" --jdbc "$JDBC" --ids "$WORK/ids.properties" \
    --payara-pid "$PAYARA_PID" --warmup "$WARMUP" --duration "$DURATION" --pg-duration "$PG_DURATION" --clients "$CLIENTS" \
    --max-wait-minutes "$MAX_WAIT" --only 'API)' --out "$WORK/driver-uncached.md" | tee "$WORK/drive-uncached.log"
fi

stop_payara
trap - EXIT
log "Payara Micro stopped"

PG_VERSION=$(q "SELECT version()")
PG_SETTINGS=$(q "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name) FROM pg_settings WHERE name IN ('autovacuum','shared_buffers','work_mem','effective_cache_size','max_parallel_workers_per_gather','jit','random_page_cost')")
CPU_MODEL=$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)
mib() { awk -v b="$1" 'BEGIN {printf "%.0f MiB", b / 1048576}'; }
{
  echo "# Search at scale (issue 4)"
  echo
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) with \`bench/search/run.sh\` (run time $(( ($(date +%s) - started) / 60 )) min)."
  echo "One run; the figures are those of this run only, not averages."
  echo
  echo "## Machine"
  echo
  echo "- $(nproc) cores ($CPU_MODEL), $(free -m | awk '/Mem:/{printf "%.1f GiB", $2/1024}') memory, no swap; $(uname -sr)"
  echo "- **the load driver, Payara Micro and PostgreSQL share these $(nproc) cores** (and whatever else ran on the machine:"
  echo "  the CPU columns below say how much each used in each window)"
  echo "- $(java -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "- $PG_VERSION, on 127.0.0.1; settings: $PG_SETTINGS"
  echo "- Payara Micro 6.2025.10, \`${PAYARA_OPTS}\`, \`--nohazelcast\`; Lucene 9.12.3 (in the WAR)"
  echo "- application: \`commonplace.war\` built from a clone of the repository at commit \`$APP_COMMIT\`"
  echo
  echo "## Data"
  echo
  echo "Loaded directly with COPY, not through the API (so without search_outbox rows): the demo content, then"
  echo "bench/forum's loader ($BOARDS boards, $THREADS threads and $POSTS posts in Cohort A, texts of the"
  echo "beer.stackexchange sample, $(wc -l < "$SAMPLE") posts, repeated with variations), then $RESOURCES library resources"
  echo "(ResourceLoader: the sample's questions as titles, their first paragraph as summary, question plus 1-3 of its answers"
  echo "and sometimes another answer as body, the question's tags; 60 % PUBLIC, 25 % Cohort A, 15 % Cohort B; all"
  echo "PUBLISHED, all English — the sample has no other language)."
  echo
  echo "$VOLUME"
  echo
  echo "Load times: forum $(prop loadSecondsTotal) s (posts $(prop loadSecondsPosts) s), resources $(prop loadSecondsResources) s"
  echo "(+ VACUUM (ANALYZE) $(prop loadSecondsResourcesVacuum) s); loader JVM wall times $FORUM_WALL s and $RESOURCE_WALL s."
  echo
  echo "Because the sample has only $(wc -l < "$SAMPLE") posts, every text occurs some hundreds of times: term statistics"
  echo "are those of a small vocabulary repeated, and a \"rare\" word (one sample post) is in hundreds of items."
  echo
  echo "## Indexing throughput (Lucene, the production rebuild)"
  echo
  echo "Payara Micro started on the empty database, so its start-up built an index of the demo content only"
  echo "($DOCS_BEFORE documents). After loading, the run signed in as \`coordinator\` and asked for a rebuild"
  echo "(\`POST /api/v1/search/rebuild\`): IndexRebuild reads resources, threads (with their opening post) and replies in"
  echo "batches of 1,000 through JPA, renders Markdown to text, and writes a new index generation with one IndexWriter"
  echo "(64 MB RAM buffer) in one thread; progress was polled from \`GET /api/v1/search/status\` every 5 s"
  echo "(\`$WORK/rebuild-progress.txt\`)."
  echo
  echo "| what | measured |"
  echo "|---|---:|"
  echo "| Payara log | \`$REBUILT_LINE\` |"
  echo "| documents indexed | $REBUILD_DOCS |"
  echo "| rebuild time (from the log) | $(awk -v m="${REBUILD_MS:-0}" 'BEGIN {printf "%.1f s", m / 1000}') |"
  echo "| **throughput** | **$REBUILD_RATE items/s** |"
  echo "| wall time from the request to the log line (includes the up to 2 s until the node notices the request, and the polling) | $REBUILD_WALL s |"
  echo "| CPU used meanwhile: Payara / PostgreSQL | $REBUILD_PAYARA_CPU s / $REBUILD_PG_CPU s |"
  echo "| **index size on disk** (\`du -sb\` of the index directory) | **$(mib "$INDEX_BYTES")** ($INDEX_BYTES bytes) |"
  echo "| segments (not force-merged) | $INDEX_SEGMENTS |"
  echo "| time until Payara's background merges ended (< 0.1 core over 10 s; the latency windows start after it) | $MERGE_WAIT s |"
  echo "| index size / segments then | $(mib "$MERGED_BYTES") / $MERGED_SEGMENTS |"
  echo "| files by extension | $INDEX_FILES |"
  echo "| bytes by extension | $EXT_BYTES |"
  echo "| documents searchable after the rebuild (status) | $DOCS_AFTER |"
  echo
  echo "## The PostgreSQL full-text baseline"
  echo
  echo "Built after the Lucene rebuild, on the same rows (\`PgFts\`): table \`bench_fts_doc\` (kind, item_id, cohort_id,"
  echo "tsv), one row per item the Lucene index holds, \`tsv\` = \`setweight(to_tsvector('english', title), 'A') ||"
  echo "tags 'B' || summary 'C' || body 'D'\` (threads: title, tags, opening post; replies: body only), and a GIN index on"
  echo "\`tsv\` (built with \`maintenance_work_mem\` = 512MB for the session)."
  echo
  echo "| what | measured |"
  echo "|---|---:|"
  echo "| rows (resources / threads / replies) | $(prop pgRows) ($(prop pgRowsResources) / $(prop pgRowsThreads) / $(prop pgRowsReplies)) |"
  echo "| tsvector computation (INSERT … SELECT): resources / threads / replies | $(prop pgSecondsResources) s / $(prop pgSecondsThreads) s / $(prop pgSecondsReplies) s |"
  echo "| GIN index build | $(prop pgSecondsGin) s |"
  echo "| VACUUM (ANALYZE) | $(prop pgSecondsVacuum) s |"
  echo "| table size (with TOAST) / GIN index size | $(mib "$(prop pgTableBytes)") / $(mib "$(prop pgGinBytes)") |"
  echo "| wall time of the step | $PG_WALL s |"
  echo
  echo "Each PostgreSQL \"request\" is two statements on one connection (autocommit), as a result page needs them:"
  echo
  echo '```sql'
  echo "SELECT d.kind, d.item_id, ts_rank(d.tsv, q) AS rank FROM bench_fts_doc d, websearch_to_tsquery('english', ?) q"
  echo " WHERE d.tsv @@ q AND (d.cohort_id IS NULL OR d.cohort_id = ANY(?)) ORDER BY rank DESC LIMIT 20;"
  echo "SELECT count(*) FROM bench_fts_doc d"
  echo " WHERE d.tsv @@ websearch_to_tsquery('english', ?) AND (d.cohort_id IS NULL OR d.cohort_id = ANY(?));"
  echo '```'
  echo
  echo "with partner1's cohorts (Cohort A) or an empty array (anonymous): the same rule as the application's visibility"
  echo "tokens for these two viewers. It does less than the API: no snippets, no facets, no titles from the entities, no"
  echo "re-check of the page, no JSON, no HTTP; and one denormalised table where Discourse joins post_search_data to posts."
  echo
  echo "## Search latency: method"
  echo
  echo "Payara Micro is restarted after the rebuild (the JVM that indexed is not the one measured) and both API targets are"
  echo "driven at 16 clients for ${JIT_WARMUP:-240} s, not recorded, so that the JIT compiler has done most of its work (the same"
  echo "restart and warm-up precede the pass without the count cache)."
  echo
  echo "\`search-bench.jar drive\`: for each target (API as partner1, API anonymous, PostgreSQL as partner1, PostgreSQL"
  echo "anonymous) one pass over the query mix at one client (totals compared, first latencies), a warm-up of $WARMUP s at"
  echo "the highest client count, then closed-loop windows at $CLIENTS clients ($DURATION s for the API, $PG_DURATION s for"
  echo "PostgreSQL). Each client runs the whole mix in its own shuffled order, round and round, without think time, so each"
  echo "class's share of the requests depends on how fast its queries are. Latency = request sent to answer read (HTTP:"
  echo "last byte; JDBC: both result sets read), HdrHistogram in µs; errors = non-200 answers, I/O or SQL exceptions."
  echo "Before each window the driver waits (at most $MAX_WAIT min) while a test suite or a Maven build runs or the machine is"
  echo "more than 15 % busy; a window in which other processes took more than 0.25 cores is repeated once. Not corrected"
  echo "for coordinated omission. API requests: \`GET /api/v1/search?size=20&q=…\` (relevance order, page 1), which also"
  echo "computes facet counts over all hits, highlights snippets for the page and re-reads the page's items from the"
  echo "database (SQL statements for one request as partner1, \`X-Count-Sql\`: ${SQL_COUNT:-not reported})."
  echo
  echo "Each node keeps the totals and facet counts of recent searches for its current index state"
  echo "(\`SearchCounts\`, \`commonplace.search.count-cache-entries\`, 1,000 by default; ADR 0014), and the mix repeats 28"
  echo "queries, so in the windows below the counting of most API requests was answered from it. The section"
  echo "\"Without the count cache\" repeats the API windows with the setting at 0 (every search counts its matches"
  echo "anew, as a query nobody asked since the last change to the index does)."
  echo
  echo "A node works on at most \`commonplace.search.concurrency\` searches at once (default 1.5 × processors + 1, i.e."
  echo "$(( $(nproc) * 3 / 2 + 1 )) here, unless PAYARA_OPTS sets it: \`${PAYARA_OPTS}\`); the other requests wait their turn, first"
  echo "come first served (\`SearchAdmission\`, ADR 0024), so at 16 clients most of a request's latency is its wait."
  echo
  echo "### The query mix (fixed before the run)"
  echo
  echo "Chosen from the sample's vocabulary (document frequencies and frequent word pairs of the 2,235 sample posts) before"
  echo "any search ran on the loaded data. The API joins the words with OR (an item with any of them matches; those with"
  echo "more of them, rarer ones, in the title rank higher: BM25F over title, tags, summary and body, ADR 0014); the PostgreSQL"
  echo "form uses \`or\` to keep the same meaning (Discourse itself ANDs the words and adds prefix matching: neither is used here)."
  echo
  java -cp "$JAR" org.commonplace.bench.search.PrintMix
  echo
  cat "$WORK/driver.md"
  if [ -f "$WORK/driver-uncached.md" ] && [ "${UNCACHED:-1}" = 1 ]; then
    echo
    echo "## Without the count cache"
    echo
    echo "Payara Micro restarted on the same database and index with \`-Dcommonplace.search.count-cache-entries=0\`;"
    echo "the same driver, API targets only."
    echo
    sed -e 's/^## /### /' "$WORK/driver-uncached.md" | sed -e '/^### PostgreSQL ÷ Lucene/,/^### Each query once/{/^### Each query once/!d}'
  fi
  echo
  echo "## What else ran and what the application logged"
  echo
  echo "- Payara log: $SEVERE SEVERE and $WARNINGS WARNING lines; resident memory at the end $RSS; garbage collection over"
  echo "  the whole run (\`-Xlog:gc\`): $GC."
  echo "- search lines of the Payara log:"
  echo
  echo '```'
  echo "$SEARCH_LOG"
  echo '```'
  if [ -f "$HERE/observations.md" ]; then
    echo
    cat "$HERE/observations.md"
  fi
  echo
  echo "## How to reproduce"
  echo
  echo '```bash'
  echo "bench/search/run.sh"
  echo '```'
  echo
  echo "Logs and the index stay in \`$WORK\`; the Payara command line was"
  echo
  echo '```'
  echo "${JAVA_CMD[*]}"
  echo '```'
} > "$RESULTS"
log "wrote $RESULTS"
