#!/usr/bin/env bash
# The benchmark, end to end on PostgreSQL: starts the server on a fresh database, runs the benchmark client
# (src/scripts/run-benchmark-client.sh), stops the server. Figures go to stdout; record them in
# docs/performance.md together with this command line.
#
# Usage: src/scripts/benchmark.sh [--patients N] [other benchmark client options]
#   Environment: BENCH_DB_ADMIN_URL  libpq URL of a PostgreSQL superuser connection
#                                    (default postgresql://postgres@127.0.0.1:5432/postgres)
#                BENCH_DB            database to (re)create for the run (default ephr_bench)
#                BENCH_KEEP_DB       true: use BENCH_DB as it is (for --reads-only runs against loaded data)
#                BENCH_SKIP_BUILD    true: run the jars already built (repeated runs of one build)
#                SERVER_JAVA_OPTS    server JVM options (default -Xmx2g)
#                SERVER_ARGS         extra server arguments, e.g. --ephr.validation.validate-declared-profiles=false
#                BENCH_SECURITY      true: access control on, tokens from BENCH_OIDC_ISSUER (a running Keycloak with
#                                    the e-PHR realm); pass the client a --token-command. Default false: security
#                                    off (the server then listens on 127.0.0.1 only).
#                BENCH_ADMIN_TOKEN_COMMAND  prints an admin token to register the demo sites (secured runs)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

admin_url="${BENCH_DB_ADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
database="${BENCH_DB:-ephr_bench}"
port="${BENCH_PORT:-8089}"
read -r -a server_opts <<<"${SERVER_JAVA_OPTS:--Xmx2g}"
read -r -a server_args <<<"${SERVER_ARGS:-}"
server_args+=(--server.address=127.0.0.1 "--ephr.security.enabled=${BENCH_SECURITY:-false}")
if [[ "${BENCH_SECURITY:-false}" == true ]]; then
  server_args+=("--ephr.security.issuer-uri=${BENCH_OIDC_ISSUER:-http://127.0.0.1:8180/realms/ephr}")
fi

if [[ "${BENCH_KEEP_DB:-false}" != true ]]; then
  psql "$admin_url" -qc "DROP DATABASE IF EXISTS ${database}" -c "CREATE DATABASE ${database}"
fi
db_host_url="${admin_url%/*}"
jdbc_url="jdbc:postgresql://${db_host_url#*@}/${database}"
db_user="${db_host_url#postgresql://}"; db_user="${db_user%@*}"; db_user="${db_user%%:*}"

if [[ -x ./mvnw ]]; then maven=(./mvnw); else maven=(mvn); fi
if [[ "${BENCH_SKIP_BUILD:-false}" != true ]]; then
  "${maven[@]}" -q -pl fhir-server,bench -am package -DskipTests >&2  # build output stays out of the report
fi
jar=$(ls fhir-server/target/ephr-fhir-server-*.jar | head -n 1)

log=$(mktemp -t ephr-bench-server.XXXX.log)
EPHR_DB_URL="$jdbc_url" EPHR_DB_USERNAME="$db_user" EPHR_DB_PASSWORD="${PGPASSWORD:-}" EPHR_PORT="$port" \
  java "${server_opts[@]}" -jar "$jar" --spring.profiles.active=postgres "${server_args[@]}" \
  >"$log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' EXIT

echo "Server log: $log" >&2
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:${port}/actuator/health" && break
  kill -0 "$server_pid" 2>/dev/null || { echo "Server exited; see $log" >&2; exit 1; }
  sleep 1
done

# The sites the clinicians' records are held by (a Patient's managing organisation must exist).
admin_token=""
if [[ -n "${BENCH_ADMIN_TOKEN_COMMAND:-}" ]]; then admin_token=$(sh -c "$BENCH_ADMIN_TOKEN_COMMAND"); fi
curl -fsS -o /dev/null -X POST "http://127.0.0.1:${port}/fhir" -H 'Content-Type: application/fhir+json' \
  ${admin_token:+-H "Authorization: Bearer ${admin_token}"} --data @deploy/demo/organizations.json

src/scripts/run-benchmark-client.sh "http://127.0.0.1:${port}/fhir" "$@"
echo "Server RSS after the run: $(($(ps -o rss= -p "$server_pid") / 1024)) MiB" 
