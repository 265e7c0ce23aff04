#!/usr/bin/env bash
# The IHR report benchmark (org.ephr.bench.ReportBenchmark): starts the server on a fresh database, loads a
# synthetic population up to each number of Observations, and times the weekly and annual TB screening report from
# $ihr-report against the same figures from FHIR searches (_summary=count), in the same run.
#
# Usage: src/scripts/benchmark-reporting.sh [--observations 100000,1000000] [--clients 4] [--repeats 5]
#   Access control is off (HAPI refuses _summary=count under consent); the audit trail and profile validation are
#   off so that loading a million Observations takes under an hour on 2 cores. The projection is always on.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
BENCH_MAIN=org.ephr.bench.ReportBenchmark \
  SERVER_ARGS="--ephr.audit.enabled=false --ephr.validation.validate-declared-profiles=false ${SERVER_ARGS:-}" \
  exec src/scripts/benchmark.sh "$@"
