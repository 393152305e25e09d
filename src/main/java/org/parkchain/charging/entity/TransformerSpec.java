package org.parkchain.charging.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.parkchain.platform.Problems;

/**
 * What the park admin types for a transformer (new or edited), with the rules it must meet on its own: a code of
 * letters, digits and dashes, both names, a rating of at most {@value #MAX_KVA} kVA to one decimal, a power factor in
 * (0, 1] to three decimals, and a reserve from 0 up to (not including) the active-power limit
 * {@code ratedKva * powerFactor}. Rules that need other rows (unique code, stations that still fit) are the
 * boundary's.
 */
public record TransformerSpec(String code, String nameEn, String nameZh, BigDecimal ratedKva, BigDecimal powerFactor,
                              BigDecimal reserveKw) {
    public static final int MAX_KVA = 1_000_000;

    /** Adds every problem of this spec to {@code problems}; answers whether the figures were usable. */
    public boolean check(Problems problems) {
        TopologyNames.check(problems, code, nameEn, nameZh);
        boolean rated = ratedKva != null && ratedKva.signum() > 0 && ratedKva.compareTo(BigDecimal.valueOf(MAX_KVA)) <= 0
                && ratedKva.stripTrailingZeros().scale() <= 1;
        problems.check(rated, "ratedKva", "error.transformer.rating", MAX_KVA);
        boolean factor = powerFactor != null && powerFactor.signum() > 0 && powerFactor.compareTo(BigDecimal.ONE) <= 0
                && powerFactor.stripTrailingZeros().scale() <= 3;
        problems.check(factor, "powerFactor", "error.transformer.powerFactor");
        boolean reserve = reserveKw != null && reserveKw.signum() >= 0 && reserveKw.stripTrailingZeros().scale() <= 1
                && (!rated || !factor || reserveKw.compareTo(activePowerLimitKw()) < 0);
        problems.check(reserve, "reserveKw", "error.transformer.reserve");
        return rated && factor && reserve;
    }

    /** {@code S_rated * cos(phi)} in kW, rounded to 0.1 kW as the transformer shows it. */
    public BigDecimal activePowerLimitKw() {
        return ratedKva.multiply(powerFactor).setScale(1, RoundingMode.HALF_UP);
    }

    /** The spec with its texts trimmed and the code in upper case, as it is stored. */
    public TransformerSpec normalised() {
        return new TransformerSpec(TopologyNames.code(code), TopologyNames.trim(nameEn), TopologyNames.trim(nameZh),
                ratedKva, powerFactor, reserveKw);
    }
}
