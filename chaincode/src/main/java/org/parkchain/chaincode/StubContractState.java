package org.parkchain.chaincode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;
import org.parkchain.ledger.contract.ContractError;
import org.parkchain.ledger.contract.ContractException;
import org.parkchain.ledger.contract.ContractState;

/**
 * The contract's state on Fabric: composite keys ({@code U+0000 type U+0000 attribute U+0000 ...}) in the channel's
 * world state through the chaincode stub. Reads see the committed state (Fabric does not read its own writes within a
 * transaction; the contract never needs to). Page bookmarks are Fabric's: the key the next page starts at.
 */
public final class StubContractState implements ContractState {
    private final ChaincodeStub stub;

    public StubContractState(ChaincodeStub stub) {
        this.stub = stub;
    }

    @Override
    public String txId() {
        return stub.getTxId();
    }

    @Override
    public Instant txTimestamp() {
        return stub.getTxTimestamp();
    }

    @Override
    public byte[] get(String objectType, String... attributes) {
        byte[] value = stub.getState(key(objectType, attributes).toString());
        // the shim returns an empty array for a missing key
        return value == null || value.length == 0 ? null : value;
    }

    @Override
    public void put(byte[] value, String objectType, String... attributes) {
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("an empty value deletes the key on Fabric; the contract never writes one");
        }
        stub.putState(key(objectType, attributes).toString(), value);
    }

    @Override
    public Page scan(String objectType, List<String> attributes, int pageSize, String bookmark) {
        String[] attrs = attributes.toArray(String[]::new);
        CompositeKey partial = key(objectType, attrs);
        List<byte[]> values = new ArrayList<>();
        if (pageSize <= 0) {
            try (QueryResultsIterator<KeyValue> results = stub.getStateByPartialCompositeKey(objectType, attrs)) {
                results.forEach(kv -> values.add(kv.getValue()));
            }
            return new Page(values, "");
        }
        String start = bookmark == null ? "" : bookmark;
        if (!start.isEmpty() && !start.startsWith(partial.toString())) {
            // Fabric would start the range there and could return other keys' values
            throw new ContractException(ContractError.INVALID_ARGUMENT, "the bookmark does not belong to this listing");
        }
        try (QueryResultsIteratorWithMetadata<KeyValue> results =
                stub.getStateByPartialCompositeKeyWithPagination(partial, pageSize, start)) {
            results.forEach(kv -> values.add(kv.getValue()));
            QueryResponseMetadata metadata = results.getMetadata();
            // LevelDB leaves the bookmark empty at the end, CouchDB does not: a short page is the last one
            boolean more = metadata != null && metadata.getFetchedRecordsCount() == pageSize;
            return new Page(values, more ? metadata.getBookmark() : "");
        }
    }

    private CompositeKey key(String objectType, String... attributes) {
        try {
            return stub.createCompositeKey(objectType, attributes);
        } catch (IllegalArgumentException e) {
            // CompositeKeyFormatException: U+0000 or U+10FFFF in a key part
            throw new ContractException(ContractError.INVALID_ARGUMENT, "not usable in a ledger key: " + e.getMessage());
        }
    }
}
