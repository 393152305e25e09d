package org.parkchain.charging.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.parkchain.charging.boundary.ParkTopology;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.StationSpec;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.security.RoleNames;

/**
 * {@code /api/stations}: station operators see their own stations, the regulator and the park admin see all; the park
 * admin adds and edits them ({@code transformerId, operatorParticipantId, code, nameEn, nameZh, maxPowerKw,
 * connectors}).
 */
@Path("stations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.REGULATOR, RoleNames.PARK_ADMIN})
public class StationsResource {
    @Inject
    ParkTopology topology;

    @Inject
    CurrentUser currentUser;

    @Inject
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    public record StationJson(long id, String code, String nameEn, String nameZh, long transformerId,
                              long operatorParticipantId, BigDecimal maxPowerKw, int connectors) {
        static StationJson of(ChargingStation s) {
            return new StationJson(s.getId(), s.getCode(), s.getNameEn(), s.getNameZh(), s.getTransformerId(),
                    s.operator().value(), s.getMaxPowerKw(), s.getConnectors());
        }
    }

    @GET
    public List<StationJson> list() {
        List<ChargingStation> stations = ownOnly() ? topology.stationsOf(own()) : topology.stations();
        return stations.stream().map(StationJson::of).toList();
    }

    @GET
    @Path("{id}")
    public StationJson get(@PathParam("id") long id) {
        Optional<ChargingStation> station = topology.station(id);
        return station.filter(s -> !ownOnly() || s.operator().equals(own())).map(StationJson::of)
                .orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleNames.PARK_ADMIN)
    public Response add(JsonObject body) {
        ChargingStation s = topology.addStation(spec(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(s.getId().toString()).build())
                .entity(StationJson.of(s)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleNames.PARK_ADMIN)
    public StationJson update(@PathParam("id") long id, JsonObject body) {
        return StationJson.of(topology.updateStation(id, spec(body)));
    }

    private boolean ownOnly() {
        return security.isCallerInRole(RoleNames.STATION_OPERATOR);
    }

    private ParticipantId own() {
        return currentUser.participant().participantId();
    }

    private static StationSpec spec(JsonObject json) {
        JsonBody b = JsonBody.of(json);
        Long operator = b.whole("operatorParticipantId");
        return new StationSpec(b.whole("transformerId"), operator == null ? null : ParticipantId.of(operator),
                b.string("code"), b.string("nameEn"), b.string("nameZh"), b.decimal("maxPowerKw"),
                b.integer("connectors"));
    }
}
