package org.parkchain.plans.control;

/** How a retail plan prices energy (DOMAIN.md §1). */
public enum PlanType {
    /** One price for every kWh: B = p × E. */
    FIXED,
    /** A price per time-of-use period of the catalog calendar: B = Σ p(period(t)) × L(t). */
    TIME_OF_USE,
    /** Block prices over the month's energy: B = Σ p_k × clip(E − E_{k−1}, 0, E_k − E_{k−1}). */
    TIERED,
    /** The catalog price less a discount per kWh: B = Σ (p_cat(t) − δ) × L(t). */
    DISCOUNT
}
