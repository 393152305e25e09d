package org.parkchain.chaincode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parkchain.ledger.contract.AuditRecords;

/**
 * The build compiles the shared contract package from the WAR's source tree; nothing else of the WAR may end up in the
 * chaincode (javac would compile any WAR class the contract referenced implicitly, from the source path).
 */
class ChaincodeContentsTest {
    @Test
    void onlyTheContractCanonicalAndChaincodePackagesAreCompiledIn() throws Exception {
        Path classes = Path.of(AuditContract.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertEquals(classes, Path.of(AuditRecords.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                "the shared contract is compiled into this build");
        List<String> foreign;
        try (Stream<Path> files = Files.walk(classes)) {
            foreign = files.filter(Files::isRegularFile).map(p -> classes.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("org/parkchain/ledger/contract/") && !p.startsWith("org/parkchain/chaincode/")
                            && !p.startsWith("org/parkchain/platform/canonical/"))
                    .toList();
        }
        assertEquals(List.of(), foreign);
        assertTrue(Files.exists(classes.resolve("org/parkchain/ledger/contract/MerkleTree.class")));
    }
}
