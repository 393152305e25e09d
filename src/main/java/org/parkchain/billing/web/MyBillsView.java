package org.parkchain.billing.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parkchain.billing.boundary.Billing;
import org.parkchain.billing.entity.Bill;
import org.parkchain.identity.boundary.CurrentUser;

/** The resident's bills beside the catalog tariff's cost (on its Agreement and bills page). */
@Named("myBills")
@ViewScoped
public class MyBillsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Billing billing;

    @Inject
    CurrentUser currentUser;

    private transient List<Bill> bills;

    public List<Bill> getBills() {
        if (bills == null) {
            bills = billing.bills(currentUser.participantId().value());
        }
        return bills;
    }
}
