package org.parkchain.platform.security;

/**
 * The role names the container knows (web.xml constraints, {@code @RolesAllowed}, the groups the identity store
 * returns). They live here, below every feature, so any feature can guard its endpoints without depending on the
 * identity feature; identity's {@code Role} enum has one constant per name.
 */
public final class RoleNames {
    public static final String RESIDENT = "RESIDENT";
    public static final String LARGE_USER = "LARGE_USER";
    public static final String GENERATOR = "GENERATOR";
    public static final String SALES_COMPANY = "SALES_COMPANY";
    public static final String STATION_OPERATOR = "STATION_OPERATOR";
    public static final String REGULATOR = "REGULATOR";
    public static final String PARK_ADMIN = "PARK_ADMIN";

    private RoleNames() {
    }
}
