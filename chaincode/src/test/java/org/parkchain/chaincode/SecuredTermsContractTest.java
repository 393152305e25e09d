package org.parkchain.chaincode;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;
import org.parkchain.ledger.contract.Caller;
import org.parkchain.ledger.contract.ContractError;
import org.parkchain.ledger.contract.SecuredTerms;
import org.parkchain.platform.canonical.Hashes;

/**
 * The secured-terms contract through its Fabric entry points over a fake peer with private data: each party's copy
 * goes into the pair's collection and only its hash reaches the channel; the contract activates only on equal copies.
 */
class SecuredTermsContractTest {
    static final String MSP = "ParkChainMSP";
    static final String PAIR = SecuredTerms.collection(17, 4);
    static final String TERMS = "{\"buyerId\":17,\"price\":{\"flat\":\"0.42\",\"kind\":\"FLAT\"},\"sellerId\":4}";

    final FakeLedger ledger = new FakeLedger();
    final SecuredTermsContract contract = new SecuredTermsContract(Set.of(MSP));
    int tx;

    Context caller(String role) {
        ClientIdentity identity = mock(ClientIdentity.class);
        when(identity.getMSPID()).thenReturn(MSP);
        when(identity.getAttributeValue(Caller.ROLE_ATTRIBUTE)).thenReturn(role);
        Context ctx = mock(Context.class);
        when(ctx.getStub()).thenReturn(ledger.stub());
        when(ctx.getClientIdentity()).thenReturn(identity);
        return ctx;
    }

    String transact(String function, Supplier<String> call) {
        ledger.begin("tx-" + ++tx, Instant.parse("2027-01-02T03:04:05Z"), function);
        try {
            String result = call.get();
            ledger.commit();
            return result;
        } catch (RuntimeException e) {
            ledger.discard();
            throw e;
        }
    }

    String copy(String party, String terms) {
        return transact(SecuredTerms.RECORD_COPY, () -> {
            ledger.transientMap.put(SecuredTerms.TRANSIENT_TERMS, terms.getBytes(UTF_8));
            return contract.recordTermsCopy(caller(Caller.MIRROR), PAIR, "9", party);
        });
    }

    String activate() {
        return transact(SecuredTerms.ACTIVATE, () -> contract.activateContract(caller(Caller.MIRROR), PAIR, "9", "4",
                "17"));
    }

    @Test
    void aCopyIsStoredInThePairsCollectionAndOnlyItsHashOnTheChannel() {
        assertEquals("pair-4-17", PAIR);
        String record = copy("4", TERMS);
        String key = new CompositeKey("termscopy", "9", "4").toString();
        assertArrayEquals(TERMS.getBytes(UTF_8), ledger.privateData.get(PAIR).get(key));
        assertArrayEquals(Hashes.sha256(TERMS.getBytes(UTF_8)), ledger.privateHashes.get(PAIR).get(key));
        assertTrue(record.contains(Hashes.sha256Hex(TERMS)), record);
        for (byte[] value : ledger.world.values()) {
            assertFalse(new String(value, UTF_8).contains("0.42"), "no price on the channel");
        }
        assertNull(ledger.privateData.get("pair-4-18"), "nothing in another pair's collection");
        assertEquals(TERMS, transact("evaluate", () -> contract.getTermsCopy(caller(Caller.AUDITOR), PAIR, "9", "4")));
    }

    @Test
    void theContractActivatesOnlyWhenBothCopiesHashEqual() {
        copy("4", TERMS);
        refused(ContractError.COPY_NOT_FOUND, this::activate);
        copy("17", TERMS.replace("0.42", "0.43"));
        refused(ContractError.TERMS_MISMATCH, this::activate);
        assertThrowsCode(ContractError.CONTRACT_NOT_FOUND, () -> transact("evaluate",
                () -> contract.getContract(caller(Caller.AUDITOR), "9")));
        copy("17", TERMS);
        String active = activate();
        assertTrue(active.contains("\"status\":\"ACTIVE\"") && active.contains(Hashes.sha256Hex(TERMS)), active);
        assertNotNull(transact("evaluate", () -> contract.getContract(caller(Caller.AUDITOR), "9")));
        refused(ContractError.CONTRACT_CONFLICT, this::activate);
        refused(ContractError.CONTRACT_CONFLICT, () -> copy("4", TERMS));
    }

    @Test
    void outsidersNonCanonicalTermsAndUnauthorisedCallersAreRefused() {
        refused(ContractError.UNAUTHORIZED, () -> copy("5", TERMS));
        refused(ContractError.INVALID_ARGUMENT, () -> copy("4", "{ \"sellerId\": 4 }"));
        refused(ContractError.INVALID_ARGUMENT, () -> transact(SecuredTerms.RECORD_COPY,
                () -> contract.recordTermsCopy(caller(Caller.MIRROR), "pair-17-4", "9", "4")));
        refused(ContractError.INVALID_ARGUMENT, () -> transact(SecuredTerms.RECORD_COPY,
                () -> contract.recordTermsCopy(caller(Caller.MIRROR), PAIR, "9", "4")));
        refused(ContractError.UNAUTHORIZED, () -> transact(SecuredTerms.RECORD_COPY, () -> {
            ledger.transientMap.put(SecuredTerms.TRANSIENT_TERMS, TERMS.getBytes(UTF_8));
            return contract.recordTermsCopy(caller(Caller.AUDITOR), PAIR, "9", "4");
        }));
        assertTrue(ledger.world.isEmpty() && ledger.privateData.isEmpty(), "nothing written");
    }

    static void refused(ContractError code, Supplier<String> call) {
        assertThrowsCode(code, call::get);
    }

    static void assertThrowsCode(ContractError code, org.junit.jupiter.api.function.Executable call) {
        ChaincodeException e = org.junit.jupiter.api.Assertions.assertThrows(ChaincodeException.class, call);
        assertEquals(code.name(), new String(e.getPayload(), UTF_8));
    }
}
