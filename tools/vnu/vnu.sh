#!/usr/bin/env bash
# The Nu Html Checker (vnu) from Maven Central: builds its classpath on first use, then runs it.
#
#   vnu.sh [vnu options] FILE...   e.g. vnu.sh --format json --exit-zero-always page.html
#   vnu.sh build                   only fetch the jars (target/lib); prints the lib folder
#
# Environment: JAVA_HOME (else `java` on PATH; Java 17+). Needs Maven (mvn) for the first build.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LIB="$HERE/target/lib"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

say() { echo "vnu.sh: $*" >&2; }

build() {
  [[ -f "$LIB/validator-$(sed -n 's:.*<vnu.version>\(.*\)</vnu.version>.*:\1:p' "$HERE/pom.xml").jar" ]] && return 0
  command -v mvn >/dev/null || { say "Maven (mvn) is needed to fetch the checker but is not on PATH."; exit 1; }
  mkdir -p "$HERE/target"
  if ! mvn -q -B -o -f "$HERE/pom.xml" package >"$HERE/target/build.log" 2>&1; then
    say "downloading the Nu Html Checker from Maven Central (first run only) ..."
    mvn -q -B -f "$HERE/pom.xml" package >"$HERE/target/build.log" 2>&1 ||
      { tail -n 40 "$HERE/target/build.log" >&2; say "the Maven build failed (full log: $HERE/target/build.log)."; exit 1; }
  fi
}

build
if [[ "${1:-}" == "build" ]]; then
  echo "$LIB"
  exit 0
fi
exec "$JAVA" -Xss2m -cp "$LIB/*" nu.validator.client.SimpleCommandLineValidator "$@"
