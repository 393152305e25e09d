package org.parkchain.access.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.parkchain.access.boundary.CertificateRegistry;
import org.parkchain.access.boundary.Enrollment;
import org.parkchain.access.boundary.HeldKeys;
import org.parkchain.access.control.CertificateStanding;
import org.parkchain.access.entity.CertificateApplication;
import org.parkchain.access.entity.MarketCertificate;
import org.parkchain.access.entity.NewApplication;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;

/**
 * A participant's market access page: its standing, certificates (PEM and CA chain downloads, the held key's one-time
 * PKCS#12 download), applications with the regulator's decisions, a new application or renewal (own CSR or a
 * generated key); the check of the signing key is {@link KeyCheckView}'s.
 */
@Named("marketAccess")
@ViewScoped
public class MarketAccessView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Enrollment enrollment;

    @Inject
    CertificateRegistry registry;

    @Inject
    HeldKeys heldKeys;


    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;


    private String subject;
    private String creditCode;
    private String licenceNumber;
    private LocalDate licenceExpiry;
    private String keySource = CertificateApplication.KeySource.GENERATED.name();
    private String csr;
    private String password;
    private String bundlePassword;
    private long participantId;
    private transient List<MarketCertificate> certificates;
    private transient List<CertificateApplication> applications;
    private transient CertificateStanding standing;
    private transient Set<Long> undelivered;
    private transient Boolean holdsKey;

    @PostConstruct
    void init() {
        Participant me = currentUser.participant();
        participantId = me.getId();
        subject = enrollment.subjectFor(participantId).distinguishedName();
        creditCode = me.getCreditCode();
        licenceNumber = me.getLicenceNumber();
        licenceExpiry = me.getLicenceExpiry();
    }

    public CertificateStanding getStanding() {
        if (standing == null) {
            standing = registry.standing(ParticipantId.of(participantId));
        }
        return standing;
    }

    public List<MarketCertificate> getCertificates() {
        if (certificates == null) {
            certificates = registry.registry(null, null, null, participantId);
        }
        return certificates;
    }

    public List<CertificateApplication> getApplications() {
        if (applications == null) {
            applications = registry.applications(null, participantId);
        }
        return applications;
    }

    public String status(MarketCertificate c) {
        return c.statusAt(clock.instant());
    }

    /** Whether this approved application's generated key is still waiting to be downloaded. */
    public boolean downloadable(CertificateApplication a) {
        if (undelivered == null) {
            undelivered = heldKeys.undelivered(participantId);
        }
        return undelivered.contains(a.getId());
    }

    public List<CertificateApplication> getDownloadable() {
        return getApplications().stream().filter(this::downloadable).toList();
    }

    /** Whether a new application would renew a certificate that is still valid. */
    public boolean isRenewal() {
        return getStanding().current().map(c -> "VALID".equals(c.statusAt(clock.instant()))).orElse(false);
    }

    public boolean isHoldsKey() {
        if (holdsKey == null) {
            holdsKey = heldKeys.holdsKeyFor(participantId);
        }
        return holdsKey;
    }

    public void apply() {
        boolean ownKey = CertificateApplication.KeySource.CSR.name().equals(keySource);
        try {
            CertificateApplication a = enrollment.apply(currentUser.name(), new NewApplication(null, licenceNumber,
                    licenceExpiry, ownKey ? csr : null, ownKey ? null : password));
            messages.info("access.applied", a.getId());
            csr = null;
            refresh();
        } catch (BusinessException e) {
            messages.refused(e);
        } finally {
            password = null;
        }
    }

    /** Streams the one-time PKCS#12 file of a generated key, protected by the login password typed here. */
    public void downloadBundle(long applicationId) throws IOException {
        byte[] file;
        try {
            file = heldKeys.bundle(applicationId, currentUser.name(), bundlePassword);
        } catch (BusinessException e) {
            messages.refused(e);
            return;
        } finally {
            bundlePassword = null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/x-pkcs12");
        external.setResponseContentLength(file.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"parkchain-" + applicationId
                + ".p12\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(file);
        }
        faces.responseComplete();
    }

    private void refresh() {
        certificates = null;
        applications = null;
        standing = null;
        undelivered = null;
        holdsKey = null;
    }


    /** The subject the certificate will carry: the participant as registered (name and credit code). */
    public String getSubject() {
        return subject;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getCurve() {
        return enrollment.curveLabel();
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public LocalDate getLicenceExpiry() {
        return licenceExpiry;
    }

    public void setLicenceExpiry(LocalDate licenceExpiry) {
        this.licenceExpiry = licenceExpiry;
    }

    public String getKeySource() {
        return keySource;
    }

    public void setKeySource(String keySource) {
        this.keySource = keySource;
    }

    public String getCsr() {
        return csr;
    }

    public void setCsr(String csr) {
        this.csr = csr;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getBundlePassword() {
        return bundlePassword;
    }

    public void setBundlePassword(String bundlePassword) {
        this.bundlePassword = bundlePassword;
    }
}
