#!/usr/bin/env bash
# Starts the e-PHR: Keycloak with the e-PHR realm (http://127.0.0.1:8180), then the FHIR server at
# http://localhost:8080/fhir, and prints how to get a token for each demo user.
#
# Usage: src/scripts/start.sh [--postgres] [--insecure] [extra Spring Boot arguments]
#   Default: the embedded H2 database in ./.data/h2 (no installation needed; fine for a demo, not for figures).
#   --postgres: PostgreSQL from EPHR_DB_URL / EPHR_DB_USERNAME / EPHR_DB_PASSWORD
#               (default jdbc:postgresql://localhost:5432/ephr, user ephr; deploy/postgres/create-database.sql
#               creates that database and user).
#   --insecure: no Keycloak, no access control, no consent: every record readable by anyone on this machine.
#               Local development only; the server then listens on 127.0.0.1 alone.
#   Builds the server jar first (incremental). Health: /actuator/health, metrics: /actuator/prometheus.
#   JAVA_OPTS is passed to the JVM (default -Xmx2g). EPHR_KEYCLOAK_PORT moves Keycloak (default 8180).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

spring_args=()
insecure=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --postgres) spring_args+=(--spring.profiles.active=postgres); shift ;;
    --insecure) insecure=true; shift ;;
    *) break ;;
  esac
done

if [[ -x ./mvnw ]]; then maven=(./mvnw); else maven=(mvn); fi
echo "Building the FHIR server..." >&2
"${maven[@]}" -q -pl fhir-server -am package -DskipTests

port="${EPHR_PORT:-8080}"
if [[ "$insecure" == true ]]; then
  cat >&2 <<BANNER
********************************************************************************************
* INSECURE MODE: no tokens, no access rules, no consent. Listening on 127.0.0.1:${port} only. *
********************************************************************************************
BANNER
  spring_args+=(--ephr.security.enabled=false --server.address=127.0.0.1)
else
  kc_port="${EPHR_KEYCLOAK_PORT:-8180}"
  src/scripts/keycloak.sh start --port "$kc_port"
  export EPHR_OIDC_ISSUER="http://127.0.0.1:${kc_port}/realms/ephr"
  cat >&2 <<HELP

Keycloak: ${EPHR_OIDC_ISSUER} (admin console http://127.0.0.1:${kc_port}/admin, admin/admin: local default)
Demo users (password "demo", local development only):
  dr.amal  dr.nour  dr.klaus   clinician at site-jo-amman (JO), site-jo-irbid (JO), site-de-berlin (DE)
  pho.jo                       public-health-officer (JO)
  migrant.demo  migrant.other  patient: Patient/migrant-demo-1, Patient/migrant-demo-2
  admin.ephr                   admin
Get a token and call the API:
  TOKEN=\$(src/scripts/keycloak.sh token dr.amal)
  curl -H "Authorization: Bearer \$TOKEN" http://localhost:${port}/fhir/Patient
National EHR systems (client credentials):
  TOKEN=\$(src/scripts/keycloak.sh client-token national-ehr-jo local-dev-secret-national-ehr-jo)

HELP
fi

jar=$(ls fhir-server/target/ephr-fhir-server-*.jar | grep -v -- '-plain' | head -n 1)
read -r -a java_opts <<<"${JAVA_OPTS:--Xmx2g}"
echo "Starting ${jar} (FHIR base http://localhost:${port}/fhir)..." >&2
exec java "${java_opts[@]}" -jar "$jar" ${spring_args[@]+"${spring_args[@]}"} "$@"
