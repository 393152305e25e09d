package org.parkchain.access.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.parkchain.access.boundary.CertificateRegistry;
import org.parkchain.access.boundary.Enrollment;
import org.parkchain.access.entity.MarketCertificate;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.identity.entity.Role;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;

/** The regulator's certificate registry, filtered by status, role and expiry, with revocation under a reason code. */
@Named("certificateRegistry")
@ViewScoped
public class CertificateRegistryView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Enrollment enrollment;

    @Inject
    CertificateRegistry registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    private String status;
    private String role;
    private Integer expiringWithinDays;
    private Long revoking;
    private Integer reason;
    private transient List<MarketCertificate> certificates;

    public List<MarketCertificate> getCertificates() {
        if (certificates == null) {
            certificates = registry.registry(blankToNull(status), blankToNull(role), expiringWithinDays, null);
        }
        return certificates;
    }

    public String status(MarketCertificate c) {
        return c.statusAt(clock.instant());
    }

    public List<String> getStatuses() {
        return MarketCertificate.STATUSES;
    }

    public List<String> getRoles() {
        return java.util.Arrays.stream(Role.values()).filter(Role::marketParticipant)
                .map(Role::name).toList();
    }

    public List<Integer> getReasons() {
        return MarketCertificate.REVOCATION_REASONS;
    }

    public void filter() {
        certificates = null;
        revoking = null;
    }

    public void startRevoke(long id) {
        revoking = id;
        reason = null;
    }

    public void cancelRevoke() {
        revoking = null;
    }

    public void revoke() {
        if (revoking == null) {
            return;
        }
        try {
            MarketCertificate c = enrollment.revoke(revoking, reason == null ? -1 : reason,
                    currentUser.name());
            messages.info("access.registry.revoked", c.getSerial());
            filter();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Integer getExpiringWithinDays() {
        return expiringWithinDays;
    }

    public void setExpiringWithinDays(Integer expiringWithinDays) {
        this.expiringWithinDays = expiringWithinDays;
    }

    public Long getRevoking() {
        return revoking;
    }

    public Integer getReason() {
        return reason;
    }

    public void setReason(Integer reason) {
        this.reason = reason;
    }
}
