package org.parkchain.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parkchain.access.boundary.Enrollment;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.access.control.CryptoProfile;
import org.parkchain.access.control.Pki;
import org.parkchain.access.control.SigningReadiness;
import org.parkchain.access.entity.MarketCertificate;
import org.parkchain.access.entity.NewApplication;
import org.parkchain.agreements.boundary.SigningChecks;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.CreditCode;
import org.parkchain.identity.entity.NewParticipant;
import org.parkchain.identity.entity.NewUser;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.platform.BusinessException;
import org.parkchain.testsupport.ArquillianWar;

/**
 * What is checked before a signing step opens, in the container: whether a user can sign with a held key (and why
 * not), whether a plan's company could countersign, and that a countersignature never relies on a resident key
 * revoked for compromise (refused and recorded as a denial).
 */
@ExtendWith(ArquillianExtension.class)
class SigningChecksIT {
    static final String PASSWORD = "signing-checks-1";

    @Deployment
    static WebArchive deployment() {
        return ArquillianWar.withDatabase("parkchain_arq");
    }

    @Inject
    Participants participants;

    @Inject
    Accounts accounts;

    @Inject
    Enrollment enrollment;

    @Inject
    HeldKeys heldKeys;

    @Inject
    SigningChecks checks;

    @Resource(lookup = "java:app/jdbc/parkchain")
    DataSource dataSource;

    private static int serial = (int) (System.nanoTime() % 1_000_000);

    private String user(ParticipantType type) {
        serial++;
        boolean licence = type.licenceRequired();
        Participant p = participants.register(new NewParticipant(type, type + " " + serial, "测试" + serial,
                CreditCode.complete(String.format("91320594%09d", serial)), licence ? "1032026-" + serial : null,
                licence ? java.time.LocalDate.now().plusYears(2) : null));
        String username = "checks-" + serial;
        accounts.createUser(new NewUser(username, "Checks " + serial, PASSWORD, p.participantId(), "en"));
        return username;
    }

    private MarketCertificate held(String username) {
        Participant p = participants.get(accounts.findByUsername(username).orElseThrow().participantId());
        long id = enrollment.apply(username, new NewApplication(null, p.getLicenceNumber(), p.getLicenceExpiry(),
                null, PASSWORD)).getId();
        return enrollment.approve(id, "regulator");
    }

    @Test
    void readinessSaysWhyAUserCannotSignInThePortal() throws Exception {
        String resident = user(ParticipantType.RESIDENT);
        assertEquals(SigningReadiness.NONE, heldKeys.readiness(resident));
        MarketCertificate cert = held(resident);
        assertEquals(SigningReadiness.READY, heldKeys.readiness(resident));
        enrollment.revoke(cert.getId(), 4, "regulator");
        assertEquals(SigningReadiness.REVOKED, heldKeys.readiness(resident));

        Participant p = participants.get(accounts.findByUsername(resident).orElseThrow().participantId());
        KeyPair own = Pki.keyPair(CryptoProfile.ECDSA_P256_SHA256);
        long csr = enrollment.apply(resident, new NewApplication(null, null, null,
                csr(own, "CN=Own,SERIALNUMBER=" + p.getCreditCode()), null)).getId();
        enrollment.approve(csr, "regulator");
        assertEquals(SigningReadiness.OWN_KEY, heldKeys.readiness(resident), "a valid certificate, but not held");
    }

    @Test
    void aPlanOfACompanyThatCannotCountersignIsRefusedUnlessItAcceptsAutomatically() {
        String sales = user(ParticipantType.SALES_COMPANY);
        long company = accounts.findByUsername(sales).orElseThrow().participantId().value();
        RetailPlan plan = new RetailPlan(company, 1, 1, Instant.now());
        BusinessException refused = assertThrows(BusinessException.class,
                () -> checks.requireCountersignable(plan, 20_000));
        assertEquals("error.agreement.companyCannotCountersign", refused.problems().get(0).key());
        held(sales);
        checks.requireCountersignable(plan, 20_000);
    }

    @Test
    void aCountersignatureNeverReliesOnAResidentKeyRevokedForCompromise() throws SQLException {
        String resident = user(ParticipantType.RESIDENT);
        MarketCertificate cert = held(resident);
        long residentId = accounts.findByUsername(resident).orElseThrow().participantId().value();
        Agreement signed = new Agreement(residentId, 1, 1, "{}", "sig", cert.getFingerprint(), resident,
                Instant.now(), null);
        checks.requireResidentKeySound("sales-x", "agreement.countersign", signed);
        enrollment.revoke(cert.getId(), 4, "regulator");
        checks.requireResidentKeySound("sales-x", "agreement.countersign", signed); // superseded: the signature stands

        String other = user(ParticipantType.RESIDENT);
        MarketCertificate compromised = held(other);
        long otherId = accounts.findByUsername(other).orElseThrow().participantId().value();
        Agreement relying = new Agreement(otherId, 1, 1, "{}", "sig", compromised.getFingerprint(), other,
                Instant.now(), null);
        enrollment.revoke(compromised.getId(), MarketCertificate.KEY_COMPROMISE, "regulator");
        long denials = count("SELECT count(*) FROM access_denial WHERE refusal = 'SIGNER_KEY_COMPROMISED'");
        BusinessException refused = assertThrows(BusinessException.class,
                () -> checks.requireResidentKeySound("sales-x", "agreement.countersign", relying));
        assertEquals("error.agreement.residentKeyCompromised", refused.problems().get(0).key());
        assertEquals(denials + 1, count("SELECT count(*) FROM access_denial WHERE refusal = 'SIGNER_KEY_COMPROMISED'"),
                "the refusal is recorded for the regulator");
    }

    /** A CSR built here (the test archive carries no test helpers). */
    private static String csr(KeyPair key, String subject) throws Exception {
        return Pki.pem(new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder(
                new org.bouncycastle.asn1.x500.X500Name(subject), key.getPublic())
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA").setProvider(Pki.BC)
                        .build(key.getPrivate())));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
