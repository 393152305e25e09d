package org.parkchain.chaincode;

import java.util.Map;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.parkchain.ledger.contract.ContractError;
import org.parkchain.ledger.contract.ContractException;
import org.parkchain.ledger.contract.PrivateState;

/**
 * Private data collections through the chaincode stub: {@code putPrivateData} stores the value on the collection
 * members' peers and its hash on the channel, {@code getPrivateDataHash} reads that hash on any peer, and the
 * proposal's transient map carries values that are never written to the ledger.
 */
public final class StubPrivateState implements PrivateState {
    private final ChaincodeStub stub;

    public StubPrivateState(ChaincodeStub stub) {
        this.stub = stub;
    }

    @Override
    public byte[] getPrivate(String collection, String objectType, String... attributes) {
        byte[] value = stub.getPrivateData(collection, key(objectType, attributes));
        return value == null || value.length == 0 ? null : value;
    }

    @Override
    public void putPrivate(byte[] value, String collection, String objectType, String... attributes) {
        stub.putPrivateData(collection, key(objectType, attributes), value);
    }

    @Override
    public byte[] getPrivateHash(String collection, String objectType, String... attributes) {
        byte[] hash = stub.getPrivateDataHash(collection, key(objectType, attributes));
        return hash == null || hash.length == 0 ? null : hash;
    }

    @Override
    public byte[] transientValue(String key) {
        Map<String, byte[]> map = stub.getTransient();
        return map == null ? null : map.get(key);
    }

    private String key(String objectType, String... attributes) {
        try {
            CompositeKey key = stub.createCompositeKey(objectType, attributes);
            return key.toString();
        } catch (IllegalArgumentException e) {
            throw new ContractException(ContractError.INVALID_ARGUMENT, "not usable in a ledger key: " + e.getMessage());
        }
    }
}
