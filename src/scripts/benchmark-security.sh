#!/usr/bin/env bash
# The cost of access control: the same benchmark (src/scripts/benchmark.sh) with security off, then on (Keycloak
# tokens, role and scope rules, consent, audit), each on a fresh database; prints both runs and, per read query,
# p95 on / off. With security on, the clinician dr.amal ingests (so her site holds the records) and reads.
# A third run, security and consent on with the audit trail off, separates the audit writer's share.
#
# Usage: src/scripts/benchmark-security.sh [benchmark client options, e.g. --patients 2000]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

kc_port="${EPHR_KEYCLOAK_PORT:-8180}"
src/scripts/keycloak.sh start --port "$kc_port" >&2

off=$(mktemp -t ephr-bench-security-off.XXXX)
on=$(mktemp -t ephr-bench-security-on.XXXX)
no_audit=$(mktemp -t ephr-bench-security-no-audit.XXXX)
# Off means all of it off: no tokens, rules, consent, nor audit trail (the bare server).
BENCH_SECURITY=false SERVER_ARGS="--ephr.audit.enabled=false" \
  src/scripts/benchmark.sh "$@" --export no --security-label off | tee "$off"
BENCH_SECURITY=true BENCH_OIDC_ISSUER="http://127.0.0.1:${kc_port}/realms/ephr" \
  BENCH_ADMIN_TOKEN_COMMAND="src/scripts/keycloak.sh token admin.ephr" \
  src/scripts/benchmark.sh "$@" --export no --security-label on --token-command "src/scripts/keycloak.sh token dr.amal" | tee "$on"
BENCH_SECURITY=true BENCH_OIDC_ISSUER="http://127.0.0.1:${kc_port}/realms/ephr" \
  BENCH_ADMIN_TOKEN_COMMAND="src/scripts/keycloak.sh token admin.ephr" SERVER_ARGS="--ephr.audit.enabled=false" \
  src/scripts/benchmark.sh "$@" --export no --security-label on-without-audit \
  --token-command "src/scripts/keycloak.sh token dr.amal" | tee "$no_audit"

p95() { awk -v query="$2" '$2 == "read.query=" query { sub("p95_ms=", "", $5); print $5 }' "$1"; }
queries=$(awk '$2 ~ /^read.query=/ { sub("read.query=", "", $2); print $2 }' "$off")
echo
echo "## Access control: read p95, on / off"
echo
echo "| Query | Off p95 (ms) | On p95 (ms) | On / off | On without audit p95 (ms) | Without audit / off |"
echo "|---|---:|---:|---:|---:|---:|"
for query in $queries; do
  o=$(p95 "$off" "$query"); n=$(p95 "$on" "$query"); a=$(p95 "$no_audit" "$query")
  ratio=$(awk -v x="$n" -v y="$o" 'BEGIN { printf "%.2f", x / y }')
  ratio_no_audit=$(awk -v x="$a" -v y="$o" 'BEGIN { printf "%.2f", x / y }')
  echo "| $query | $o | $n | $ratio | $a | $ratio_no_audit |"
  echo "RESULT security.read_p95_ratio query=$query off_ms=$o on_ms=$n ratio=$ratio on_without_audit_ms=$a ratio_without_audit=$ratio_no_audit"
done
