package org.parkchain.charging.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.parkchain.charging.boundary.Clearings;
import org.parkchain.charging.boundary.Rights;
import org.parkchain.charging.boundary.TradingBook;
import org.parkchain.charging.control.MarketSummary;
import org.parkchain.charging.entity.Clearing;
import org.parkchain.charging.entity.Fill;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.LocaleView;

/**
 * The rights market of a day (view parameter {@code day}, default the trading day) for the park admin and the
 * regulator: per transformer the clearing prices over the day, the volume traded in the call market and on the P2P
 * board, welfare and the market's surplus, each clearing, and the loading as allocated beside the loading after
 * trading. The park admin can clear the day's open orders now.
 */
@Named("marketReport")
@ViewScoped
public class MarketReportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Rights rights;

    @Inject
    Clearings clearings;

    @Inject
    TradingBook book;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    @Inject
    FacesMessages messages;

    private String day;
    private transient List<Rights.Report> reports;
    private transient List<Clearing> clearingList;
    private transient List<Fill> fills;

    public LocalDate shownDay() {
        if (day != null && day.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(day);
        }
        return book.tradingDay();
    }

    public List<Rights.Report> getReports() {
        if (reports == null) {
            reports = rights.ofDay(currentUser.name(), shownDay());
        }
        return reports;
    }

    public List<Clearing> getClearings() {
        if (clearingList == null) {
            clearingList = clearings.ofDay(currentUser.name(), shownDay());
        }
        return clearingList;
    }

    private List<Fill> fills() {
        if (fills == null) {
            fills = clearings.fillsOfDay(currentUser.name(), shownDay());
        }
        return fills;
    }

    public MarketSummary summary(Rights.Report r) {
        return MarketSummary.of(r.transformer().getId(), getClearings(), fills());
    }

    public String priceChart(Rights.Report r) {
        return MarketChart.json(summary(r), r.transformer().getCode(), shownDay().toString(), localeView.getLocale());
    }

    public String chartBefore(Rights.Report r) {
        return RightsChart.json(r, localeView.getLocale(), false);
    }

    public String chartAfter(Rights.Report r) {
        return RightsChart.json(r, localeView.getLocale(), true);
    }

    public String transformer(Clearing c) {
        return getReports().stream().filter(r -> r.transformer().getId().equals(c.getTransformerId()))
                .map(r -> r.transformer().getCode()).findFirst().orElse(String.valueOf(c.getTransformerId()));
    }

    /** The park admin's button: clears every transformer's open orders of the day now. */
    public void clearNow() {
        try {
            List<Clearing> done = clearings.clearDay(shownDay(), currentUser.name());
            messages.info("trading.cleared", done.size(), shownDay().toString());
            reports = null;
            clearingList = null;
            fills = null;
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }
}
