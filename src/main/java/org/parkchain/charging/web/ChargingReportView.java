package org.parkchain.charging.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.parkchain.charging.boundary.ChargingGate;
import org.parkchain.charging.boundary.Rights;
import org.parkchain.charging.control.AllocationExplanation;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.LocaleView;

/**
 * The allocation report of a day (view parameter {@code day}, default the latest day with a run): per transformer the
 * loading chart, Jain's index, unmet energy and per station its served share and why. The park admin and the regulator
 * see every station; an operator its own (the rest of the loading as one series). Used on the regulator's, the park
 * admin's and the station operator's charging pages.
 */
@Named("chargingReport")
@ViewScoped
public class ChargingReportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Rights rights;

    @Inject
    ChargingGate gate;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    @Inject
    FacesMessages messages;

    private String day;
    private transient List<Rights.Report> reports;
    private transient List<LocalDate> days;

    public List<LocalDate> getDays() {
        if (days == null) {
            days = rights.days();
        }
        return days;
    }

    /** The day shown: the parameter, else the latest day with a run, else the next open day. */
    public LocalDate shownDay() {
        if (day != null && day.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(day);
        }
        return getDays().isEmpty() ? gate.nextOpenDay() : getDays().get(0);
    }

    public List<Rights.Report> getReports() {
        if (reports == null) {
            reports = rights.ofDay(currentUser.name(), shownDay());
        }
        return reports;
    }

    /** After a run: read again. */
    public void refresh() {
        reports = null;
        days = null;
    }

    public String chart(Rights.Report report) {
        return RightsChart.json(report, localeView.getLocale());
    }

    public String explain(Rights.Row row) {
        StringBuilder out = new StringBuilder();
        for (AllocationExplanation.Line l : row.explanation()) {
            out.append(out.isEmpty() ? "" : " ").append(messages.text(l.key(), l.args()));
        }
        return out.toString();
    }

    public String percent(double share) {
        java.text.NumberFormat f = java.text.NumberFormat.getPercentInstance(localeView.getLocale());
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }
}
