package org.parkchain.trading.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.rest.Params;
import org.parkchain.platform.rest.ProblemJson;
import org.parkchain.platform.security.RoleNames;
import org.parkchain.trading.boundary.TradingMembers;
import org.parkchain.trading.boundary.TradingOversight;
import org.parkchain.trading.control.TermsJson;
import org.parkchain.trading.entity.Contract;

/**
 * {@code /api/trading/oversight}: the regulator's view of bilateral trading. {@code contracts} (and
 * {@code contracts.csv}) with the filters {@code status} and {@code participant}; {@code disputes}; {@code deviations}
 * above the configured threshold.
 */
@Path("trading/oversight")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(RoleNames.REGULATOR)
public class OversightResource {
    @Inject
    TradingOversight oversight;

    @Inject
    TradingMembers members;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @GET
    @Path("contracts")
    public String contracts(@QueryParam("status") String status, @QueryParam("participant") String participant) {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        for (TradingOversight.ContractRow r : rows(status, participant)) {
            a.add(CanonicalJson.JSON.createObjectBuilder().add("id", r.contract().getId())
                    .add("channelId", r.contract().getChannelId()).add("status", r.contract().getStatus().name())
                    .add("contractedKwh", CanonicalJson.decimal(Math.round(r.contractedKwh())))
                    .add("terms", TermsJson.json(r.terms())).add("recorded", r.contract().isRecorded()));
        }
        return a.build().toString();
    }

    @GET
    @Path("contracts.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("status") String status, @QueryParam("participant") String participant) {
        Locale locale = ProblemJson.locale(headers);
        byte[] body = OversightCsv.write(rows(status, participant), locale, id -> members.name(id,
                "zh".equals(locale.getLanguage())));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"parkchain-contracts.csv\"").build();
    }

    @GET
    @Path("disputes")
    public String disputes() {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        oversight.disputes(currentUser.name()).forEach(s -> a.add(StatementsResource.json(s)));
        return a.build().toString();
    }

    @GET
    @Path("deviations")
    public String deviations() {
        JsonArrayBuilder a = CanonicalJson.JSON.createArrayBuilder();
        oversight.deviations(currentUser.name()).forEach(s -> a.add(StatementsResource.json(s)));
        return a.build().toString();
    }

    private List<TradingOversight.ContractRow> rows(String status, String participant) {
        String word = status == null || status.isBlank() ? null : Params.word("status", status,
                Arrays.stream(Contract.Status.values()).map(Enum::name).toList());
        Integer who = participant == null || participant.isBlank() ? null : Params.integer("participant", participant);
        return oversight.contracts(currentUser.name(), word == null ? null : Contract.Status.valueOf(word),
                who == null ? null : who.longValue());
    }
}
