package org.parkchain.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class OperationsFilterTest {
    @Test
    void anonymousHealthKeepsTheStatusAndDropsTheDetails() {
        JsonObject health = Json.createReader(new StringReader("""
                {"status":"UP","checks":[{"name":"database","status":"UP","data":{"product":"PostgreSQL 17.11",
                "schemaVersion":"009"}}]}""")).readObject();
        assertEquals("{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"}]}",
                OperationsFilter.withoutData(health).toString());
    }
}
