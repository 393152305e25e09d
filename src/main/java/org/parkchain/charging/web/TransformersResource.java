package org.parkchain.charging.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import org.parkchain.charging.boundary.ParkTopology;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.charging.entity.TransformerSpec;
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.security.RoleNames;

/**
 * {@code /api/transformers}: read by any logged-in role (ratings are public within the park); added and edited by the
 * park admin ({@code code, nameEn, nameZh, ratedKva, powerFactor, reserveKw}).
 */
@Path("transformers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TransformersResource {
    @Inject
    ParkTopology topology;

    @Context
    UriInfo uriInfo;

    public record TransformerJson(long id, String code, String nameEn, String nameZh, BigDecimal ratedKva,
                                  BigDecimal powerFactor, BigDecimal reserveKw, BigDecimal activePowerLimitKw) {
        static TransformerJson of(Transformer t) {
            return new TransformerJson(t.getId(), t.getCode(), t.getNameEn(), t.getNameZh(), t.getRatedKva(),
                    t.getPowerFactor(), t.getReserveKw(), t.activePowerLimitKw());
        }
    }

    @GET
    @RolesAllowed("**")
    public List<TransformerJson> list() {
        return topology.transformers().stream().map(TransformerJson::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed("**")
    public TransformerJson get(@PathParam("id") long id) {
        return topology.transformer(id).map(TransformerJson::of).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleNames.PARK_ADMIN)
    public Response add(JsonObject body) {
        Transformer t = topology.addTransformer(spec(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(t.getId().toString()).build())
                .entity(TransformerJson.of(t)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(RoleNames.PARK_ADMIN)
    public TransformerJson update(@PathParam("id") long id, JsonObject body) {
        return TransformerJson.of(topology.updateTransformer(id, spec(body)));
    }

    private static TransformerSpec spec(JsonObject json) {
        JsonBody b = JsonBody.of(json);
        return new TransformerSpec(b.string("code"), b.string("nameEn"), b.string("nameZh"), b.decimal("ratedKva"),
                b.decimal("powerFactor"), b.decimal("reserveKw"));
    }
}
