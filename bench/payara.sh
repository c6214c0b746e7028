# Starting and stopping Payara Micro for a benchmark; sourced by forum/run.sh and search/run.sh.
# The caller defines log(), WORK, PORT and the array JAVA_CMD (the java command line of Payara).

# Stops the Payara Micro started by start_payara: TERM, up to a minute to finish, then KILL.
stop_payara() {
  if kill -0 "$PAYARA_PID" 2>/dev/null; then
    kill "$PAYARA_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$PAYARA_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$PAYARA_PID" 2>/dev/null || true
  fi
}

# Starts JAVA_CMD in the background (log in $WORK/payara.log), stops it when the script exits,
# and waits up to 10 minutes for /health to answer UP. Sets PAYARA_PID.
start_payara() {
  log "starting Payara Micro: ${JAVA_CMD[*]}"
  "${JAVA_CMD[@]}" > "$WORK/payara.log" 2>&1 &
  PAYARA_PID=$!
  trap stop_payara EXIT
  trap 'exit 143' INT TERM
  local up=0
  for _ in $(seq 1 200); do
    if curl -fs -m 5 "http://localhost:$PORT/health" 2>/dev/null | grep -q '"status" *: *"UP"'; then up=1; break; fi
    kill -0 "$PAYARA_PID" 2>/dev/null || { log "Payara Micro exited; see $WORK/payara.log"; exit 1; }
    sleep 3
  done
  [ "$up" = 1 ] || { log "no /health UP after 10 minutes; see $WORK/payara.log"; exit 1; }
  log "Payara Micro is up (pid $PAYARA_PID)"
}
