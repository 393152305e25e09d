package org.parkchain.charging.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.parkchain.charging.entity.Allocation;
import org.parkchain.charging.entity.BaseLoad;
import org.parkchain.charging.entity.Requirement;
import org.parkchain.charging.entity.SlotFigures;
import org.parkchain.charging.entity.StationRight;
import org.parkchain.ledger.control.AuditEvent;
import org.parkchain.ledger.control.AuditedAggregate;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * Charging rights on the ledger: base-load forecasts ({@code baseload:<id>}), stations' signed requirements
 * ({@code requirement:<id>}, with the signer's fingerprint) and allocation runs ({@code allocation:<id>}: one entry per
 * run, carrying the margin, every station's rights as the leaves of {@link RightsSnapshot} and their Merkle root).
 */
@Dependent
public class RightsAudit {
    private static final SlotFigures FIGURES = new SlotFigures();

    @Produces
    public static final AuditedAggregate<BaseLoad> BASE_LOAD = AuditedAggregate.entity("baseload", BaseLoad.class,
            BaseLoad::getId, RightsAudit::baseLoad);
    public static final AuditEvent<BaseLoad> BASE_LOAD_SET = BASE_LOAD.event("baseload.set");

    @Produces
    public static final AuditedAggregate<Requirement> REQUIREMENT = AuditedAggregate.entity("requirement",
            Requirement.class, Requirement::getId, RightsAudit::requirement);
    public static final AuditEvent<Requirement> SUBMITTED = REQUIREMENT.event("requirement.submitted");

    @Produces
    public static final AuditedAggregate<Allocation> ALLOCATION = AuditedAggregate.entity("allocation",
            Allocation.class, Allocation::getId, RightsAudit::allocation);
    public static final AuditEvent<Allocation> ALLOCATED = ALLOCATION.event("allocation.run");

    RightsAudit() {
    }

    private static JsonObject baseLoad(BaseLoad b) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", b.getId()).add("transformerId", b.getTransformerId())
                .add("appliesTo", b.getAppliesTo()).add("kw", FIGURES.convertToDatabaseColumn(b.kw()))
                .add("updatedBy", b.getUpdatedBy()).add("updatedAt", CanonicalJson.instant(b.getUpdatedAt())).build();
    }

    private static JsonObject requirement(Requirement r) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", r.getId()).add("stationId", r.getStationId())
                .add("day", r.getDay().toString()).add("energyKwh", CanonicalJson.decimal(r.getEnergyKwh()))
                .add("minKw", CanonicalJson.decimal(r.getMinKw())).add("maxKw", CanonicalJson.decimal(r.getMaxKw()))
                .add("arrival", r.getArrival()).add("departure", r.getDeparture())
                .add("willingness", r.getWillingness())
                .add("flexibleShare", CanonicalJson.decimal(r.getFlexibleShare()))
                .add("submittedBy", r.getSubmittedBy()).add("submittedAt", CanonicalJson.instant(r.getSubmittedAt()))
                .add("signature", r.getSignature()).build();
    }

    private static JsonObject allocation(Allocation a) {
        JsonArrayBuilder rights = CanonicalJson.JSON.createArrayBuilder();
        for (StationRight r : a.getRights()) {
            rights.add(RightsSnapshot.leaf(new RightsSnapshot.Right(r.getStationId(), r.kw())));
        }
        return CanonicalJson.JSON.createObjectBuilder().add("id", a.getId()).add("transformerId", a.getTransformerId())
                .add("day", a.getDay().toString()).add("limitKw", CanonicalJson.decimal(a.getLimitKw()))
                .add("marginKw", FIGURES.convertToDatabaseColumn(a.marginKw())).add("rights", rights)
                .add("rightsRoot", a.getRightsRoot()).add("jain", CanonicalJson.decimal(a.getJain()))
                .add("runBy", a.getRunBy()).add("runAt", CanonicalJson.instant(a.getRunAt())).build();
    }
}
