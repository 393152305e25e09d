package org.parkchain.billing.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.parkchain.billing.boundary.Billing;
import org.parkchain.billing.boundary.MeterImports;
import org.parkchain.billing.entity.Bill;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.security.RoleNames;

/**
 * Billing under {@code /api/agreements}: {@code bills} (a resident's own, or a sales company's customers'),
 * {@code meter-readings} (the park's meter system: {@code meter,timestamp,kWh}, imported whole or not at all) and
 * {@code bill-runs?month=2026-10}. Rooted at {@code agreements} because the paths predate the split; the more
 * specific roots of the other agreement resources win over it.
 */
@Path("agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BillingResource {
    @Inject
    Billing billing;

    @Inject
    MeterImports imports;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("bills")
    @RolesAllowed({RoleNames.RESIDENT, RoleNames.SALES_COMPANY})
    public String bills() {
        Participant me = currentUser.participant();
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        (me.getType() == ParticipantType.RESIDENT ? billing.bills(me.getId()) : billing.salesBills(me.getId()))
                .forEach(b -> a.add(bill(b)));
        return a.build().toString();
    }

    @POST
    @Path("meter-readings")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(RoleNames.PARK_ADMIN)
    public Response importReadings(InputStream csv) {
        MeterImports.ImportSummary s = imports.importReadings(currentUser.name(), "API", null, csv);
        return Response.status(Response.Status.CREATED).entity(CanonicalJson.JSON.createObjectBuilder()
                .add("id", s.id()).add("readings", s.readings()).add("meters", s.meters())
                .add("first", s.first().toString()).add("last", s.last().toString()).build().toString()).build();
    }

    @POST
    @Path("bill-runs")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(RoleNames.PARK_ADMIN)
    public String bill(@QueryParam("month") String month) {
        YearMonth m;
        try {
            m = YearMonth.parse(month == null ? "" : month);
        } catch (DateTimeParseException e) {
            throw new BusinessException("error.billing.month");
        }
        Billing.BillRun run = billing.bill(m);
        return CanonicalJson.JSON.createObjectBuilder().add("month", run.month().toString())
                .add("issued", run.issued()).add("alreadyBilled", run.alreadyBilled())
                .add("withoutReadings", run.withoutReadings()).build().toString();
    }

    static JsonObject bill(Bill b) {
        return CanonicalJson.JSON.createObjectBuilder().add("id", b.getId()).add("agreementId", b.getAgreementId())
                .add("month", b.getMonth().toString().substring(0, 7))
                .add("kwhByPeriod", CanonicalJson.parseArray(b.getKwh()))
                .add("totalKwh", b.getTotalKwh().toPlainString()).add("energy", b.getEnergy().toPlainString())
                .add("penalty", b.getPenalty().toPlainString()).add("fees", b.getFees().toPlainString())
                .add("total", b.getTotal().toPlainString()).add("catalogCost", b.getCatalogCost().toPlainString())
                .add("saving", b.getSaving().toPlainString()).build();
    }
}
