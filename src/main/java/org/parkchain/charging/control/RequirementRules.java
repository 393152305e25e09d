package org.parkchain.charging.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import org.parkchain.charging.entity.RequirementForm;
import org.parkchain.platform.Problems;

/**
 * The rules a charging requirement must meet, beside who may submit it (the boundary's check): the day's gate still
 * open; energy above 0 and at most {@value #MAX_ENERGY_KWH} kWh; powers at least 0, the minimum at most the maximum,
 * the maximum above 0 and at most the station's rating; departure after arrival, both on quarter hours of the day;
 * willingness 1 to 5; flexible share 0 to 1; the energy reachable at maximum power within the window (else the error
 * says how much is reachable and how much is missing) and the minimum power over the window at most the energy.
 */
public final class RequirementRules {
    public static final int MAX_ENERGY_KWH = 100_000;

    private RequirementRules() {
    }

    /** The checked requirement as the allocation reads it, or null when {@code problems} received something. */
    public static FairAllocation.Request check(RequirementForm f, BigDecimal stationMaxKw, GateClosure gate,
                                               LocalDateTime now, Problems problems) {
        boolean ok = true;
        if (f.day() == null) {
            problems.add("day", "error.requirement.day");
            ok = false;
        } else if (!f.day().isAfter(now.toLocalDate())) {
            problems.add("day", "error.requirement.past", f.day().toString());
            ok = false;
        } else if (!gate.isOpen(f.day(), now)) {
            problems.add("day", now.isBefore(gate.closesAt(f.day())) ? "error.requirement.tooFar"
                    : "error.requirement.gateClosed", f.day().toString(),
                    gate.closesAt(f.day()).toString().replace('T', ' '), GateClosure.DAYS_AHEAD);
            ok = false;
        }
        ok &= check(problems, positive(f.energyKwh(), 3) && f.energyKwh().compareTo(BigDecimal.valueOf(MAX_ENERGY_KWH))
                <= 0, "energyKwh", "error.requirement.energy", MAX_ENERGY_KWH);
        boolean max = positive(f.maxKw(), 1) && f.maxKw().compareTo(stationMaxKw) <= 0;
        ok &= check(problems, max, "maxKw", "error.requirement.maxKw", stationMaxKw);
        boolean min = f.minKw() != null && f.minKw().signum() >= 0 && f.minKw().stripTrailingZeros().scale() <= 1;
        ok &= check(problems, min, "minKw", "error.requirement.minKw");
        if (min && max && f.minKw().compareTo(f.maxKw()) > 0) {
            problems.add("minKw", "error.requirement.minAboveMax", f.minKw(), f.maxKw());
            ok = false;
        }
        int from = SlotTimes.parse(f.arrival());
        int to = SlotTimes.parse(f.departure());
        ok &= check(problems, from >= 0 && from < CapacityMargin.SLOTS, "arrival", "error.requirement.time");
        ok &= check(problems, to > 0, "departure", "error.requirement.time");
        if (from >= 0 && to > 0 && to <= from) {
            problems.add("departure", "error.requirement.departureBeforeArrival", f.departure(), f.arrival());
            ok = false;
        }
        ok &= check(problems, f.willingness() != null && f.willingness() >= 1 && f.willingness() <= 5,
                "willingness", "error.requirement.willingness");
        ok &= check(problems, f.flexibleShare() != null && f.flexibleShare().signum() >= 0
                && f.flexibleShare().compareTo(BigDecimal.ONE) <= 0, "flexibleShare", "error.requirement.flexible");
        if (!ok) {
            return null;
        }
        BigDecimal hours = BigDecimal.valueOf(to - from).multiply(new BigDecimal("0.25"));
        BigDecimal reachable = f.maxKw().multiply(hours);
        if (reachable.compareTo(f.energyKwh()) < 0) {
            problems.add("energyKwh", "error.requirement.unreachable", f.energyKwh(), scaled(reachable),
                    scaled(f.energyKwh().subtract(reachable)), f.maxKw(), f.arrival(), f.departure());
            return null;
        }
        BigDecimal floor = f.minKw().multiply(hours);
        if (floor.compareTo(f.energyKwh()) > 0) {
            problems.add("minKw", "error.requirement.minTooHigh", f.minKw(), scaled(floor), f.energyKwh());
            return null;
        }
        return new FairAllocation.Request(f.energyKwh().doubleValue(), f.minKw().doubleValue(),
                f.maxKw().doubleValue(), from, to, f.willingness());
    }

    private static boolean check(Problems problems, boolean ok, String field, String key, Object... args) {
        problems.check(ok, field, key, args);
        return ok;
    }

    private static boolean positive(BigDecimal v, int scale) {
        return v != null && v.signum() > 0 && v.stripTrailingZeros().scale() <= scale;
    }

    private static BigDecimal scaled(BigDecimal v) {
        BigDecimal s = v.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
