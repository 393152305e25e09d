package org.parkchain.charging.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.parkchain.charging.boundary.ParkTopology;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.security.RoleNames;

/**
 * {@code /api/transformers} (any logged-in role: ratings are public within the park) and {@code /api/stations}
 * (station operators see their own stations; regulator and park admin see all).
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TopologyResource {
    @Inject
    ParkTopology topology;

    @Inject
    CurrentUser currentUser;

    @Inject
    SecurityContext security;

    public record TransformerJson(long id, String code, String nameEn, String nameZh, BigDecimal ratedKva,
                                  BigDecimal powerFactor, BigDecimal reserveKw, BigDecimal activePowerLimitKw) {
    }

    public record StationJson(long id, String code, String nameEn, String nameZh, long transformerId,
                              long operatorParticipantId, BigDecimal maxPowerKw, int connectors) {
    }

    @GET
    @Path("transformers")
    @RolesAllowed("**")
    public List<TransformerJson> transformers() {
        return topology.transformers().stream().map(TopologyResource::json).toList();
    }

    @GET
    @Path("stations")
    @RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.REGULATOR, RoleNames.PARK_ADMIN})
    public List<StationJson> stations() {
        List<ChargingStation> stations = security.isCallerInRole(RoleNames.STATION_OPERATOR)
                ? topology.stationsOf(currentUser.participant().participantId()) : topology.stations();
        return stations.stream().map(TopologyResource::json).toList();
    }

    private static TransformerJson json(Transformer t) {
        return new TransformerJson(t.getId(), t.getCode(), t.getNameEn(), t.getNameZh(), t.getRatedKva(),
                t.getPowerFactor(), t.getReserveKw(), t.activePowerLimitKw());
    }

    private static StationJson json(ChargingStation s) {
        return new StationJson(s.getId(), s.getCode(), s.getNameEn(), s.getNameZh(), s.getTransformerId(),
                s.operator().value(), s.getMaxPowerKw(), s.getConnectors());
    }
}
