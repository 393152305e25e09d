package org.parkchain.agreements.control;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.canonical.Hashes;

/**
 * What is signed for an agreement, as canonical JSON. The resident signs the plan version on offer (with the hash of
 * its terms), its company, the yearly consumption it signs with and the date; the sales company countersigns that
 * agreement by its id, the resident's certificate fingerprint and the hash of the resident's signed payload. A payload
 * that is not one of these, or names the wrong action, is refused.
 */
public final class AgreementPayloads {
    public static final String SIGN = "agreement.sign";
    public static final String COUNTERSIGN = "agreement.countersign";
    public static final String IMPORT = "agreement.import";

    private AgreementPayloads() {
    }

    public static JsonObject sign(String username, long resident, RetailPlan plan, BigDecimal annualKwh,
                                  LocalDate date) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("action", SIGN).add("resident", resident)
                .add("user", username).add("plan", plan.getId()).add("planName", plan.getName());
        if (plan.texts().nameZh() != null) {
            b.add("planNameZh", plan.texts().nameZh());
        }
        return b.add("planVersion", plan.getVersionNo()).add("salesCompany", plan.getSalesParticipantId())
                .add("termsHash", Hashes.sha256Hex(plan.getTerms()))
                .add("annualKwh", CanonicalJson.decimal(annualKwh)).add("date", date.toString()).build();
    }

    /** What the park admin records for an agreement concluded before ParkChain (kept as the agreement's text). */
    public static JsonObject imported(String admin, long resident, RetailPlan plan, BigDecimal annualKwh,
                                      LocalDate startsOn, java.time.Instant at) {
        return CanonicalJson.JSON.createObjectBuilder().add("action", IMPORT).add("resident", resident)
                .add("plan", plan.getId()).add("planName", plan.getName()).add("planVersion", plan.getVersionNo())
                .add("salesCompany", plan.getSalesParticipantId()).add("termsHash", Hashes.sha256Hex(plan.getTerms()))
                .add("annualKwh", CanonicalJson.decimal(annualKwh)).add("startsOn", startsOn.toString())
                .add("recordedBy", admin).add("recordedAt", CanonicalJson.instant(at)).build();
    }

    public static JsonObject countersign(String username, Agreement a) {
        return CanonicalJson.JSON.createObjectBuilder().add("action", COUNTERSIGN).add("agreement", a.getId())
                .add("user", username).add("salesCompany", a.getSalesParticipantId())
                .add("resident", a.getResidentParticipantId()).add("plan", a.getPlanId())
                .add("residentFingerprint", a.getResidentFingerprint())
                .add("residentPayloadHash", Hashes.sha256Hex(a.getSignedPayload())).build();
    }

    /** @throws BusinessException {@code error.agreement.payload} unless the bytes are JSON of this action */
    public static JsonObject parse(byte[] payload, String action) {
        try {
            JsonObject o = CanonicalJson.parseObject(payload);
            if (action.equals(o.getString("action", ""))) {
                return o;
            }
        } catch (JsonException | ClassCastException e) {
            // falls through to the refusal
        }
        throw new BusinessException("error.agreement.payload");
    }

    /** A whole number of the payload, e.g. the plan's id; anything else refuses the payload. */
    public static long number(JsonObject o, String key) {
        try {
            return o.getJsonNumber(key).longValueExact();
        } catch (RuntimeException e) {
            throw new BusinessException("error.agreement.payload");
        }
    }
}
