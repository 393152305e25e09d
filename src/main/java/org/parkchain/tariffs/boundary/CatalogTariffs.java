package org.parkchain.tariffs.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.LineProblem;
import org.parkchain.platform.Problems;
import org.parkchain.platform.i18n.Localized;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.control.ScheduleText;
import org.parkchain.tariffs.control.TariffAudit;
import org.parkchain.tariffs.control.TouPeriod;
import org.parkchain.tariffs.entity.TariffVersion;

/**
 * The park's catalog tariff, maintained by the park admin. Business rules: every month belongs to exactly one
 * season; each season's workday and weekend/holiday schedules cover the day on the tariff's granularity (15 minutes
 * or whole hours) and every period they use has a positive price; a save is a new version, in force at once and
 * recorded on the ledger.
 */
@Stateless
public class CatalogTariffs {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    /** One season as the admin enters it: schedules as text ranges, prices per period (null when unused). */
    public record SeasonInput(String code, Set<Month> months, String workday, String holiday,
                              Map<TouPeriod, Double> prices) {
    }

    public Optional<TariffVersion> current() {
        return em.createQuery("SELECT t FROM TariffVersion t ORDER BY t.id DESC", TariffVersion.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The tariff in force, or a refusal that says the park has none yet. */
    public TariffVersion required() {
        return current().orElseThrow(() -> new BusinessException("error.tariff.none"));
    }

    public List<TariffVersion> history() {
        return em.createQuery("SELECT t FROM TariffVersion t ORDER BY t.id DESC", TariffVersion.class)
                .setMaxResults(50).getResultList();
    }

    public TariffVersion save(String username, int granularity, List<SeasonInput> seasons, String holidays) {
        Problems problems = new Problems();
        problems.check(granularity == 15 || granularity == 60, "granularity", "error.tariff.granularity");
        problems.check(!seasons.isEmpty(), "seasons", "error.tariff.noSeasons");
        Set<Month> seen = EnumSet.noneOf(Month.class);
        List<CatalogTariff.Season> parsed = new ArrayList<>();
        for (SeasonInput s : seasons) {
            String code = s.code() == null ? "" : s.code().trim();
            problems.check(code.matches("[A-Za-z0-9_-]{1,20}"), "code", "error.tariff.code", code);
            problems.check(!s.months().isEmpty(), "months", "error.tariff.noMonths", code);
            for (Month m : s.months()) {
                problems.check(seen.add(m), "months", "error.tariff.monthTwice", m.getValue());
            }
            ScheduleText.Parsed workday = ScheduleText.parse(s.workday(), granularity == 60 ? 60 : 15);
            ScheduleText.Parsed holiday = ScheduleText.parse(s.holiday(), granularity == 60 ? 60 : 15);
            schedule(problems, code, "workday", workday);
            schedule(problems, code, "holiday", holiday);
            Map<TouPeriod, Double> prices = new EnumMap<>(TouPeriod.class);
            if (workday.ok() && holiday.ok()) {
                Set<TouPeriod> used = EnumSet.noneOf(TouPeriod.class);
                used.addAll(List.of(workday.slots()));
                used.addAll(List.of(holiday.slots()));
                for (TouPeriod p : used) {
                    Double price = s.prices().get(p);
                    if (price == null || !(price > 0 && price <= 10)) {
                        problems.add("prices", "error.tariff.price", code, Localized.key("period." + p.name()));
                    } else {
                        prices.put(p, price);
                    }
                }
                if (problems.isEmpty()) {
                    parsed.add(new CatalogTariff.Season(code, s.months(), workday.slots(), holiday.slots(), prices));
                }
            }
        }
        for (Month m : Month.values()) {
            problems.check(seen.contains(m), "months", "error.tariff.monthMissing", m.getValue());
        }
        Set<LocalDate> days = new TreeSet<>();
        String[] lines = holidays == null ? new String[0] : holidays.split("[\\s,;]+");
        for (String d : lines) {
            if (!d.isBlank()) {
                try {
                    days.add(LocalDate.parse(d.trim()));
                } catch (DateTimeParseException e) {
                    problems.add("holidays", "error.tariff.holiday", d.trim());
                }
            }
        }
        problems.throwIfAny();
        TariffVersion version = new TariffVersion(new CatalogTariff(parsed, days), granularity, username,
                clock.instant());
        em.persist(version);
        em.flush();
        outbox.record(TariffAudit.PUBLISHED, version);
        return version;
    }

    private static void schedule(Problems problems, String season, String which, ScheduleText.Parsed parsed) {
        for (LineProblem p : parsed.problems()) {
            Object[] args = new Object[p.arguments().length + 2];
            args[0] = season;
            args[1] = "workday".equals(which) ? 0 : 1;
            System.arraycopy(p.arguments(), 0, args, 2, p.arguments().length);
            problems.add(which, p.key(), args);
        }
    }
}
