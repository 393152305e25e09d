package org.parkchain.ledger.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * The Fabric network's private data collections (docker/fabric/collections_config.json) are the ones the
 * secured-terms contract writes to: one per pair of the demo park's trading participants (ids 3 to 14), named as
 * {@link SecuredTerms#collection} names them, readable and writable by members only, kept forever, and the member
 * MSP is the organisation configtx.yaml defines.
 */
class CollectionsConfigTest {
    @Test
    void everyPairOfTheDemoTradersHasItsCollection() throws IOException {
        JsonArray config = CanonicalJson.parseArray(Files.readString(Path.of("docker/fabric/collections_config.json")));
        String configtx = Files.readString(Path.of("docker/fabric/configtx.yaml"));
        Set<String> names = new HashSet<>();
        for (JsonObject c : config.getValuesAs(JsonObject.class)) {
            names.add(c.getString("name"));
            assertTrue(c.getBoolean("memberOnlyRead") && c.getBoolean("memberOnlyWrite"), c.toString());
            assertEquals(0, c.getInt("blockToLive"), c.toString());
            String msp = c.getString("policy").replaceAll(".*'([A-Za-z]+)\\.member'.*", "$1");
            assertTrue(configtx.contains("ID: " + msp), "an MSP of the network: " + msp);
        }
        for (long a = 3; a <= 14; a++) {
            for (long b = a + 1; b <= 14; b++) {
                assertTrue(names.contains(SecuredTerms.collection(b, a)), SecuredTerms.collection(a, b));
            }
        }
        assertEquals(66, names.size());
    }
}
