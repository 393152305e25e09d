package org.parkchain.testsupport.fabric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkchain.ledger.contract.AuditRecords.GET_BATCH;
import static org.parkchain.ledger.contract.AuditRecords.RECORD_BATCH;

import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * The fixture peer as seen through the fabric-gateway client itself (no ParkChain adapter): what a real peer
 * guarantees and the adapter relies on - a transaction id is applied once however often it is submitted, and a
 * proposal whose signature does not belong to its creator's certificate is refused before the contract runs.
 */
class GatewayFixtureIT {
    @TempDir
    Path dir;
    private GatewayFixture fixture;
    private ClientIdentity mirror;
    private ManagedChannel channel;

    @BeforeEach
    void start() {
        fixture = new GatewayFixture().start();
        mirror = ClientIdentity.create(dir.resolve("mirror"), "ParkChainMSP", "mirror");
        channel = Grpc.newChannelBuilder(fixture.endpoint(), InsecureChannelCredentials.create()).build();
    }

    @AfterEach
    void stop() {
        channel.shutdownNow();
        fixture.close();
    }

    @Test
    void aTransactionSubmittedTwiceIsAppliedOnce() throws Exception {
        Transaction tx = contract(mirror.privateKey()).newProposal(RECORD_BATCH)
                .addArguments(Batches.json("b-1", Batches.entries("station-7", "e1", "e2"))).build().endorse();

        Status first = tx.submitAsync().getStatus();
        Status second = tx.submitAsync().getStatus();

        assertTrue(first.isSuccessful() && second.isSuccessful());
        assertEquals(first.getBlockNumber(), second.getBlockNumber());
        assertEquals(2, fixture.submissions(tx.getTransactionId()));
        assertEquals(1, fixture.recordBatchesApplied());
        assertEquals(2, fixture.entryCount());
        assertFalse(CanonicalJson.parseObject(new String(tx.getResult(), StandardCharsets.UTF_8))
                .getBoolean("replayed"));
    }

    @Test
    void aProposalWhoseSignatureDoesNotMatchTheCreatorsCertificateIsRefused() {
        PrivateKey otherKey = ClientIdentity.create(dir.resolve("x"), "ParkChainMSP", "mirror").privateKey();
        Contract forged = contract(otherKey);

        GatewayException e = assertThrows(GatewayException.class, () -> forged.evaluateTransaction(GET_BATCH, "b-1"));
        assertEquals(io.grpc.Status.Code.FAILED_PRECONDITION, e.getStatus().getCode());
        EndorseException endorse = assertThrows(EndorseException.class, () -> forged.newProposal(RECORD_BATCH)
                .addArguments(Batches.json("b-1", Batches.entries("station-7", "e1"))).build().endorse());
        assertEquals(io.grpc.Status.Code.ABORTED, endorse.getStatus().getCode());
        ErrorDetail detail = endorse.getDetails().get(0);
        assertEquals("peer0.park.example:" + fixture.port(), detail.getAddress());
        assertEquals("error validating proposal: access denied: the creator's signature is not valid",
                detail.getMessage());
        assertEquals(0, fixture.height());
    }

    /** The fabric-gateway client, signing with the given key on behalf of the mirror identity. */
    private Contract contract(PrivateKey signingKey) {
        return Gateway.newInstance().identity(new X509Identity(mirror.mspId(), mirror.certificate()))
                .signer(Signers.newPrivateKeySigner(signingKey)).hash(Hash.SHA256).connection(channel).connect()
                .getNetwork(GatewayFixture.CHANNEL).getContract(GatewayFixture.CHAINCODE);
    }
}
