#!/usr/bin/env bash
# A real Elasticsearch 8 on 127.0.0.1 for development and CI, built from Maven Central (see README.md).
#
#   es.sh start            build if needed, start one node in the background, wait until healthy;
#                          last stdout line: the URL
#   es.sh stop             stop the node this script started
#   es.sh status           running / not running, and the URL
#   es.sh url              the URL if the node is healthy, else exit 1
#   es.sh cluster start N  start N nodes (default 3) as one cluster, wait until all have joined;
#                          last stdout line: their URLs, comma-separated (a value for ELASTICSEARCH_URL)
#   es.sh cluster stop     stop every node of that cluster
#   es.sh cluster status   one line per node; exit 1 if none runs
#
# Environment: ES_PORT (9200), ES_DATA_DIR (tools/elasticsearch/.data), ES_JAVA_OPTS (appended after the heap
#              and compiler options, so they win), ES_START_TIMEOUT (180 seconds), JAVA_HOME (else `java` on PATH; Java 17+).
# Cluster:     ES_CLUSTER_DIR (tools/elasticsearch/.cluster, one node-I folder per node), ES_CLUSTER_NAME
#              (proxlab-cluster), ES_HTTP_PORTS (9211,9212,...), ES_TRANSPORT_PORTS (9311,9312,...),
#              ES_CLUSTER_HEAP (512m per node).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT="${ES_PORT:-9200}"
DATA_DIR="${ES_DATA_DIR:-$HERE/.data}"
URL="http://127.0.0.1:$PORT"
PID_FILE="$DATA_DIR/es.pid"
JAR="$HERE/target/proxlab-elasticsearch.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
TIMEOUT="${ES_START_TIMEOUT:-180}"
CLUSTER_DIR="${ES_CLUSTER_DIR:-$HERE/.cluster}"
CLUSTER_NAME="${ES_CLUSTER_NAME:-proxlab-cluster}"

say() { echo "es.sh: $*" >&2; }

# healthy [URL]: the node answers and its cluster is at least yellow
healthy() { curl -fsS -m 5 -o /dev/null "${1:-$URL}/_cluster/health?wait_for_status=yellow&timeout=2s" 2>/dev/null; }

# our_pid [PID_FILE]: the pid of a node started by this script, if that process is still alive
# (guards against pid reuse)
our_pid() {
  local pid
  pid="$(cat "${1:-$PID_FILE}" 2>/dev/null)" || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "proxlab-elasticsearch.jar" && echo "$pid"
}

show_logs() { # DIR: the tails of a node's logs
  local log="$1/logs/elasticsearch.log" out="$1/logs/jvm.out"
  if [[ -s "$log" ]]; then say "last 40 lines of $log:"; tail -n 40 "$log" >&2; fi
  if [[ -s "$out" ]]; then say "JVM output ($out):"; tail -n 20 "$out" >&2; fi
}

fail() { # sentence, then the log tails
  say "$1"
  show_logs "$DATA_DIR"
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

# launch DIR JVM_OPTIONS LAUNCHER_ARGS...: start one JVM in the background, write DIR/es.pid
launch() {
  local dir="$1" jvm="$2"
  shift 2
  mkdir -p "$dir/logs"
  # shellcheck disable=SC2086  # jvm and ES_JAVA_OPTS are lists of options
  nohup "$JAVA" $jvm -Xss1m -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow \
    -XX:ErrorFile="$dir/logs/hs_err_pid%p.log" -Dfile.encoding=UTF-8 -Djava.awt.headless=true \
    -Djava.locale.providers=SPI,CLDR -Djna.nosys=true -Des.networkaddress.cache.ttl=60 \
    -Des.networkaddress.cache.negative.ttl=10 -Dio.netty.noUnsafe=true -Dio.netty.noKeySetOptimization=true \
    -Dio.netty.recycler.maxCapacityPerThread=0 -Dlog4j.shutdownHookEnabled=false -Dlog4j2.disable.jmx=true \
    -Dlog4j2.formatMsgNoLookups=true ${ES_JAVA_OPTS:-} \
    -jar "$JAR" --home "$dir" "$@" >"$dir/logs/jvm.out" 2>&1 </dev/null &
  echo "$!" >"$dir/es.pid"
}

# wait_gone PID_FILE PID: wait up to 60 s for the node to exit, then SIGKILL it; removes the pid file
wait_gone() {
  local i
  # our_pid, not kill -0: a node that has exited but is not yet reaped is gone too
  for ((i = 0; i < 300; i++)); do
    our_pid "$1" >/dev/null || break
    sleep 0.2
  done
  if our_pid "$1" >/dev/null; then
    say "pid $2 did not stop within 60s; killing it"
    kill -KILL "$2" 2>/dev/null || true
  fi
  rm -f "$1"
}

# terminate PID_FILE: SIGTERM, then wait_gone; prints the pid it stopped, exit 1 if none was running
terminate() {
  local pid
  pid="$(our_pid "$1")" || { rm -f "$1"; return 1; }
  kill -TERM "$pid"
  wait_gone "$1" "$pid"
  echo "$pid"
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
    launch "$DATA_DIR" "-Xms512m -Xmx1g" --port "$PORT"
    pid="$(cat "$PID_FILE")"
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
  local pid
  if pid="$(terminate "$PID_FILE")"; then
    echo "Elasticsearch stopped (pid $pid)."
  else
    echo "Elasticsearch (es.sh) is not running."
  fi
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

# ports BASE COUNT LIST: COUNT ports from the comma-separated LIST, or 9211.. / 9311.. when it is empty
ports() {
  local base="$1" count="$2" list="$3" i
  local -a given
  if [[ -z "$list" ]]; then
    for ((i = 1; i <= count; i++)); do echo $((base + i)); done
    return 0
  fi
  IFS=',' read -r -a given <<<"$list"
  ((${#given[@]} >= count)) || { say "$count nodes need $count ports, got '$list'."; exit 2; }
  for ((i = 0; i < count; i++)); do
    [[ "${given[i]}" =~ ^[0-9]+$ ]] || { say "not a port number: '${given[i]}'"; exit 2; }
    echo "${given[i]}"
  done
}

cluster_stop() {
  local file pid i stopped=0
  local -a files=() pids=()
  # SIGTERM to every node first, then wait for all: they shut down side by side.
  for file in "$CLUSTER_DIR"/node-*/es.pid; do
    [[ -e "$file" ]] || continue
    if pid="$(our_pid "$file")"; then
      kill -TERM "$pid"
      files+=("$file")
      pids+=("$pid")
    else
      rm -f "$file"
    fi
  done
  for ((i = 0; i < ${#pids[@]}; i++)); do
    wait_gone "${files[i]}" "${pids[i]}"
    echo "stopped $(basename "$(dirname "${files[i]}")") (pid ${pids[i]})"
    stopped=$((stopped + 1))
  done
  echo "Elasticsearch cluster in $CLUSTER_DIR: $stopped node(s) stopped."
}

cluster_start() {
  local count="${1:-3}" i port list waited=0 urls="" seeds="" masters=""
  [[ "$count" =~ ^[1-9][0-9]?$ ]] || { say "the node count must be a number from 1 to 99, got '$count'."; exit 2; }
  command -v curl >/dev/null || { say "curl is needed to check the nodes' health but is not on PATH."; exit 1; }
  local -a http transport names
  list="$(ports 9210 "$count" "${ES_HTTP_PORTS:-}")"
  mapfile -t http <<<"$list"
  list="$(ports 9310 "$count" "${ES_TRANSPORT_PORTS:-}")"
  mapfile -t transport <<<"$list"
  for ((i = 0; i < count; i++)); do
    for port in "${http[i]}" "${transport[i]}"; do
      if [[ "$port" == 9200 || "$port" == 9300 ]]; then
        say "port $port belongs to the single node; give the cluster other ports (ES_HTTP_PORTS, ES_TRANSPORT_PORTS)."
        exit 2
      fi
    done
    names[i]="node-$((i + 1))"
    urls+="${urls:+,}http://127.0.0.1:${http[i]}"
    seeds+="${seeds:+,}127.0.0.1:${transport[i]}"
    masters+="${masters:+,}${names[i]}"
  done
  build
  for ((i = 0; i < count; i++)); do
    local dir="$CLUSTER_DIR/${names[i]}"
    our_pid "$dir/es.pid" >/dev/null && continue
    # Every node may be master and holds data; the first start elects a master among all of them.
    # C1 only (TieredStopAtLevel=1): three JVMs start in about a third of the time on two cores.
    launch "$dir" "-Xms${ES_CLUSTER_HEAP:-512m} -Xmx${ES_CLUSTER_HEAP:-512m} -XX:TieredStopAtLevel=1" --port "${http[i]}" \
      --node-name "${names[i]}" --cluster-name "$CLUSTER_NAME" --transport-port "${transport[i]}" \
      --seed-hosts "$seeds" --initial-master-nodes "$masters"
  done
  until curl -fsS -m 5 -o /dev/null \
    "http://127.0.0.1:${http[0]}/_cluster/health?wait_for_nodes=$count&wait_for_status=yellow&timeout=2s" 2>/dev/null; do
    for ((i = 0; i < count; i++)); do
      local dir="$CLUSTER_DIR/${names[i]}"
      if ! our_pid "$dir/es.pid" >/dev/null; then
        say "${names[i]} exited during startup (see its log below); stopping the others."
        show_logs "$dir"
        cluster_stop >&2
        exit 1
      fi
    done
    if ((waited >= TIMEOUT)); then
      say "the $count nodes did not form a cluster within ${TIMEOUT}s; stopping them."
      show_logs "$CLUSTER_DIR/${names[0]}"
      cluster_stop >&2
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  echo "$urls"
}

cluster_status() {
  local dir pid port found="" running=""
  for dir in "$CLUSTER_DIR"/node-*; do
    [[ -d "$dir" ]] || continue
    found=yes
    if pid="$(our_pid "$dir/es.pid")"; then
      running=yes
      port="$(tr '\0' '\n' <"/proc/$pid/cmdline" | grep -A1 -x -- --port | tail -n 1)"
      if healthy "http://127.0.0.1:$port"; then
        echo "$(basename "$dir"): running: http://127.0.0.1:$port (pid $pid)"
      else
        echo "$(basename "$dir"): starting or unhealthy: http://127.0.0.1:$port (pid $pid)"
      fi
    else
      echo "$(basename "$dir"): not running"
    fi
  done
  [[ -n "$found" ]] || echo "no cluster in $CLUSTER_DIR"
  [[ -n "$running" ]]
}

cluster() {
  case "${1:-}" in
    start) cluster_start "${2:-3}" ;;
    stop) cluster_stop ;;
    status) cluster_status ;;
    *) echo "usage: $0 cluster start [N]|stop|status" >&2; exit 2 ;;
  esac
}

case "${1:-}" in
  start | stop | status | url) "$1" ;;
  cluster) shift; cluster "$@" ;;
  *) echo "usage: $0 start|stop|status|url|cluster start [N]|cluster stop|cluster status" >&2; exit 2 ;;
esac
