package org.parkchain.tariffs.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.security.RoleNames;
import org.parkchain.tariffs.boundary.CatalogTariffs;
import org.parkchain.tariffs.entity.TariffVersion;

/**
 * {@code /api/agreements/tariff}: the park's current catalog tariff (seasons, time-of-use schedules, period prices
 * and holidays) in its stored form, the one discounts, bills and recommendations are computed against.
 */
@Path("agreements/tariff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TariffResource {
    @Inject
    CatalogTariffs tariffs;

    @GET
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR,
            RoleNames.STATION_OPERATOR, RoleNames.REGULATOR, RoleNames.PARK_ADMIN})
    public String current() {
        TariffVersion t = tariffs.required();
        return CanonicalJson.JSON.createObjectBuilder().add("id", t.getId())
                .add("createdAt", CanonicalJson.instant(t.getCreatedAt())).add("createdBy", t.getCreatedBy())
                .add("tariff", CanonicalJson.parseObject(t.getDocument())).build().toString();
    }
}
