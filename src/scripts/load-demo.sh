#!/usr/bin/env bash
# Loads synthetic migrants' health records into a running e-PHR FHIR server, for demos.
#
# Usage: src/scripts/load-demo.sh [PATIENTS=200] [SERVER=http://localhost:8080/fhir]
#   Builds the synthetic CLI jar if it is missing, waits until SERVER/metadata answers, then runs DemoLoader.
#   Environment: SEED (population seed, default 42), WAIT_SECONDS (how long to wait for the server, default 180).
#   Loading the same seed twice leaves existing patients alone (conditional create on the e-PHR number).
#   On a secured server (the default of start.sh) it gets tokens from the local Keycloak (src/scripts/keycloak.sh):
#   admin.ephr registers the demo sites (deploy/demo/organizations.json), then DEMO_USER (default dr.amal, a
#   clinician at site-jo-amman) loads the patients, so that site holds them: other sites see them only by consent.
set -euo pipefail

patients="${1:-200}"
server="${2:-http://localhost:8080/fhir}"
server="${server%/}"
seed="${SEED:-42}"
wait_seconds="${WAIT_SECONDS:-180}"

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

shopt -s nullglob
jars=(synthetic/target/ephr-synthetic-*-cli.jar)
if ((${#jars[@]} == 0)); then
  echo "Building the synthetic data CLI..." >&2
  if [[ -x ./mvnw ]]; then maven=(./mvnw); else maven=(mvn); fi
  "${maven[@]}" -q -pl synthetic -am package -DskipTests
  jars=(synthetic/target/ephr-synthetic-*-cli.jar)
fi

echo "Waiting for ${server}/metadata (up to ${wait_seconds} s)..." >&2
deadline=$((SECONDS + wait_seconds))
until curl -fs -o /dev/null "${server}/metadata"; do
  if ((SECONDS >= deadline)); then
    echo "No answer from ${server}/metadata after ${wait_seconds} s: is the server running?" >&2
    exit 1
  fi
  sleep 2
done

secured=false
if [[ "$(curl -s -o /dev/null -w '%{http_code}' "${server}/Patient?_count=1")" == 401 ]]; then secured=true; fi
token_for() { if [[ "$secured" == true ]]; then src/scripts/keycloak.sh token "$1"; fi; }

admin_token=$(token_for admin.ephr)
curl -fsS -o /dev/null -X POST "$server" -H 'Content-Type: application/fhir+json' \
  ${admin_token:+-H "Authorization: Bearer ${admin_token}"} --data @deploy/demo/organizations.json

# Access tokens live five minutes: a fresh one for every chunk of 100 patients.
for ((from = 0; from < patients; from += 100)); do
  count=$((patients - from < 100 ? patients - from : 100))
  EPHR_ACCESS_TOKEN=$(token_for "${DEMO_USER:-dr.amal}") \
    java -jar "${jars[0]}" --server "$server" --patients "$count" --from "$from" --seed "$seed"
done
