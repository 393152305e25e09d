package org.parkchain.ledger.fabric;

import io.grpc.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.parkchain.ledger.contract.ContractError;
import org.parkchain.ledger.control.LedgerException;

/**
 * Turns a failed Fabric gateway call into a {@link LedgerException}. The rule: only a refusal is
 * {@link LedgerException.Kind#REJECTED} - the contract's own {@code "CODE: message"} text found in the gRPC status or
 * its error details (a real gateway reports chaincode errors as {@code "chaincode response 500, CODE: ..."}: on
 * evaluate in the status message with code UNKNOWN, on endorse only in the attached details with code ABORTED), or the
 * peer refusing the caller's identity before the contract runs ({@code "access denied"}), which is reported as
 * {@link ContractError#UNAUTHORIZED}. Everything else - unreachable peer, deadline, cancelled, exhausted, aborted
 * endorsement, ordering or commit-status trouble - is {@link LedgerException.Kind#UNAVAILABLE}: the caller retries
 * with backoff, and the contract's idempotent batches make a retry safe.
 */
final class FabricErrors {
    private static final Logger LOG = Logger.getLogger(FabricErrors.class.getName());
    private static final Pattern CONTRACT_ERROR = Pattern.compile("(?<![A-Z_])("
            + Arrays.stream(ContractError.values()).map(Enum::name).collect(Collectors.joining("|")) + "): ");
    private static final List<String> IDENTITY_REFUSALS = List.of("access denied", "error validating proposal");

    private FabricErrors() {
    }

    /** Maps the failure and logs it (fine: the caller decides how loud it is). */
    static LedgerException failure(String function, String txId, GatewayException e) {
        LedgerException mapped = map(function, e);
        LOG.fine(() -> "Fabric " + function + (txId == null ? "" : " " + txId) + ": " + mapped.kind() + " "
                + mapped.getMessage());
        return mapped;
    }

    static LedgerException map(String function, GatewayException e) {
        Status status = e.getStatus();
        List<String> messages = new ArrayList<>();
        if (status.getDescription() != null) {
            messages.add(status.getDescription());
        }
        List<ErrorDetail> details = details(e);
        details.forEach(d -> messages.add(d.getMessage()));
        for (String message : messages) {
            Matcher m = CONTRACT_ERROR.matcher(message);
            if (m.find()) {
                return LedgerException.rejected(ContractError.valueOf(m.group(1)), message.substring(m.start()));
            }
        }
        for (String message : messages) {
            String lower = message.toLowerCase(Locale.ROOT);
            if (IDENTITY_REFUSALS.stream().anyMatch(lower::contains)) {
                return LedgerException.rejected(ContractError.UNAUTHORIZED, "the peer refused the caller's identity"
                        + " for " + function + ": " + message);
            }
        }
        return LedgerException.unavailable("Fabric " + function + " failed: " + describe(status, details), e);
    }

    /** The gRPC status and every endorser's detail, for a log line or an exception message. */
    static String describe(Status status, List<ErrorDetail> details) {
        StringBuilder text = new StringBuilder(status.getCode().name());
        if (status.getDescription() != null) {
            text.append(' ').append(status.getDescription());
        }
        Throwable cause = status.getCause();
        if (cause != null) {
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            text.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage())
                    .append(')');
        }
        for (ErrorDetail d : details) {
            text.append(" [").append(d.getAddress()).append(' ').append(d.getMspId()).append(": ")
                    .append(d.getMessage()).append(']');
        }
        return text.toString().replaceAll("\\s*\\R\\s*", " ");
    }

    private static List<ErrorDetail> details(GatewayException e) {
        try {
            return e.getDetails();
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }
}
