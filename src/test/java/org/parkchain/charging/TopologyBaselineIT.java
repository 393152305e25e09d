package org.parkchain.charging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkchain.charging.boundary.TopologyBaseline;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.CreditCode;
import org.parkchain.identity.entity.NewParticipant;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.testsupport.ArquillianWar;

/**
 * A database from before schema 011 holds transformers and stations that were never recorded; the one-time baseline
 * records each of them once, leaves recorded ones alone, and does nothing when run again.
 */
@ExtendWith(ArquillianExtension.class)
class TopologyBaselineIT {
    @Deployment
    static WebArchive deployment() {
        return ArquillianWar.withDatabase("parkchain_arq");
    }

    @Inject
    TopologyBaseline baseline;

    @Inject
    Participants participants;

    @Resource(lookup = "java:app/jdbc/parkchain")
    DataSource dataSource;

    @Test
    void anUpgradedTopologyIsRecordedOnceAndOnlyOnce() throws SQLException {
        String n = Long.toString(System.nanoTime() % 1_000_000);
        execute("INSERT INTO park (code, name_en, name_zh, city_en, city_zh, created_at) SELECT 'BASE', 'Base Park', "
                + "'基线园区', 'Suzhou', '苏州', now() WHERE NOT EXISTS (SELECT 1 FROM park)");
        execute("INSERT INTO transformer (park_id, code, name_en, name_zh, rated_kva, power_factor, reserve_kw, "
                + "created_at) SELECT min(id), 'TB-" + n + "', 'Old', '旧', 500, 0.9, 10, now() FROM park");
        long t = count("SELECT id FROM transformer WHERE code = 'TB-" + n + "'");
        Participant operator = participants.register(new NewParticipant(ParticipantType.STATION_OPERATOR,
                "Old Op " + n, "旧运营商" + n, CreditCode.complete(String.format("91320594%09d", Long.parseLong(n))),
                null, null));
        execute("INSERT INTO charging_station (transformer_id, operator_participant_id, code, name_en, name_zh, "
                + "max_power_kw, connectors, created_at) VALUES (" + t + ", " + operator.getId() + ", 'SB-" + n
                + "', 'Old', '旧', 60, 2, now())");
        long s = count("SELECT id FROM charging_station WHERE code = 'SB-" + n + "'");
        execute("INSERT INTO charging_topology_baseline (name) VALUES ('schema-011') ON CONFLICT (name) "
                + "DO UPDATE SET done_at = NULL");

        baseline.run();
        assertEquals(1, count("SELECT count(*) FROM ledger_outbox WHERE aggregate_id = 'transformer:" + t
                + "' AND type = 'transformer.baseline'"));
        assertEquals(1, count("SELECT count(*) FROM ledger_outbox WHERE aggregate_id = 'station:" + s
                + "' AND type = 'station.baseline'"));
        long entries = count("SELECT count(*) FROM ledger_outbox");
        execute("UPDATE charging_topology_baseline SET done_at = NULL");
        baseline.run();
        assertEquals(entries, count("SELECT count(*) FROM ledger_outbox"), "recorded rows are not recorded again");
        baseline.run();
        assertEquals(entries, count("SELECT count(*) FROM ledger_outbox"), "once only");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
