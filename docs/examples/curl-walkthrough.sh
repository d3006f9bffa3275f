#!/usr/bin/env bash
# The platform's own walk-through, as curl calls: create a Profile schema, a dataset, a batch; upload a
# file, complete the batch, poll it, look the profile up; then create a streaming connection, stream one
# record with synchronous validation and look it up. Written against the platform's API docs; to run it
# against Profile Stager change only the base URL and the token:
#
#   profile-stager serve --port 8181 --token "$TOKEN"        # prints the base URL and token
#   BASE=http://127.0.0.1:8181 TOKEN=... docs/examples/curl-walkthrough.sh
#
# Against the platform: BASE=https://platform.adobe.io, TOKEN=<IMS access token>, and set API_KEY,
# IMS_ORG and SANDBOX. Needs curl and jq. Exits non-zero at the first unexpected answer.
set -euo pipefail

BASE="${BASE:-http://127.0.0.1:8181}"
: "${TOKEN:?set TOKEN to the bearer token (profile-stager serve prints it)}"
API_KEY="${API_KEY:-local}"
IMS_ORG="${IMS_ORG:-PROFILESTAGER@AdobeOrg}"
SANDBOX="${SANDBOX:-prod}"
# The streaming endpoint lives on another host on the platform (dcs.adobedc.net); locally it is BASE.
COLLECTION_BASE="${COLLECTION_BASE:-$BASE}"
RUN="$(date +%s)$RANDOM"
command -v jq >/dev/null || { echo "curl-walkthrough: needs jq (apt-get install jq)" >&2; exit 2; }

AUTH=(-H "Authorization: Bearer $TOKEN" -H "x-api-key: $API_KEY" -H "x-gw-ims-org-id: $IMS_ORG" -H "x-sandbox-name: $SANDBOX")

# call EXPECTED_STATUS curl-args… : prints the body; fails with the status and body otherwise.
call() {
  local expected="$1"
  shift
  local out status
  out="$(mktemp)"
  status="$(curl -sS -o "$out" -w '%{http_code}' "$@")"
  if [ "$status" != "$expected" ]; then
    echo "curl-walkthrough: expected HTTP $expected, got $status for: $*" >&2
    cat "$out" >&2
    echo >&2
    rm -f "$out"
    exit 1
  fi
  cat "$out"
  rm -f "$out"
}

step() { echo "== $*" >&2; }

step "1. create a schema (Individual Profile + Personal Contact Details + Demographic Details)"
SCHEMA_ID="$(call 201 -X POST "$BASE/data/foundation/schemaregistry/tenant/schemas" "${AUTH[@]}" \
  -H 'Content-Type: application/json' \
  -d '{
    "type": "object",
    "title": "Loyalty Members '"$RUN"'",
    "description": "Loyalty program members",
    "allOf": [
      { "$ref": "https://ns.adobe.com/xdm/context/profile" },
      { "$ref": "https://ns.adobe.com/xdm/context/profile-personal-details" },
      { "$ref": "https://ns.adobe.com/xdm/context/profile-person-details" }
    ]
  }' | jq -r '."$id"')"
SCHEMA_PATH="$(jq -rn --arg id "$SCHEMA_ID" '$id|@uri')"
echo "schema $SCHEMA_ID" >&2

step "2. primary identity: personalEmail.address in the Email namespace"
call 201 -X POST "$BASE/data/foundation/schemaregistry/tenant/descriptors" "${AUTH[@]}" \
  -H 'Content-Type: application/json' \
  -d '{
    "@type": "xdm:descriptorIdentity",
    "xdm:sourceSchema": "'"$SCHEMA_ID"'",
    "xdm:sourceVersion": 1,
    "xdm:sourceProperty": "/personalEmail/address",
    "xdm:namespace": "Email",
    "xdm:property": "xdm:code",
    "xdm:isPrimary": true
  }' >/dev/null

step "3. enable the schema for Profile (union tag)"
call 200 -X PATCH "$BASE/data/foundation/schemaregistry/tenant/schemas/$SCHEMA_PATH" "${AUTH[@]}" \
  -H 'Content-Type: application/json' \
  -d '[{ "op": "add", "path": "/meta:immutableTags", "value": ["union"] }]' >/dev/null

step "4. create a Profile- and Identity-enabled dataset"
DATASET_ID="$(call 201 -X POST "$BASE/data/foundation/catalog/dataSets" "${AUTH[@]}" \
  -H 'Content-Type: application/json' \
  -d '{
    "name": "Loyalty Members '"$RUN"'",
    "schemaRef": { "id": "'"$SCHEMA_ID"'", "contentType": "application/vnd.adobe.xed-full+json;version=1" },
    "tags": { "unifiedProfile": ["enabled:true"], "unifiedIdentity": ["enabled:true"] }
  }' | jq -r '.[0] | sub("^@/dataSets/"; "")')"
echo "dataset $DATASET_ID" >&2

step "5. create a batch"
BATCH_ID="$(call 201 -X POST "$BASE/data/foundation/import/batches" "${AUTH[@]}" \
  -H 'Content-Type: application/json' \
  -d '{ "datasetId": "'"$DATASET_ID"'", "inputFormat": { "format": "json" }, "enableErrorDiagnostics": true }' |
  jq -r '.id')"
echo "batch $BATCH_ID" >&2

step "6. upload a JSON Lines file"
printf '%s\n' \
  '{"personalEmail":{"address":"ada.'"$RUN"'@example.com"},"person":{"name":{"firstName":"Ada","lastName":"Lovelace"}}}' \
  '{"personalEmail":{"address":"grace.'"$RUN"'@example.com"},"person":{"name":{"firstName":"Grace","lastName":"Hopper"}}}' |
  call 200 -X PUT "$BASE/data/foundation/import/batches/$BATCH_ID/datasets/$DATASET_ID/files/members.json" "${AUTH[@]}" \
    -H 'Content-Type: application/octet-stream' --data-binary @- >/dev/null

step "7. complete the batch"
call 200 -X POST "$BASE/data/foundation/import/batches/$BATCH_ID?action=COMPLETE" "${AUTH[@]}" >/dev/null

step "8. poll the batch until it is done"
for attempt in $(seq 1 60); do
  STATUS="$(call 200 "$BASE/data/foundation/catalog/batches/$BATCH_ID" "${AUTH[@]}" | jq -r --arg id "$BATCH_ID" '.[$id].status')"
  echo "batch status: $STATUS" >&2
  case "$STATUS" in
    success) break ;;
    failed | aborted) echo "curl-walkthrough: the batch ended $STATUS" >&2; exit 1 ;;
  esac
  [ "$attempt" = 60 ] && { echo "curl-walkthrough: the batch did not finish" >&2; exit 1; }
  sleep 5
done

step "9. look the profile up by its identity"
for attempt in $(seq 1 ${LOOKUP_ATTEMPTS:-30}); do
  if FIRST="$(curl -sS -f "$BASE/data/core/ups/access/entities?schema.name=_xdm.context.profile&entityId=ada.$RUN@example.com&entityIdNS=Email" "${AUTH[@]}" |
    jq -er '[.[]][0].entity.person.name.firstName')"; then break; fi
  [ "$attempt" = 30 ] && { echo "curl-walkthrough: no profile for ada.$RUN@example.com" >&2; exit 1; }
  sleep 2
done
echo "profile found: $FIRST" >&2

step "10. create a streaming connection (HTTP API, XDM)"
CONNECTION_ID="$(call 201 -X POST "$BASE/data/foundation/flowservice/connections" "${AUTH[@]}" \
  -H 'Content-Type: application/json' \
  -d '{
    "name": "Loyalty stream '"$RUN"'",
    "providerId": "521eee4d-8cbe-4906-bb48-fb6bd4450033",
    "description": "streams loyalty members",
    "connectionSpec": { "id": "bc7b00d6-623a-4dfc-9fdb-f1240aeadaeb", "version": "1.0" },
    "auth": { "specName": "Streaming Connection", "params": { "sourceId": "loyalty-'"$RUN"'", "dataType": "xdm", "name": "Loyalty stream" } }
  }' | jq -r '.id')"
INLET_ID="$(call 200 "$BASE/data/foundation/flowservice/connections/$CONNECTION_ID" "${AUTH[@]}" | jq -r '.items[0].auth.params.inletId')"
echo "inlet $INLET_ID" >&2

step "11. stream a record with synchronous validation"
RECEIPT="$(call 200 -X POST "$COLLECTION_BASE/collection/$INLET_ID?syncValidation=true" \
  -H 'Content-Type: application/json' \
  -d '{
    "header": {
      "schemaRef": { "id": "'"$SCHEMA_ID"'", "contentType": "application/vnd.adobe.xed-full+json;version=1" },
      "imsOrgId": "'"$IMS_ORG"'",
      "datasetId": "'"$DATASET_ID"'",
      "source": { "name": "curl walk-through" }
    },
    "body": {
      "xdmMeta": { "schemaRef": { "id": "'"$SCHEMA_ID"'", "contentType": "application/vnd.adobe.xed-full+json;version=1" } },
      "xdmEntity": { "personalEmail": { "address": "linus.'"$RUN"'@example.com" }, "person": { "name": { "firstName": "Linus" } } }
    }
  }')"
echo "$RECEIPT" | jq -e '.syncValidation.status == "pass"' >/dev/null
echo "receipt: $(echo "$RECEIPT" | jq -c .)" >&2

step "12. look the streamed profile up"
for attempt in $(seq 1 ${LOOKUP_ATTEMPTS:-30}); do
  if FIRST="$(curl -sS -f "$BASE/data/core/ups/access/entities?schema.name=_xdm.context.profile&entityId=linus.$RUN@example.com&entityIdNS=Email" "${AUTH[@]}" |
    jq -er '[.[]][0].entity.person.name.firstName')"; then break; fi
  [ "$attempt" = 30 ] && { echo "curl-walkthrough: no profile for linus.$RUN@example.com" >&2; exit 1; }
  sleep 2
done
echo "streamed profile found: $FIRST" >&2
echo "curl-walkthrough: all steps passed"
