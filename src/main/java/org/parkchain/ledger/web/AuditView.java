package org.parkchain.ledger.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.List;
import org.parkchain.ledger.boundary.AuditVerification;
import org.parkchain.ledger.boundary.MirrorMonitor;
import org.parkchain.ledger.boundary.MirrorState;
import org.parkchain.ledger.control.AuditFinding;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.ledger.control.LedgerGateway;
import org.parkchain.ledger.control.OutboxRow;
import org.parkchain.ledger.control.VerificationReport;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.LocaleView;

/** The regulator's ledger audit page: mirror status, verification with CSV export, and a record's history. */
@Named("audit")
@ViewScoped
public class AuditView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditVerification verification;

    @Inject
    transient MirrorMonitor monitor;

    @Inject
    transient MirrorState state;

    @Inject
    transient LedgerGateway ledger;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleView localeView;

    private transient MirrorMonitor.Snapshot snapshot;
    private transient VerificationReport report;
    private transient List<OutboxRow> history;
    private String aggregateId;

    public MirrorMonitor.Snapshot getStatus() throws SQLException {
        if (snapshot == null) {
            snapshot = monitor.snapshot();
        }
        return snapshot;
    }

    public MirrorState getNode() {
        return state;
    }

    public String getLedgerKind() {
        return ledger.kind();
    }

    public java.math.BigDecimal seconds(java.time.Duration d) {
        return java.math.BigDecimal.valueOf(d.toMillis(), 3);
    }

    public void verify() throws SQLException {
        try {
            report = verification.verify();
        } catch (LedgerException e) {
            messages.error("audit.ledgerUnavailable", e.getMessage());
        }
    }

    public void downloadCsv() throws SQLException, IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        byte[] body;
        try {
            body = AuditCsv.write(verification.verify(), localeView.getLocale());
        } catch (LedgerException e) {
            messages.error("audit.ledgerUnavailable", e.getMessage());
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseContentLength(body.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"parkchain-audit.csv\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(body);
        }
        faces.responseComplete();
    }

    /** Shows an aggregate's history when the page was opened for one ({@code ?aggregate=contract:5}). */
    public void showHistoryIfAsked() throws SQLException {
        if (aggregateId != null && !aggregateId.isBlank()) {
            showHistory();
        }
    }

    public void showHistory() throws SQLException {
        String id = aggregateId == null ? "" : aggregateId.trim();
        if (!AuditResource.AGGREGATE_ID.matcher(id).matches()) {
            messages.error("error.audit.aggregateFormat");
            history = null;
            return;
        }
        history = verification.history(id);
    }

    public VerificationReport getReport() {
        return report;
    }

    public List<AuditFinding> getFindings() {
        return report == null ? List.of() : report.findings();
    }

    public List<OutboxRow> getHistory() {
        return history;
    }

    public String getAggregateId() {
        return aggregateId;
    }

    public void setAggregateId(String aggregateId) {
        this.aggregateId = aggregateId;
    }
}
