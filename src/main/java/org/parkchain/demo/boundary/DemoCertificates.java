package org.parkchain.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.access.boundary.Enrollment;
import org.parkchain.access.entity.NewApplication;
import org.parkchain.identity.boundary.Accounts;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.UserAccount;
import org.parkchain.platform.persistence.AdvisoryLock;

/**
 * Gives every demo market participant an approved market certificate with a key the park holds, protected by the
 * demo password, so that every journey can be walked at first start; the certificates are applied for by the
 * participants' users and approved by {@code regulator} through the same boundary as on the pages (so the ledger
 * records them). {@link #WITHOUT_CERTIFICATE} keep none, so that the market-access journey can still be shown; of
 * them, {@link #WAITING} has applied, so that the regulator's review queue has an application to decide. Runs once,
 * right after the demo park was loaded into an empty database.
 */
@Startup
@Singleton
@DependsOn({"DemoAgreements", "CertificateAuthority"})
public class DemoCertificates {
    private static final Logger LOG = Logger.getLogger(DemoCertificates.class.getName());
    /** Demo users whose participants get no certificate (the market-access journey starts from nothing). */
    public static final Set<String> WITHOUT_CERTIFICATE = Set.of("resident09", "resident36");
    /** The demo user whose application waits for the regulator. */
    public static final String WAITING = "resident36";

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Participants participants;

    @Inject
    Enrollment enrollment;

    @Inject
    DemoPark demoPark;

    @Inject
    @ConfigProperty(name = "parkchain.demo.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "parkchain.demo.password", defaultValue = "parkchain1")
    String password;

    @PostConstruct
    void loadIfNone() {
        if (!enabled || !demoPark.loadedNow()) {
            return;
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + AdvisoryLock.DEMO_PARK.id() + ")").getSingleResult();
        if (!em.createNativeQuery("SELECT 1 FROM access_application").setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        int issued = 0;
        for (UserAccount user : accounts.all()) {
            if (!user.getRole().marketParticipant() || WITHOUT_CERTIFICATE.contains(user.getUsername())) {
                continue;
            }
            Participant p = participants.get(user.participantId());
            long application = enrollment.apply(user.getUsername(), new NewApplication(null, p.getLicenceNumber(),
                    p.getLicenceExpiry(), null, password)).getId();
            enrollment.approve(application, "regulator");
            issued++;
        }
        enrollment.apply(WAITING, new NewApplication(null, null, null, null, password));
        int total = issued;
        LOG.info(() -> "Demo certificates issued: " + total + " (held keys under the demo password); without one: "
                + WITHOUT_CERTIFICATE);
    }
}
