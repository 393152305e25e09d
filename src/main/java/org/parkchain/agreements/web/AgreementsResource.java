package org.parkchain.agreements.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.parkchain.agreements.boundary.Agreements;
import org.parkchain.billing.boundary.Billing;
import org.parkchain.tariffs.boundary.CatalogTariffs;
import org.parkchain.profiles.boundary.LoadProfiles;
import org.parkchain.agreements.boundary.Recommendations;
import org.parkchain.plans.boundary.RetailPlans;
import org.parkchain.profiles.control.AnnualProfile;
import org.parkchain.profiles.control.Archetype;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.security.RoleNames;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.identity.boundary.CurrentUser;

/**
 * {@code /api/agreements}: the plans on offer, a recommendation for a posted profile, residents' agreements and
 * bills, signing and countersigning for API clients (detached signature and certificate in the
 * {@code X-ParkChain-Signature} and {@code X-ParkChain-Certificate} headers, over the payload the matching
 * {@code …/signing-payload} returned), and the import of meter readings by the park's meter system.
 */
@Path("agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgreementsResource {
    @Inject
    RetailPlans plans;

    @Inject
    Recommendations recommendations;

    @Inject
    LoadProfiles profiles;

    @Inject
    CatalogTariffs tariffs;

    @Inject
    Agreements agreements;

    @Inject
    Billing billing;

    @Inject
    CurrentUser currentUser;

    @Inject
    ParkCalendar calendar;

    @GET
    @Path("plans")
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY, RoleNames.LARGE_USER, RoleNames.GENERATOR,
            RoleNames.STATION_OPERATOR, RoleNames.REGULATOR, RoleNames.PARK_ADMIN})
    public String offered() {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        plans.offered().forEach(p -> a.add(AgreementsJson.plan(p)));
        return a.build().toString();
    }

    /**
     * A recommendation for a posted profile: JSON {@code {"gamma": 0.5, "archetype": "SHOP", "annualKwh": 20000}}
     * or {@code {"gamma": 0, "monthlyKwh": [12 numbers], "pattern": "OFFICE"}}, or a CSV of interval readings
     * ({@code text/csv}, γ in the query).
     */
    @POST
    @Path("recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY, RoleNames.REGULATOR, RoleNames.PARK_ADMIN})
    public String recommend(JsonObject body) {
        if (body == null) {
            throw new BusinessException("error.recommendation.body");
        }
        CatalogTariff catalog = tariffs.required().tariff();
        AnnualProfile profile;
        try {
            if (body.containsKey("monthlyKwh")) {
                JsonArray months = body.getJsonArray("monthlyKwh");
                double[] kWh = months.getValuesAs(JsonNumber.class).stream().mapToDouble(JsonNumber::doubleValue)
                        .toArray();
                profile = profiles.monthly(kWh, archetype(body.getString("pattern", "OFFICE")), catalog);
            } else {
                profile = profiles.archetype(archetype(body.getString("archetype", "")),
                        body.getJsonNumber("annualKwh").doubleValue(), catalog);
            }
        } catch (ClassCastException | NullPointerException e) {
            throw new BusinessException("error.recommendation.body");
        }
        return AgreementsJson.recommendation(recommendations.forProfile(profile.profile(), gamma(body))).toString();
    }

    @POST
    @Path("recommendations")
    @Consumes("text/csv")
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY, RoleNames.REGULATOR, RoleNames.PARK_ADMIN})
    public String recommendForReadings(@QueryParam("gamma") @DefaultValue("0") double gamma, InputStream csv) {
        CatalogTariff catalog = tariffs.required().tariff();
        AnnualProfile profile = AnnualProfile.of(profiles.readings(csv), catalog,
                java.time.Year.from(calendar.today()));
        return AgreementsJson.recommendation(recommendations.forProfile(profile.profile(), gamma)).toString();
    }

    /** The resident's own profile from a CSV upload of interval readings (nothing is saved from a bad file). */
    @POST
    @Path("profile/readings")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(RoleNames.RESIDENT)
    public Response uploadReadings(@QueryParam("fileName") String fileName, InputStream csv) {
        var saved = profiles.fromReadings(currentUser.name(), fileName, csv);
        return Response.status(Response.Status.CREATED).entity(CanonicalJson.JSON.createObjectBuilder()
                .add("id", saved.getId()).add("annualKwh", saved.getAnnualKwh().toPlainString())
                .add("readings", saved.getReadings()).add("stepMinutes", saved.getStepMinutes()).build().toString())
                .build();
    }

    @GET
    @Path("agreements")
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY})
    public String mine() {
        Participant me = currentUser.participant();
        List<Agreement> list = me.getType() == ParticipantType.RESIDENT ? agreements.ofResident(me.getId())
                : agreements.ofSales(me.getId());
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        list.forEach(x -> a.add(AgreementsJson.agreement(x)));
        return a.build().toString();
    }

    @GET
    @Path("plans/{id}/signing-payload")
    @RolesAllowed(RoleNames.RESIDENT)
    public String signingPayload(@PathParam("id") long planId) {
        return CanonicalJson.write(agreements.signingPayload(currentUser.name(), planId));
    }

    @POST
    @Path("agreements")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(RoleNames.RESIDENT)
    public Response sign(@HeaderParam("X-ParkChain-Signature") String signature,
                         @HeaderParam("X-ParkChain-Certificate") String certificate, byte[] payload) {
        Agreement a = agreements.sign(currentUser.name(), payload, signature, pem(certificate));
        return Response.status(Response.Status.CREATED).entity(AgreementsJson.agreement(a).toString()).build();
    }

    @GET
    @Path("agreements/{id}/countersign-payload")
    @RolesAllowed(RoleNames.SALES_COMPANY)
    public String countersignPayload(@PathParam("id") long id) {
        return CanonicalJson.write(agreements.countersignPayload(currentUser.name(), id));
    }

    @POST
    @Path("agreements/{id}/countersign")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(RoleNames.SALES_COMPANY)
    public String countersign(@PathParam("id") long id, @HeaderParam("X-ParkChain-Signature") String signature,
                              @HeaderParam("X-ParkChain-Certificate") String certificate, byte[] payload) {
        return AgreementsJson.agreement(agreements.countersign(currentUser.name(), id, payload, signature, pem(certificate)))
                .toString();
    }

    @GET
    @Path("bills")
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY})
    public String bills() {
        Participant me = currentUser.participant();
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        (me.getType() == ParticipantType.RESIDENT ? billing.bills(me.getId()) : billing.salesBills(me.getId()))
                .forEach(b -> a.add(AgreementsJson.bill(b)));
        return a.build().toString();
    }

    /** Meter readings from the park's meter system: {@code meter,timestamp,kWh}, imported whole or not at all. */
    @POST
    @Path("meter-readings")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(RoleNames.PARK_ADMIN)
    public Response importReadings(InputStream csv) {
        Billing.ImportSummary s = billing.importReadings(currentUser.name(), "API", null, csv);
        return Response.status(Response.Status.CREATED).entity(CanonicalJson.JSON.createObjectBuilder()
                .add("id", s.id()).add("readings", s.readings()).add("meters", s.meters())
                .add("first", s.first().toString()).add("last", s.last().toString()).build().toString()).build();
    }

    @POST
    @Path("bill-runs")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(RoleNames.PARK_ADMIN)
    public String bill(@QueryParam("month") String month) {
        java.time.YearMonth m;
        try {
            m = java.time.YearMonth.parse(month == null ? "" : month);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BusinessException("error.billing.month");
        }
        Billing.BillRun run = billing.bill(m);
        return CanonicalJson.JSON.createObjectBuilder().add("month", run.month().toString())
                .add("issued", run.issued()).add("alreadyBilled", run.alreadyBilled())
                .add("withoutReadings", run.withoutReadings()).build().toString();
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

    private static String pem(String header) {
        try {
            return header == null ? null : new String(Base64.getDecoder().decode(header.trim()),
                    StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
