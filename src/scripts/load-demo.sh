#!/usr/bin/env bash
# Loads synthetic migrants' health records into a running e-PHR FHIR server, for demos.
#
# Usage: src/scripts/load-demo.sh [PATIENTS=200] [SERVER=http://localhost:8080/fhir]
#   Builds the synthetic CLI jar if it is missing, waits until SERVER/metadata answers, then runs DemoLoader.
#   Environment: SEED (population seed, default 42), WAIT_SECONDS (how long to wait for the server, default 180).
#   Loading the same seed twice leaves existing patients alone (conditional create on the e-PHR number).
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

exec java -jar "${jars[0]}" --server "$server" --patients "$patients" --seed "$seed"
