package org.parkchain.identity.entity;

/** Kinds of market participant in the park (see DOMAIN.md: actors). */
public enum ParticipantType {
    RESIDENT(false),
    SALES_COMPANY(true),
    LARGE_USER(false),
    GENERATOR(true),
    STATION_OPERATOR(false),
    REGULATOR(false),
    PARK_OPERATOR(false);

    private final boolean licenceRequired;

    ParticipantType(boolean licenceRequired) {
        this.licenceRequired = licenceRequired;
    }

    /** Sales companies and generators need an electricity business licence to be registered. */
    public boolean licenceRequired() {
        return licenceRequired;
    }
}
