package org.parkchain.trading.control;

/** How a bilateral contract prices energy: one flat price, or one price per time-of-use period of the catalog tariff. */
public enum PriceKind {
    FLAT, TIME_OF_USE;

    public String messageKey() {
        return "trading.priceKind." + name();
    }
}
