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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.parkchain.access.web.SignatureHeaders;
import org.parkchain.charging.boundary.Offers;
import org.parkchain.charging.boundary.ParkTopology;
import org.parkchain.charging.boundary.TradingBook;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.Offer;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.rest.Params;
import org.parkchain.platform.security.RoleNames;

/**
 * {@code /api/charging/offers}: the P2P board for charging rights. Post an offer's form to {@code offers/payload},
 * sign the canonical payload and post it to {@code offers} with the signature headers; accept through
 * {@code offers/{id}/accept/payload} ({@code {"stationId", "kw"}}) and {@code offers/accept}; withdraw through
 * {@code offers/{id}/withdraw/payload} and {@code offers/{id}/withdraw}. {@code GET offers[?day=]} lists the offers
 * the caller may see.
 */
@Path("charging")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OffersResource {
    private static final String SIGNED = MediaType.APPLICATION_JSON;

    @Inject
    Offers offers;

    @Inject
    TradingBook book;

    @Inject
    ParkTopology topology;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("offers")
    @RolesAllowed({RoleNames.STATION_OPERATOR, RoleNames.PARK_ADMIN, RoleNames.REGULATOR})
    public String offers(@QueryParam("day") String day) {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        offers.of(currentUser.name(), day == null || day.isBlank() ? book.tradingDay() : Params.date("day", day)).forEach(o -> a.add(offer(o)));
        return a.build().toString();
    }

    @POST
    @Path("offers/payload")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleNames.STATION_OPERATOR)
    public String offerPayload(JsonObject body) {
        return CanonicalJson.write(offers.payload(currentUser.name(), TradingResource.form(JsonBody.of(body))));
    }

    @POST
    @Path("offers")
    @Consumes({SIGNED, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @RolesAllowed(RoleNames.STATION_OPERATOR)
    public Response post(@HeaderParam(SignatureHeaders.SIGNATURE) String signature,
                         @HeaderParam(SignatureHeaders.CERTIFICATE) String certificate, byte[] payload) {
        return TradingResource.created(offer(offers.post(currentUser.name(), payload, signature, SignatureHeaders.pem(certificate))));
    }

    @POST
    @Path("offers/{id}/accept/payload")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleNames.STATION_OPERATOR)
    public String acceptPayload(@PathParam("id") long id, JsonObject body) {
        JsonBody b = JsonBody.of(body);
        return CanonicalJson.write(offers.acceptPayload(currentUser.name(), id, b.whole("stationId"),
                b.decimal("kw")));
    }

    @POST
    @Path("offers/accept")
    @Consumes({SIGNED, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @RolesAllowed(RoleNames.STATION_OPERATOR)
    public Response accept(@HeaderParam(SignatureHeaders.SIGNATURE) String signature,
                           @HeaderParam(SignatureHeaders.CERTIFICATE) String certificate, byte[] payload) {
        var a = offers.accept(currentUser.name(), payload, signature, SignatureHeaders.pem(certificate));
        return TradingResource.created(TradingJson.acceptance(a, offers.get(currentUser.name(), a.getOfferId())));
    }

    @POST
    @Path("offers/{id}/withdraw/payload")
    @RolesAllowed(RoleNames.STATION_OPERATOR)
    public String withdrawPayload(@PathParam("id") long id) {
        return CanonicalJson.write(offers.withdrawPayload(currentUser.name(), id));
    }

    @POST
    @Path("offers/{id}/withdraw")
    @Consumes({SIGNED, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @RolesAllowed(RoleNames.STATION_OPERATOR)
    public String withdraw(@PathParam("id") long id, @HeaderParam(SignatureHeaders.SIGNATURE) String signature,
                           @HeaderParam(SignatureHeaders.CERTIFICATE) String certificate, byte[] payload) {
        return offer(offers.withdraw(currentUser.name(), id, payload, signature, SignatureHeaders.pem(certificate)))
                .toString();
    }

    private JsonObject offer(Offer o) {
        return TradingJson.offer(o, o.partnerIds().stream().map(id -> topology.station(id)
                .map(ChargingStation::getCode).orElse(String.valueOf(id))).toList());
    }
}
