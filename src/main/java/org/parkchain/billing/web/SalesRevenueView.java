package org.parkchain.billing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parkchain.billing.boundary.Billing;
import org.parkchain.billing.control.MonthFigures;
import org.parkchain.identity.boundary.CurrentUser;

/** A sales company's volumes and revenue by month, from the bills issued (on its Customers page). */
@Named("salesRevenue")
@ViewScoped
public class SalesRevenueView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Billing billing;

    @Inject
    CurrentUser currentUser;

    private transient List<MonthFigures> months;

    public List<MonthFigures> getMonths() {
        if (months == null) {
            months = MonthFigures.of(billing.salesBills(currentUser.participantId().value()));
        }
        return months;
    }
}
