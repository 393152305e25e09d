package org.parkchain.testsupport.fabric;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeHeaderExtension;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.parkchain.ledger.contract.Caller;

/**
 * A transaction proposal as a peer sees it after validating it: the signed proposal is parsed (Proposal -> Header ->
 * ChannelHeader and SignatureHeader, ChaincodeProposalPayload -> ChaincodeInvocationSpec), the creator's signature is
 * checked with the public key of the certificate in its SerializedIdentity, the transaction id is checked to be
 * SHA-256(nonce || creator), and the caller's role is read from the Fabric CA attribute extension.
 */
public record Invocation(String txId, String channelId, String chaincode, Instant timestamp, Caller caller,
                         String function, List<String> args, Header header,
                         ByteString proposalPayloadWithoutTransient, java.util.Map<String, byte[]> transientMap) {

    /** A request the peer refuses before any chaincode runs; the message says why, as a peer would. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    public static Invocation of(SignedProposal signed) throws Refused {
        try {
            Proposal proposal = Proposal.parseFrom(signed.getProposalBytes());
            Header header = Header.parseFrom(proposal.getHeader());
            ChannelHeader channelHeader = ChannelHeader.parseFrom(header.getChannelHeader());
            SignatureHeader signatureHeader = SignatureHeader.parseFrom(header.getSignatureHeader());
            SerializedIdentity creator = verify(signatureHeader.getCreator(), signed.getProposalBytes(),
                    signed.getSignature());
            String expectedTxId = HexFormat.of().formatHex(sha256(signatureHeader.getNonce().concat(
                    signatureHeader.getCreator())));
            if (!expectedTxId.equals(channelHeader.getTxId())) {
                throw new Refused("invalid txID. It must be " + expectedTxId);
            }
            String chaincode = ChaincodeHeaderExtension.parseFrom(channelHeader.getExtension()).getChaincodeId()
                    .getName();
            ChaincodeProposalPayload payload = ChaincodeProposalPayload.parseFrom(proposal.getPayload());
            List<String> args = ChaincodeInvocationSpec.parseFrom(payload.getInput()).getChaincodeSpec().getInput()
                    .getArgsList().stream().map(b -> b.toString(StandardCharsets.UTF_8)).toList();
            if (args.isEmpty()) {
                throw new Refused("no function name in the chaincode input");
            }
            X509Certificate certificate = Certificates.parse(creator.getIdBytes().toByteArray());
            Caller caller = new Caller(creator.getMspid(), Certificates.attribute(certificate, Caller.ROLE_ATTRIBUTE));
            Timestamp t = channelHeader.getTimestamp();
            return new Invocation(channelHeader.getTxId(), channelHeader.getChannelId(), chaincode,
                    Instant.ofEpochSecond(t.getSeconds(), t.getNanos()), caller, args.get(0), args.subList(1,
                    args.size()), header, payload.toBuilder().clearTransientMap().build().toByteString(),
                    transientOf(payload));
        } catch (InvalidProtocolBufferException | GeneralSecurityException e) {
            throw new Refused("malformed proposal: " + e.getMessage());
        }
    }

    /** The proposal's transient map (what the peer's chaincode sees, never written to the ledger). */
    private static java.util.Map<String, byte[]> transientOf(ChaincodeProposalPayload payload) {
        java.util.Map<String, byte[]> map = new java.util.TreeMap<>();
        payload.getTransientMapMap().forEach((k, v) -> map.put(k, v.toByteArray()));
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Checks a signature made by the identity's certificate key over a message; returns the identity. */
    public static SerializedIdentity verify(ByteString serializedIdentity, ByteString message, ByteString signature)
            throws Refused {
        try {
            SerializedIdentity identity = SerializedIdentity.parseFrom(serializedIdentity);
            X509Certificate certificate = Certificates.parse(identity.getIdBytes().toByteArray());
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(message.toByteArray());
            if (signature.isEmpty() || !verifier.verify(signature.toByteArray())) {
                throw new Refused("access denied: the creator's signature is not valid");
            }
            return identity;
        } catch (InvalidProtocolBufferException | GeneralSecurityException e) {
            throw new Refused("access denied: creator is malformed (" + e.getMessage() + ")");
        }
    }

    static byte[] sha256(ByteString... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ByteString part : parts) {
                digest.update(part.toByteArray());
            }
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
