package org.parkchain.access.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.access.control.AccessAudit;
import org.parkchain.access.control.CryptoProfile;
import org.parkchain.access.control.ParkCertificateAuthority;
import org.parkchain.access.control.Pki;
import org.parkchain.access.control.RevocationState;
import org.parkchain.access.control.SignatureVerifier;
import org.parkchain.access.control.TrustedCrl;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.persistence.AdvisoryLock;

/**
 * The park CA in the running application. At first start it creates the root and the market CA and keeps their keys
 * in a PKCS#12 file protected by {@code parkchain.access.ca.password} (never logged, never in the database; the
 * database holds only the CA certificates). It signs the CRL, regenerated in the transaction of every revocation and
 * recorded on the ledger ({@code crl:<number>}), and answers revocation questions from the CRL it signed.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@Lock(LockType.READ)
public class CertificateAuthority {
    private static final Logger LOG = Logger.getLogger(CertificateAuthority.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "parkchain.access.algorithm", defaultValue = "ecdsa-p256")
    String algorithm;

    @Inject
    @ConfigProperty(name = "parkchain.access.ca.keystore", defaultValue = "parkchain-ca.p12")
    String keystorePath;

    @Inject
    @ConfigProperty(name = "parkchain.access.ca.password", defaultValue = "parkchain-ca")
    String keystorePassword;

    @Inject
    @ConfigProperty(name = "parkchain.access.crl-validity", defaultValue = "P7D")
    Duration crlValidity;

    @Inject
    Outbox outbox;

    private ParkCertificateAuthority ca;
    /** The highest CRL number this node has trusted: an older CRL in the database is a rollback, never trusted. */
    private final AtomicLong newestCrl = new AtomicLong();
    private volatile TrustedCrl trusted;
    private volatile byte[] trustedDer;

    @PostConstruct
    void start() {
        Path path = Path.of(keystorePath).toAbsolutePath();
        char[] password = keystorePassword.toCharArray();
        try {
            CryptoProfile profile = CryptoProfile.fromConfig(algorithm);
            if (Files.exists(path)) {
                ca = ParkCertificateAuthority.load(profile, Files.readAllBytes(path), password);
            } else {
                ca = ParkCertificateAuthority.create(profile, "ParkChain", clock.instant());
                if (path.getParent() != null) {
                    Files.createDirectories(path.getParent());
                }
                Files.write(path, ca.toPkcs12(password));
                LOG.info(() -> "Created the park certificate authority (" + profile + ") in " + path);
            }
            em.createNativeQuery("""
                    INSERT INTO access_ca (id, profile, root_pem, market_pem, created_at) VALUES (1, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET profile = EXCLUDED.profile, root_pem = EXCLUDED.root_pem,
                        market_pem = EXCLUDED.market_pem""")
                    .setParameter(1, profile.name()).setParameter(2, Pki.pem(ca.root()))
                    .setParameter(3, Pki.pem(ca.market())).setParameter(4, Timestamp.from(clock.instant()))
                    .executeUpdate();
            if (latestCrl() == null) {
                regenerateCrl();
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot open the park CA keystore " + path
                    + " (parkchain.access.ca.keystore / parkchain.access.ca.password): " + e.getMessage(), e);
        }
    }

    public ParkCertificateAuthority ca() {
        return ca;
    }

    public SignatureVerifier verifier() {
        return new SignatureVerifier(ca.market(), ca.root(), ca.profile());
    }

    /** The chain participants install: market CA, then root (PEM). */
    public String chainPem() {
        return Pki.pem(ca.market()) + Pki.pem(ca.root());
    }

    /** The newest CRL (DER), regenerated when it is about to expire. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public byte[] currentCrl() {
        Object[] row = latestCrl();
        if (row == null || ((Timestamp) row[1]).toInstant().isBefore(clock.instant().plus(crlValidity.dividedBy(2)))) {
            return regenerateCrl();
        }
        return (byte[]) row[0];
    }

    /**
     * The revocation state as the market CA signed it: the current CRL, checked against the CA certificate from the
     * key store (not the database). When no trustworthy CRL can be read every certificate's state is unknown, and no
     * signature is accepted until the CA signs a new one (fail closed).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Function<BigInteger, RevocationState> revocations() {
        byte[] der = currentCrl();
        TrustedCrl crl = trusted;
        if (crl == null || !Arrays.equals(der, trustedDer) || crl.number() < newestCrl.get()) {
            crl = TrustedCrl.of(der, ca.market(), newestCrl.get(), clock.instant()).orElse(null);
            if (crl == null) {
                LOG.severe("The newest CRL in the database is not one the market CA signed, is out of date, or is "
                        + "older than one seen before: no market signature is accepted until the CA signs a new CRL");
                return serial -> RevocationState.UNKNOWN;
            }
            newestCrl.accumulateAndGet(crl.number(), Math::max);
            trusted = crl;
            trustedDer = der;
        }
        return crl::state;
    }

    /** Signs a new CRL listing every revoked certificate; joins the caller's transaction (the revocation). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public byte[] regenerateCrl() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?)").setParameter(1, AdvisoryLock.CRL.id()).getSingleResult();
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT serial, revoked_at, revocation_reason FROM access_certificate
                WHERE revoked_at IS NOT NULL ORDER BY revoked_at""").getResultList();
        List<ParkCertificateAuthority.Revocation> revocations = rows.stream().map(r -> new ParkCertificateAuthority
                .Revocation(new BigInteger((String) r[0], 16), ((Timestamp) r[1]).toInstant(), (Integer) r[2]))
                .toList();
        long number = ((Number) em.createNativeQuery("SELECT coalesce(max(number), 0) + 1 FROM access_crl")
                .getSingleResult()).longValue();
        Instant now = clock.instant();
        X509CRL crl = ca.crl(revocations, number, now, crlValidity);
        try {
            byte[] der = crl.getEncoded();
            em.createNativeQuery("INSERT INTO access_crl (number, this_update, next_update, der) VALUES (?, ?, ?, ?)")
                    .setParameter(1, number).setParameter(2, Timestamp.from(now))
                    .setParameter(3, Timestamp.from(now.plus(crlValidity))).setParameter(4, der).executeUpdate();
            outbox.record(AccessAudit.CRL_ISSUED, new AccessAudit.Crl(number, now, now.plus(crlValidity), der));
            return der;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the CRL", e);
        }
    }

    private Object[] latestCrl() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT der, next_update FROM access_crl ORDER BY number DESC LIMIT 1")
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
