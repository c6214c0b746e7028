#!/usr/bin/env bash
# Measures what a newcomer waits for: a cold build, the README's Run command to the first page, and
# the resident memory of the running application. Writes target/bench/startup.txt.
#   bench/startup.sh            # warm local Maven repository
#   COLD=1 bench/startup.sh     # also an empty Maven repository (downloads everything from Central)
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench/startup.txt
mkdir -p target/bench
elapsed() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e-s}'; }
work=$(mktemp -d)
git clone -q . "$work/clone"
cd "$work/clone"
{
  echo "# Commonplace start-up measurements, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
  if [ "${COLD:-0}" = 1 ]; then
    start=$(date +%s.%N)
    mvn -B -q -Dmaven.repo.local="$work/m2" -DskipTests package >/dev/null
    echo "cold build (empty Maven repository, mvn -DskipTests package): $(elapsed "$start") s"
    rm -rf target
  fi
  start=$(date +%s.%N)
  mvn -B -q -DskipTests package >/dev/null
  echo "build from a fresh clone, warm Maven repository (mvn -DskipTests package): $(elapsed "$start") s"
  rm -rf target data
  start=$(date +%s.%N)
  (mvn -B -DskipTests package payara-micro:start > "$work/run.log" 2>&1 &)
  until curl -fs -o /dev/null http://localhost:8080/; do sleep 0.25; done
  echo "README Run command to first page (build + start + demo content): $(elapsed "$start") s"
  sleep 10
  pid=$(pgrep -f 'payara-micro.*jar' | head -1)
  echo "resident memory 10 s after the first page: $(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 )) MiB"
  for path in / /login /api/v1/me /health; do
    curl -s -o /dev/null http://localhost:8080$path
  done
  t=$(curl -s -o /dev/null -w '%{time_total}' http://localhost:8080/)
  echo "one warm request for / : ${t} s"
  pkill -f 'payara-micro:start' || true
  pkill -f 'payara-micro.*jar' || true
} | tee "$OLDPWD/$out"
rm -rf "$work"
