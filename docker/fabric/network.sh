#!/usr/bin/env bash
# ParkChain's development Hyperledger Fabric 2.5 network (compose-fabric.yaml): one etcdraft orderer, one peer of
# the Park organisation (MSP id ParkChainMSP, gateway on, TLS on), its Fabric CA, and the parkchain-audit chaincode
# as a chaincode service on the channel "parkchain".
#
#   docker/fabric/network.sh up     generate the crypto material, create the channel, deploy the chaincode, enroll
#                                   the application's identity into docker/fabric/organizations/app/
#   docker/fabric/network.sh down   remove the containers, volumes and all generated material
#
# The host needs only Docker with the Compose plugin: every Fabric tool runs in a container (cryptogen, configtxgen,
# osnadmin and the peer CLI in hyperledger/fabric-tools:2.5, fabric-ca-client in hyperledger/fabric-ca:1.5), with
# this folder mounted at /fabric; the steps themselves are scripts/tools.sh and scripts/ca.sh.
# Before `up`, build the chaincode jar: (cd chaincode && ../mvnw package). See README.md beside this file.
set -euo pipefail

FABRIC_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT_DIR=$(cd "$FABRIC_DIR/../.." && pwd)
CHAINCODE_JAR=$ROOT_DIR/chaincode/target/parkchain-audit-chaincode.jar
TOOLS_IMAGE=hyperledger/fabric-tools:2.5
# what `up` generates (all of it ignored by git, see .gitignore)
GENERATED=(organizations channel-artifacts)

log() { printf '\n==> %s\n' "$*"; }
die() { printf 'network.sh: %s\n' "$*" >&2; exit 1; }

compose() { docker compose -f "$FABRIC_DIR/compose-fabric.yaml" "$@"; }
# one-shot tool containers on the Fabric network (services of the "tools" profile)
tools() { compose run --rm -T tools bash /fabric/scripts/tools.sh "$@"; }
ca_client() { compose run --rm -T ca-client bash /fabric/scripts/ca.sh; }

require_docker() {
  command -v docker >/dev/null 2>&1 || die "docker is not installed"
  docker compose version >/dev/null 2>&1 || die "the Docker Compose plugin (docker compose) is missing"
  docker info >/dev/null 2>&1 || die "no Docker engine is reachable"
}

up() {
  require_docker
  [ -f "$CHAINCODE_JAR" ] || die "missing $CHAINCODE_JAR: build it first with (cd chaincode && ../mvnw package)"
  # a fresh network every time: leftovers (old ledgers in the volumes, old certificates) would not match
  local item
  for item in "${GENERATED[@]}"; do
    [ ! -e "$FABRIC_DIR/$item" ] || die "$FABRIC_DIR/$item exists from an earlier run: run '$0 down' first"
  done
  [ -z "$(compose ps --all --quiet)" ] || die "containers of an earlier run exist: run '$0 down' first"
  [ -z "$(docker volume ls --quiet --filter label=com.docker.compose.project=parkchain-fabric)" ] \
    || die "ledger volumes of an earlier run exist: run '$0 down' first"
  # Created here, as the invoking user, so that Docker does not create the bind-mounted folders itself (as root).
  # The containers run as root, so most files inside end up owned by root; `down` removes them via a container.
  mkdir -p "$FABRIC_DIR/organizations/fabric-ca/park" "$FABRIC_DIR/organizations/chaincode" \
    "$FABRIC_DIR/organizations/app" "$FABRIC_DIR/organizations/auditor" "$FABRIC_DIR/channel-artifacts"

  log "Building the chaincode service image from $CHAINCODE_JAR"
  compose build parkchain-audit

  log "Starting the Park organisation's Fabric CA"
  compose up -d ca.park.example.com

  log "Registering and enrolling the Park identities (peer0, admin, parkchain-app, auditor) with the CA"
  ca_client

  log "Generating the orderer organisation's material (cryptogen) and the channel's genesis block (configtxgen)"
  tools crypto
  tools genesis

  log "Starting the orderer and the peer"
  compose up -d orderer.example.com peer0.park.example.com

  log "Creating the channel parkchain: osnadmin channel join, peer channel join"
  tools channel

  log "Deploying parkchain-audit as a chaincode service: package, install, approve, commit"
  tools chaincode

  # Started only now: its chaincode id is the package id computed in the previous step, which that step wrote to
  # organizations/chaincode/chaincode.env; the service loads that file whenever it starts.
  log "Starting the chaincode service"
  compose up -d parkchain-audit

  log "Checking the deployment"
  tools check

  cat <<EOF

The Fabric network is up (channel parkchain, chaincode parkchain-audit).
Application identity (parkchain-app, parkchain.role=mirror): $FABRIC_DIR/organizations/app/
  cert.pem, key.pem (PKCS#8), tls-ca.pem (the peer's TLS root)
Auditor identity (auditor, parkchain.role=auditor):           $FABRIC_DIR/organizations/auditor/

Start ParkChain against it (from the repository root):
  docker compose -f docker/compose.yaml -f docker/fabric/compose-app-fabric.yaml up --build
or on the host (./mvnw -Prun), see docs/fabric.md:
  PARKCHAIN_LEDGER_ADAPTER=fabric PARKCHAIN_LEDGER_FABRIC_PEER_ENDPOINT=localhost:7051 \\
  PARKCHAIN_LEDGER_FABRIC_HOST_OVERRIDE=peer0.park.example.com \\
  PARKCHAIN_LEDGER_FABRIC_TLS_CERT=$FABRIC_DIR/organizations/app/tls-ca.pem \\
  PARKCHAIN_LEDGER_FABRIC_CERT=$FABRIC_DIR/organizations/app/cert.pem \\
  PARKCHAIN_LEDGER_FABRIC_KEY=$FABRIC_DIR/organizations/app/key.pem ./mvnw -Prun
EOF
}

down() {
  require_docker
  log "Removing the Fabric containers, their volumes and the network parkchain-fabric"
  # fails on the network if the application is still attached to it: stop the application first
  if ! compose --profile tools down --volumes --remove-orphans; then
    echo "network.sh: 'docker compose down' failed; if ParkChain still runs on the network, stop it first:" >&2
    echo "  docker compose -f docker/compose.yaml -f docker/fabric/compose-app-fabric.yaml down" >&2
  fi

  log "Removing the generated material"
  # root-owned files from the containers: removed by a container, without any network
  local targets=() item
  for item in "${GENERATED[@]}"; do
    targets+=("/fabric/$item")
  done
  docker run --rm --network none -v "$FABRIC_DIR:/fabric" "$TOOLS_IMAGE" rm -rf "${targets[@]}"
  echo "Done. (The image parkchain/audit-chaincode:latest is kept; 'docker image rm' it if you like.)"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  collections) require_docker; tools collections ;;
  *)
    echo "usage: $0 up|down|collections" >&2
    exit 2
    ;;
esac
