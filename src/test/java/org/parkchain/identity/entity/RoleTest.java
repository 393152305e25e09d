package org.parkchain.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.parkchain.platform.security.RoleNames;

class RoleTest {
    @Test
    void everyParticipantTypeHasExactlyOneRole() {
        for (ParticipantType type : ParticipantType.values()) {
            assertEquals(1, Arrays.stream(Role.values()).filter(r -> r.participantType() == type).count(), type.name());
            assertEquals(type, Role.forParticipantType(type).participantType());
        }
    }

    @Test
    void roleNameConstantsMatchTheEnum() {
        assertEquals(Role.RESIDENT.name(), RoleNames.RESIDENT);
        assertEquals(Role.LARGE_USER.name(), RoleNames.LARGE_USER);
        assertEquals(Role.GENERATOR.name(), RoleNames.GENERATOR);
        assertEquals(Role.SALES_COMPANY.name(), RoleNames.SALES_COMPANY);
        assertEquals(Role.STATION_OPERATOR.name(), RoleNames.STATION_OPERATOR);
        assertEquals(Role.REGULATOR.name(), RoleNames.REGULATOR);
        assertEquals(Role.PARK_ADMIN.name(), RoleNames.PARK_ADMIN);
    }

    @Test
    void largeUsersAndGeneratorsShareTheTraderPortal() {
        assertEquals("/trader/index.xhtml", Role.LARGE_USER.portalHome());
        assertEquals("/trader/index.xhtml", Role.GENERATOR.portalHome());
        assertEquals("/admin/index.xhtml", Role.PARK_ADMIN.portalHome());
    }
}
