package org.parkchain.billing.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.billing.control.BillingAudit;
import org.parkchain.plans.boundary.RetailPlans;
import org.parkchain.plans.control.BillCalculator;
import org.parkchain.platform.LineProblem;
import org.parkchain.profiles.boundary.LoadProfiles;
import org.parkchain.tariffs.boundary.CatalogTariffs;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.profiles.control.LoadSeries;
import org.parkchain.profiles.control.MeterCsv;
import org.parkchain.profiles.control.PeriodEnergy;
import org.parkchain.plans.control.PlanTerms;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.billing.entity.Bill;
import org.parkchain.tariffs.entity.TariffVersion;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.Problems;
import org.parkchain.platform.time.ParkCalendar;

/**
 * Meter readings and monthly bills. Business rules: the park's meter export ({@code meter,timestamp,kWh}, the meter
 * being the resident's credit code) is imported whole or not at all: every line must be valid, every meter a
 * resident's, no reading may repeat one already imported and no month already billed may change. A month is billed
 * once it is over: each agreement in force during the month gets one bill for the readings of its days, priced by
 * the same calculator as the recommendation (a contracted volume is prorated to those days), with the sign-up fee in
 * its first month and the exit fee in its last, and beside it what the catalog tariff would have cost.
 */
@Stateless
public class Billing {
    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/parkchain")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    ParkCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    Participants participants;

    @Inject
    CatalogTariffs tariffs;

    @Inject
    RetailPlans plans;

    @Inject
    @ConfigProperty(name = "parkchain.agreements.meter-import-max-bytes", defaultValue = "67108864")
    long maxBytes;

    public record ImportSummary(long id, int readings, int meters, LocalDateTime first, LocalDateTime last) {
    }

    public record BillRun(YearMonth month, int issued, int alreadyBilled, int withoutReadings) {
    }

    public ImportSummary importReadings(String username, String source, String fileName, InputStream csv) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        MeterCsv.Result result;
        try {
            result = new MeterCsv(MeterCsv.Layout.METERS, maxBytes, 15).read(new DigestInputStream(csv, sha));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LineProblem.refuseIfAny(result.problems());
        Problems problems = new Problems();
        Map<Long, LoadSeries> byResident = new LinkedHashMap<>();
        result.series().forEach((meter, series) -> {
            Participant p = participants.findByCreditCode(meter).orElse(null);
            if (p == null || p.getType() != ParticipantType.RESIDENT) {
                problems.add("file", "error.meter.unknown", meter);
            } else {
                byResident.put(p.getId(), series);
            }
        });
        problems.throwIfAny();
        LocalDateTime first = null;
        LocalDateTime last = null;
        try (Connection c = dataSource.getConnection()) {
            for (Map.Entry<Long, LoadSeries> e : byResident.entrySet()) {
                LoadSeries s = e.getValue();
                first = first == null || s.start().isBefore(first) ? s.start() : first;
                LocalDateTime end = s.time(s.size() - 1);
                last = last == null || end.isAfter(last) ? end : last;
                checkNew(c, problems, e.getKey(), s);
            }
            problems.throwIfAny();
            String sha256 = HexFormat.of().formatHex(sha.digest());
            long id;
            try (PreparedStatement q = c.prepareStatement("INSERT INTO agreements_meter_import (source, file_name, "
                    + "sha256, readings, participants, first_at, last_at, imported_by, imported_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                q.setString(1, source);
                q.setString(2, fileName == null ? null : fileName.length() > 200 ? fileName.substring(0, 200)
                        : fileName);
                q.setString(3, sha256);
                q.setInt(4, (int) result.readings());
                q.setInt(5, byResident.size());
                q.setTimestamp(6, Timestamp.valueOf(first));
                q.setTimestamp(7, Timestamp.valueOf(last));
                q.setString(8, username);
                q.setTimestamp(9, Timestamp.from(clock.instant()));
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            insert(c, id, byResident);
            ImportSummary summary = new ImportSummary(id, (int) result.readings(), byResident.size(), first, last);
            outbox.record(BillingAudit.IMPORTED, new BillingAudit.MeterImport(id, sha256, summary.readings(),
                    summary.meters(), first, last, source));
            return summary;
        } catch (SQLException e) {
            throw new IllegalStateException("meter readings could not be stored", e);
        }
    }

    /** Bills every agreement in force during a month that is over; agreements billed before are left as they are. */
    public BillRun bill(YearMonth month) {
        if (!month.atEndOfMonth().isBefore(calendar.today())) {
            throw new BusinessException("error.billing.monthNotOver", month.toString());
        }
        TariffVersion tariff = tariffs.required();
        CatalogTariff catalog = tariff.tariff();
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<Agreement> agreements = em.createQuery("SELECT a FROM Agreement a WHERE a.status = :s "
                + "AND a.startsOn <= :to AND (a.endsOn IS NULL OR a.endsOn >= :from) ORDER BY a.id", Agreement.class)
                .setParameter("s", Agreement.Status.ACTIVE).setParameter("to", to).setParameter("from", from)
                .getResultList();
        List<Bill> issued = new java.util.ArrayList<>();
        int billed = 0;
        int missing = 0;
        java.util.Set<Long> alreadyBilled = new java.util.HashSet<>(em.createQuery(
                "SELECT b.agreementId FROM Bill b WHERE b.month = :m", Long.class).setParameter("m", from)
                .getResultList());
        Map<Long, PlanTerms> termsByPlan = new java.util.HashMap<>();
        for (Agreement a : agreements) {
            if (alreadyBilled.contains(a.getId())) {
                billed++;
                continue;
            }
            LocalDate start = a.getStartsOn().isAfter(from) ? a.getStartsOn() : from;
            LocalDate end = a.getEndsOn() != null && a.getEndsOn().isBefore(to) ? a.getEndsOn() : to;
            PeriodEnergy energy = readings(a.getResidentParticipantId(), start, end, catalog);
            if (energy.total() == 0) {
                missing++;
                continue;
            }
            PlanTerms terms = termsByPlan.computeIfAbsent(a.getPlanId(), id -> plans.plan(id).terms());
            Bill bill = price(a, terms, month, start, end, energy, catalog, tariff.getId());
            em.persist(bill);
            issued.add(bill);
        }
        em.flush();
        for (Bill b : issued) {
            outbox.record(BillingAudit.ISSUED, b);
        }
        return new BillRun(month, issued.size(), billed, missing);
    }

    public List<Bill> bills(long residentId) {
        return em.createQuery("SELECT b FROM Bill b WHERE b.participantId = :p ORDER BY b.month DESC, b.id DESC",
                Bill.class).setParameter("p", residentId).getResultList();
    }

    public List<Bill> salesBills(long salesId) {
        return em.createQuery("SELECT b FROM Bill b WHERE b.salesParticipantId = :s ORDER BY b.month DESC, b.id",
                Bill.class).setParameter("s", salesId).getResultList();
    }

    /** The latest imports, newest first: id, source, file, readings, meters, first, last, by, at. */
    public List<Object[]> imports() {
        return em.createNativeQuery("SELECT id, source, file_name, readings, participants, first_at, last_at, "
                + "imported_by, imported_at FROM agreements_meter_import ORDER BY id DESC LIMIT 20").getResultList()
                .stream().map(r -> (Object[]) r).toList();
    }

    private Bill price(Agreement a, PlanTerms planTerms, YearMonth month, LocalDate start, LocalDate end,
                       PeriodEnergy energy, CatalogTariff catalog, long tariffId) {
        PlanTerms terms = planTerms;
        double days = end.toEpochDay() - start.toEpochDay() + 1;
        if (terms.contractedKwh() > 0) {
            terms = terms.withVolume(terms.contractedKwh() * days / month.lengthOfMonth(), terms.band(),
                    terms.overPrice(), terms.underPrice());
        }
        double[] kWh = energy.kWh();
        BillCalculator.MonthlyCharge charge = BillCalculator.month(terms, catalog, month.getMonth(), kWh);
        double catalogCost = BillCalculator.month(PlanTerms.catalog(), catalog, month.getMonth(), kWh).total();
        BigDecimal fees = BigDecimal.ZERO;
        if (YearMonth.from(a.getStartsOn()).equals(month)) {
            fees = fees.add(BigDecimal.valueOf(terms.signUpFee()));
        }
        if (a.getEndsOn() != null && YearMonth.from(a.getEndsOn()).equals(month) && a.getExitFee() != null) {
            fees = fees.add(a.getExitFee());
        }
        JsonArrayBuilder periods = CanonicalJson.JSON.createArrayBuilder();
        for (double v : kWh) {
            periods.add(BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).toPlainString());
        }
        return new Bill(a.getId(), a.getResidentParticipantId(), a.getSalesParticipantId(), month.atDay(1), CanonicalJson.write(periods.build()), BigDecimal.valueOf(energy.total())
                .setScale(3, RoundingMode.HALF_UP), yuan(charge.energy()), yuan(charge.penalty()),
                fees.setScale(2, RoundingMode.HALF_UP), yuan(catalogCost), tariffId, clock.instant());
    }

    private PeriodEnergy readings(long resident, LocalDate from, LocalDate to, CatalogTariff catalog) {
        PeriodEnergy energy = new PeriodEnergy(catalog);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT reading_at, step_minutes, kwh FROM agreements_meter_reading WHERE participant_id = ? "
                        + "AND reading_at >= ? AND reading_at < ? ORDER BY reading_at")) {
            s.setLong(1, resident);
            s.setTimestamp(2, Timestamp.valueOf(from.atStartOfDay()));
            s.setTimestamp(3, Timestamp.valueOf(to.plusDays(1).atStartOfDay()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    energy.add(rs.getTimestamp(1).toLocalDateTime(), rs.getInt(2), rs.getDouble(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return energy;
    }

    private static void checkNew(Connection c, Problems problems, long resident, LoadSeries s) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM agreements_meter_reading "
                + "WHERE participant_id = ? AND reading_at >= ? AND reading_at < ?")) {
            q.setLong(1, resident);
            q.setTimestamp(2, Timestamp.valueOf(s.start()));
            q.setTimestamp(3, Timestamp.valueOf(s.end()));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    problems.add("file", "error.meter.exists", resident, s.start().toString().replace('T', ' '));
                }
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT min(month) FROM agreements_bill "
                + "WHERE participant_id = ? AND month >= ? AND month <= ?")) {
            q.setLong(1, resident);
            q.setObject(2, s.start().toLocalDate().withDayOfMonth(1));
            q.setObject(3, s.time(s.size() - 1).toLocalDate());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                if (rs.getObject(1) != null) {
                    problems.add("file", "error.meter.billed", resident, YearMonth.from(rs.getDate(1).toLocalDate())
                            .toString());
                }
            }
        }
    }

    private static void insert(Connection c, long importId, Map<Long, LoadSeries> byResident) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO agreements_meter_reading (participant_id, "
                + "reading_at, step_minutes, kwh, import_id) VALUES (?, ?, ?, ?, ?)")) {
            int batch = 0;
            for (Map.Entry<Long, LoadSeries> e : byResident.entrySet()) {
                LoadSeries series = e.getValue();
                for (int i = 0; i < series.size(); i++) {
                    s.setLong(1, e.getKey());
                    s.setTimestamp(2, Timestamp.valueOf(series.time(i)));
                    s.setInt(3, series.stepMinutes());
                    s.setBigDecimal(4, BigDecimal.valueOf(series.kWh()[i]));
                    s.setLong(5, importId);
                    s.addBatch();
                    if (++batch % 1000 == 0) {
                        s.executeBatch();
                    }
                }
            }
            s.executeBatch();
        }
    }

    private static BigDecimal yuan(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
