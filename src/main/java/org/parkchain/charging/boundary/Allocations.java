package org.parkchain.charging.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parkchain.charging.control.CapacityMargin;
import org.parkchain.charging.control.FairAllocation;
import org.parkchain.charging.control.RightsAudit;
import org.parkchain.charging.control.RightsInvariant;
import org.parkchain.charging.control.RightsSnapshot;
import org.parkchain.charging.entity.Allocation;
import org.parkchain.charging.entity.ChargingStation;
import org.parkchain.charging.entity.Requirement;
import org.parkchain.charging.entity.StationRight;
import org.parkchain.charging.entity.Transformer;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.persistence.AdvisoryLock;

/**
 * Allocation of charging rights at gate closure, per transformer and day: the margin from the transformer's limit,
 * the day's base-load forecast and the reserve ({@link CapacityMargin}); the stations' requirements shared by
 * {@link FairAllocation}; the result checked by {@link RightsInvariant} (a violating result is refused and logged,
 * nothing is saved); then stored and recorded on the ledger as one entry. Idempotent: a transformer's day is allocated
 * once; a second run, by the job or the button, on this node or another (an advisory lock per transformer and the
 * table's unique key), returns the first. The park admin may close an open day's gate early: its allocation closes
 * it, and no requirement of a station on that transformer is taken for that day afterwards.
 */
@Stateless
public class Allocations {
    private static final Logger LOG = Logger.getLogger(Allocations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    BaseLoads baseLoads;

    @Inject
    ChargingGate gate;

    @Inject
    ParkTopology topology;

    /** Allocates every transformer's day whose gate has closed (the park admin's button); returns the runs. */
    public List<Allocation> runDay(LocalDate day, String by) {
        List<Allocation> runs = new ArrayList<>();
        for (Transformer t : topology.transformers()) {
            runs.add(run(t.getId(), day, by));
        }
        return runs;
    }

    /** Allocates one transformer's day, or returns the run that did it already. */
    public Allocation run(long transformerId, LocalDate day, String by) {
        Transformer t = topology.transformer(transformerId)
                .orElseThrow(() -> new NotFoundException("error.transformer.notFound", transformerId));
        if (day.isAfter(gate.lastClosedDay()) && !gate.isOpen(day)) {
            throw new BusinessException("error.allocation.tooEarly", day.toString(), gate.nextOpenDay().toString());
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + AdvisoryLock.CHARGING_ALLOCATION.id() + ", "
                + Math.toIntExact(transformerId) + ")").getSingleResult();
        Optional<Allocation> done = find(transformerId, day);
        if (done.isPresent()) {
            return done.get();
        }
        BaseLoads.Forecast base = baseLoads.forecast(transformerId, day);
        BigDecimal limit = t.activePowerLimitKw().subtract(t.getReserveKw());
        double[] margin = CapacityMargin.of(t.activePowerLimitKw().doubleValue(), base.kw(),
                t.getReserveKw().doubleValue());
        Map<Long, ChargingStation> stations = topology.stationsOn(transformerId).stream()
                .collect(Collectors.toMap(ChargingStation::getId, s -> s));
        List<Requirement> requirements = em.createQuery("SELECT r FROM Requirement r WHERE r.day = :d AND "
                + "r.stationId IN :s ORDER BY r.stationId", Requirement.class).setParameter("d", day)
                .setParameter("s", stations.isEmpty() ? List.of(-1L) : List.copyOf(stations.keySet())).getResultList();
        FairAllocation.Result result = FairAllocation.allocate(margin,
                requirements.stream().map(Requirement::request).toList());
        List<StationRight> rights = new ArrayList<>();
        List<RightsSnapshot.Right> leaves = new ArrayList<>();
        List<RightsInvariant.Holder> holders = new ArrayList<>();
        for (int i = 0; i < requirements.size(); i++) {
            Requirement r = requirements.get(i);
            ChargingStation s = stations.get(r.getStationId());
            double[] kw = new double[CapacityMargin.SLOTS];
            double served = 0;
            for (int slot = 0; slot < kw.length; slot++) {
                // down to 0.001 kW, so that rounding never takes a slot over its margin
                kw[slot] = BigDecimal.valueOf(result.kw()[i][slot]).setScale(3, RoundingMode.FLOOR).doubleValue();
                served += kw[slot] * 0.25;
            }
            rights.add(new StationRight(s.getId(), r.getId(), kw, r.getEnergyKwh(),
                    BigDecimal.valueOf(served).setScale(3, RoundingMode.HALF_EVEN), result.notAdmitted()[i]));
            leaves.add(new RightsSnapshot.Right(s.getId(), kw));
            holders.add(new RightsInvariant.Holder(s.getCode(), Math.min(s.getMaxPowerKw().doubleValue(),
                    r.getMaxKw().doubleValue()), r.getArrivalSlot(), r.getDepartureSlot(), kw));
        }
        List<String> violations = RightsInvariant.violations(margin, holders);
        if (!violations.isEmpty()) {
            LOG.severe(() -> "Allocation of transformer " + t.getCode() + " on " + day + " refused, it breaks the "
                    + "safety invariant: " + violations);
            throw new BusinessException("error.allocation.unsafe", t.getCode(), violations.get(0));
        }
        Allocation a = new Allocation(transformerId, day, limit, base.kw(), base.from(), margin, rights,
                RightsSnapshot.root(leaves), result.jain(), by, clock.instant());
        em.persist(a);
        em.flush();
        outbox.record(RightsAudit.ALLOCATED, a);
        LOG.info(() -> "Allocated charging rights of " + t.getCode() + " on " + day + ": " + rights.size()
                + " stations, Jain " + a.getJain());
        return a;
    }

    /** The first open day with a transformer not allocated yet (what the park admin's gate button closes). */
    public LocalDate firstUnallocatedDay() {
        LocalDate day = gate.nextOpenDay();
        long transformers = topology.transformers().size();
        while (gate.isOpen(day.plusDays(1)) && em.createQuery("SELECT COUNT(a) FROM Allocation a WHERE a.day = :d",
                Long.class).setParameter("d", day).getSingleResult() >= transformers) {
            day = day.plusDays(1);
        }
        return day;
    }

    public Optional<Allocation> find(long transformerId, LocalDate day) {
        return em.createQuery("SELECT a FROM Allocation a WHERE a.transformerId = :t AND a.day = :d",
                Allocation.class).setParameter("t", transformerId).setParameter("d", day).getResultStream()
                .findFirst();
    }

    /** Transformers with requirements for the day and no allocation yet (what the job runs at gate closure). */
    public List<Long> dueWithRequirements(LocalDate day) {
        return em.createQuery("SELECT DISTINCT s.transformerId FROM Requirement r, ChargingStation s WHERE "
                + "r.stationId = s.id AND r.day = :d AND NOT EXISTS (SELECT a FROM Allocation a WHERE "
                + "a.transformerId = s.transformerId AND a.day = :d)", Long.class).setParameter("d", day)
                .getResultList();
    }
}
