package org.parkchain.chaincode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hyperledger.fabric.contract.routing.ContractDefinition;
import org.hyperledger.fabric.contract.routing.TransactionType;
import org.hyperledger.fabric.contract.routing.impl.RoutingRegistryImpl;
import org.hyperledger.fabric.contract.routing.impl.TypeRegistryImpl;
import org.junit.jupiter.api.Test;

/** The contract as Fabric's contract router finds it by class-path scanning: name, default, functions, intents. */
class ContractRoutingTest {
    @Test
    void theRouterFindsContractAuditWithItsFiveFunctions() {
        RoutingRegistryImpl registry = new RoutingRegistryImpl();
        registry.findAndSetContracts(TypeRegistryImpl.getInstance());

        ContractDefinition audit = registry.getContract("audit");
        assertSame(AuditContract.class, audit.getContractImpl());
        assertTrue(audit.isDefault(), "callable without the contract name prefix");
        Map<String, TransactionType> expected = Map.of("RecordBatch", TransactionType.SUBMIT,
                "GetEntry", TransactionType.EVALUATE, "GetBatch", TransactionType.EVALUATE,
                "GetHistoryByAggregate", TransactionType.EVALUATE, "ListBatches", TransactionType.EVALUATE);
        expected.forEach((name, type) -> {
            assertTrue(audit.hasTxFunction(name), name);
            assertEquals(type, audit.getTxFunction(name).getType(), name);
        });
        assertEquals(expected.size(), audit.getTxFunctions().size());
    }
}
