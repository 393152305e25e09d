package org.parkchain.charging.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * A station's charging rights for a day as an OCPP 1.6 {@code SetChargingProfile} request, for a central system to
 * push to the charger unchanged: connector 0 (the whole charge point), purpose {@code ChargePointMaxProfile}, kind
 * {@code Absolute}, unit W, starting at the day's first slot and lasting 86,400 s, one period per 15-minute slot
 * (96 periods; limits in W to 0.1 W, as the schema's {@code multipleOf} demands).
 */
public final class OcppProfile {
    private OcppProfile() {
    }

    /**
     * @param profileId the charging profile id (the station's right's id, stable for the day)
     * @param dayStart  the instant the day's first slot starts (midnight, park time)
     * @param kw        the rights per slot, kW
     */
    public static JsonObject setChargingProfile(int profileId, Instant dayStart, double[] kw) {
        JsonArrayBuilder periods = CanonicalJson.JSON.createArrayBuilder();
        for (int t = 0; t < kw.length; t++) {
            periods.add(CanonicalJson.JSON.createObjectBuilder().add("startPeriod", t * 900)
                    .add("limit", BigDecimal.valueOf(kw[t]).multiply(BigDecimal.valueOf(1000))
                            .setScale(1, RoundingMode.DOWN)));
        }
        String start = DateTimeFormatter.ISO_INSTANT.format(dayStart);
        JsonObject schedule = CanonicalJson.JSON.createObjectBuilder().add("duration", kw.length * 900)
                .add("startSchedule", start).add("chargingRateUnit", "W").add("chargingSchedulePeriod", periods)
                .build();
        JsonObject profile = CanonicalJson.JSON.createObjectBuilder().add("chargingProfileId", profileId)
                .add("stackLevel", 0).add("chargingProfilePurpose", "ChargePointMaxProfile")
                .add("chargingProfileKind", "Absolute").add("validFrom", start)
                .add("validTo", DateTimeFormatter.ISO_INSTANT.format(dayStart.plusSeconds(kw.length * 900L)))
                .add("chargingSchedule", schedule).build();
        return CanonicalJson.JSON.createObjectBuilder().add("connectorId", 0).add("csChargingProfiles", profile)
                .build();
    }
}
