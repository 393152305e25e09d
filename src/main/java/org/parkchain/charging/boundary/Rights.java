package org.parkchain.charging.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parkchain.charging.control.AllocationExplanation;
import org.parkchain.charging.entity.Allocation;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.Fill;
import org.parkchain.charging.entity.Requirement;
import org.parkchain.charging.entity.StationRight;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.entity.Role;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.NotFoundException;

/**
 * Reading charging rights: allocation reports and stations' schedules. Business rules: the park admin and the
 * regulator see every run with every station; a station operator sees the runs of the transformers its stations are
 * on, with only its own stations' rows (the transformer's total loading stays visible), and only its own stations'
 * schedules; anything else is "not found".
 */
@Stateless
public class Rights {
    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    ChargingGate gate;

    /** A station's line in a report: what it asked, what it got, and why. */
    public record Row(ChargingStation station, Requirement requirement, StationRight right,
                      List<AllocationExplanation.Line> explanation, double[] currentKw) {
        /** kWh the station holds now (after trading). */
        public double currentKwh() {
            double kwh = 0;
            for (double kw : currentKw) {
                kwh += kw * 0.25;
            }
            return kwh;
        }

        /** Whether trading changed its rights. */
        public boolean traded() {
            return !java.util.Arrays.equals(currentKw, right.kw());
        }
    }

    public record Report(Allocation allocation, Transformer transformer, List<Row> rows) {
    }

    /**
     * A station's rights for a day, kW per slot: as allocated, and as they stand after trading ({@code kw}, what the
     * charger is to follow); and when the day starts.
     */
    public record Schedule(ChargingStation station, Allocation allocation, StationRight right, double[] kw,
                           Instant dayStart) {
    }

    /** The runs of a day the caller may see, each with the rows it may see. */
    public List<Report> ofDay(String username, LocalDate day) {
        List<Allocation> runs = em.createQuery("SELECT a FROM Allocation a WHERE a.day = :d ORDER BY a.transformerId",
                Allocation.class).setParameter("d", day).getResultList();
        UserAccount user = user(username);
        return runs.stream().map(a -> report(user, a)).filter(r -> r != null).toList();
    }

    public Report report(String username, long allocationId) {
        Allocation a = em.find(Allocation.class, allocationId);
        Report r = a == null ? null : report(user(username), a);
        if (r == null) {
            throw new NotFoundException("error.allocation.notFound", allocationId);
        }
        return r;
    }

    /** The days that have runs, newest first (at most 60). */
    public List<LocalDate> days() {
        return em.createQuery("SELECT DISTINCT a.day FROM Allocation a ORDER BY a.day DESC", LocalDate.class)
                .setMaxResults(60).getResultList();
    }

    public Schedule schedule(String username, long stationId, LocalDate day) {
        ChargingStation s = em.find(ChargingStation.class, stationId);
        UserAccount user = user(username);
        if (s == null || !sees(user, s)) {
            throw new NotFoundException("error.station.notFound", stationId);
        }
        List<Allocation> runs = em.createQuery("SELECT a FROM Allocation a WHERE a.transformerId = :t AND a.day = :d",
                Allocation.class).setParameter("t", s.getTransformerId()).setParameter("d", day).getResultList();
        if (runs.isEmpty()) {
            throw new NotFoundException("error.allocation.none", s.getCode(), day.toString());
        }
        Allocation a = runs.get(0);
        StationRight right = a.getRights().stream().filter(r -> r.getStationId() == stationId).findFirst()
                .orElse(null);
        double[] kw = right == null ? new double[96] : right.kw();
        for (Fill f : fills(a, stationId)) {
            kw[f.getSlot()] += f.signedKw();
        }
        return new Schedule(s, a, right, kw, gate.dayStart(day));
    }

    private Report report(UserAccount user, Allocation a) {
        Transformer t = em.find(Transformer.class, a.getTransformerId());
        Map<Long, ChargingStation> stations = em.createQuery("SELECT s FROM ChargingStation s WHERE s.transformerId = :t",
                ChargingStation.class).setParameter("t", a.getTransformerId()).getResultStream()
                .collect(Collectors.toMap(ChargingStation::getId, Function.identity()));
        boolean all = user.getRole() != Role.STATION_OPERATOR;
        if (!all && stations.values().stream().noneMatch(s -> sees(user, s))) {
            return null;
        }
        double[] margin = a.marginKw();
        double[] total = a.totalKw();
        List<Row> rows = a.getRights().stream().filter(r -> all || sees(user, stations.get(r.getStationId())))
                .map(r -> {
                    Requirement q = em.find(Requirement.class, r.getRequirementId());
                    double[] current = r.kw();
                    for (Fill f : fills(a, r.getStationId())) {
                        current[f.getSlot()] += f.signedKw();
                    }
                    return new Row(stations.get(r.getStationId()), q, r, AllocationExplanation.explain(q.request(),
                            r.kw(), r.notAdmitted(), margin, total), current);
                }).sorted(java.util.Comparator.comparing(row -> row.station().getCode())).toList();
        return new Report(a, t, rows);
    }

    private List<Fill> fills(Allocation a, long stationId) {
        return em.createQuery("SELECT f FROM Fill f WHERE f.transformerId = :t AND f.day = :d AND f.stationId = :s",
                Fill.class).setParameter("t", a.getTransformerId()).setParameter("d", a.getDay())
                .setParameter("s", stationId).getResultList();
    }

    private static boolean sees(UserAccount user, ChargingStation s) {
        return user.getRole() != Role.STATION_OPERATOR || s.operator().equals(user.participantId());
    }

    private UserAccount user(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("error.user.notFound",
                username));
    }
}
