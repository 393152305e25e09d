package org.parkchain.trading.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.rest.Params;
import org.parkchain.platform.security.RoleNames;
import org.parkchain.trading.boundary.Positions;
import org.parkchain.trading.control.Position;

/**
 * {@code GET /api/trading/position?months=6}: the calling sales company's position per month and time-of-use period:
 * energy bought bilaterally, its residents' expected demand, the gap and its value at the catalog price.
 */
@Path("trading/position")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PositionResource {
    @Inject
    Positions positions;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(RoleNames.SALES_COMPANY)
    public String position(@QueryParam("months") String months) {
        Integer n = months == null || months.isBlank() ? 6 : Params.integer("months", months);
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        for (Position.Cell c : positions.of(currentUser.name(), n)) {
            a.add(CanonicalJson.JSON.createObjectBuilder().add("month", c.month().toString())
                    .add("period", c.period().name()).add("boughtKwh", CanonicalJson.decimal(round(c.boughtKwh())))
                    .add("demandKwh", CanonicalJson.decimal(round(c.demandKwh())))
                    .add("gapKwh", CanonicalJson.decimal(round(c.gapKwh())))
                    .add("coverage", c.overCovered() ? "OVER" : c.gapKwh() < 0 ? "UNDER" : "EVEN")
                    .add("catalogPrice", CanonicalJson.decimal(c.catalogPrice()))
                    .add("gapValue", CanonicalJson.decimal(Math.round(c.gapValue() * 100) / 100.0)));
        }
        return a.build().toString();
    }

    private static double round(double kwh) {
        return Math.round(kwh * 1000) / 1000.0;
    }
}
