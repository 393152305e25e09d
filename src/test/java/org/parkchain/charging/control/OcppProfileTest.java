package org.parkchain.charging.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OCPP 1.6 SetChargingProfile export against the OCA JSON schema shipped in src/test/resources/ocpp16. */
public class OcppProfileTest {
    public static Schema schema() throws Exception {
        try (InputStream in = OcppProfileTest.class.getResourceAsStream("/ocpp16/SetChargingProfile.req.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in, InputFormat.JSON);
        }
    }

    static double[] schedule() {
        double[] kw = new double[96];
        for (int t = 0; t < 96; t++) {
            kw[t] = t < 72 ? 120 : 33.33370 + t % 3 * 0.00009; // slot 95: 33.33388 kW
        }
        return kw;
    }

    @Test
    void theExportValidatesAgainstTheSchema() throws Exception {
        JsonObject request = OcppProfile.setChargingProfile(20261203, Instant.parse("2026-12-02T16:00:00Z"),
                schedule());
        List<Error> errors = schema().validate(request.toString(), InputFormat.JSON);
        assertEquals(List.of(), errors);
        JsonObject profile = request.getJsonObject("csChargingProfiles");
        assertEquals("ChargePointMaxProfile", profile.getString("chargingProfilePurpose"));
        assertEquals("Absolute", profile.getString("chargingProfileKind"));
        assertEquals("W", profile.getJsonObject("chargingSchedule").getString("chargingRateUnit"));
        assertEquals(96, profile.getJsonObject("chargingSchedule").getJsonArray("chargingSchedulePeriod").size());
        assertEquals(0, request.getInt("connectorId"));
        var last = profile.getJsonObject("chargingSchedule").getJsonArray("chargingSchedulePeriod").getJsonObject(95);
        assertEquals(85500, last.getInt("startPeriod"));
        assertEquals("33333.8", last.getJsonNumber("limit").bigDecimalValue().toPlainString(),
                "W to 0.1 W, rounded down so the charger never exceeds its right");
    }

    @Test
    void theSchemaRefusesWhatIsNotAChargingProfile() throws Exception {
        String bad = OcppProfile.setChargingProfile(1, Instant.EPOCH, schedule()).toString()
                .replace("ChargePointMaxProfile", "ParkMaxProfile").replace("\"limit\":120000.0", "\"limit\":1.05");
        assertFalse(schema().validate(bad, InputFormat.JSON).isEmpty());
        String noPeriods = "{\"connectorId\":0,\"csChargingProfiles\":{\"chargingProfileId\":1,\"stackLevel\":0,"
                + "\"chargingProfilePurpose\":\"ChargePointMaxProfile\",\"chargingProfileKind\":\"Absolute\","
                + "\"chargingSchedule\":{\"chargingRateUnit\":\"W\"}}}";
        assertFalse(schema().validate(noPeriods, InputFormat.JSON).isEmpty());
    }
}
