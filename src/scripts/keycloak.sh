#!/usr/bin/env bash
# Runs a local Keycloak with the e-PHR realm (deploy/keycloak/ephr-realm.json), for the demo and development.
#
# Usage: src/scripts/keycloak.sh start [--port 8180]      issuer http://127.0.0.1:PORT/realms/ephr
#        src/scripts/keycloak.sh stop
#        src/scripts/keycloak.sh token <username> [password]      access token of a demo user (password: demo)
#        src/scripts/keycloak.sh client-token <client-id> <secret>  access token of a client (client credentials)
#        src/scripts/keycloak.sh backend-token <client-id> <private-key.pem>  the same for a SMART Backend Services
#          client, authenticated by a JWT assertion signed with its RSA key (RS384), e.g. national-ehr-jo-backend
#          deploy/keycloak/dev-keys/national-ehr-jo-backend.private.pem (a LOCAL DEVELOPMENT DEFAULT key)
#   The Keycloak server distribution comes through Maven (org.keycloak:keycloak-quarkus-dist, zip) and is unpacked
#   once into target/keycloak/. Every start re-imports the realm file: Keycloak's dev database is wiped first.
#   Environment: EPHR_KEYCLOAK_PORT (default 8180), WAIT_SECONDS (default 180),
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD (master realm admin; default admin/admin, a LOCAL
#   DEVELOPMENT DEFAULT). The demo users' password "demo" and the clients' secrets in the realm file are local
#   development defaults too: never deploy that realm file as it is.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
usage() { sed -n '2,16p' src/scripts/keycloak.sh >&2; exit 2; }

# Keep in step with keycloak.version in fhir-server/pom.xml.
version=26.7.3
work=target/keycloak
home="${work}/keycloak-${version}"
pid_file="${work}/keycloak.pid"
port_file="${work}/keycloak.port"
log="${work}/keycloak.log"
realm=ephr

command="${1:-}"
shift || true
port="${EPHR_KEYCLOAK_PORT:-}"
if [[ "${1:-}" == "--port" ]]; then
  port="$2"
  shift 2
fi
running() { [[ -f "$pid_file" ]] && kill -0 "$(<"$pid_file")" 2>/dev/null; }
# Without --port, the other commands talk to the Keycloak this script started last.
if [[ -z "$port" && -f "$port_file" ]] && { [[ "$command" != start ]] || running; }; then port=$(<"$port_file"); fi
port="${port:-8180}"
base="http://127.0.0.1:${port}"
token_url="${base}/realms/${realm}/protocol/openid-connect/token"
healthy() { curl -fs -o /dev/null "${base}/realms/${realm}/.well-known/openid-configuration"; }
# POSTs a token request; prints the access token, or Keycloak's error and fails.
token_request() {
  curl -sS "$token_url" "$@" | python3 -c '
import json, sys
body = sys.stdin.read()
try:
    print(json.loads(body)["access_token"])
except (ValueError, KeyError):
    sys.exit("Token request refused: " + body)'
}

# SMART Backend Services: client credentials with a client assertion (RS384, kid the key's RFC 7638 thumbprint).
backend_token() {
  local assertion
  assertion=$(python3 - "$1" "$2" "$token_url" <<'PY'
import base64, hashlib, json, subprocess, sys, time, uuid
client, key, audience = sys.argv[1:4]
b64 = lambda data: base64.urlsafe_b64encode(data).rstrip(b"=").decode()
modulus = subprocess.run(["openssl", "rsa", "-in", key, "-noout", "-modulus"], check=True,
                         capture_output=True, text=True).stdout.strip().split("=", 1)[1]
jwk = {"e": "AQAB", "kty": "RSA", "n": b64(bytes.fromhex(modulus))}
kid = b64(hashlib.sha256(json.dumps(jwk, separators=(",", ":"), sort_keys=True).encode()).digest())
now = int(time.time())
header = {"alg": "RS384", "typ": "JWT", "kid": kid}
claims = {"iss": client, "sub": client, "aud": audience, "jti": str(uuid.uuid4()), "iat": now, "exp": now + 240}
signing_input = b64(json.dumps(header).encode()) + "." + b64(json.dumps(claims).encode())
signature = subprocess.run(["openssl", "dgst", "-sha384", "-sign", key], input=signing_input.encode(),
                           check=True, capture_output=True).stdout
print(signing_input + "." + b64(signature))
PY
)
  token_request -d grant_type=client_credentials \
    --data-urlencode "client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer" \
    --data-urlencode "client_assertion=${assertion}"
}

start() {
  if running && healthy; then
    echo "Keycloak is already running: ${base}/realms/${realm} (pid $(<"$pid_file"))" >&2
    return 0
  fi
  if running; then stop; fi
  if [[ ! -x "${home}/bin/kc.sh" ]]; then
    echo "Unpacking Keycloak ${version} into ${work}/ (fetched through Maven the first time, ~170 MB)..." >&2
    if [[ -x ./mvnw ]]; then maven=(./mvnw); else maven=(mvn); fi
    # -N: run on the parent pom only, not on every module.
    "${maven[@]}" -q -N dependency:unpack -Dartifact="org.keycloak:keycloak-quarkus-dist:${version}:zip" \
      -DoutputDirectory="$work"
    chmod +x "${home}"/bin/*.sh
  fi
  # Dev mode keeps its data in an H2 file and skips realms that already exist; wiping it makes the import current.
  rm -rf "${home}/data/h2"
  mkdir -p "${home}/data/import"
  cp deploy/keycloak/ephr-realm.json "${home}/data/import/"

  echo "Starting Keycloak ${version} on ${base} (log: ${log})..." >&2
  # --hostname pins the issuer, so tokens carry the same iss whichever host name a client used.
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    nohup "${home}/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$port" --hostname="$base" \
    --import-realm >"$log" 2>&1 &
  echo $! >"$pid_file"
  echo "$port" >"$port_file"

  local wait_seconds="${WAIT_SECONDS:-180}"
  local deadline=$((SECONDS + wait_seconds))
  until healthy; do
    if ! running || ((SECONDS >= deadline)); then
      if running; then echo "Keycloak did not come up within ${wait_seconds} s." >&2; else echo "Keycloak exited." >&2; fi
      echo "The end of ${log}:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    sleep 2
  done
  echo "Keycloak is up: issuer ${base}/realms/${realm}, admin console ${base}/admin" >&2
}

stop() {
  if ! running; then
    echo "Keycloak is not running." >&2
    rm -f "$pid_file"
    return 0
  fi
  local pid
  pid=$(<"$pid_file")
  kill "$pid"
  for _ in $(seq 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  # kc.sh forwards TERM to its java child; if that did not work, kill the child (by parent pid) and the script.
  if kill -0 "$pid" 2>/dev/null; then
    pkill -KILL -P "$pid" 2>/dev/null || true
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
  echo "Keycloak stopped." >&2
}

case "$command" in
  start) start ;;
  stop) stop ;;
  token)
    [[ $# -ge 1 ]] || usage
    token_request -d grant_type=password -d client_id=ephr-app \
      --data-urlencode "username=$1" --data-urlencode "password=${2:-demo}"
    ;;
  client-token)
    [[ $# -ge 2 ]] || usage
    token_request -d grant_type=client_credentials \
      --data-urlencode "client_id=$1" --data-urlencode "client_secret=$2"
    ;;
  backend-token)
    [[ $# -ge 2 ]] || usage
    backend_token "$1" "$2"
    ;;
  *) usage ;;
esac
