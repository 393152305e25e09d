package org.parkchain.charging.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parkchain.access.boundary.MarketSignatures;
import org.parkchain.charging.control.RequirementRules;
import org.parkchain.charging.control.RightsAudit;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.Requirement;
import org.parkchain.charging.entity.RequirementForm;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.Problems;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.security.RoleNames;

/**
 * Stations' charging requirements, submitted by their operators, signed with the operator's market certificate.
 * Business rules: only the station's own operator submits (another operator's station is refused); the form meets
 * {@link RequirementRules} (gate open, figures sane, energy reachable); the signature is over exactly the canonical
 * payload of the checked form ({@link #payload}); one requirement per station and day, replaced by a new submission
 * until gate closure. The operator sees its own stations' requirements; the park admin and the regulator see all.
 */
@Stateless
public class Requirements {
    public static final String SUBMIT = "charging.requirement.submit";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Accounts accounts;

    @Inject
    ChargingGate gate;

    @Inject
    MarketSignatures signatures;

    /** The canonical payload an operator signs for a requirement; refuses first whatever is wrong with the form. */
    public JsonObject payload(String username, RequirementForm form) {
        UserAccount user = account(username);
        checked(user, form);
        return payload(user, form);
    }

    /** Records a signed requirement (the payload from {@link #payload}, unchanged), replacing the day's last one. */
    public Requirement submit(String username, byte[] payload, String signature, String certificate) {
        UserAccount user = account(username);
        RequirementForm form;
        try {
            form = read(CanonicalJson.parseObject(payload));
        } catch (JsonException | IllegalArgumentException | ClassCastException | NullPointerException e) {
            throw new BusinessException("error.requirement.payload");
        }
        ChargingStation station = checked(user, form);
        if (!payload(user, form).equals(CanonicalJson.parseObject(payload))) {
            throw new BusinessException("error.requirement.payload");
        }
        String fingerprint = signatures.verify(username, SUBMIT, payload, signature, certificate,
                Set.of(RoleNames.STATION_OPERATOR));
        em.lock(station, LockModeType.PESSIMISTIC_WRITE);
        Requirement r = find(station.getId(), form.day()).orElseGet(() -> {
            Requirement created = new Requirement(station.getId(), form.day());
            em.persist(created);
            return created;
        });
        r.submit(form, username, clock.instant(), signature.trim(), fingerprint);
        em.flush();
        outbox.record(RightsAudit.SUBMITTED, r, fingerprint);
        return r;
    }

    /** The caller's stations' requirements for a day (an operator), or every station's (park admin, regulator). */
    public List<Requirement> of(String username, LocalDate day) {
        UserAccount user = account(username);
        if (user.getRole().name().equals(RoleNames.STATION_OPERATOR)) {
            return em.createQuery("SELECT r FROM Requirement r, ChargingStation s WHERE r.stationId = s.id AND "
                    + "r.day = :d AND s.operatorParticipantId = :op ORDER BY s.code", Requirement.class)
                    .setParameter("d", day).setParameter("op", user.participantId().value()).getResultList();
        }
        return ofDay(day);
    }

    /** The first open day on which one of the operator's stations can still change its requirement. */
    public LocalDate firstEditableDay(String username) {
        long operator = account(username).participantId().value();
        LocalDate day = gate.nextOpenDay();
        while (gate.isOpen(day.plusDays(1)) && em.createQuery("SELECT COUNT(s) FROM ChargingStation s WHERE "
                + "s.operatorParticipantId = :op AND NOT EXISTS (SELECT a FROM Allocation a WHERE a.day = :d AND "
                + "a.transformerId = s.transformerId)", Long.class).setParameter("op", operator).setParameter("d", day)
                .getSingleResult() == 0) {
            day = day.plusDays(1);
        }
        return day;
    }

    public List<Requirement> ofDay(LocalDate day) {
        return em.createQuery("SELECT r FROM Requirement r, ChargingStation s WHERE r.stationId = s.id AND "
                + "r.day = :d ORDER BY s.code", Requirement.class).setParameter("d", day).getResultList();
    }

    public Optional<Requirement> find(long stationId, LocalDate day) {
        return em.createQuery("SELECT r FROM Requirement r WHERE r.stationId = :s AND r.day = :d", Requirement.class)
                .setParameter("s", stationId).setParameter("d", day).getResultStream().findFirst();
    }

    private ChargingStation checked(UserAccount user, RequirementForm form) {
        ChargingStation station = form.stationId() == null ? null : em.find(ChargingStation.class, form.stationId());
        if (station == null) {
            throw new BusinessException(List.of(new BusinessException.Problem("stationId",
                    "error.station.notFound", form.stationId())));
        }
        if (!station.operator().equals(user.participantId())) {
            throw new BusinessException(List.of(new BusinessException.Problem("stationId",
                    "error.requirement.notYourStation", station.getCode())));
        }
        Problems problems = new Problems();
        RequirementRules.check(form, station.getMaxPowerKw(), gate.gate(), gate.now(), problems);
        problems.throwIfAny();
        boolean allocated = !em.createQuery("SELECT a.id FROM Allocation a WHERE a.transformerId = :t AND a.day = :d",
                Long.class).setParameter("t", station.getTransformerId()).setParameter("d", form.day())
                .getResultList().isEmpty();
        if (allocated) {
            throw new BusinessException(List.of(new BusinessException.Problem("day", "error.requirement.allocated",
                    form.day().toString())));
        }
        return station;
    }

    private UserAccount account(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("error.user.notFound",
                username));
    }

    private static JsonObject payload(UserAccount user, RequirementForm f) {
        return CanonicalJson.JSON.createObjectBuilder().add("action", SUBMIT).add("stationId", f.stationId())
                .add("day", f.day().toString()).add("energyKwh", CanonicalJson.decimal(f.energyKwh()))
                .add("minKw", CanonicalJson.decimal(f.minKw())).add("maxKw", CanonicalJson.decimal(f.maxKw()))
                .add("arrival", f.arrival().strip()).add("departure", f.departure().strip())
                .add("willingness", f.willingness())
                .add("flexibleShare", CanonicalJson.decimal(f.flexibleShare()))
                .add("participant", user.participantId().value()).add("username", user.getUsername()).build();
    }

    /** A signed payload back into its form (the other fields are compared with a fresh payload). */
    static RequirementForm read(JsonObject p) {
        return new RequirementForm(p.getJsonNumber("stationId").longValue(), LocalDate.parse(p.getString("day")),
                new BigDecimal(p.getString("energyKwh")), new BigDecimal(p.getString("minKw")),
                new BigDecimal(p.getString("maxKw")), p.getString("arrival"), p.getString("departure"),
                p.getInt("willingness"), new BigDecimal(p.getString("flexibleShare")));
    }
}
