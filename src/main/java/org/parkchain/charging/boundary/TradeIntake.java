package org.parkchain.charging.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parkchain.access.boundary.MarketSignatures;
import org.parkchain.charging.control.Position;
import org.parkchain.charging.control.SlotTimes;
import org.parkchain.charging.control.TradeRules;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.TradeForm;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.Problems;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.security.RoleNames;

/**
 * What orders and offers share on the way in: the caller's account, the station (the caller's own, else refused), the
 * form's rules ({@link TradeRules}) against the trading window, the station's position (a seller holds what it sells,
 * a buyer stays within its window and maximum), preferred partners (stations on the same transformer, not the
 * caller's own), and the canonical payload the operator signs, read back field by field.
 */
@Stateless
public class TradeIntake {
    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    TradingBook book;

    @Inject
    TradingDesk desk;

    @Inject
    MarketSignatures signatures;

    /** A checked form: who, which station, the leg, and the partners' station ids (offers). */
    public record Checked(UserAccount user, ChargingStation station, TradeRules.Leg leg, List<Long> partners) {
    }

    /** A checked and signed form: the day, the signature and the signer's fingerprint. */
    public record Signed(Checked checked, LocalDate day, String signature, String fingerprint) {
    }

    /**
     * A signed order or offer on its way in: read back, checked, compared with the payload the checked form gives and
     * its signature verified; then checked again under the transformer's trading lock (the position may have changed
     * since).
     */
    public Signed signed(String username, String action, boolean offer, byte[] payload, String signature,
                         String certificate) {
        UserAccount user = account(username);
        TradeForm form = read(payload, "error.trade.payload");
        Checked c = check(user, form, offer);
        same(payload, payload(action, c, form.day()), "error.trade.payload");
        String fingerprint = signatures.verify(username, action, payload, signature, certificate,
                Set.of(RoleNames.STATION_OPERATOR));
        // checked again under the transformer's lock: the station's position may have changed meanwhile
        book.lock(c.station().getTransformerId());
        c = check(user, form, offer);
        return new Signed(c, form.day(), signature.trim(), fingerprint);
    }

    public UserAccount account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("error.user.notFound",
                username));
    }

    /** The caller's own station, or a refusal naming it. */
    public ChargingStation ownStation(UserAccount user, Long stationId) {
        ChargingStation station = stationId == null ? null : em.find(ChargingStation.class, stationId);
        if (station == null) {
            throw new BusinessException(List.of(new BusinessException.Problem("stationId", "error.station.notFound",
                    stationId)));
        }
        if (!station.operator().equals(user.participantId())) {
            throw new BusinessException(List.of(new BusinessException.Problem("stationId",
                    "error.trade.notYourStation", station.getCode())));
        }
        return station;
    }

    /** Everything about a form but the signature; refuses with every problem found. */
    public Checked check(UserAccount user, TradeForm f, boolean offer) {
        ChargingStation station = ownStation(user, f.stationId());
        Problems problems = new Problems();
        if (f.day() == null) {
            problems.add("day", "error.trade.day").throwIfAny();
        }
        TradingBook.Day day = book.day(station.getTransformerId(), f.day());
        TradeRules.Leg leg = TradeRules.check(f, desk.terms(), desk.firstOpenSlot(f.day()), problems);
        Position position = day.positions().get(station.getId());
        if (leg != null && position == null) {
            problems.add("stationId", "error.trade.noRights", station.getCode(), f.day().toString());
        } else if (leg != null) {
            TradeRules.fits(leg, position, problems);
        }
        List<Long> partners = new ArrayList<>();
        if (!offer && !f.partners().isEmpty()) {
            problems.add("partners", "error.trade.partnersOnlyOffers");
        }
        for (String code : f.partners()) {
            ChargingStation p = day.stations().values().stream().filter(s -> s.getCode().equalsIgnoreCase(
                    code.strip())).findFirst().orElse(null);
            if (p == null || p.operator().equals(user.participantId())) {
                problems.add("partners", "error.offer.partner", code.strip());
            } else if (!partners.contains(p.getId())) {
                partners.add(p.getId());
            }
        }
        problems.throwIfAny();
        return new Checked(user, station, leg, partners);
    }

    /** The canonical payload of a checked form, for {@code action}. */
    public JsonObject payload(String action, Checked c, LocalDate day) {
        JsonArrayBuilder partners = CanonicalJson.JSON.createArrayBuilder();
        c.partners().stream().sorted().forEach(id -> partners.add(em.find(ChargingStation.class, id).getCode()));
        TradeRules.Leg leg = c.leg();
        return CanonicalJson.JSON.createObjectBuilder().add("action", action).add("stationId", c.station().getId())
                .add("day", day.toString()).add("side", leg.side().name())
                .add("from", SlotTimes.label(leg.from()))
                .add("to", SlotTimes.label(leg.to()))
                .add("quantityKw", CanonicalJson.decimal(leg.kw())).add("price", CanonicalJson.decimal(leg.price()))
                .add("partners", partners).add("participant", c.user().participantId().value())
                .add("username", c.user().getUsername()).build();
    }

    /** A signed payload back into its form (its other fields are compared with a fresh payload). */
    public TradeForm read(byte[] payload, String errorKey) {
        try {
            JsonObject p = CanonicalJson.parseObject(payload);
            return new TradeForm(p.getJsonNumber("stationId").longValue(), LocalDate.parse(p.getString("day")),
                    p.getString("side"), p.getString("from"), p.getString("to"),
                    new BigDecimal(p.getString("quantityKw")), new BigDecimal(p.getString("price")),
                    p.getJsonArray("partners").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                            .toList());
        } catch (JsonException | IllegalArgumentException | ClassCastException | NullPointerException
                 | java.time.format.DateTimeParseException e) {
            throw new BusinessException(errorKey);
        }
    }

    /** Refuses a signed payload that is not exactly the one the checked form gives. */
    public void same(byte[] signed, JsonObject fresh, String errorKey) {
        JsonObject p;
        try {
            p = CanonicalJson.parseObject(signed);
        } catch (JsonException | IllegalArgumentException e) {
            throw new BusinessException(errorKey);
        }
        if (!fresh.equals(p)) {
            throw new BusinessException(errorKey);
        }
    }
}
