#!/usr/bin/env bash
# A real single-node Elasticsearch 8 on 127.0.0.1 for development and CI, built from Maven Central (see README.md).
#
#   es.sh start    build if needed, start in the background, wait until healthy; last stdout line: the URL
#   es.sh stop     stop the node this script started
#   es.sh status   running / not running, and the URL
#   es.sh url      the URL if the node is healthy, else exit 1
#
# Environment: ES_PORT (9200), ES_DATA_DIR (tools/elasticsearch/.data), ES_JAVA_OPTS (appended after -Xms512m -Xmx1g),
#              ES_START_TIMEOUT (180 seconds), JAVA_HOME (else `java` on PATH; Java 17+).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT="${ES_PORT:-9200}"
DATA_DIR="${ES_DATA_DIR:-$HERE/.data}"
URL="http://127.0.0.1:$PORT"
PID_FILE="$DATA_DIR/es.pid"
LOG="$DATA_DIR/logs/elasticsearch.log"
OUT="$DATA_DIR/logs/jvm.out"
JAR="$HERE/target/proxlab-elasticsearch.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
TIMEOUT="${ES_START_TIMEOUT:-180}"

say() { echo "es.sh: $*" >&2; }

healthy() { curl -fsS -m 5 -o /dev/null "$URL/_cluster/health?wait_for_status=yellow&timeout=2s" 2>/dev/null; }

# pid of the node started by this script, if that process is still alive (guards against pid reuse)
our_pid() {
  local pid
  pid="$(cat "$PID_FILE" 2>/dev/null)" || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "proxlab-elasticsearch.jar" && echo "$pid"
}

fail() { # sentence, then the log tails
  say "$1"
  if [[ -s "$LOG" ]]; then say "last 40 lines of $LOG:"; tail -n 40 "$LOG" >&2; fi
  if [[ -s "$OUT" ]]; then say "JVM output ($OUT):"; tail -n 20 "$OUT" >&2; fi
  exit 1
}

build() {
  local stale=""
  [[ -f "$JAR" && -d "$HERE/target/lib" ]] || stale=yes
  [[ -z "$stale" && -n "$(find "$HERE/pom.xml" "$HERE/src" -newer "$JAR" -type f 2>/dev/null | head -n 1)" ]] && stale=yes
  [[ -n "$stale" ]] || return 0
  command -v mvn >/dev/null || { say "Maven (mvn) is needed to build the node but is not on PATH."; exit 1; }
  mkdir -p "$HERE/target"
  if ! mvn -q -B -o -f "$HERE/pom.xml" package >"$HERE/target/build.log" 2>&1; then
    say "downloading Elasticsearch jars from Maven Central (first run only, about 85 MB incl. Maven plugins) ..."
    mvn -q -B -f "$HERE/pom.xml" package >"$HERE/target/build.log" 2>&1 ||
      { tail -n 40 "$HERE/target/build.log" >&2; say "the Maven build failed (full log: $HERE/target/build.log)."; exit 1; }
  fi
}

start() {
  command -v curl >/dev/null || { say "curl is needed to check the node's health but is not on PATH."; exit 1; }
  local pid waited=0
  if pid="$(our_pid)"; then
    if healthy; then echo "$URL"; return 0; fi
    say "already running (pid $pid); waiting for it to become healthy"
  else
    if curl -s -m 2 -o /dev/null "$URL/" 2>/dev/null; then
      # Another healthy Elasticsearch (e.g. started from another checkout) serves as well.
      if healthy; then say "using the Elasticsearch already running on $URL"; echo "$URL"; return 0; fi
      say "port $PORT is already in use by a process that es.sh did not start; stop it or set ES_PORT to a free port."
      exit 1
    fi
    build
    mkdir -p "$DATA_DIR/logs"
    # shellcheck disable=SC2086  # ES_JAVA_OPTS is a list of options
    nohup "$JAVA" -Xms512m -Xmx1g -Xss1m -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow \
      -XX:ErrorFile="$DATA_DIR/logs/hs_err_pid%p.log" -Dfile.encoding=UTF-8 -Djava.awt.headless=true \
      -Djava.locale.providers=SPI,CLDR -Djna.nosys=true -Des.networkaddress.cache.ttl=60 \
      -Des.networkaddress.cache.negative.ttl=10 -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true \
      -Dio.netty.recycler.maxCapacityPerThread=0 -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true \
      -Dlog4j2.formatMsgNoLookups=true ${ES_JAVA_OPTS:-} \
      -jar "$JAR" --home "$DATA_DIR" --port "$PORT" >"$OUT" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$PID_FILE"
  fi
  until healthy; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      fail "Elasticsearch exited during startup (see the log below)."
    fi
    if ((waited >= TIMEOUT)); then
      kill "$pid" 2>/dev/null || true
      rm -f "$PID_FILE"
      fail "Elasticsearch did not become healthy on $URL within ${TIMEOUT}s, so it was stopped."
    fi
    sleep 1
    waited=$((waited + 1))
  done
  echo "$URL"
}

stop() {
  local pid i
  if ! pid="$(our_pid)"; then
    rm -f "$PID_FILE"
    echo "Elasticsearch (es.sh) is not running."
    return 0
  fi
  kill -TERM "$pid"
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "pid $pid did not stop within 60s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  echo "Elasticsearch stopped (pid $pid)."
}

status() {
  local pid
  if pid="$(our_pid)"; then
    if healthy; then echo "running: $URL (pid $pid)"; else echo "starting or unhealthy: $URL (pid $pid)"; fi
  else
    echo "not running ($URL)"
    return 1
  fi
}

url() {
  healthy || { say "no healthy Elasticsearch on $URL"; return 1; }
  echo "$URL"
}

case "${1:-}" in
  start | stop | status | url) "$1" ;;
  *) echo "usage: $0 start|stop|status|url" >&2; exit 2 ;;
esac
