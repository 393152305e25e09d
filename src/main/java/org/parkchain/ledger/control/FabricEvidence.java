package org.parkchain.ledger.control;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProcessedTransaction;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.parkchain.platform.canonical.Hashes;

/**
 * Fabric's own evidence of a committed transaction: the {@code ProcessedTransaction} a peer's {@code qscc
 * GetTransactionByID} returns (Base64 in {@code processedTransaction}). Checked as Fabric defines it: the validation
 * code is VALID; the channel header's transaction id is the asked one and equals SHA-256(nonce || creator); the
 * client signed the payload; each endorsement's signature covers the proposal response payload followed by the
 * endorser's identity; the chaincode answered 200. The endorsers are named for the reader to hold against the
 * channel's endorsement policy.
 */
final class FabricEvidence {
    private FabricEvidence() {
    }

    static EvidenceCheck.Result check(JsonObject content, String txId) {
        List<String> problems = new ArrayList<>();
        List<String> signers = new ArrayList<>();
        String result = null;
        try {
            ProcessedTransaction processed = ProcessedTransaction.parseFrom(Base64.getDecoder().decode(
                    content.getString("processedTransaction")));
            if (processed.getValidationCode() != TxValidationCode.VALID_VALUE) {
                problems.add("the peers did not validate it: " + TxValidationCode.forNumber(
                        processed.getValidationCode()));
            }
            Envelope envelope = processed.getTransactionEnvelope();
            Payload payload = Payload.parseFrom(envelope.getPayload());
            ChannelHeader channel = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
            SignatureHeader header = SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader());
            if (!txId.equals(channel.getTxId())) {
                problems.add("the evidence is for transaction " + channel.getTxId());
            }
            if (!Hashes.hex(Hashes.sha256(header.getNonce().toByteArray(), header.getCreator().toByteArray()))
                    .equals(channel.getTxId())) {
                problems.add("the transaction id is not SHA-256 of the nonce and the creator");
            }
            if (!EvidenceCheck.verify(identity(header.getCreator()), envelope.getPayload().toByteArray(),
                    envelope.getSignature().toByteArray())) {
                problems.add("the client's signature over the transaction does not verify");
            }
            for (TransactionAction action : Transaction.parseFrom(payload.getData()).getActionsList()) {
                ChaincodeEndorsedAction endorsed = ChaincodeActionPayload.parseFrom(action.getPayload()).getAction();
                ByteString response = endorsed.getProposalResponsePayload();
                for (Endorsement e : endorsed.getEndorsementsList()) {
                    SerializedIdentity endorser = SerializedIdentity.parseFrom(e.getEndorser());
                    X509Certificate cert = identity(e.getEndorser());
                    signers.add(endorser.getMspid() + ":" + Hashes.hex(Hashes.sha256(cert.getEncoded())));
                    if (!EvidenceCheck.verify(cert, response.concat(e.getEndorser()).toByteArray(),
                            e.getSignature().toByteArray())) {
                        problems.add("the endorsement of " + endorser.getMspid() + " does not verify");
                    }
                }
                ChaincodeAction chaincode = ChaincodeAction.parseFrom(ProposalResponsePayload.parseFrom(response)
                        .getExtension());
                if (chaincode.getResponse().getStatus() != 200) {
                    problems.add("the chaincode answered " + chaincode.getResponse().getStatus());
                }
                result = chaincode.getResponse().getPayload().toString(StandardCharsets.UTF_8);
            }
            if (signers.isEmpty()) {
                problems.add("the transaction carries no endorsement");
            }
        } catch (InvalidProtocolBufferException | GeneralSecurityException | RuntimeException e) {
            problems.add("unreadable evidence: " + e.getMessage());
        }
        return new EvidenceCheck.Result(problems, signers, result);
    }

    private static X509Certificate identity(ByteString serialized) throws InvalidProtocolBufferException,
            GeneralSecurityException {
        return EvidenceCheck.certificate(SerializedIdentity.parseFrom(serialized).getIdBytes()
                .toString(StandardCharsets.US_ASCII));
    }
}
