package org.parkchain.charging.entity;

/** Which way rights go for the station that placed an order or posted an offer. */
public enum Side {
    BUY, SELL;

    public Side other() {
        return this == BUY ? SELL : BUY;
    }
}
