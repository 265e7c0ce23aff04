#!/usr/bin/env bash
# The cost of access control on reads, measured so that it can be compared: one database, loaded once by the
# clinician dr.amal (her site then holds the records), then the same reads of it with security off (no tokens,
# rules, consent nor audit), on (Keycloak tokens, role and scope rules, consent, audit trail) and on without the
# audit trail. Each run starts the server afresh and warms it up until the JIT has settled (with a short warm-up
# the compiler still takes most of a core while the samples are taken); rounds alternate the modes, so that a slow
# spell of the machine does not land on one mode only. Prints every run, then per read query the mean over the
# rounds of p50 and p95 and the ratio on / off.
#
# With --paired, the off and on servers run side by side on the loaded database instead, and every sample reads the
# same patient from both, in random order (bench PairedReads): both see the same spells of the machine, so the ratio
# does not depend on when each mode was measured. Prints a RESULT line per query with both modes' p50 and p95.
#
# Usage: src/scripts/benchmark-security.sh [--rounds R] [--read-warm-up W] [--modes off,on,...] [--paired]
#                                          [client options]
#   --rounds 0 loads the database and stops (the patients file it prints is kept for later runs).
#   Defaults: 2 rounds, 2500 warm-up requests per query, modes off,on,on-without-audit, 1000 patients, 500 samples
#   per query.
#   Environment: BENCH_DB (default ephr_bench_security) and the others of src/scripts/benchmark.sh;
#                BENCH_LOADED_PATIENTS  the patients file of an earlier run's load (printed at its start): its
#                                       database is measured again, without loading it anew.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

rounds=2
warm_up=2500
modes=(off on on-without-audit)
paired=false
client_args=()
while (($# > 0)); do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --read-warm-up) warm_up="$2"; shift 2 ;;
    --modes) IFS=, read -r -a modes <<<"$2"; shift 2 ;;
    --paired) paired=true; shift ;;
    *) client_args+=("$1"); shift ;;
  esac
done

kc_port="${EPHR_KEYCLOAK_PORT:-8180}"
issuer="http://127.0.0.1:${kc_port}/realms/ephr"
# A Keycloak with the realm may be running already (src/scripts/keycloak.sh start, or the tests'): use it.
curl -fs -o /dev/null "${issuer}/.well-known/openid-configuration" || src/scripts/keycloak.sh start --port "$kc_port" >&2

export BENCH_DB="${BENCH_DB:-ephr_bench_security}"
work=$(mktemp -d -t ephr-bench-security.XXXX)
patients="$work/patients.tsv"
secured=(BENCH_SECURITY=true "BENCH_OIDC_ISSUER=$issuer"
  "BENCH_ADMIN_TOKEN_COMMAND=src/scripts/keycloak.sh token --port $kc_port admin.ephr")
token_command="src/scripts/keycloak.sh token --port $kc_port dr.amal"

if [[ -n "${BENCH_LOADED_PATIENTS:-}" ]]; then
  cp "$BENCH_LOADED_PATIENTS" "$patients"
  if [[ "${BENCH_SKIP_BUILD:-false}" != true ]]; then ./mvnw -q -pl fhir-server,bench -am package -DskipTests >&2; fi
  echo "Measuring the database ${BENCH_DB} as loaded (runs: ${work})" >&2
else
  echo "Loading the database ${BENCH_DB} (runs: ${work}; patients file: ${patients})" >&2
  env "${secured[@]}" src/scripts/benchmark.sh "${client_args[@]}" --export no --security-label load \
    --token-command "$token_command" --read-samples 1 --save-patients "$patients" >"$work/load.txt"
fi

run() {  # mode, output file
  local reads=(--reads-only "$patients" --read-warm-up "$warm_up" --security-label "$1" "${client_args[@]}")
  case "$1" in
    off) BENCH_KEEP_DB=true BENCH_SKIP_BUILD=true BENCH_SECURITY=false SERVER_ARGS="--ephr.audit.enabled=false" \
           src/scripts/benchmark.sh "${reads[@]}" ;;
    on) env BENCH_KEEP_DB=true BENCH_SKIP_BUILD=true "${secured[@]}" \
          src/scripts/benchmark.sh "${reads[@]}" --token-command "$token_command" ;;
    on-without-audit) env BENCH_KEEP_DB=true BENCH_SKIP_BUILD=true "${secured[@]}" \
          SERVER_ARGS="--ephr.audit.enabled=false" \
          src/scripts/benchmark.sh "${reads[@]}" --token-command "$token_command" ;;
  esac >"$2"
  cat "$2"
}

start_server() {  # port, log file, server arguments...: a server on the loaded database, in the background
  local port="$1" log="$2"; shift 2
  EPHR_DB_URL="jdbc:postgresql://127.0.0.1:5432/${BENCH_DB}" EPHR_DB_USERNAME="${BENCH_DB_USER:-postgres}" \
    EPHR_DB_PASSWORD="${PGPASSWORD:-}" EPHR_PORT="$port" \
    java -Xmx2g -jar "$(ls fhir-server/target/ephr-fhir-server-*.jar | head -n 1)" --spring.profiles.active=postgres \
    --server.address=127.0.0.1 "$@" >"$log" 2>&1 &
  servers+=($!)
}

if [[ "$paired" == true ]]; then
  servers=()
  trap 'kill "${servers[@]}" 2>/dev/null || true; wait 2>/dev/null || true' EXIT
  start_server 8089 "$work/server-off.log" --ephr.security.enabled=false --ephr.audit.enabled=false
  start_server 8090 "$work/server-on.log" --ephr.security.enabled=true "--ephr.security.issuer-uri=$issuer"
  for port in 8089 8090; do
    for _ in $(seq 1 180); do
      curl -fs -o /dev/null "http://127.0.0.1:${port}/actuator/health" && break
      sleep 1
    done
  done
  echo "Paired reads, off on :8089, on on :8090 (logs in ${work})" >&2
  BENCH_MAIN=org.ephr.bench.PairedReads src/scripts/run-benchmark-client.sh http://127.0.0.1:8089/fhir \
    --off http://127.0.0.1:8089/fhir --on http://127.0.0.1:8090/fhir --token-command "$token_command" \
    --patients "$patients" --read-warm-up "$warm_up" "${client_args[@]}"
  exit 0
fi

if ((rounds == 0)); then
  # Load only: keep the patients file where a later run can find it.
  echo "Loaded ${BENCH_DB}. Measure it with: BENCH_LOADED_PATIENTS=${patients} BENCH_SKIP_BUILD=true $0 --paired" >&2
  exit 0
fi

for round in $(seq 1 "$rounds"); do
  for mode in "${modes[@]}"; do
    echo "Round ${round}: ${mode}" >&2
    run "$mode" "$work/${mode}-${round}.txt"
  done
done

# mean over the rounds of one field (p50_ms or p95_ms) of one query in one mode
mean() {
  { cat "$work/$1"-[0-9]*.txt 2>/dev/null || true; } | awk -v query="$2" -v field="$3" '
    $2 == "read.query=" query { for (i = 3; i <= NF; i++) if (index($i, field "=") == 1) { sum += substr($i, length(field) + 2); n++ } }
    END { if (n) printf "%.2f", sum / n }'
}
queries=$(awk '$2 ~ /^read.query=/ { sub("read.query=", "", $2); print $2 }' "$work/off-1.txt")
echo
echo "## Access control: reads of one loaded database, mean of ${rounds} rounds, ${warm_up} warm-up requests per query"
echo
echo "| Query | Off p50 / p95 (ms) | On p50 / p95 (ms) | On / off (p95) | On without audit p50 / p95 (ms) | Without audit / off (p95) |"
echo "|---|---:|---:|---:|---:|---:|"
for query in $queries; do
  o50=$(mean off "$query" p50_ms); o95=$(mean off "$query" p95_ms)
  n50=$(mean on "$query" p50_ms); n95=$(mean on "$query" p95_ms)
  a50=$(mean on-without-audit "$query" p50_ms); a95=$(mean on-without-audit "$query" p95_ms)
  ratio=$(awk -v x="$n95" -v y="$o95" 'BEGIN { if (x > 0 && y > 0) printf "%.2f", x / y; else printf "-" }')
  ratio_no_audit=$(awk -v x="$a95" -v y="$o95" 'BEGIN { if (x > 0 && y > 0) printf "%.2f", x / y; else printf "-" }')
  echo "| $query | $o50 / $o95 | $n50 / $n95 | $ratio | $a50 / $a95 | $ratio_no_audit |"
  echo "RESULT security.read_p95_ratio query=$query off_ms=$o95 on_ms=$n95 ratio=$ratio on_without_audit_ms=$a95 ratio_without_audit=$ratio_no_audit rounds=$rounds warm_up=$warm_up"
done
