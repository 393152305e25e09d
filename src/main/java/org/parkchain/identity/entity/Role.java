package org.parkchain.identity.entity;

/**
 * The roles a user can hold. Each role belongs to one participant type, and each role has its own portal folder
 * (the page folders are protected in web.xml by exactly these role names).
 */
public enum Role {
    RESIDENT(ParticipantType.RESIDENT, "/resident/"),
    LARGE_USER(ParticipantType.LARGE_USER, "/trader/"),
    GENERATOR(ParticipantType.GENERATOR, "/trader/"),
    SALES_COMPANY(ParticipantType.SALES_COMPANY, "/sales/"),
    STATION_OPERATOR(ParticipantType.STATION_OPERATOR, "/station/"),
    REGULATOR(ParticipantType.REGULATOR, "/regulator/"),
    PARK_ADMIN(ParticipantType.PARK_OPERATOR, "/admin/");


    private final ParticipantType participantType;
    private final String portal;

    Role(ParticipantType participantType, String portal) {
        this.participantType = participantType;
        this.portal = portal;
    }

    /** The only participant type whose users may hold this role. */
    public ParticipantType participantType() {
        return participantType;
    }

    /** Whether users in this role act in the market (and so need a market certificate). */
    public boolean marketParticipant() {
        return this != REGULATOR && this != PARK_ADMIN;
    }

    /** Context-relative path of this role's portal home. */
    public String portalHome() {
        return portal + "index.xhtml";
    }

    public static Role forParticipantType(ParticipantType type) {
        for (Role role : values()) {
            if (role.participantType == type) {
                return role;
            }
        }
        throw new IllegalArgumentException("no role for " + type);
    }
}
