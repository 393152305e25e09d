package org.parkchain.testsupport.fabric;

import com.google.protobuf.ByteString;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.X509Certificate;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;

/**
 * Builds the unsigned transaction envelope a gateway returns from Endorse, the way a peer assembles it from its
 * proposal response: Envelope.payload = Payload{header = the proposal's header, data = Transaction{[TransactionAction{
 * header = signature header, payload = ChaincodeActionPayload{proposal payload without transient data,
 * ChaincodeEndorsedAction{ProposalResponsePayload{proposal hash, ChaincodeAction{read-write set, Response{200,
 * result}}},
 * [endorsement by this peer]}}}]}}. The client reads the result from there and signs the payload.
 */
final class PreparedTransactions {
    private final KeyPair peerKeys;
    private final ByteString peerIdentity;

    PreparedTransactions(String peerMspId) {
        peerKeys = Certificates.ecKeyPair();
        X509Certificate peerCertificate = Certificates.client(peerKeys, "peer0.park.example", peerMspId,
                null);
        peerIdentity = SerializedIdentity.newBuilder().setMspid(peerMspId)
                .setIdBytes(ByteString.copyFromUtf8(Certificates.pem(peerCertificate))).build().toByteString();
    }

    Envelope prepare(Invocation invocation, ByteString result, ByteString readWriteSet) {
        Header header = invocation.header();
        ChaincodeAction action = ChaincodeAction.newBuilder()
                .setResults(readWriteSet)
                .setResponse(Response.newBuilder().setStatus(200).setPayload(result))
                .setChaincodeId(ChaincodeID.newBuilder().setName(invocation.chaincode()))
                .build();
        ByteString responsePayload = ProposalResponsePayload.newBuilder()
                .setProposalHash(ByteString.copyFrom(Invocation.sha256(header.getChannelHeader(),
                        header.getSignatureHeader(), invocation.proposalPayloadWithoutTransient())))
                .setExtension(action.toByteString())
                .build().toByteString();
        ChaincodeEndorsedAction endorsed = ChaincodeEndorsedAction.newBuilder()
                .setProposalResponsePayload(responsePayload)
                .addEndorsements(Endorsement.newBuilder().setEndorser(peerIdentity)
                        .setSignature(sign(responsePayload.concat(peerIdentity))))
                .build();
        ChaincodeActionPayload actionPayload = ChaincodeActionPayload.newBuilder()
                .setChaincodeProposalPayload(invocation.proposalPayloadWithoutTransient())
                .setAction(endorsed)
                .build();
        Transaction transaction = Transaction.newBuilder()
                .addActions(TransactionAction.newBuilder().setHeader(header.getSignatureHeader())
                        .setPayload(actionPayload.toByteString()))
                .build();
        Payload payload = Payload.newBuilder().setHeader(header).setData(transaction.toByteString()).build();
        return Envelope.newBuilder().setPayload(payload.toByteString()).build();
    }

    private ByteString sign(ByteString message) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(peerKeys.getPrivate());
            signer.update(message.toByteArray());
            return ByteString.copyFrom(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
