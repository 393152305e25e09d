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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.parkchain.access.web.SignatureHeaders;
import org.parkchain.charging.boundary.BidAdvice;
import org.parkchain.charging.boundary.Clearings;
import org.parkchain.charging.boundary.Orders;
import org.parkchain.charging.boundary.TradingBook;
import org.parkchain.charging.boundary.TradingDesk;
import org.parkchain.charging.entity.Side;
import org.parkchain.charging.entity.TradeForm;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.rest.Params;
import org.parkchain.platform.rest.ProblemJson;
import org.parkchain.platform.security.RoleNames;

/**
 * {@code /api/charging}: trading charging rights in the call market. {@code GET trading} gives the terms and the
 * trading day. Orders: post a form to {@code orders/payload}, sign the canonical payload, post it to {@code orders}
 * with the {@code X-ParkChain-Signature} and {@code X-ParkChain-Certificate} headers; cancel likewise through
 * {@code orders/{id}/cancel/payload} and {@code orders/{id}/cancel}. {@code GET bid-helper} proposes a price and
 * quantity. The P2P board is {@link OffersResource}. Clearings: the park admin's {@code POST clearings {"day"}} clears a day now; {@code GET clearings},
 * {@code clearings/{id}} (with the fills the caller may see and the market's seal) and {@code fills}.
 */
@Path("charging")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TradingResource {
    private static final String SIGNED = MediaType.APPLICATION_JSON;

    @Inject
    Orders orders;

    @Inject
    Clearings clearings;

    @Inject
    BidAdvice advice;

    @Inject
    TradingDesk desk;

    @Inject
    TradingBook book;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @GET
    @Path("trading")
    @RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.PARK_ADMIN, RoleNames.REGULATOR})
    public String terms(@QueryParam("day") String day) {
        LocalDate d = day(day);
        return TradingJson.terms(desk.terms(), d, desk.firstOpenSlot(d)).toString();
    }

    @GET
    @Path("orders")
    @RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.PARK_ADMIN, RoleNames.REGULATOR})
    public String orders(@QueryParam("day") String day) {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        LocalDate d = day(day);
        List<org.parkchain.charging.entity.Fill> fills = clearings.fillsOfDay(currentUser.name(), d);
        orders.of(currentUser.name(), d).forEach(o -> a.add(TradingJson.order(o, fills)));
        return a.build().toString();
    }

    @GET
    @Path("orders/{id}")
    @RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.PARK_ADMIN, RoleNames.REGULATOR})
    public String order(@PathParam("id") long id) {
        var o = orders.get(currentUser.name(), id);
        return TradingJson.order(o, clearings.fillsOfDay(currentUser.name(), o.getDay())).toString();
    }

    @POST
    @Path("orders/payload")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleNames.STATION_OPERATOR)
    public String orderPayload(JsonObject body) {
        return CanonicalJson.write(orders.payload(currentUser.name(), form(JsonBody.of(body))));
    }

    @POST
    @Path("orders")
    @Consumes({SIGNED, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @RolesAllowed(RoleNames.STATION_OPERATOR)
    public Response place(@HeaderParam(SignatureHeaders.SIGNATURE) String signature,
                          @HeaderParam(SignatureHeaders.CERTIFICATE) String certificate, byte[] payload) {
        return created(TradingJson.order(orders.place(currentUser.name(), payload, signature,
                SignatureHeaders.pem(certificate)), List.of()));
    }

    @POST
    @Path("orders/{id}/cancel/payload")
    @RolesAllowed(RoleNames.STATION_OPERATOR)
    public String cancelPayload(@PathParam("id") long id) {
        return CanonicalJson.write(orders.cancelPayload(currentUser.name(), id));
    }

    @POST
    @Path("orders/{id}/cancel")
    @Consumes({SIGNED, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @RolesAllowed(RoleNames.STATION_OPERATOR)
    public String cancel(@PathParam("id") long id, @HeaderParam(SignatureHeaders.SIGNATURE) String signature,
                         @HeaderParam(SignatureHeaders.CERTIFICATE) String certificate, byte[] payload) {
        return TradingJson.order(orders.cancel(currentUser.name(), id, payload, signature,
                SignatureHeaders.pem(certificate)), List.of()).toString();
    }

    @GET
    @Path("bid-helper")
    @RolesAllowed(RoleNames.STATION_OPERATOR)
    public String helper(@QueryParam("station") Long station, @QueryParam("day") String day,
                         @QueryParam("side") String side) {
        Side s = null;
        if (side != null && !side.isBlank()) {
            try {
                s = Side.valueOf(side.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BusinessException(List.of(new BusinessException.Problem("side", "error.trade.side")));
            }
        }
        return TradingJson.proposal(advice.propose(currentUser.name(), station, day(day), s),
                ProblemJson.locale(headers)).toString();
    }

    @POST
    @Path("clearings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleNames.PARK_ADMIN)
    public Response clear(JsonObject body) {
        JsonBody b = JsonBody.of(body);
        if (!b.has("day")) {
            throw new BusinessException(List.of(new BusinessException.Problem("day", "error.trade.day")));
        }
        LocalDate d = b.date("day");
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        clearings.clearDay(d, currentUser.name()).forEach(c -> a.add(TradingJson.clearing(c)));
        return Response.status(Response.Status.CREATED).entity(a.build().toString()).build();
    }

    @GET
    @Path("clearings")
    @RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.PARK_ADMIN, RoleNames.REGULATOR})
    public String clearings(@QueryParam("day") String day) {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        clearings.ofDay(currentUser.name(), day(day)).forEach(c -> a.add(TradingJson.clearing(c)));
        return a.build().toString();
    }

    @GET
    @Path("clearings/{id}")
    @RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.PARK_ADMIN, RoleNames.REGULATOR})
    public String clearing(@PathParam("id") long id) {
        JsonArrayBuilder fills = CanonicalJson.JSON.createArrayBuilder();
        clearings.fills(currentUser.name(), id).forEach(f -> fills.add(TradingJson.fill(f)));
        return CanonicalJson.JSON.createObjectBuilder(TradingJson.clearing(clearings.get(currentUser.name(), id)))
                .add("fills", fills).build().toString();
    }

    @GET
    @Path("fills")
    @RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.PARK_ADMIN, RoleNames.REGULATOR})
    public String fills(@QueryParam("day") String day) {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        clearings.fillsOfDay(currentUser.name(), day(day)).forEach(f -> a.add(TradingJson.fill(f)));
        return a.build().toString();
    }

    LocalDate day(String day) {
        return day == null || day.isBlank() ? book.tradingDay() : Params.date("day", day);
    }

    static Response created(JsonObject o) {
        return Response.status(Response.Status.CREATED).entity(o.toString()).build();
    }

    static TradeForm form(JsonBody b) {
        return new TradeForm(b.whole("stationId"), b.date("day"), b.string("side"), b.string("from"), b.string("to"),
                b.decimal("quantityKw"), b.decimal("price"), b.strings("partners"));
    }
}
