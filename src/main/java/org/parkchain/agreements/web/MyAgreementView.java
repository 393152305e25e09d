package org.parkchain.agreements.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parkchain.agreements.boundary.AgreementRecords;
import org.parkchain.agreements.boundary.Agreements;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.platform.web.FacesMessages;

/** The resident's agreements, with withdrawal of one awaiting countersignature (the bills are {@code MyBillsView}'s). */
@Named("myAgreement")
@ViewScoped
public class MyAgreementView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Agreements agreements;

    @Inject
    AgreementRecords agreementRecords;

    @Inject
    AgreementLabels labels;

    @Inject
    CurrentUser currentUser;

    @Inject
    ParkCalendar calendar;

    @Inject
    FacesMessages messages;


    private transient List<Agreement> list;

    public List<Agreement> getAgreements() {
        if (list == null) {
            list = agreementRecords.ofResident(currentUser.participant().getId());
        }
        return list;
    }

    /** The agreement's state today, as the page words it ("Starts on …" for one still to take effect). */
    public String state(Agreement a) {
        return a.stateOn(calendar.today());
    }

    public String planName(long planId) {
        return labels.plan(planId);
    }

    public String company(long participantId) {
        return labels.party(participantId);
    }

    public void cancel(long agreementId) {
        try {
            agreements.cancel(currentUser.name(), agreementId);
            list = null;
            messages.info("agreement.cancelled");
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }
}
