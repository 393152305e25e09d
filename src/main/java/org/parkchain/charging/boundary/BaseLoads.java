package org.parkchain.charging.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parkchain.charging.control.BaseLoadCsv;
import org.parkchain.charging.control.DefaultBaseLoad;
import org.parkchain.charging.control.RightsAudit;
import org.parkchain.charging.entity.BaseLoad;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.LineProblem;
import org.parkchain.platform.NotFoundException;

/**
 * Base-load forecasts, set by the park admin: a day's forecast imported from CSV (until that day's gate closes), or a
 * transformer's default profile per day type (workday, weekend). A day's forecast is its own, else its day type's
 * profile, else the built-in profile ({@link DefaultBaseLoad}). Every change is recorded on the ledger.
 */
@Stateless
public class BaseLoads {
    public static final String BUILT_IN = "BUILT_IN";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    ChargingGate gate;

    /** A day's forecast and where it came from: the day's own ({@code DAY}), a day type's, or {@value #BUILT_IN}. */
    public record Forecast(double[] kw, String from) {
    }

    /**
     * Sets a day's forecast ({@code appliesTo} an ISO date whose gate is still open) or a day type's profile
     * ({@code WORKDAY}, {@code WEEKEND}) from CSV; a file with problems is refused with each line's problem.
     */
    public BaseLoad set(String username, long transformerId, String appliesTo, String csv) {
        Transformer t = transformer(transformerId);
        String key = appliesTo == null ? "" : appliesTo.strip().toUpperCase(java.util.Locale.ROOT);
        if (!BaseLoad.WORKDAY.equals(key) && !BaseLoad.WEEKEND.equals(key)) {
            LocalDate day;
            try {
                day = LocalDate.parse(key);
            } catch (java.time.format.DateTimeParseException e) {
                throw new BusinessException(List.of(new BusinessException.Problem("appliesTo",
                        "error.baseLoad.appliesTo", appliesTo)));
            }
            if (!gate.isOpen(day)) {
                throw new BusinessException(List.of(new BusinessException.Problem("appliesTo",
                        "error.baseLoad.gateClosed", day.toString())));
            }
        }
        BaseLoadCsv.Parsed parsed = BaseLoadCsv.parse(csv);
        LineProblem.refuseIfAny(parsed.problems());
        BaseLoad b = find(t.getId(), key).orElseGet(() -> {
            BaseLoad created = new BaseLoad(t.getId(), key);
            em.persist(created);
            return created;
        });
        b.replace(parsed.kw(), username, clock.instant());
        em.flush();
        outbox.record(RightsAudit.BASE_LOAD_SET, b);
        return b;
    }

    public Forecast forecast(long transformerId, LocalDate day) {
        Transformer t = transformer(transformerId);
        Optional<BaseLoad> own = find(transformerId, day.toString());
        if (own.isPresent()) {
            return new Forecast(own.get().kw(), "DAY");
        }
        boolean workday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        String type = workday ? BaseLoad.WORKDAY : BaseLoad.WEEKEND;
        return find(transformerId, type).map(b -> new Forecast(b.kw(), type)).orElseGet(() -> new Forecast(
                DefaultBaseLoad.profile(t.activePowerLimitKw().doubleValue(), workday), BUILT_IN));
    }

    /** A transformer's stored forecasts and profiles. */
    public List<BaseLoad> of(long transformerId) {
        return em.createQuery("SELECT b FROM BaseLoad b WHERE b.transformerId = :t ORDER BY b.appliesTo",
                BaseLoad.class).setParameter("t", transformerId).getResultList();
    }

    private Optional<BaseLoad> find(long transformerId, String appliesTo) {
        return em.createQuery("SELECT b FROM BaseLoad b WHERE b.transformerId = :t AND b.appliesTo = :a",
                        BaseLoad.class).setParameter("t", transformerId).setParameter("a", appliesTo)
                .getResultStream().findFirst();
    }

    private Transformer transformer(long id) {
        Transformer t = em.find(Transformer.class, id);
        if (t == null) {
            throw new NotFoundException("error.transformer.notFound", id);
        }
        return t;
    }
}
