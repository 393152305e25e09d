package org.parkchain.agreements.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Locale;
import org.parkchain.agreements.boundary.Recommendations;
import org.parkchain.agreements.control.Recommendation;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.rest.ProblemJson;
import org.parkchain.platform.security.RoleNames;
import org.parkchain.profiles.control.Archetype;

/**
 * {@code /api/agreements/recommendations}: a recommendation for a posted profile, JSON
 * {@code {"gamma": 0.5, "archetype": "SHOP", "annualKwh": 20000}} or
 * {@code {"gamma": 0, "monthlyKwh": [12 numbers], "pattern": "OFFICE"}}, or a CSV of interval readings
 * ({@code text/csv}, γ in the query). The answer carries the ranking and why the first plan wins, in the caller's
 * language; each request is one call of the boundary.
 */
@Path("agreements/recommendations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationsResource {
    @Inject
    Recommendations recommendations;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY, RoleNames.REGULATOR, RoleNames.PARK_ADMIN})
    public String recommend(JsonObject body) {
        if (body == null) {
            throw new BusinessException("error.recommendation.body");
        }
        Recommendation r;
        try {
            if (body.containsKey("monthlyKwh")) {
                JsonArray months = body.getJsonArray("monthlyKwh");
                double[] kWh = months.getValuesAs(JsonNumber.class).stream().mapToDouble(JsonNumber::doubleValue)
                        .toArray();
                r = recommendations.forMonthly(kWh, archetype(body.getString("pattern", "OFFICE")), gamma(body));
            } else {
                r = recommendations.forArchetype(archetype(body.getString("archetype", "")),
                        body.getJsonNumber("annualKwh").doubleValue(), gamma(body));
            }
        } catch (ClassCastException | NullPointerException e) {
            throw new BusinessException("error.recommendation.body");
        }
        return RecommendationJson.of(r, ProblemJson.locale(headers)).toString();
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY, RoleNames.REGULATOR, RoleNames.PARK_ADMIN})
    public String recommendForReadings(@QueryParam("gamma") @DefaultValue("0") double gamma, InputStream csv) {
        return RecommendationJson.of(recommendations.forReadings(csv, gamma), ProblemJson.locale(headers))
                .toString();
    }

    private static double gamma(JsonObject body) {
        return body.containsKey("gamma") ? body.getJsonNumber("gamma").doubleValue() : 0;
    }

    private static Archetype archetype(String name) {
        try {
            return Archetype.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("error.profile.archetype");
        }
    }
}
