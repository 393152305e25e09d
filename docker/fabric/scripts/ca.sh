#!/usr/bin/env bash
# The Park organisation's crypto material from its Fabric CA. Runs inside hyperledger/fabric-ca:1.5 (service
# "ca-client" of compose-fabric.yaml, docker/fabric mounted at /fabric), started by `network.sh up` once the CA
# service is running:
#   - registers and enrolls peer0 (type peer), the org admin (type admin), the application identity parkchain-app
#     (type client, attribute parkchain.role=mirror) and an auditor identity (type client,
#     attribute parkchain.role=auditor) for regulators' tools;
#   - builds the organisation's channel MSP (the CA root as its only root, NodeOUs on) for configtx.yaml;
#   - copies the application's certificate, key and TLS root into organizations/app/ for the app container.
#
# Why the CA for the whole Park MSP: the chaincode authorises callers by the certificate attribute parkchain.role
# (Fabric CA attribute extension, OID 1.2.3.4.5.6.7.8.1), which only a Fabric CA enrollment carries. Issuing every
# Park identity from this one CA keeps a single root in the MSP, so the peer, the admin and the application validate
# against the same cacerts entry and the NodeOU roles come from the same place.
#
# The registration secrets below are fixed development values; this network is for development only.
set -euo pipefail

CA_ADDRESS=ca.park.example.com:7054
CA_NAME=ca-park
# the CA's self-signed root; it also signed the CA server's TLS certificate, so it is the TLS trust anchor too
CA_ROOT=/fabric/organizations/fabric-ca/park/ca-cert.pem
# the name fabric-ca-client gives the CA chain in an enrolled MSP's cacerts/: host-port-caname, dots as dashes
CA_CERT_FILE=ca-park-example-com-7054-ca-park.pem

ORG=/fabric/organizations/peerOrganizations/park.example.com
PEER=$ORG/peers/peer0.park.example.com
APP=/fabric/organizations/app
AUDITOR=/fabric/organizations/auditor

# the registrar's own enrollment (the CA's bootstrap identity) lives apart from the organisation's MSP
export FABRIC_CA_CLIENT_HOME=/fabric/organizations/fabric-ca/registrar
mkdir -p "$FABRIC_CA_CLIENT_HOME"

# fabric-ca-client against this CA, over TLS
ca_client() {
  fabric-ca-client "$@" --caname "$CA_NAME" --tls.certfiles "$CA_ROOT"
}

# NodeOUs: the OU the CA writes into each certificate (its registration type) decides the role in the MSP
write_node_ous() {
  cat > "$1/config.yaml" <<EOF
NodeOUs:
  Enable: true
  ClientOUIdentifier:
    Certificate: cacerts/$CA_CERT_FILE
    OrganizationalUnitIdentifier: client
  PeerOUIdentifier:
    Certificate: cacerts/$CA_CERT_FILE
    OrganizationalUnitIdentifier: peer
  AdminOUIdentifier:
    Certificate: cacerts/$CA_CERT_FILE
    OrganizationalUnitIdentifier: admin
  OrdererOUIdentifier:
    Certificate: cacerts/$CA_CERT_FILE
    OrganizationalUnitIdentifier: orderer
EOF
}

# enroll_msp NAME SECRET MSP_DIR: an enrollment certificate and key in MSP layout, with the NodeOU config
enroll_msp() {
  ca_client enroll -u "https://$1:$2@$CA_ADDRESS" -M "$3"
  write_node_ous "$3"
}

# has_attribute CERT NAME VALUE: the Fabric CA attribute extension is JSON ({"attrs":{...}}) stored as plain bytes
# in the certificate's DER, so a byte search is enough to check it (this image has no openssl). grep -c rather
# than -q: -q could stop reading early and fail the pipeline (pipefail) with a broken pipe.
has_attribute() {
  sed -n '/-----BEGIN CERTIFICATE-----/,/-----END CERTIFICATE-----/p' "$1" | grep -v -- '-----' | base64 -d \
    | grep -a -F -c "\"$2\":\"$3\"" >/dev/null
}

echo "Waiting for the Fabric CA at $CA_ADDRESS"
for attempt in $(seq 1 30); do
  if [ -f "$CA_ROOT" ] && ca_client enroll -u "https://admin:adminpw@$CA_ADDRESS" >/dev/null 2>&1; then
    break
  fi
  if [ "$attempt" -eq 30 ]; then
    echo "The Fabric CA did not answer; see: docker logs ca.park.example.com. Last attempt:" >&2
    [ -f "$CA_ROOT" ] && ca_client enroll -u "https://admin:adminpw@$CA_ADDRESS" >&2
    exit 1
  fi
  sleep 2
done

echo "Registering the Park identities"
ca_client register --id.name peer0 --id.secret peer0pw --id.type peer
ca_client register --id.name parkadmin --id.secret parkadminpw --id.type admin
# ":ecert" puts the attribute into the enrollment certificate by default; the chaincode reads it from there
ca_client register --id.name parkchain-app --id.secret parkchain-app-pw --id.type client \
  --id.attrs 'parkchain.role=mirror:ecert'
ca_client register --id.name auditor --id.secret auditorpw --id.type client \
  --id.attrs 'parkchain.role=auditor:ecert'

echo "The organisation's channel MSP (for configtx.yaml)"
mkdir -p "$ORG/msp/cacerts" "$ORG/msp/tlscacerts"
cp "$CA_ROOT" "$ORG/msp/cacerts/$CA_CERT_FILE"
cp "$CA_ROOT" "$ORG/msp/tlscacerts/ca.crt"
write_node_ous "$ORG/msp"

echo "peer0: enrollment certificate and TLS server certificate"
enroll_msp peer0 peer0pw "$PEER/msp"
ca_client enroll -u "https://peer0:peer0pw@$CA_ADDRESS" -M "$PEER/tls" --enrollment.profile tls \
  --csr.hosts peer0.park.example.com --csr.hosts localhost
# the file names compose-fabric.yaml points the peer at
cp "$PEER"/tls/tlscacerts/* "$PEER/tls/ca.crt"
cp "$PEER"/tls/signcerts/* "$PEER/tls/server.crt"
cp "$PEER"/tls/keystore/* "$PEER/tls/server.key"

echo "Org admin, application and auditor identities"
enroll_msp parkadmin parkadminpw "$ORG/users/Admin@park.example.com/msp"
enroll_msp parkchain-app parkchain-app-pw "$ORG/users/parkchain-app@park.example.com/msp"
enroll_msp auditor auditorpw "$ORG/users/auditor@park.example.com/msp"

# copy_identity MSP_DIR TARGET: certificate, PKCS#8 private key and the peer's TLS root under plain names
copy_identity() {
  mkdir -p "$2"
  cp "$1"/signcerts/cert.pem "$2/cert.pem"
  cp "$1"/keystore/*_sk "$2/key.pem"
  cp "$PEER/tls/ca.crt" "$2/tls-ca.pem"
  # Readable by the application container's non-root user. Development network only: in production, give the
  # key to the application's user alone (or use a secret store).
  chmod 0644 "$2"/cert.pem "$2"/key.pem "$2"/tls-ca.pem
}

copy_identity "$ORG/users/parkchain-app@park.example.com/msp" "$APP"
copy_identity "$ORG/users/auditor@park.example.com/msp" "$AUDITOR"

if ! has_attribute "$APP/cert.pem" parkchain.role mirror; then
  echo "The application's certificate lacks the attribute parkchain.role=mirror" >&2
  exit 1
fi
if ! has_attribute "$AUDITOR/cert.pem" parkchain.role auditor; then
  echo "The auditor's certificate lacks the attribute parkchain.role=auditor" >&2
  exit 1
fi
echo "Enrolled parkchain-app (parkchain.role=mirror) into $APP and auditor (parkchain.role=auditor) into $AUDITOR"
