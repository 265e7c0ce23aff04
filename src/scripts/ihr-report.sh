#!/usr/bin/env bash
# Fetches a signed IHR report from the e-PHR server and checks its signature: for scheduled reporting (cron, a CI
# job) by a public health authority's reporting client.
#
# Usage: src/scripts/ihr-report.sh --measure MEASURE [--period-start P] [--period-end P] [--granularity week|month]
#                                  [--dimensions a,b] [--format measure-report|csv|adx] [--out DIR]
#   Without a period: the last complete ISO week (granularity week) or calendar month (granularity month).
#   Writes DIR/ihr-<measure>-<start>_<end>.<json|csv|xml>, its detached JWS signature (.jws) and the server's
#   report public key (ihr-report-key.pub.pem); exits non-zero if anything fails or the signature does not verify.
#   Environment: EPHR_FHIR_BASE (default http://127.0.0.1:8080/fhir), EPHR_OIDC_ISSUER (default the local realm),
#   EPHR_REPORT_CLIENT_ID / EPHR_REPORT_CLIENT_SECRET (default the demo client ihr-reporting-jo and its LOCAL
#   DEVELOPMENT secret), or EPHR_ACCESS_TOKEN to use a token obtained elsewhere.
# Example (weekly, Monday 06:00): 0 6 * * 1 src/scripts/ihr-report.sh --measure cases --dimensions condition,country
set -euo pipefail
usage() { sed -n '2,14p' "${BASH_SOURCE[0]}" >&2; exit 2; }

base="${EPHR_FHIR_BASE:-http://127.0.0.1:8080/fhir}"
issuer="${EPHR_OIDC_ISSUER:-http://127.0.0.1:8180/realms/ephr}"
client_id="${EPHR_REPORT_CLIENT_ID:-ihr-reporting-jo}"
client_secret="${EPHR_REPORT_CLIENT_SECRET:-local-dev-secret-ihr-reporting-jo}"
measure="" start="" end="" granularity=week dimensions="" format=measure-report out=.

while (($# > 0)); do
  case "$1" in
    --measure) measure="$2"; shift 2 ;;
    --period-start) start="$2"; shift 2 ;;
    --period-end) end="$2"; shift 2 ;;
    --granularity) granularity="$2"; shift 2 ;;
    --dimensions) dimensions="$2"; shift 2 ;;
    --format) format="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) usage ;;
  esac
done
[[ -n "$measure" ]] || usage

if [[ -z "$start" || -z "$end" ]]; then
  if [[ "$granularity" == week ]]; then
    # Monday of last week, Sunday of last week.
    start=$(date -u -d "$(date -u +%F) -$(( $(date -u +%u) + 6 )) days" +%F)
    end=$(date -u -d "$start +6 days" +%F)
  else
    start=$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%F)
    end=$(date -u -d "$(date -u +%Y-%m-01) -1 day" +%F)
  fi
fi

token="${EPHR_ACCESS_TOKEN:-}"
if [[ -z "$token" ]]; then
  token=$(curl -fsS "${issuer}/protocol/openid-connect/token" \
    -d grant_type=client_credentials -d "client_id=${client_id}" --data-urlencode "client_secret=${client_secret}" |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [[ -n "$token" ]] || { echo "ihr-report: no access token from ${issuer}" >&2; exit 1; }
fi

case "$format" in
  csv) extension=csv ;;
  adx) extension=xml ;;
  *) extension=json ;;
esac
mkdir -p "$out"
file="${out}/ihr-${measure}-${start}_${end}.${extension}"
headers=$(mktemp)
trap 'rm -f "$headers"' EXIT

query="measure=${measure}&periodStart=${start}&periodEnd=${end}&granularity=${granularity}&format=${format}"
[[ -z "$dimensions" ]] || query="${query}&dimensions=${dimensions}"
status=$(curl -sS -o "$file" -D "$headers" -w '%{http_code}' -H "Authorization: Bearer ${token}" \
  "${base}/\$ihr-report?${query}")
if [[ "$status" != 200 ]]; then
  echo "ihr-report: the server answered ${status}:" >&2
  cat "$file" >&2
  rm -f "$file"
  exit 1
fi
tr -d '\r' <"$headers" | sed -n 's/^[Rr]eport-[Ss]ignature: //p' >"${file}.jws"
[[ -s "${file}.jws" ]] || { echo "ihr-report: the response carries no Report-Signature" >&2; exit 1; }

# Ask the server to verify what was received, byte for byte, and keep its public key for offline checks.
verification=$(curl -fsS -H "Authorization: Bearer ${token}" -H 'Content-Type: application/fhir+json' \
  "${base}/\$verify-ihr-report" --data-binary @- <<EOF
{"resourceType":"Parameters","parameter":[
 {"name":"report","valueBase64Binary":"$(base64 -w0 "$file")"},
 {"name":"signature","valueString":"$(cat "${file}.jws")"}]}
EOF
)
printf '%s' "$verification" | python3 -c '
import json, sys
parameters = {p["name"]: p for p in json.load(sys.stdin)["parameter"]}
open(sys.argv[1], "w").write(parameters["publicKey"]["valueString"])
valid = parameters.get("valid", {}).get("valueBoolean", False)
print(("VALID" if valid else "INVALID") + ": key " + parameters["keyId"]["valueString"]
      + ("" if valid else " - " + parameters.get("reason", {}).get("valueString", "")))
sys.exit(0 if valid else 1)
' "${out}/ihr-report-key.pub.pem"
echo "ihr-report: ${file} (signature ${file}.jws)"
