package org.parkchain.ledger.contract;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * The secured-agreement contract for bilateral trading, after Fabric's secured-agreement pattern: each party's copy of
 * a contract's terms goes, as transient input, into the private data collection of the pair ({@code pair-<a>-<b>},
 * {@code a < b} being the two parties' ids; its members are the two parties' organisations and the regulator's), so
 * the channel holds only the copy's hash; the contract activates only when both parties' copies are in the collection
 * and their hashes are equal. Public state: {@code termscopy/<contract>/<party>} (party, hash, transaction) and
 * {@code securedcontract/<contract>} (the two parties, the agreed terms' hash, status ACTIVE).
 *
 * <p>Rules: only a trusted MSP's {@code mirror} role writes, {@code mirror} and {@code auditor} read; the party must
 * be one of the pair the collection is named for; a copy is canonical JSON (so equal terms hash equal); a contract
 * activates once.
 */
public final class SecuredTerms {
    public static final String RECORD_COPY = "RecordTermsCopy";
    public static final String ACTIVATE = "ActivateContract";
    public static final String GET_CONTRACT = "GetContract";
    public static final String GET_COPY = "GetTermsCopy";
    /** The transient map key holding a party's copy of the terms. */
    public static final String TRANSIENT_TERMS = "terms";
    static final String COPY = "termscopy";
    static final String CONTRACT = "securedcontract";
    private static final Pattern PAIR = Pattern.compile("pair-(\\d{1,18})-(\\d{1,18})");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");

    private final Set<String> trustedMsps;

    public SecuredTerms(Set<String> trustedMsps) {
        this.trustedMsps = Set.copyOf(trustedMsps);
    }

    /** The contract's name on Fabric: functions are called {@code trading:<function>}. */
    public static final String CONTRACT_NAME = "trading";

    /**
     * Runs a function by name, for hosts without Fabric's annotation routing (the Gateway test fixture): {@code
     * RecordTermsCopy collection contract party}, {@code ActivateContract collection contract seller buyer},
     * {@code GetContract contract}, {@code GetTermsCopy collection contract party}.
     */
    public String invoke(ContractState state, PrivateState priv, Caller caller, String function,
                         java.util.List<String> args) {
        return switch (function) {
            case RECORD_COPY -> recordCopy(state, priv, caller, arg(args, 0, 3), arg(args, 1, 3), arg(args, 2, 3));
            case ACTIVATE -> activate(state, priv, caller, arg(args, 0, 4), arg(args, 1, 4), arg(args, 2, 4),
                    arg(args, 3, 4));
            case GET_CONTRACT -> getContract(state, caller, arg(args, 0, 1));
            case GET_COPY -> getCopy(priv, caller, arg(args, 0, 3), arg(args, 1, 3), arg(args, 2, 3));
            default -> throw new ContractException(ContractError.UNKNOWN_FUNCTION, "no function " + function);
        };
    }

    private static String arg(java.util.List<String> args, int index, int expected) {
        if (args.size() != expected) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, "expected " + expected + " arguments, got "
                    + args.size());
        }
        return args.get(index);
    }

    /** The collection of a pair of parties: {@code pair-<lower id>-<higher id>}. */
    public static String collection(long partyA, long partyB) {
        return "pair-" + Math.min(partyA, partyB) + "-" + Math.max(partyA, partyB);
    }

    /** Stores the caller's party's copy (transient {@value #TRANSIENT_TERMS}) privately; returns its hash. */
    public String recordCopy(ContractState state, PrivateState priv, Caller caller, String collection,
                             String contractId, String party) {
        authorize(caller, true);
        requireMember(collection, party);
        id(contractId, "contract");
        byte[] terms = priv.transientValue(TRANSIENT_TERMS);
        if (terms == null || terms.length == 0) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, "the terms travel in the transient map under '"
                    + TRANSIENT_TERMS + "'");
        }
        String text = new String(terms, StandardCharsets.UTF_8);
        JsonObject parsed;
        try {
            parsed = CanonicalJson.parseObject(text);
        } catch (RuntimeException e) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, "the terms are not a JSON object");
        }
        if (!CanonicalJson.write(parsed).equals(text)) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, "the terms are not canonical JSON");
        }
        if (state.get(CONTRACT, contractId) != null) {
            throw new ContractException(ContractError.CONTRACT_CONFLICT, "contract " + contractId + " is active");
        }
        priv.putPrivate(terms, collection, COPY, contractId, party);
        String hash = Hashes.hex(Hashes.sha256(terms));
        JsonObject record = CanonicalJson.JSON.createObjectBuilder().add("contractId", contractId).add("party", party)
                .add("collection", collection).add("termsHash", hash).add("txId", state.txId()).build();
        state.put(CanonicalJson.bytes(record), COPY, contractId, party);
        return CanonicalJson.write(record);
    }

    /** Activates the contract when both parties' copies are in the collection with equal hashes. */
    public String activate(ContractState state, PrivateState priv, Caller caller, String collection,
                           String contractId, String seller, String buyer) {
        authorize(caller, true);
        requireMember(collection, seller);
        requireMember(collection, buyer);
        if (seller.equals(buyer)) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, "seller and buyer are the pair's two parties");
        }
        id(contractId, "contract");
        if (state.get(CONTRACT, contractId) != null) {
            throw new ContractException(ContractError.CONTRACT_CONFLICT, "contract " + contractId + " is already active");
        }
        byte[] sellerHash = priv.getPrivateHash(collection, COPY, contractId, seller);
        byte[] buyerHash = priv.getPrivateHash(collection, COPY, contractId, buyer);
        if (sellerHash == null || sellerHash.length == 0 || buyerHash == null || buyerHash.length == 0) {
            throw new ContractException(ContractError.COPY_NOT_FOUND, "both parties' copies must be recorded first");
        }
        if (!Arrays.equals(sellerHash, buyerHash)) {
            throw new ContractException(ContractError.TERMS_MISMATCH, "the parties' copies of contract " + contractId
                    + " differ");
        }
        JsonObject record = CanonicalJson.JSON.createObjectBuilder().add("contractId", contractId).add("seller", seller)
                .add("buyer", buyer).add("collection", collection).add("termsHash", Hashes.hex(sellerHash))
                .add("status", "ACTIVE").add("txId", state.txId()).build();
        state.put(CanonicalJson.bytes(record), CONTRACT, contractId);
        return CanonicalJson.write(record);
    }

    /** The public record of an active contract (no terms). */
    public String getContract(ContractState state, Caller caller, String contractId) {
        authorize(caller, false);
        byte[] value = state.get(CONTRACT, id(contractId, "contract"));
        if (value == null) {
            throw new ContractException(ContractError.CONTRACT_NOT_FOUND, "no active contract " + contractId);
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    /** A party's copy of the terms, from the collection (only a member's peer has it). */
    public String getCopy(PrivateState priv, Caller caller, String collection, String contractId, String party) {
        authorize(caller, false);
        requireMember(collection, party);
        byte[] value = priv.getPrivate(collection, COPY, id(contractId, "contract"), party);
        if (value == null || value.length == 0) {
            throw new ContractException(ContractError.COPY_NOT_FOUND, "no copy of contract " + contractId + " by "
                    + party + " in " + collection);
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    private static void requireMember(String collection, String party) {
        Matcher m = PAIR.matcher(collection == null ? "" : collection);
        if (!m.matches()) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, "a pair's collection is named pair-<a>-<b>");
        }
        if (Long.parseLong(m.group(1)) >= Long.parseLong(m.group(2))) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, "a pair's collection names the lower id first");
        }
        if (!m.group(1).equals(party) && !m.group(2).equals(party)) {
            throw new ContractException(ContractError.UNAUTHORIZED, "party " + party + " is not a member of "
                    + collection);
        }
    }

    private static String id(String value, String what) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, "the " + what + " id is a number");
        }
        return value;
    }

    private void authorize(Caller caller, boolean write) {
        Caller.authorize(caller, trustedMsps, write, "secured terms");
    }
}
