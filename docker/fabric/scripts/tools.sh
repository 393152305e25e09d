#!/usr/bin/env bash
# Fabric tool steps of `network.sh up`. Runs inside hyperledger/fabric-tools:2.5 (service "tools" of
# compose-fabric.yaml, docker/fabric mounted at /fabric), one step per call:
#   crypto     the orderer organisation's material with cryptogen (crypto-config.yaml)
#   genesis    the channel's genesis block with configtxgen (configtx.yaml, profile ParkChainChannel)
#   channel    the orderer joins the channel (osnadmin), then peer0 (peer channel join)
#   chaincode  package parkchain-audit as a chaincode service, install, approve, commit; write its package id
#   check      query the deployed chaincode as the auditor identity (TLS, channel, chaincode service, attribute)
#   collections upgrade the chaincode definition (next sequence) with collections_config.json, after
#              scripts/collections.sh wrote it for the participants of a running ParkChain
# The peer CLI uses the image's core.yaml (FABRIC_CFG_PATH=/etc/hyperledger/fabric) with the settings below.
set -euo pipefail

CHANNEL=parkchain
CC_NAME=parkchain-audit
CC_VERSION=1.0
CC_SEQUENCE=${CC_SEQUENCE:-1}
# the private data collections of bilateral trading, one per pair of participants (scripts/collections.sh)
COLLECTIONS=/fabric/collections_config.json
CC_LABEL=parkchain-audit_1   # must equal "label" in chaincode/metadata.json

ORDERER=orderer.example.com:7050
ORDERER_ADMIN=orderer.example.com:7053
ORDERER_ORG=/fabric/organizations/ordererOrganizations/example.com
ORDERER_TLS_CA=$ORDERER_ORG/tlsca/tlsca.example.com-cert.pem
# osnadmin authenticates with mutual TLS: any certificate of the orderer organisation's TLS CA
ORDERER_ADMIN_TLS_CERT=$ORDERER_ORG/users/Admin@example.com/tls/client.crt
ORDERER_ADMIN_TLS_KEY=$ORDERER_ORG/users/Admin@example.com/tls/client.key

PARK=/fabric/organizations/peerOrganizations/park.example.com
PEER=peer0.park.example.com:7051
PEER_TLS_CA=$PARK/peers/peer0.park.example.com/tls/ca.crt

BLOCK=/fabric/channel-artifacts/$CHANNEL.block
PACKAGE=/fabric/channel-artifacts/$CC_NAME.tar.gz
CC_ENV=/fabric/organizations/chaincode/chaincode.env

# The peer CLI acts as the Park organisation's admin against peer0 (joining channels and installing chaincode
# need the peer's admin; approving a definition needs the organisation's admin).
export CORE_PEER_TLS_ENABLED=true
export CORE_PEER_LOCALMSPID=ParkChainMSP
export CORE_PEER_ADDRESS=$PEER
export CORE_PEER_TLS_ROOTCERT_FILE=$PEER_TLS_CA
export CORE_PEER_MSPCONFIGPATH=$PARK/users/Admin@park.example.com/msp

# retry COMMAND...: a node that has just started may not answer yet; 20 tries, 3 s apart
retry() {
  local attempt
  for attempt in $(seq 1 20); do
    if "$@"; then
      return 0
    fi
    echo "  not yet (attempt $attempt of 20): $*; retrying in 3 s" >&2
    sleep 3
  done
  echo "gave up: $*" >&2
  return 1
}

crypto() {
  cryptogen generate --config=/fabric/crypto-config.yaml --output=/fabric/organizations
}

genesis() {
  mkdir -p /fabric/channel-artifacts
  configtxgen -configPath /fabric -profile ParkChainChannel -channelID "$CHANNEL" -outputBlock "$BLOCK"
}

# osnadmin answers with exit status 0 whatever the HTTP status, so success is checked by listing the channel
orderer_osnadmin() {
  osnadmin "$@" -o "$ORDERER_ADMIN" --ca-file "$ORDERER_TLS_CA" \
    --client-cert "$ORDERER_ADMIN_TLS_CERT" --client-key "$ORDERER_ADMIN_TLS_KEY"
}

orderer_has_channel() {
  orderer_osnadmin channel list --channelID "$CHANNEL" --no-status 2>/dev/null \
    | jq -e --arg c "$CHANNEL" '.name == $c' >/dev/null 2>&1
}

orderer_join() {
  orderer_has_channel || { orderer_osnadmin channel join --channelID "$CHANNEL" --config-block "$BLOCK" \
    && orderer_has_channel; }
}

# the peer has the channel once it joined with the genesis block (joining twice would fail)
peer_has_channel() {
  peer channel getinfo -c "$CHANNEL" >/dev/null 2>&1
}

peer_join() {
  peer_has_channel || peer channel join -b "$BLOCK"
}

channel() {
  echo "Orderer joins $CHANNEL (channel participation API)"
  retry orderer_join
  orderer_osnadmin channel list --channelID "$CHANNEL"
  echo "peer0 joins $CHANNEL"
  retry peer_join
  peer channel getinfo -c "$CHANNEL"
}

# true when the package is already installed on peer0 (so that a repeated step does not fail)
installed() {
  peer lifecycle chaincode queryinstalled --output json \
    | jq -r '.installed_chaincodes[]?.package_id' | grep -c -x -F "$1" >/dev/null
}

chaincode() {
  echo "Packaging $CC_NAME as a chaincode service (connection.json + metadata.json, no code)"
  local work
  work=$(mktemp -d)
  tar -C /fabric/chaincode -czf "$work/code.tar.gz" connection.json
  cp /fabric/chaincode/metadata.json "$work/metadata.json"
  tar -C "$work" -czf "$PACKAGE" metadata.json code.tar.gz
  rm -rf "$work"

  local package_id
  package_id=$(peer lifecycle chaincode calculatepackageid "$PACKAGE")
  case "$package_id" in
    "$CC_LABEL":*) ;;
    *) echo "unexpected package id '$package_id' (label should be $CC_LABEL)" >&2; exit 1 ;;
  esac
  echo "Package id: $package_id"

  # The chaincode service needs this id as CORE_CHAINCODE_ID_NAME; compose-fabric.yaml loads it from this file.
  mkdir -p "$(dirname "$CC_ENV")"
  printf 'CORE_CHAINCODE_ID_NAME=%s\n' "$package_id" > "$CC_ENV"
  chmod 0644 "$CC_ENV"

  echo "Installing on peer0"
  retry install_once "$package_id"

  echo "Approving $CC_NAME $CC_VERSION (sequence $CC_SEQUENCE) for ParkChainMSP"
  retry approve_once "$package_id"

  echo "Committing the definition on $CHANNEL"
  retry commit_once
  peer lifecycle chaincode querycommitted --channelID "$CHANNEL" --name "$CC_NAME"
}

# Each lifecycle step is skipped when already done: repeating an install, an approval or a commit of the same
# definition is refused by the peer, so a blind retry after a lost answer would never succeed.
install_once() {
  installed "$1" || { peer lifecycle chaincode install "$PACKAGE" && installed "$1"; }
}

approved() {
  peer lifecycle chaincode checkcommitreadiness --channelID "$CHANNEL" --name "$CC_NAME" \
    --version "$CC_VERSION" --sequence "$CC_SEQUENCE" --collections-config "$COLLECTIONS" --output json \
    2>/dev/null | jq -e '.approvals.ParkChainMSP == true' >/dev/null 2>&1
}

# no --signature-policy: the channel's default endorsement policy applies (MAJORITY Endorsement = the Park peer)
approve_once() {
  approved || { peer lifecycle chaincode approveformyorg -o "$ORDERER" --tls --cafile "$ORDERER_TLS_CA" \
    --channelID "$CHANNEL" --name "$CC_NAME" --version "$CC_VERSION" --sequence "$CC_SEQUENCE" \
    --collections-config "$COLLECTIONS" --package-id "$1" && approved; }
}

committed() {
  peer lifecycle chaincode querycommitted --channelID "$CHANNEL" --name "$CC_NAME" --output json 2>/dev/null \
    | jq -e --argjson s "$CC_SEQUENCE" '.sequence == $s' >/dev/null 2>&1
}

commit_once() {
  committed || { peer lifecycle chaincode commit -o "$ORDERER" --tls --cafile "$ORDERER_TLS_CA" \
    --channelID "$CHANNEL" --name "$CC_NAME" --version "$CC_VERSION" --sequence "$CC_SEQUENCE" \
    --collections-config "$COLLECTIONS" --peerAddresses "$PEER" --tlsRootCertFiles "$PEER_TLS_CA" && committed; }

# A new collections_config.json (new trading participants): the same package under the next sequence number.
collections() {
  local current package_id
  current=$(peer lifecycle chaincode querycommitted --channelID "$CHANNEL" --name "$CC_NAME" --output json \
    | jq -r '.sequence')
  CC_SEQUENCE=$((current + 1))
  package_id=$(sed -n 's/^CORE_CHAINCODE_ID_NAME=//p' "$CC_ENV")
  echo "Upgrading $CC_NAME to sequence $CC_SEQUENCE with $(jq length "$COLLECTIONS") collections"
  retry approve_once "$package_id"
  retry commit_once
}
}

check() {
  echo "Querying $CC_NAME: the contract metadata (any member), then ListBatches as the auditor"
  # the chaincode service may still be starting; the peer connects to it on the first call
  retry peer chaincode query -C "$CHANNEL" -n "$CC_NAME" -c '{"Args":["org.hyperledger.fabric:GetMetadata"]}' \
    >/dev/null
  # succeeds only if the contract trusts ParkChainMSP and reads parkchain.role=auditor from the certificate
  CORE_PEER_MSPCONFIGPATH=$PARK/users/auditor@park.example.com/msp \
    peer chaincode query -C "$CHANNEL" -n "$CC_NAME" -c '{"Args":["audit:ListBatches","10",""]}'
  echo
}

case "${1:-}" in
  crypto | genesis | channel | chaincode | check | collections) "$1" ;;
  *) echo "usage: tools.sh crypto|genesis|channel|chaincode|check|collections" >&2; exit 2 ;;
esac
