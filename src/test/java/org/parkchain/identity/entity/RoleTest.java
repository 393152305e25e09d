package org.parkchain.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

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
        assertEquals(Role.RESIDENT.name(), Role.RESIDENT_NAME);
        assertEquals(Role.LARGE_USER.name(), Role.LARGE_USER_NAME);
        assertEquals(Role.GENERATOR.name(), Role.GENERATOR_NAME);
        assertEquals(Role.SALES_COMPANY.name(), Role.SALES_COMPANY_NAME);
        assertEquals(Role.STATION_OPERATOR.name(), Role.STATION_OPERATOR_NAME);
        assertEquals(Role.REGULATOR.name(), Role.REGULATOR_NAME);
        assertEquals(Role.PARK_ADMIN.name(), Role.PARK_ADMIN_NAME);
    }

    @Test
    void largeUsersAndGeneratorsShareTheTraderPortal() {
        assertEquals("/trader/index.xhtml", Role.LARGE_USER.portalHome());
        assertEquals("/trader/index.xhtml", Role.GENERATOR.portalHome());
        assertEquals("/admin/index.xhtml", Role.PARK_ADMIN.portalHome());
    }
}
