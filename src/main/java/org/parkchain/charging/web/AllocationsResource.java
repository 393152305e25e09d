package org.parkchain.charging.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.parkchain.charging.boundary.Allocations;
import org.parkchain.charging.boundary.ChargingGate;
import org.parkchain.charging.boundary.Rights;
import org.parkchain.charging.control.OcppProfile;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.rest.CsvText;
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.rest.Params;
import org.parkchain.platform.rest.ProblemJson;
import org.parkchain.platform.security.RoleNames;

/**
 * {@code /api/charging}: allocation runs and stations' schedules. {@code POST allocations} with {@code {"day"}} closes
 * that day's gate and allocates every transformer (park admin; a day already allocated is returned as it is).
 * {@code GET allocations?day=} and {@code GET allocations/{id}} give the reports (an operator sees its own stations'
 * rows). {@code GET schedules/{station}?day=} gives a station's rights as JSON, {@code schedules/{station}/csv} as CSV
 * and {@code schedules/{station}/ocpp} as an OCPP 1.6 SetChargingProfile request.
 */
@Path("charging")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AllocationsResource {
    @Inject
    Allocations allocations;

    @Inject
    Rights rights;

    @Inject
    ChargingGate gate;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @POST
    @Path("allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleNames.PARK_ADMIN)
    public Response allocate(JsonObject body) {
        LocalDate day = body == null ? null : JsonBody.of(body).date("day");
        if (day == null) {
            throw new org.parkchain.platform.BusinessException(java.util.List.of(
                    new org.parkchain.platform.BusinessException.Problem("day", "error.requirement.day")));
        }
        allocations.runDay(day, currentUser.name());
        return Response.status(Response.Status.CREATED).entity(reports(day.toString())).build();
    }

    @GET
    @Path("allocations")
    @RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.PARK_ADMIN, RoleNames.REGULATOR})
    public String reports(@QueryParam("day") String day) {
        LocalDate d = day == null ? gate.lastClosedDay() : Params.date("day", day);
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        rights.ofDay(currentUser.name(), d).forEach(r -> a.add(RightsJson.report(r, ProblemJson.locale(headers))));
        return a.build().toString();
    }

    @GET
    @Path("allocations/{id}")
    @RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.PARK_ADMIN, RoleNames.REGULATOR})
    public String report(@PathParam("id") long id) {
        return RightsJson.report(rights.report(currentUser.name(), id), ProblemJson.locale(headers)).toString();
    }

    @GET
    @Path("schedules/{station}")
    @RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.PARK_ADMIN, RoleNames.REGULATOR})
    public String schedule(@PathParam("station") long station, @QueryParam("day") String day) {
        Rights.Schedule s = find(station, day);
        return CanonicalJson.JSON.createObjectBuilder().add("stationId", station).add("station", s.station().getCode())
                .add("day", s.allocation().getDay().toString()).add("allocationId", s.allocation().getId())
                .add("kw", RightsJson.numbers(kw(s)))
                .add("allocatedKw", RightsJson.numbers(s.right() == null ? new double[96] : s.right().kw()))
                .build().toString();
    }

    @GET
    @Path("schedules/{station}/csv")
    @Produces("text/csv")
    @RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.PARK_ADMIN, RoleNames.REGULATOR})
    public Response csv(@PathParam("station") long station, @QueryParam("day") String day) {
        Rights.Schedule s = find(station, day);
        return Response.ok(ScheduleCsv.of(s, kw(s))).type("text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"schedule-" + s.station().getCode() + "-" + s.allocation().getDay()
                        + ".csv\"").build();
    }

    @GET
    @Path("schedules/{station}/ocpp")
    @RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.PARK_ADMIN, RoleNames.REGULATOR})
    public Response ocpp(@PathParam("station") long station, @QueryParam("day") String day) {
        Rights.Schedule s = find(station, day);
        // the profile id is the day (yyyymmdd): stable for the day, so that a re-sent profile replaces itself
        JsonObject request = OcppProfile.setChargingProfile(Integer.parseInt(s.allocation().getDay()
                .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)), s.dayStart(), kw(s));
        return Response.ok(request.toString()).header("Content-Disposition", "attachment; filename=\"ocpp-"
                + s.station().getCode() + "-" + s.allocation().getDay() + ".json\"").build();
    }

    private Rights.Schedule find(long station, String day) {
        LocalDate d = day == null ? gate.lastClosedDay() : Params.date("day", day);
        return rights.schedule(currentUser.name(), station, d);
    }

    /** The rights the charger is to follow: as they stand after trading. */
    static double[] kw(Rights.Schedule s) {
        return s.kw();
    }

    /** The schedule as CSV: one line per slot with its start and end (park time) and the right in kW. */
    static final class ScheduleCsv {
        private ScheduleCsv() {
        }

        static byte[] of(Rights.Schedule s, double[] kw) {
            StringBuilder out = new StringBuilder();
            CsvText.row(out, "station", "day", "slot_start", "slot_end", "kw");
            for (int t = 0; t < kw.length; t++) {
                CsvText.row(out, s.station().getCode(), s.allocation().getDay().toString(),
                        org.parkchain.charging.control.SlotTimes.label(t),
                        org.parkchain.charging.control.SlotTimes.label(t + 1),
                        org.parkchain.charging.control.SlotTimes.figure(kw[t]));
            }
            return CsvText.bytes(out.toString());
        }
    }
}
