package org.parkchain.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.control.IdentityAudit;
import org.parkchain.identity.entity.CreditCode;
import org.parkchain.identity.entity.NewParticipant;
import org.parkchain.identity.entity.NewUser;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.ledger.boundary.AuditVerification;
import org.parkchain.ledger.boundary.MirrorWorker;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.ledger.control.AuditFinding;
import org.parkchain.ledger.control.AuditedChange;
import org.parkchain.ledger.control.OutboxEnvelope;
import org.parkchain.ledger.control.OutboxRow;
import org.parkchain.ledger.control.VerificationReport;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.ArquillianWar;

/**
 * The outbox, the mirror worker and the embedded ledger in the real WAR on Payara Micro against real PostgreSQL:
 * an entry commits and rolls back with its business transaction; concurrent drainers never submit a batch twice;
 * the verifier finds a changed row and a changed block.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {
    @Deployment
    static WebArchive deployment() {
        return ArquillianWar.withDatabase("parkchain_ledger_arq");
    }

    @Inject
    Participants participants;

    @Inject
    AuditVerification verification;

    @Inject
    Outbox outbox;

    @Inject
    MirrorWorker worker;

    @Inject
    org.parkchain.ledger.control.LedgerGateway ledger;

    @Inject
    org.parkchain.identity.boundary.Accounts accounts;

    @Inject
    org.parkchain.access.boundary.SecurityBaseline baseline;

    @Inject
    org.parkchain.ledger.boundary.LedgerDigests digests;

    @Resource
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/parkchain")
    DataSource dataSource;

    private static int serial = (int) (System.nanoTime() % 1_000_000);

    private Participant register(String name) {
        serial++;
        return participants.register(new NewParticipant(ParticipantType.LARGE_USER, name, "测试用户" + serial,
                CreditCode.complete(String.format("91320594%09d", serial)), null, null));
    }

    @Test
    void aCommittedChangeLeavesExactlyOneEntryWithItsSnapshot() throws SQLException {
        Participant p = register("Outbox Commit Ltd.");
        List<OutboxRow> rows = verification.history("participant:" + p.getId());
        assertEquals(1, rows.size());
        OutboxRow row = rows.get(0);
        assertEquals("participant.registered", row.type());
        assertEquals(CanonicalJson.write(IdentityAudit.PARTICIPANT.snapshot(p).payload()), row.payload());
        assertEquals(row.envelope().hash(), row.entryHash());
        assertEquals("system", row.actor(), "nobody is logged in inside the test");
    }

    @Test
    void aSignedActionCarriesItsSignersFingerprintIntoTheHashedEnvelope() throws Exception {
        Participant p = register("Outbox Signed Ltd.");
        String fingerprint = "ab".repeat(32);
        tx.begin();
        outbox.record(AuditedChange.of("participant.attested", IdentityAudit.PARTICIPANT.snapshot(p)).signedBy(fingerprint));
        tx.commit();
        List<OutboxRow> rows = verification.history("participant:" + p.getId());
        assertEquals(2, rows.size());
        OutboxRow signed = rows.get(1);
        assertEquals(fingerprint, signed.signerFingerprint());
        assertEquals(null, rows.get(0).signerFingerprint(), "unsigned actions have none");
        assertEquals(signed.envelope().hash(), signed.entryHash());
        OutboxEnvelope e = signed.envelope();
        assertNotEquals(signed.entryHash(), new OutboxEnvelope(e.id(), e.type(), e.aggregateId(), e.payloadHash(),
                e.actor(), null, e.committedAt()).hash(), "the signer is covered by the ledger hash");
    }

    @Test
    void aRolledBackChangeLeavesNoEntry() throws Exception {
        long before = count("SELECT count(*) FROM ledger_outbox");
        tx.begin();
        Participant p = register("Outbox Rollback Ltd.");
        long id = p.getId();
        assertEquals(1, verification.history("participant:" + id).size(), "written inside the transaction");
        tx.rollback();
        assertTrue(participants.find(p.participantId()).isEmpty());
        assertEquals(0, verification.history("participant:" + id).size());
        assertEquals(before, count("SELECT count(*) FROM ledger_outbox"));
    }

    @Test
    void aRefusedChangeLeavesNoEntry() throws SQLException {
        long before = count("SELECT count(*) FROM ledger_outbox");
        assertThrows(BusinessException.class, () -> participants.register(new NewParticipant(
                ParticipantType.GENERATOR, "No Licence Ltd.", "无许可证", "91320594000000000X", null, null)));
        assertEquals(before, count("SELECT count(*) FROM ledger_outbox"));
    }

    @Test
    void deactivationIsRecordedAsASecondEntry() throws SQLException {
        Participant p = register("Outbox Deactivate Ltd.");
        participants.setActive(p.participantId(), false);
        List<OutboxRow> rows = verification.history("participant:" + p.getId());
        assertEquals(List.of("participant.registered", "participant.deactivated"),
                rows.stream().map(OutboxRow::type).toList());
        assertTrue(rows.get(1).payload().contains("\"active\":false"));
    }

    @Test
    void concurrentDrainersNeverSubmitABatchTwice() throws Exception {
        tx.begin();
        for (int i = 0; i < 400; i++) {
            register("Drainer Test " + i);
        }
        tx.commit();
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(executor.submit(() -> {
                int mirrored = 0;
                for (int round = 0; round < 20; round++) {
                    mirrored += worker.drainIfLeader();
                }
                return mirrored;
            }));
        }
        for (Future<Integer> run : runs) {
            run.get();
        }
        awaitEmptyBacklog();
        assertEquals(0, count("""
                SELECT count(*) FROM (SELECT (arguments::json->>0)::json->>'batchId' AS batch FROM ledger_transaction
                                      WHERE function = 'RecordBatch' GROUP BY 1 HAVING count(*) > 1) twice"""));
        assertEquals(0, count("SELECT count(*) FROM (SELECT state_key FROM ledger_write GROUP BY 1 HAVING count(*) > 1) w"));
        assertEquals(count("SELECT count(*) FROM ledger_outbox"),
                count("SELECT count(*) FROM ledger_state WHERE state_key LIKE 'entry%'"));
    }

    @Test
    void verificationReportsExactlyTheRowChangedBehindTheApplicationsBack() throws Exception {
        Participant p = register("Tamper Target Ltd.");
        awaitEmptyBacklog();
        assertTrue(verification.verify().passed(), "untouched database verifies");
        execute("UPDATE participant SET name_en = 'Forged Name Ltd.' WHERE id = " + p.getId());
        try {
            VerificationReport report = verification.verify();
            assertEquals(1, report.findings().size(), report.findings().toString());
            AuditFinding finding = report.findings().get(0);
            assertEquals(AuditFinding.Kind.RECORD_CHANGED, finding.kind());
            assertEquals("participant:" + p.getId(), finding.aggregateId());
            assertTrue(report.chain().intact());
        } finally {
            execute("UPDATE participant SET name_en = 'Tamper Target Ltd.' WHERE id = " + p.getId());
        }
        assertTrue(verification.verify().passed());
    }

    @Test
    void aChangedBlockBreaksTheChainAtThatBlock() throws Exception {
        register("Block Tamper Ltd.");
        awaitEmptyBacklog();
        long block = count("SELECT max(number) FROM ledger_block");
        String original = string("SELECT result FROM ledger_transaction WHERE block_number = " + block);
        try {
            execute("ALTER TABLE ledger_transaction DISABLE TRIGGER ledger_transaction_append_only");
            execute("UPDATE ledger_transaction SET result = replace(result, '\"recorded\":', '\"recorded\": ') "
                    + "WHERE block_number = " + block);
            VerificationReport report = verification.verify();
            assertFalse(report.chain().intact());
            assertEquals(block, report.chain().brokenBlock());
            assertTrue(report.chain().problems().get(0).contains("block " + block), report.chain().problems().toString());
        } finally {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("UPDATE ledger_transaction SET result = ? WHERE block_number = ?")) {
                s.setString(1, original);
                s.setLong(2, block);
                s.executeUpdate();
            }
            execute("ALTER TABLE ledger_transaction ENABLE TRIGGER ledger_transaction_append_only");
        }
        assertTrue(verification.verify().chain().intact());
    }

    /**
     * An attacker with write access to the database registers a node key of its own, rewrites a transaction and
     * re-signs the whole chain with that key. The chain is internally consistent, but its key is not one the node's key
     * store or configuration trusts, so the audit reports it; and a digest kept before the rewrite proves it.
     */
    @Test
    void aPlantedNodeKeyWithAReSignedChainIsReportedAndAKeptDigestProvesTheRewrite() throws Exception {
        register("Planted Key Ltd.");
        awaitEmptyBacklog();
        byte[] kept = digests.issue().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(digests.check(kept).consistent(), "a fresh digest matches");
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC");
        g.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        java.security.KeyPair attacker = g.generateKeyPair();
        var name = new org.bouncycastle.asn1.x500.X500Name("CN=ParkChain embedded ledger node,O=ParkChain");
        java.security.cert.X509Certificate cert = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                .getCertificate(new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(name,
                        java.math.BigInteger.TEN, new java.util.Date(), new java.util.Date(System.currentTimeMillis()
                        + 86_400_000L), name, attacker.getPublic()).build(
                        new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                                .build(attacker.getPrivate())));
        String fingerprint = org.parkchain.platform.canonical.Hashes.hex(
                org.parkchain.platform.canonical.Hashes.sha256(cert.getEncoded()));
        List<Object[]> original = new ArrayList<>();
        String lastTx = string("SELECT tx_id FROM ledger_transaction ORDER BY block_number DESC LIMIT 1");
        String lastResult = string("SELECT result FROM ledger_transaction WHERE tx_id = '" + lastTx + "'");
        String lastTxHash = string("SELECT tx_hash FROM ledger_transaction WHERE tx_id = '" + lastTx + "'");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE ledger_block DISABLE TRIGGER ledger_block_append_only");
            st.execute("ALTER TABLE ledger_transaction DISABLE TRIGGER ledger_transaction_append_only");
            int keyId;
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO ledger_node_key (fingerprint, certificate_pem,"
                    + " created_at) VALUES (?, ?, now()) RETURNING id")) {
                ins.setString(1, fingerprint);
                ins.setString(2, "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder()
                        .encodeToString(cert.getEncoded()) + "\n-----END CERTIFICATE-----\n");
                try (ResultSet rs = ins.executeQuery()) {
                    rs.next();
                    keyId = rs.getInt(1);
                }
            }
            // the rewritten record: the last transaction's result, with its hash recomputed
            String forged = lastResult.replace("\"recorded\":", "\"recorded\": ");
            st.execute("UPDATE ledger_transaction SET result = '" + forged.replace("'", "''") + "' WHERE tx_id = '"
                    + lastTx + "'");
            resignChain(c, keyId, fingerprint, attacker.getPrivate(), original);
            VerificationReport report = verification.verify();
            assertFalse(report.chain().intact(), "a chain signed by a planted key is not trusted");
            assertEquals(0L, report.chain().brokenBlock());
            assertTrue(report.chain().problems().get(0).contains("not a trusted key"), report.chain().problems()
                    .toString());
            var check = digests.check(kept);
            assertFalse(check.consistent());
            assertTrue(check.findings().stream().anyMatch(f -> f.kind()
                    == org.parkchain.ledger.control.DigestReport.Kind.BLOCK_REWRITTEN), check.findings().toString());
        } finally {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement up = c.prepareStatement("UPDATE ledger_block SET previous_hash = ?, "
                        + "data_hash = ?, node_key_id = ?, header_hash = ?, signature = ? WHERE number = ?")) {
                    for (Object[] row : original) {
                        up.setString(1, (String) row[1]);
                        up.setString(2, (String) row[2]);
                        up.setInt(3, (Integer) row[3]);
                        up.setString(4, "tmp" + row[0]);
                        up.setBytes(5, (byte[]) row[5]);
                        up.setLong(6, (Long) row[0]);
                        up.executeUpdate();
                    }
                }
                try (PreparedStatement up = c.prepareStatement("UPDATE ledger_block SET header_hash = ? WHERE number = ?")) {
                    for (Object[] row : original) {
                        up.setString(1, (String) row[4]);
                        up.setLong(2, (Long) row[0]);
                        up.executeUpdate();
                    }
                }
                try (PreparedStatement up = c.prepareStatement(
                        "UPDATE ledger_transaction SET result = ?, tx_hash = ? WHERE tx_id = ?")) {
                    up.setString(1, lastResult);
                    up.setString(2, lastTxHash);
                    up.setString(3, lastTx);
                    up.executeUpdate();
                }
            }
            execute("DELETE FROM ledger_node_key WHERE fingerprint = '" + fingerprint + "'");
            execute("ALTER TABLE ledger_block ENABLE TRIGGER ledger_block_append_only");
            execute("ALTER TABLE ledger_transaction ENABLE TRIGGER ledger_transaction_append_only");
        }
        assertTrue(verification.verify().chain().intact(), "restored");
        assertTrue(digests.check(kept).consistent(), "restored");
    }

    /** Re-seals every block under the planted key, as an attacker who wants a self-consistent chain must. */
    private static void resignChain(Connection c, int keyId, String fingerprint, java.security.PrivateKey key,
                                    List<Object[]> original) throws Exception {
        List<Object[]> blocks = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT number, previous_hash, "
                + "data_hash, node_key_id, header_hash, signature, tx_count, created_at FROM ledger_block ORDER BY number")) {
            while (rs.next()) {
                original.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getBytes(6)});
                blocks.add(new Object[] {rs.getLong(1), rs.getInt(7), rs.getTimestamp(8).toInstant()});
            }
        }
        String previous = org.parkchain.ledger.embedded.EmbeddedBlocks.GENESIS_PREVIOUS_HASH;
        for (Object[] b : blocks) {
            long number = (Long) b[0];
            List<byte[]> leaves = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT tx_id, function, arguments, caller_msp, caller_role, "
                    + "result, created_at, write_set_hash FROM ledger_transaction WHERE block_number = ? ORDER BY tx_index")) {
                s.setLong(1, number);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        var tx = org.parkchain.ledger.embedded.EmbeddedBlocks.transaction(rs.getString(1),
                                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getTimestamp(7).toInstant(), rs.getString(8));
                        leaves.add(org.parkchain.ledger.embedded.EmbeddedBlocks.transactionLeaf(tx));
                        try (PreparedStatement up = c.prepareStatement(
                                "UPDATE ledger_transaction SET tx_hash = ? WHERE tx_id = ?")) {
                            up.setString(1, org.parkchain.ledger.embedded.EmbeddedBlocks.txHash(tx));
                            up.setString(2, rs.getString(1));
                            up.executeUpdate();
                        }
                    }
                }
            }
            String dataHash = org.parkchain.ledger.embedded.EmbeddedBlocks.dataHash(leaves);
            byte[] header = org.parkchain.ledger.embedded.EmbeddedBlocks.header(number, previous, dataHash,
                    (Integer) b[1], (java.time.Instant) b[2], fingerprint);
            String headerHash = org.parkchain.ledger.embedded.EmbeddedBlocks.headerHash(header);
            java.security.Signature signer = java.security.Signature.getInstance("SHA256withECDSA");
            signer.initSign(key);
            signer.update(header);
            try (PreparedStatement up = c.prepareStatement("UPDATE ledger_block SET previous_hash = ?, data_hash = ?, "
                    + "node_key_id = ?, header_hash = ?, signature = ? WHERE number = ?")) {
                up.setString(1, previous);
                up.setString(2, dataHash);
                up.setInt(3, keyId);
                up.setString(4, headerHash);
                up.setBytes(5, signer.sign());
                up.setLong(6, number);
                up.executeUpdate();
            }
            previous = headerHash;
        }
    }

    /**
     * A database from before schema 009: users recorded in the old form, a denial never recorded. The one-time
     * baseline records the untouched user in the new form and the denial, but not a user whose name was changed in
     * SQL before the upgrade: that one stays reported.
     */
    @Test
    void anUpgradedDatabaseGetsOneSecurityBaselineThatLaundersNothing() throws Exception {
        Participant p = register("Baseline Ltd.");
        tx.begin();
        UserAccount kept = accounts.createUser(new NewUser("baseline-kept-" + serial, "Kept", "password-1",
                p.participantId(), "en"));
        UserAccount changed = accounts.createUser(new NewUser("baseline-changed-" + serial, "Changed", "password-1",
                p.participantId(), "en"));
        outbox.record(AuditedChange.of("user.created", IdentityAudit.userBefore009(kept)));
        outbox.record(AuditedChange.of("user.created", IdentityAudit.userBefore009(changed)));
        tx.commit();
        execute("INSERT INTO access_denial (at, username, action, refusal) VALUES (now(), 'x', 'bid', 'EXPIRED')");
        long denial = count("SELECT max(id) FROM access_denial");
        execute("UPDATE user_account SET display_name = 'Forged' WHERE id = " + changed.getId());
        execute("INSERT INTO access_security_baseline (name) VALUES ('schema-009') ON CONFLICT (name) "
                + "DO UPDATE SET done_at = NULL");
        try {
            baseline.run();
            assertEquals("user.security-baseline", last("user:" + kept.getId()));
            assertEquals("user.created", last("user:" + changed.getId()), "a changed user is not re-recorded");
            assertEquals("access.denied.baseline", last("denial:" + denial));
            awaitEmptyBacklog();
            List<AuditFinding> findings = verification.verify().findings();
            assertEquals(List.of("user:" + changed.getId()), findings.stream().map(AuditFinding::aggregateId)
                    .distinct().toList(), findings.toString());
            long entries = count("SELECT count(*) FROM ledger_outbox");
            baseline.run();
            assertEquals(entries, count("SELECT count(*) FROM ledger_outbox"), "once only");
        } finally {
            execute("UPDATE user_account SET display_name = 'Changed' WHERE id = " + changed.getId());
        }
    }

    private String last(String aggregateId) throws SQLException {
        List<OutboxRow> history = verification.history(aggregateId);
        return history.get(history.size() - 1).type();
    }

    /** The embedded ledger's own evidence of a batch transaction, through the port, checks offline. */
    @Test
    void theEmbeddedLedgersEvidenceOfABatchChecksOffline() throws Exception {
        Participant p = register("Evidence Ltd.");
        awaitEmptyBacklog();
        String txId = string("SELECT ledger_tx_id FROM ledger_outbox WHERE aggregate_id = 'participant:" + p.getId()
                + "'");
        org.parkchain.ledger.control.TransactionEvidence evidence = ledger.evidence(txId).orElseThrow();
        var checked = org.parkchain.ledger.control.EvidenceCheck.check(evidence, txId);
        assertTrue(checked.holds(), checked.problems().toString());
        assertEquals(List.of("nodeKey:" + string("SELECT fingerprint FROM ledger_node_key ORDER BY id LIMIT 1")
                .trim()), checked.signers());
        assertFalse(org.parkchain.ledger.control.EvidenceCheck.check(evidence, "0".repeat(64)).holds());
    }

    @Test
    void theLedgerRefusesUpdatesToBlocks() {
        SQLException refused = assertThrows(SQLException.class,
                () -> execute("UPDATE ledger_block SET tx_count = tx_count WHERE number = 0"));
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
    }

    private void awaitEmptyBacklog() throws Exception {
        for (int i = 0; i < 300 && count("SELECT count(*) FROM ledger_outbox WHERE mirrored_at IS NULL") > 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(0, count("SELECT count(*) FROM ledger_outbox WHERE mirrored_at IS NULL"), "backlog drained");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String string(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
