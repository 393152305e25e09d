package org.parkchain.trading.web;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.security.RoleNames;
import org.parkchain.trading.boundary.ChannelRecords;
import org.parkchain.trading.boundary.Channels;
import org.parkchain.trading.boundary.Negotiation;
import org.parkchain.trading.entity.Attachment;
import org.parkchain.trading.entity.Channel;

/**
 * {@code /api/trading/channels}: private channels and their negotiation log, for their members only (the two parties
 * and the regulator; anybody else gets 404). Traders open channels, answer invitations, add notes, files
 * ({@code POST …/files?name=terms.pdf} with the raw bytes) and term sheets, and accept the other party's version.
 */
@Path("trading/channels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChannelsResource {
    @Inject
    Channels channels;

    @Inject
    Negotiation negotiation;

    @Inject
    ChannelRecords records;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR, RoleNames.REGULATOR})
    public String list() {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        channels.list(currentUser.name()).forEach(c -> a.add(TradingJson.channel(c)));
        return a.build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR})
    public Response open(JsonObject body) {
        JsonBody b = JsonBody.of(body);
        Long counterparty = b.whole("counterparty");
        Channel c = channels.open(currentUser.name(), counterparty == null ? 0 : counterparty, b.string("topic"));
        return Response.status(Response.Status.CREATED).entity(TradingJson.channel(c).build().toString()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR, RoleNames.REGULATOR})
    public String log(@PathParam("id") long id) {
        return TradingJson.log(records.log(currentUser.name(), id)).toString();
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR})
    public String decide(@PathParam("id") long id, JsonObject body) {
        Boolean accept = JsonBody.of(body).bool("accept");
        if (accept == null) {
            throw new BusinessException(java.util.List.of(new BusinessException.Problem("accept",
                    "error.api.type.boolean", "accept")));
        }
        return TradingJson.channel(channels.decide(currentUser.name(), id, accept)).build().toString();
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR})
    public Response note(@PathParam("id") long id, JsonObject body) {
        negotiation.note(currentUser.name(), id, JsonBody.of(body).string("body"));
        return Response.status(Response.Status.CREATED).entity(log(id)).build();
    }

    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR})
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, byte[] content) {
        Attachment a = negotiation.attach(currentUser.name(), id, name, content);
        return Response.status(Response.Status.CREATED).entity(TradingJson.file(a).build().toString()).build();
    }

    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR, RoleNames.REGULATOR})
    public Response file(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        Attachment a = records.file(currentUser.name(), id, fileId);
        return Response.ok(a.getContent(), a.getContentType()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", FileNames.attachment(a.getFileName())).build();
    }

    @POST
    @Path("{id}/term-sheets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR})
    public Response propose(@PathParam("id") long id, JsonObject body) {
        String comment = JsonBody.of(body).string("comment");
        var sheet = negotiation.propose(currentUser.name(), id, TermsBody.read(body), comment);
        return Response.status(Response.Status.CREATED).entity(TradingJson.sheet(sheet).build().toString()).build();
    }

    @POST
    @Path("{id}/term-sheets/{version}/acceptance")
    @RolesAllowed({RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR})
    public Response accept(@PathParam("id") long id, @PathParam("version") int version) {
        var contract = negotiation.accept(currentUser.name(), id, version);
        return Response.status(Response.Status.CREATED).entity(TradingJson.contract(contract, java.util.List.of())
                .toString()).build();
    }
}
