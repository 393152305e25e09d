package org.parkchain.charging.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonObject;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.ledger.control.AuditEvent;
import org.parkchain.ledger.control.AuditedAggregate;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * The park topology on the ledger ({@code transformer:<id>}, {@code station:<id>}): the ratings that bound the
 * charging capacity margin and the stations that share it, so a limit raised behind the application's back is
 * reported by the audit. The {@code baseline} events record rows of a database created before schema 011.
 */
@Dependent
public class ChargingAudit {
    @Produces
    public static final AuditedAggregate<Transformer> TRANSFORMER = AuditedAggregate.entity("transformer",
            Transformer.class, Transformer::getId, ChargingAudit::transformer);
    public static final AuditEvent<Transformer> TRANSFORMER_ADDED = TRANSFORMER.event("transformer.added");
    public static final AuditEvent<Transformer> TRANSFORMER_UPDATED = TRANSFORMER.event("transformer.updated");
    public static final AuditEvent<Transformer> TRANSFORMER_BASELINE = TRANSFORMER.event("transformer.baseline");

    @Produces
    public static final AuditedAggregate<ChargingStation> STATION = AuditedAggregate.entity("station",
            ChargingStation.class, ChargingStation::getId, ChargingAudit::station);
    public static final AuditEvent<ChargingStation> STATION_ADDED = STATION.event("station.added");
    public static final AuditEvent<ChargingStation> STATION_UPDATED = STATION.event("station.updated");
    public static final AuditEvent<ChargingStation> STATION_BASELINE = STATION.event("station.baseline");

    ChargingAudit() {
    }

    private static JsonObject transformer(Transformer t) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", t.getId()).add("code", t.getCode())
                .add("nameEn", t.getNameEn()).add("nameZh", t.getNameZh())
                .add("ratedKva", CanonicalJson.decimal(t.getRatedKva()))
                .add("powerFactor", CanonicalJson.decimal(t.getPowerFactor()))
                .add("reserveKw", CanonicalJson.decimal(t.getReserveKw()))
                .add("createdAt", CanonicalJson.instant(t.getCreatedAt())).build();
    }

    private static JsonObject station(ChargingStation s) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", s.getId()).add("code", s.getCode())
                .add("nameEn", s.getNameEn()).add("nameZh", s.getNameZh()).add("transformerId", s.getTransformerId())
                .add("operatorParticipantId", s.operator().value())
                .add("maxPowerKw", CanonicalJson.decimal(s.getMaxPowerKw())).add("connectors", s.getConnectors())
                .add("createdAt", CanonicalJson.instant(s.getCreatedAt())).build();
    }
}
