package org.parkchain.ledger.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.parkchain.ledger.boundary.LedgerDigests;
import org.parkchain.ledger.control.DigestReport;
import org.parkchain.ledger.control.LedgerException;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.Uploads;

/**
 * The regulator's trust anchor on the audit page: the node key to pin, the signed chain digest to download and keep
 * outside the database, and the check of a digest kept earlier.
 */
@Named("digest")
@ViewScoped
public class DigestView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 64 * 1024;

    @Inject
    transient LedgerDigests digests;

    @Inject
    FacesMessages messages;

    private transient Part file;
    private transient DigestReport report;

    public boolean isAvailable() {
        return digests.available();
    }

    public String getNodeKey() throws LedgerException {
        return digests.nodeKey();
    }

    public void check() throws LedgerException, IOException {
        report = null;
        if (Uploads.refuseMissingOrEmpty(file, messages)) {
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            messages.error("error.audit.digestUnreadable");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = digests.check(in.readAllBytes());
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public DigestReport getReport() {
        return report;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
