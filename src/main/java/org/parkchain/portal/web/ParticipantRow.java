package org.parkchain.portal.web;

/**
 * One participant as a portal table shows it, worked out once per request: its cells are then plain property reads
 * (each cell used to call the request-scoped views through their proxies: name, date format, expiry check, twice for
 * the sorted column).
 */
public final class ParticipantRow {
    private final String name;
    private final String type;
    private final String creditCode;
    private final String licenceNumber;
    private final String licenceExpiry;
    private final boolean expiresSoon;

    ParticipantRow(String name, String type, String creditCode, String licenceNumber, String licenceExpiry,
                   boolean expiresSoon) {
        this.name = name;
        this.type = type;
        this.creditCode = creditCode;
        this.licenceNumber = licenceNumber;
        this.licenceExpiry = licenceExpiry;
        this.expiresSoon = expiresSoon;
    }

    public String getName() {
        return name;
    }

    /** The participant type's name, e.g. {@code SALES_COMPANY}. */
    public String getType() {
        return type;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    /** The licence's expiry date in the reader's language, or empty. */
    public String getLicenceExpiry() {
        return licenceExpiry;
    }

    public boolean isExpiresSoon() {
        return expiresSoon;
    }
}
