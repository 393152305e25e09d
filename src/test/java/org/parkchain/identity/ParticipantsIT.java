package org.parkchain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.CreditCode;
import org.parkchain.identity.entity.LoginOutcome;
import org.parkchain.identity.entity.NewParticipant;
import org.parkchain.identity.entity.NewUser;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.identity.entity.Role;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.persistence.Migrations;
import org.parkchain.testsupport.ArquillianWar;

/** In-container tests of the identity boundaries, in the real WAR on Payara Micro against real PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class ParticipantsIT {
    @Deployment
    static WebArchive deployment() {
        return ArquillianWar.withDatabase("parkchain_arq");
    }

    @Inject
    Participants participants;

    @Inject
    Accounts accounts;

    @Inject
    Migrations migrations;

    @Resource(lookup = "java:app/jdbc/parkchain")
    DataSource dataSource;

    private static int serial = (int) (System.nanoTime() % 1_000_000);

    static String newCreditCode() {
        serial++;
        return CreditCode.complete(String.format("91320594%09d", serial));
    }

    @Test
    void migrationsRanAtStartUp() throws SQLException {
        assertEquals("019", migrations.schemaVersion());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rs.next();
            assertEquals(19, rs.getInt(1));
        }
    }

    @Test
    void persistsAndReadsAParticipantThroughItsBoundary() {
        String code = newCreditCode();
        Participant saved = participants.register(new NewParticipant(ParticipantType.GENERATOR, "Test Solar Ltd.",
                "测试光伏有限公司", code, "1032026-00001", LocalDate.now().plusYears(2)));
        Participant read = participants.find(saved.participantId()).orElseThrow();
        assertEquals("测试光伏有限公司", read.getNameZh());
        assertEquals(code, read.getCreditCode());
        assertEquals("1032026-00001", read.getLicenceNumber());
        assertTrue(participants.findByCreditCode(code).isPresent());
    }

    @Test
    void refusesAnInvalidParticipantWithEveryProblemAndSavesNothing() {
        long before = participants.count();
        BusinessException e = assertThrows(BusinessException.class, () -> participants.register(
                new NewParticipant(ParticipantType.SALES_COMPANY, "", "售电", "91320594000000000X", null, null)));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertEquals(before, participants.count());
    }

    @Test
    void refusesADuplicateCreditCode() {
        String code = newCreditCode();
        participants.register(new NewParticipant(ParticipantType.LARGE_USER, "A Ltd.", "甲公司", code, null, null));
        BusinessException e = assertThrows(BusinessException.class, () -> participants.register(
                new NewParticipant(ParticipantType.LARGE_USER, "B Ltd.", "乙公司", code, null, null)));
        assertEquals("error.participant.creditCodeTaken", e.problems().get(0).key());
    }

    @Test
    void aUserGetsTheRoleOfItsParticipantAndCanLogIn() {
        Participant p = participants.register(new NewParticipant(ParticipantType.STATION_OPERATOR, "C Ltd.",
                "丙公司", newCreditCode(), null, null));
        String username = "arq-" + serial;
        UserAccount u = accounts.createUser(new NewUser(username, "Tester", "long-enough-1", p.participantId(),
                "zh-CN"));
        assertEquals(Role.STATION_OPERATOR, u.getRole());
        assertEquals(LoginOutcome.SUCCESS, accounts.login(username, "long-enough-1").outcome());
        assertEquals(LoginOutcome.INVALID_CREDENTIALS, accounts.login(username, "wrong").outcome());
        assertFalse(accounts.findByUsername(username).orElseThrow().isLockedAt(java.time.Instant.now()));
    }
}
