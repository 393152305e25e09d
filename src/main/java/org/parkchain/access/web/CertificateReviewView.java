package org.parkchain.access.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkchain.access.boundary.CertificateRegistry;
import org.parkchain.access.boundary.Enrollment;
import org.parkchain.access.entity.CertificateApplication;
import org.parkchain.access.entity.MarketCertificate;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;

/** The regulator's review queue: approve an application (the market CA issues the certificate) or reject it. */
@Named("certificateReview")
@ViewScoped
public class CertificateReviewView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Enrollment enrollment;

    @Inject
    CertificateRegistry registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private String status = CertificateApplication.Status.PENDING.name();
    private Long rejecting;
    private String reason;
    private transient List<CertificateApplication> applications;
    private transient Map<Long, String> subjects;

    public List<CertificateApplication> getApplications() {
        if (applications == null) {
            applications = registry.applications(status == null || status.isEmpty() ? null
                    : CertificateApplication.Status.valueOf(status), null);
        }
        return applications;
    }

    /** What the certificate will name if approved: the participant as registered, never typed text. */
    public String subject(CertificateApplication a) {
        if (subjects == null) {
            subjects = new HashMap<>();
        }
        return subjects.computeIfAbsent(a.getParticipantId(),
                p -> enrollment.subjectFor(p).distinguishedName());
    }

    public CertificateApplication.Status[] getStatuses() {
        return CertificateApplication.Status.values();
    }

    public void filter() {
        applications = null;
        subjects = null;
        rejecting = null;
    }

    public void approve(long id) {
        try {
            MarketCertificate c = enrollment.approve(id, currentUser.name());
            messages.info("access.review.approved", id, c.getSerial());
            filter();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void startReject(long id) {
        rejecting = id;
        reason = null;
    }

    public void cancelReject() {
        rejecting = null;
        reason = null;
    }

    public void reject() {
        if (rejecting == null) {
            return;
        }
        try {
            enrollment.reject(rejecting, currentUser.name(), reason);
            messages.info("access.review.rejected", rejecting);
            reason = null;
            filter();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getRejecting() {
        return rejecting;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
