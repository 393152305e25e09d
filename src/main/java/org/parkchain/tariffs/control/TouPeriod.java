package org.parkchain.tariffs.control;

/** Time-of-use periods of the catalog tariff (尖 峰 平 谷), in the order bills list them. */
public enum TouPeriod {
    SHARP, PEAK, FLAT, VALLEY;

    public static final TouPeriod[] ALL = values();
}
