#!/usr/bin/env bash
# Writes docker/fabric/collections_config.json: one private data collection per pair of trading participants
# (sales companies, large users, generators) of a running ParkChain, named pair-<lower id>-<higher id> as the
# secured-terms contract expects (org.parkchain.ledger.contract.SecuredTerms.collection). On this network every
# pair's members are the Park organisation's peers (ParkChainMSP), which serve the parties and the regulator; with an
# organisation per participant, replace the policy by OR('<party A MSP>.member','<party B MSP>.member',
# 'RegulatorMSP.member'). Then `network.sh collections` upgrades the chaincode definition with the new file.
#
# usage: docker/fabric/scripts/collections.sh [base URL, default http://localhost:8080] [user:password of the regulator]
set -euo pipefail
BASE=${1:-http://localhost:8080}
AUTH=${2:-regulator:parkchain1}
OUT=$(dirname "$0")/../collections_config.json

ids=$(for type in SALES_COMPANY LARGE_USER GENERATOR; do
        curl -sf -u "$AUTH" "$BASE/api/participants?type=$type" | jq -r '.[].id'
      done | sort -n)
echo "$ids" | jq -R -s '
  [split("\n")[] | select(length > 0) | tonumber] as $ids
  | [ $ids[] as $a | $ids[] as $b | select($a < $b)
      | { name: "pair-\($a)-\($b)", policy: "OR('"'"'ParkChainMSP.member'"'"')", requiredPeerCount: 0,
          maxPeerCount: 1, blockToLive: 0, memberOnlyRead: true, memberOnlyWrite: true } ]' > "$OUT"
echo "$(jq length "$OUT") collections written to $OUT"
