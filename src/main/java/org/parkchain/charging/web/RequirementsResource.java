package org.parkchain.charging.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.parkchain.access.web.SignatureHeaders;
import org.parkchain.charging.boundary.BaseLoads;
import org.parkchain.charging.boundary.ChargingGate;
import org.parkchain.charging.boundary.Requirements;
import org.parkchain.charging.control.BaseLoadCsv;
import org.parkchain.charging.entity.BaseLoad;
import org.parkchain.charging.entity.RequirementForm;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.rest.Params;
import org.parkchain.platform.security.RoleNames;

/**
 * {@code /api/charging}: the gate, base-load forecasts and stations' requirements. {@code GET gate} says which day is
 * open and when its gate closes. {@code GET base-loads/{transformer}/{day}} gives a day's forecast as CSV;
 * {@code PUT base-loads/{transformer}/{date|WORKDAY|WEEKEND}} sets one from CSV (park admin). A station operator posts
 * a requirement's form to {@code requirements/payload}, signs the canonical payload it gets back and posts it to
 * {@code requirements} with the {@code X-ParkChain-Signature} and {@code X-ParkChain-Certificate} headers.
 */
@Path("charging")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RequirementsResource {
    private static final String TEXT_CSV = "text/csv";

    @Inject
    ChargingGate gate;

    @Inject
    BaseLoads baseLoads;

    @Inject
    Requirements requirements;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("gate")
    @RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.PARK_ADMIN, RoleNames.REGULATOR})
    public String gate() {
        LocalDate open = gate.nextOpenDay();
        return CanonicalJson.JSON.createObjectBuilder().add("closingTime", gate.gate().time().toString())
                .add("nextOpenDay", open.toString())
                .add("closesAt", gate.gate().closesAt(open).toString())
                .add("lastClosedDay", gate.lastClosedDay().toString()).build().toString();
    }

    @GET
    @Path("base-loads/{transformer}/{day}")
    @Produces(TEXT_CSV)
    @RolesAllowed({RoleNames.PARK_ADMIN, RoleNames.REGULATOR})
    public String forecast(@PathParam("transformer") long transformer, @PathParam("day") String day) {
        return BaseLoadCsv.write(baseLoads.forecast(transformer, Params.date("day", day)).kw());
    }

    @PUT
    @Path("base-loads/{transformer}/{appliesTo}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(RoleNames.PARK_ADMIN)
    public String setBaseLoad(@PathParam("transformer") long transformer, @PathParam("appliesTo") String appliesTo,
                              String csv) {
        BaseLoad b = baseLoads.set(currentUser.name(), transformer, appliesTo, csv);
        return CanonicalJson.JSON.createObjectBuilder().add("id", b.getId()).add("transformerId", transformer)
                .add("appliesTo", b.getAppliesTo()).add("kw", RightsJson.numbers(b.kw())).build().toString();
    }

    @GET
    @Path("requirements")
    @RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.PARK_ADMIN, RoleNames.REGULATOR})
    public String requirements(@QueryParam("day") String day) {
        LocalDate d = day == null ? gate.nextOpenDay() : Params.date("day", day);
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        requirements.of(currentUser.name(), d).forEach(r -> a.add(RightsJson.requirement(r)));
        return a.build().toString();
    }

    @POST
    @Path("requirements/payload")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleNames.STATION_OPERATOR)
    public String payload(JsonObject body) {
        return CanonicalJson.write(requirements.payload(currentUser.name(), form(JsonBody.of(body))));
    }

    @POST
    @Path("requirements")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @RolesAllowed(RoleNames.STATION_OPERATOR)
    public Response submit(@HeaderParam(SignatureHeaders.SIGNATURE) String signature,
                           @HeaderParam(SignatureHeaders.CERTIFICATE) String certificate, byte[] payload) {
        return Response.status(Response.Status.CREATED).entity(RightsJson.requirement(requirements.submit(
                currentUser.name(), payload, signature, SignatureHeaders.pem(certificate))).toString()).build();
    }

    static RequirementForm form(JsonBody b) {
        return new RequirementForm(b.whole("stationId"), b.date("day"), b.decimal("energyKwh"),
                b.has("minKw") ? b.decimal("minKw") : java.math.BigDecimal.ZERO, b.decimal("maxKw"),
                b.string("arrival"), b.string("departure"), b.integer("willingness"),
                b.has("flexibleShare") ? b.decimal("flexibleShare") : java.math.BigDecimal.ZERO);
    }
}
