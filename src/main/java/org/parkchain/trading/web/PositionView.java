package org.parkchain.trading.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.web.BarChart;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.LocaleView;
import org.parkchain.trading.boundary.Positions;
import org.parkchain.trading.control.Position;

/** The sales company's position for the next six months: a chart of bought and expected energy, and the table. */
@Named("positionView")
@ViewScoped
public class PositionView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int MONTHS = 6;

    @Inject
    Positions positions;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleView localeView;

    @Inject
    org.parkchain.platform.time.ParkCalendar calendar;

    private transient List<Position.Cell> cells;

    public List<Position.Cell> getCells() {
        if (cells == null) {
            try {
                cells = positions.of(currentUser.name(), MONTHS);
            } catch (BusinessException e) {
                messages.refused(e);
                cells = List.of();
            }
        }
        return cells;
    }

    public String month(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.SHORT, localeView.getLocale()) + " " + m.getYear();
    }

    public String getChart() {
        Map<YearMonth, double[]> byMonth = new TreeMap<>();
        YearMonth first = YearMonth.from(calendar.today());
        for (int i = 0; i < MONTHS; i++) {
            byMonth.put(first.plusMonths(i), new double[2]);
        }
        for (Position.Cell c : getCells()) {
            double[] v = byMonth.computeIfAbsent(c.month(), k -> new double[2]);
            v[0] += c.boughtKwh();
            v[1] += c.demandKwh();
        }
        double[] bought = new double[byMonth.size()];
        double[] demand = new double[byMonth.size()];
        String[] labels = new String[byMonth.size()];
        int i = 0;
        for (Map.Entry<YearMonth, double[]> e : byMonth.entrySet()) {
            bought[i] = Math.max(0, e.getValue()[0]);
            demand[i] = e.getValue()[1];
            labels[i++] = month(e.getKey());
        }
        List<BarChart.Series> series = new ArrayList<>();
        series.add(new BarChart.Series(messages.text("trading.position.bought"), bought));
        series.add(new BarChart.Series(messages.text("trading.position.demand"), demand));
        return BarChart.svg(series, labels, messages.text("trading.position.chart"), BarChart.Unit.KWH);
    }
}
