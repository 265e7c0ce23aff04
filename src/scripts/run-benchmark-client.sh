#!/usr/bin/env bash
# Runs the benchmark client against an already running e-PHR FHIR server (it does not start one).
#
# Usage: src/scripts/run-benchmark-client.sh SERVER [benchmark options]
#   e.g. src/scripts/run-benchmark-client.sh http://localhost:8080/fhir --patients 2000 --validation-label "base R4"
#   Builds the bench CLI jar if it is missing. Options are listed by: java -jar bench/target/ephr-bench-*-cli.jar --help
#   The markdown report and "RESULT ..." lines go to stdout, progress to stderr. JAVA_OPTS is passed to the JVM.
#   BENCH_MAIN runs another benchmark program of the jar (e.g. org.ephr.bench.ReportBenchmark).
set -euo pipefail

if (($# < 1)) || [[ "$1" == -* ]]; then
  sed -n '2,8s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]] && exit 0
  exit 2
fi
server="${1%/}"
shift

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

shopt -s nullglob
jars=(bench/target/ephr-bench-*-cli.jar)
if ((${#jars[@]} == 0)); then
  echo "Building the benchmark client..." >&2
  if [[ -x ./mvnw ]]; then maven=(./mvnw); else maven=(mvn); fi
  "${maven[@]}" -q -pl bench -am package -DskipTests
  jars=(bench/target/ephr-bench-*-cli.jar)
fi

read -r -a java_opts <<<"${JAVA_OPTS:-}"
if [[ -n "${BENCH_MAIN:-}" ]]; then
  exec java ${java_opts[@]+"${java_opts[@]}"} -cp "${jars[0]}" "$BENCH_MAIN" --server "$server" "$@"
fi
exec java ${java_opts[@]+"${java_opts[@]}"} -jar "${jars[0]}" --server "$server" "$@"
