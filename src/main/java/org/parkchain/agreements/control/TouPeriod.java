package org.parkchain.agreements.control;

/** Time-of-use periods of the catalog tariff (尖 峰 平 谷), in the order bills list them. */
public enum TouPeriod {
    SHARP, PEAK, FLAT, VALLEY;

    static final TouPeriod[] ALL = values();
}
