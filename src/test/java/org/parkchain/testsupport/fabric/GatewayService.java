package org.parkchain.testsupport.fabric;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.gateway.CommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.CommitStatusResponse;
import org.hyperledger.fabric.protos.gateway.EndorseRequest;
import org.hyperledger.fabric.protos.gateway.EndorseResponse;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.gateway.EvaluateRequest;
import org.hyperledger.fabric.protos.gateway.EvaluateResponse;
import org.hyperledger.fabric.protos.gateway.GatewayGrpc;
import org.hyperledger.fabric.protos.gateway.SignedCommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.SubmitRequest;
import org.hyperledger.fabric.protos.gateway.SubmitResponse;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.parkchain.ledger.contract.ContractException;

/**
 * The Fabric Gateway gRPC service of the fixture peer. The rule: answer as a Fabric 2.5 peer's gateway does, as far as
 * the fabric-gateway client can tell - the same messages, the same gRPC status codes and the same error texts: a
 * chaincode refusal on endorse is ABORTED "failed to endorse transaction, see attached details for more info" with an
 * ErrorDetail "chaincode response 500, message"; on evaluate it is UNKNOWN "evaluate call to endorser returned error:
 * chaincode response 500, message" with the same detail; a proposal the peer will not accept (bad signature, creator's
 * MSP not in the channel) is refused with "error validating proposal: access denied: ...".
 */
final class GatewayService extends GatewayGrpc.GatewayImplBase {
    private static final String QSCC = "qscc";
    private static final long MAX_COMMIT_WAIT_MILLIS = 30_000;

    private final FixtureLedger ledger;
    private final PreparedTransactions transactions;
    private final String channel;
    private final String chaincode;
    private final String peerMspId;
    private final Supplier<String> address;
    private volatile Set<String> channelMembers;
    private volatile Duration delay = Duration.ZERO;

    GatewayService(FixtureLedger ledger, String channel, String chaincode, String peerMspId, Supplier<String> address) {
        this.ledger = ledger;
        this.transactions = new PreparedTransactions(peerMspId);
        this.channel = channel;
        this.chaincode = chaincode;
        this.peerMspId = peerMspId;
        this.address = address;
    }

    void channelMembers(Set<String> mspIds) {
        channelMembers = mspIds == null ? null : Set.copyOf(mspIds);
    }

    void delay(Duration responseDelay) {
        delay = responseDelay;
    }

    @Override
    public void endorse(EndorseRequest request, StreamObserver<EndorseResponse> out) {
        answer(out, () -> {
            Invocation invocation = admit(request.getProposedTransaction(), false);
            FixtureLedger.Endorsement result;
            try {
                result = ledger.endorse(invocation);
            } catch (ContractException | Invocation.Refused e) {
                throw error(Status.Code.ABORTED, "failed to endorse transaction, see attached details for more info",
                        (e instanceof ContractException ? "chaincode response 500, " : "") + e.getMessage());
            }
            Envelope envelope = transactions.prepare(invocation, ByteString.copyFromUtf8(result.result()),
                    result.readWriteSet());
            ledger.prepared(invocation.txId(), envelope.getPayload());
            return EndorseResponse.newBuilder().setPreparedTransaction(envelope).build();
        });
    }

    @Override
    public void evaluate(EvaluateRequest request, StreamObserver<EvaluateResponse> out) {
        answer(out, () -> {
            Invocation query = null;
            try {
                query = Invocation.of(request.getProposedTransaction());
            } catch (Invocation.Refused e) {
                // refused below, as admission refuses any proposal the peer will not accept
            }
            if (query != null && QSCC.equals(query.chaincode())) {
                return queryTransaction(query);
            }
            Invocation invocation = admit(request.getProposedTransaction(), true);
            try {
                String result = ledger.evaluate(invocation);
                return EvaluateResponse.newBuilder().setResult(Response.newBuilder().setStatus(200)
                        .setPayload(ByteString.copyFrom(result, StandardCharsets.UTF_8))).build();
            } catch (ContractException e) {
                String message = "chaincode response 500, " + e.getMessage();
                throw error(Status.Code.UNKNOWN, "evaluate call to endorser returned error: " + message, message);
            }
        });
    }

    @Override
    public void submit(SubmitRequest request, StreamObserver<SubmitResponse> out) {
        answer(out, () -> {
            Envelope envelope = request.getPreparedTransaction();
            try {
                Payload payload = Payload.parseFrom(envelope.getPayload());
                ChannelHeader channelHeader = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
                SignatureHeader signatureHeader = SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader());
                if (!channelHeader.getTxId().equals(request.getTransactionId())) {
                    throw Status.INVALID_ARGUMENT.withDescription("transaction id " + request.getTransactionId()
                            + " does not match the prepared transaction").asRuntimeException();
                }
                Invocation.verify(signatureHeader.getCreator(), envelope.getPayload(), envelope.getSignature());
                ledger.submit(request.getTransactionId(), envelope);
            } catch (InvalidProtocolBufferException | Invocation.Refused e) {
                throw error(Status.Code.ABORTED, "received unsuccessful response from orderer: status=BAD_REQUEST",
                        e.getMessage());
            }
            return SubmitResponse.getDefaultInstance();
        });
    }

    @Override
    public void commitStatus(SignedCommitStatusRequest request, StreamObserver<CommitStatusResponse> out) {
        answer(out, () -> {
            CommitStatusRequest statusRequest;
            try {
                statusRequest = CommitStatusRequest.parseFrom(request.getRequest());
                Invocation.verify(statusRequest.getIdentity(), request.getRequest(), request.getSignature());
            } catch (InvalidProtocolBufferException | Invocation.Refused e) {
                throw Status.PERMISSION_DENIED.withDescription(e.getMessage()).asRuntimeException();
            }
            Deadline deadline = Context.current().getDeadline();
            long wait = deadline == null ? MAX_COMMIT_WAIT_MILLIS
                    : Math.min(MAX_COMMIT_WAIT_MILLIS, deadline.timeRemaining(TimeUnit.MILLISECONDS));
            FixtureLedger.Outcome outcome = ledger.awaitCommit(statusRequest.getTransactionId(), wait)
                    .orElseThrow(() -> Status.DEADLINE_EXCEEDED.withDescription("transaction "
                            + statusRequest.getTransactionId() + " was not committed in time").asRuntimeException());
            return CommitStatusResponse.newBuilder().setResult(outcome.code())
                    .setBlockNumber(outcome.blockNumber()).build();
        });
    }

    /** The query system chaincode's GetTransactionByID(channel, txId), as a peer answers it. */
    private EvaluateResponse queryTransaction(Invocation query) {
        if (!"GetTransactionByID".equals(query.function()) || query.args().size() != 2
                || !channel.equals(query.args().get(0))) {
            String message = "chaincode response 500, unsupported qscc call " + query.function() + query.args();
            throw error(Status.Code.UNKNOWN, "evaluate call to endorser returned error: " + message, message);
        }
        String txId = query.args().get(1);
        return ledger.processed(txId).map(p -> EvaluateResponse.newBuilder().setResult(Response.newBuilder()
                .setStatus(200).setPayload(p.toByteString())).build()).orElseThrow(() -> {
                    String message = "chaincode response 500, Failed to get transaction with id " + txId
                            + ", error no such transaction ID [" + txId + "] in index";
                    return error(Status.Code.UNKNOWN, "evaluate call to endorser returned error: " + message,
                            message);
                });
    }

    /** Checks a proposal as the peer would before it runs any chaincode. */
    private Invocation admit(SignedProposal proposal, boolean evaluate) {
        Invocation invocation;
        try {
            invocation = Invocation.of(proposal);
        } catch (Invocation.Refused e) {
            throw refusal(evaluate, "error validating proposal: " + e.getMessage());
        }
        if (!channel.equals(invocation.channelId()) || !chaincode.equals(invocation.chaincode())) {
            throw Status.FAILED_PRECONDITION.withDescription("no combination of peers can be derived which satisfy"
                    + " the endorsement policy: No metadata was found for chaincode " + invocation.chaincode()
                    + " in channel " + invocation.channelId()).asRuntimeException();
        }
        Set<String> members = channelMembers;
        String msp = invocation.caller().mspId();
        if (members != null && !members.contains(msp)) {
            throw refusal(evaluate, "error validating proposal: access denied: channel [" + channel
                    + "] creator org [" + msp + "]");
        }
        return invocation;
    }

    private StatusRuntimeException refusal(boolean evaluate, String message) {
        if (evaluate) {
            return error(Status.Code.FAILED_PRECONDITION, "evaluate call to endorser returned error: " + message,
                    message);
        }
        return error(Status.Code.ABORTED, "failed to endorse transaction, see attached details for more info", message);
    }

    private StatusRuntimeException error(Status.Code code, String message, String detail) {
        ErrorDetail errorDetail = ErrorDetail.newBuilder().setAddress(address.get()).setMspId(peerMspId)
                .setMessage(detail).build();
        return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder().setCode(code.value())
                .setMessage(message).addDetails(Any.pack(errorDetail)).build());
    }

    private interface Call<T> {
        T run() throws Exception;
    }

    private <T> void answer(StreamObserver<T> out, Call<T> call) {
        try {
            Duration pause = delay;
            if (!pause.isZero()) {
                Thread.sleep(pause.toMillis());
            }
            out.onNext(call.run());
            out.onCompleted();
        } catch (StatusRuntimeException e) {
            out.onError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.onError(Status.CANCELLED.withDescription("peer shutting down").asRuntimeException());
        } catch (Exception e) {
            out.onError(Status.INTERNAL.withDescription(e.toString()).withCause(e).asRuntimeException());
        }
    }
}
