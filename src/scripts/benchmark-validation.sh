#!/usr/bin/env bash
# The cost of profile validation: the same benchmark (src/scripts/benchmark.sh) with validation of declared
# profiles off, then on, each on a fresh database; prints both runs and the ingest throughput ratio on / off.
#
# Usage: src/scripts/benchmark-validation.sh [benchmark client options, e.g. --patients 2000]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

off=$(mktemp -t ephr-bench-off.XXXX)
on=$(mktemp -t ephr-bench-on.XXXX)
# The audit trail is off in both runs: this measures validation alone.
SERVER_ARGS="--ephr.validation.validate-declared-profiles=false --ephr.audit.enabled=false" src/scripts/benchmark.sh "$@" --validation-label off | tee "$off"
SERVER_ARGS="--ephr.validation.validate-declared-profiles=true --ephr.audit.enabled=false" src/scripts/benchmark.sh "$@" --validation-label on | tee "$on"

throughput() { awk -v clients="$2" '$2 == "ingest.clients=" clients { sub("resources_per_s=", "", $6); print $6 }' "$1"; }
echo
echo "## Profile validation: ingest throughput, on / off"
echo
echo "| Clients | Off (resources/s) | On (resources/s) | On / off |"
echo "|---:|---:|---:|---:|"
for clients in 1 4; do
  o=$(throughput "$off" "$clients"); n=$(throughput "$on" "$clients")
  echo "| $clients | $o | $n | $(awk -v a="$n" -v b="$o" 'BEGIN { printf "%.2f", a / b }') |"
  echo "RESULT validation.ratio clients=$clients off=$o on=$n ratio=$(awk -v a="$n" -v b="$o" 'BEGIN { printf "%.3f", a / b }')"
done
