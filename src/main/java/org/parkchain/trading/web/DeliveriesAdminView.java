package org.parkchain.trading.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.Uploads;
import org.parkchain.trading.boundary.Deliveries;
import org.parkchain.trading.entity.Statement;

/** The park admin's import of bilateral contracts' metered delivery (CSV), and the statements it issued. */
@Named("deliveriesAdmin")
@ViewScoped
public class DeliveriesAdminView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int MAX_BYTES = 64 * 1024 * 1024;

    @Inject
    Deliveries deliveries;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    private transient Part file;
    private transient List<Statement> issued = List.of();

    public void upload() {
        if (Uploads.refuseMissingOrEmpty(file, messages)) {
            return;
        }
        try (InputStream in = file.getInputStream()) {
            String csv = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
            issued = deliveries.importMeter(currentUser.name(), csv).statements();
            messages.info("trading.delivery.imported", issued.size());
        } catch (BusinessException e) {
            messages.refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Statement> getIssued() {
        return issued == null ? List.of() : issued;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
