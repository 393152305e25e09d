package org.parkchain.plans.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.parkchain.plans.boundary.RetailPlans;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.i18n.Messages;
import org.parkchain.platform.security.RoleNames;

/** {@code /api/agreements/plans}: the retail plans on offer today, with their terms as the plans' own JSON. */
@Path("agreements/plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {
    @Inject
    RetailPlans plans;

    @GET
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR,
            RoleNames.STATION_OPERATOR, RoleNames.REGULATOR, RoleNames.PARK_ADMIN})
    public String offered() {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        plans.offered().forEach(p -> a.add(plan(p)));
        return a.build().toString();
    }

    static JsonObject plan(RetailPlan p) {
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", p.getId())
                .add("salesParticipantId", p.getSalesParticipantId()).add("lineage", p.getLineage())
                .add("versionNo", p.getVersionNo()).add("name", p.getName())
                .add("nameZh", p.name(Messages.CHINESE)).add("status", p.getStatus().name())
                .add("terms", CanonicalJson.parseObject(p.getTerms())).add("validFrom", p.getValidFrom().toString());
        CanonicalJson.addNullable(b, "validUntil", p.getValidUntil());
        CanonicalJson.addNullable(b, "description", p.getDescription());
        return b.build();
    }
}
