package org.parkchain.billing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.parkchain.billing.boundary.Billing;
import org.parkchain.billing.boundary.MeterImports;
import org.parkchain.billing.control.MeterImportRow;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.Uploads;

/** The park admin's metering: import the meter export, bill a month that is over, and the latest imports. */
@Named("metering")
@ViewScoped
public class MeteringView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Billing billing;

    @Inject
    MeterImports meterImports;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    ParkCalendar calendar;

    private transient Part file;
    private String month;
    private transient List<MeterImportRow> imports;

    @jakarta.annotation.PostConstruct
    void init() {
        month = YearMonth.from(calendar.today()).minusMonths(1).toString();
    }

    public void upload() {
        if (Uploads.refuseMissingOrEmpty(file, messages)) {
            return;
        }
        try (InputStream in = file.getInputStream()) {
            MeterImports.ImportSummary s = meterImports.importReadings(currentUser.name(), "UPLOAD",
                    file.getSubmittedFileName(), in);
            messages.info("metering.imported", s.readings(), s.meters());
            imports = null;
        } catch (BusinessException e) {
            messages.refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void bill() {
        try {
            YearMonth m = YearMonth.parse(month == null ? "" : month.trim());
            Billing.BillRun run = billing.bill(m);
            messages.info("metering.billed", run.month().toString(), run.issued(), run.alreadyBilled(),
                    run.withoutReadings());
        } catch (DateTimeParseException e) {
            messages.error("error.billing.month");
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public List<MeterImportRow> getImports() {
        if (imports == null) {
            imports = meterImports.latest();
        }
        return imports;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
