#!/usr/bin/env bash
# Starts the e-PHR FHIR server at http://localhost:8080/fhir.
#
# Usage: src/scripts/start.sh [--postgres] [extra Spring Boot arguments]
#   Default: the embedded H2 database in ./.data/h2 (no installation needed; fine for a demo, not for figures).
#   --postgres: PostgreSQL from EPHR_DB_URL / EPHR_DB_USERNAME / EPHR_DB_PASSWORD
#               (default jdbc:postgresql://localhost:5432/ephr, user ephr; deploy/postgres/create-database.sql
#               creates that database and user).
#   Builds the server jar first (incremental). Health: /actuator/health, metrics: /actuator/prometheus.
#   JAVA_OPTS is passed to the JVM (default -Xmx2g).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

profile_args=()
if [[ "${1:-}" == "--postgres" ]]; then
  profile_args=(--spring.profiles.active=postgres)
  shift
fi

if [[ -x ./mvnw ]]; then maven=(./mvnw); else maven=(mvn); fi
echo "Building the FHIR server..." >&2
"${maven[@]}" -q -pl fhir-server -am package -DskipTests

jar=$(ls fhir-server/target/ephr-fhir-server-*.jar | grep -v -- '-plain' | head -n 1)
read -r -a java_opts <<<"${JAVA_OPTS:--Xmx2g}"
echo "Starting ${jar} (FHIR base http://localhost:${EPHR_PORT:-8080}/fhir)..." >&2
exec java "${java_opts[@]}" -jar "$jar" ${profile_args[@]+"${profile_args[@]}"} "$@"
