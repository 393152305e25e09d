package org.parkchain.agreements.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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
import org.parkchain.platform.rest.JsonBody;
import org.parkchain.platform.rest.Params;
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
    public String recommend(JsonObject json) {
        if (json == null) {
            throw new BusinessException("error.recommendation.body");
        }
        JsonBody body = JsonBody.of(json);
        Double gamma = body.number("gamma");
        double g = gamma == null ? 0 : gamma;
        Recommendation r;
        double[] monthly = body.numbers("monthlyKwh");
        if (monthly != null) {
            String pattern = body.string("pattern");
            r = recommendations.forMonthly(monthly, archetype(pattern == null ? "OFFICE" : pattern), g);
        } else {
            String archetype = body.string("archetype");
            Double annual = body.number("annualKwh");
            if (archetype == null || annual == null) {
                throw new BusinessException("error.recommendation.body");
            }
            r = recommendations.forArchetype(archetype(archetype), annual, g);
        }
        return RecommendationJson.of(r, ProblemJson.locale(headers)).toString();
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY, RoleNames.REGULATOR, RoleNames.PARK_ADMIN})
    public String recommendForReadings(@QueryParam("gamma") String gamma, InputStream csv) {
        Double g = Params.number("gamma", gamma);
        return RecommendationJson.of(recommendations.forReadings(csv, g == null ? 0 : g), ProblemJson.locale(headers))
                .toString();
    }

    private static Archetype archetype(String name) {
        try {
            return Archetype.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("error.profile.archetype");
        }
    }
}
