package org.parkchain.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.agreements.boundary.AgreementImports;
import org.parkchain.billing.boundary.Billing;
import org.parkchain.billing.boundary.MeterImports;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.Participant;
import org.parkchain.plans.boundary.RetailPlans;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.profiles.boundary.LoadProfiles;

/**
 * A year of history for the demo park, written through the same boundaries as real work, so that the ledger and the
 * audit agree with it: the meter system's hourly readings of the last twelve full months for eight residents, their
 * load profiles from those readings, their agreements concluded months ago (recorded by the park admin), and every
 * month since then billed. Runs once, right after the demo park was loaded into an empty database.
 */
@Startup
@Singleton
@DependsOn("DemoCertificates")
public class DemoHistory {
    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());

    /** Resident, plan, months before today's month that its agreement started, average kW. */
    record Story(String username, String plan, int monthsAgo, double averageKw) {
    }

    static final List<Story> STORIES = List.of(
            new Story("resident11", "Xinneng Steady Price", 9, 1.6),
            new Story("resident12", "Xinneng Valley Saver", 8, 2.2),
            new Story("resident13", "Jiangnan Block Saver", 11, 0.9),
            new Story("resident14", "Taihu Green Discount", 6, 3.1),
            new Story("resident15", "Wuzhong Volume Plan", 10, 2.8),
            new Story("resident16", "Jiangnan Block Saver", 4, 1.2),
            new Story("resident17", "Xinneng Steady Price", 7, 2.5),
            new Story("resident18", "Taihu Green Discount", 5, 1.9));

    @Inject
    DemoPark demoPark;

    @Inject
    Accounts accounts;

    @Inject
    Participants participants;

    @Inject
    MeterImports meterImports;

    @Inject
    LoadProfiles profiles;

    @Inject
    RetailPlans plans;

    @Inject
    AgreementImports agreementImports;

    @Inject
    Billing billing;

    @Inject
    ParkCalendar calendar;

    @Inject
    @ConfigProperty(name = "parkchain.demo.enabled", defaultValue = "true")
    boolean enabled;

    /** The first month of the demo's history: twelve full months before today's. */
    static YearMonth firstMonth(java.time.LocalDate today) {
        return YearMonth.from(today).minusMonths(12);
    }

    @PostConstruct
    void load() {
        if (!enabled || !demoPark.loadedNow()) {
            return;
        }
        YearMonth first = firstMonth(calendar.today());
        YearMonth last = YearMonth.from(calendar.today()).minusMonths(1);
        StringBuilder meter = new StringBuilder("meter,timestamp,kWh\n");
        for (int i = 0; i < STORIES.size(); i++) {
            Story story = STORIES.get(i);
            Participant resident = participants.get(accounts.findByUsername(story.username()).orElseThrow()
                    .participantId());
            String readings = readings(story, i, first, last);
            readings.lines().skip(1).forEach(line -> meter.append(resident.getCreditCode()).append(',')
                    .append(line).append('\n'));
            profiles.fromReadings(story.username(), "meter-history.csv", stream(readings));
            RetailPlan plan = plans.offered().stream().filter(p -> p.getName().equals(story.plan())).findFirst()
                    .orElseThrow();
            double annual = readings.lines().skip(1).mapToDouble(l -> Double.parseDouble(l.substring(
                    l.indexOf(',') + 1))).sum();
            agreementImports.importExisting("admin", resident.getId(), plan.getId(),
                    YearMonth.from(calendar.today()).minusMonths(story.monthsAgo()).atDay(1),
                    BigDecimal.valueOf(Math.round(annual)));
        }
        meterImports.importReadings("admin", "API", "meter-history.csv", stream(meter.toString()));
        int bills = 0;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            bills += billing.bill(m).issued();
        }
        int issued = bills;
        LOG.info(() -> "Demo history loaded: readings " + first + " to " + last + " for " + STORIES.size()
                + " residents, their agreements and " + issued + " bills");
    }

    /** Hourly readings of a shop or office: busy by day, quieter at night and on Sundays, more in summer and winter. */
    static String readings(Story story, int seed, YearMonth first, YearMonth last) {
        Random random = new Random(20260101L + seed);
        StringBuilder out = new StringBuilder("timestamp,kWh\n");
        for (LocalDateTime t = first.atDay(1).atStartOfDay(); t.isBefore(last.plusMonths(1).atDay(1).atStartOfDay());
             t = t.plusHours(1)) {
            int h = t.getHour();
            double day = h >= 8 && h < 21 ? 1.5 : h >= 6 && h < 23 ? 0.8 : 0.35;
            double week = t.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.7 : 1.0;
            int month = t.getMonthValue();
            double season = month >= 6 && month <= 9 ? 1.25 : month == 12 || month <= 2 ? 1.15 : 1.0;
            double kWh = story.averageKw() * day * week * season * (0.85 + 0.3 * random.nextDouble());
            out.append(t.toString().replace('T', ' ')).append(',')
                    .append(BigDecimal.valueOf(kWh).setScale(3, java.math.RoundingMode.HALF_UP).toPlainString())
                    .append('\n');
        }
        return out.toString();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
