package org.parkchain.identity.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.NewParticipant;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.security.RoleNames;

/** {@code /api/participants}: the participant registry. Read: regulator and park admin. Register: park admin. */
@Path("participants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({RoleNames.REGULATOR, RoleNames.PARK_ADMIN})
public class ParticipantResource {
    @Inject
    Participants participants;

    @Context
    UriInfo uriInfo;

    @GET
    public List<ParticipantJson> list(@QueryParam("type") String type) {
        List<Participant> found = type == null ? participants.all() : participants.ofType(parseType(type));
        return found.stream().map(ParticipantJson::of).toList();
    }

    @GET
    @Path("{id}")
    public ParticipantJson get(@PathParam("id") long id) {
        return participants.find(ParticipantId.of(id)).map(ParticipantJson::of)
                .orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleNames.PARK_ADMIN)
    public Response register(JsonObject json) {
        JsonBody r = JsonBody.of(json);
        String type = r.string("type");
        Participant p = participants.register(new NewParticipant(type == null ? null : parseType(type),
                r.string("nameEn"), r.string("nameZh"), r.string("creditCode"), r.string("licenceNumber"),
                r.date("licenceExpiry")));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(p.getId().toString()).build())
                .entity(ParticipantJson.of(p)).build();
    }

    private static ParticipantType parseType(String type) {
        try {
            return ParticipantType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("error.participant.typeUnknown", type);
        }
    }
}
