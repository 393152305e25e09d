package org.parkchain.agreements.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.platform.time.ParkCalendar;

/** Reading agreements: a resident's and a sales company's, the ones in force on a day or in a period. */
@Stateless
public class AgreementRecords {
    @PersistenceContext
    EntityManager em;

    @Inject
    ParkCalendar calendar;

    /** Agreements in force on some day between {@code from} and {@code to}, oldest first (what a bill run bills). */
    public List<Agreement> inForceBetween(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT a FROM Agreement a WHERE a.status = :s AND a.startsOn <= :to "
                + "AND (a.endsOn IS NULL OR a.endsOn >= :from) ORDER BY a.id", Agreement.class)
                .setParameter("s", Agreement.Status.ACTIVE).setParameter("to", to).setParameter("from", from)
                .getResultList();
    }

    /** The agreement supplying the resident today (during a switch: the old one until its last day). */
    public Optional<Agreement> inForceToday(long residentId) {
        LocalDate today = calendar.today();
        return ofResident(residentId).stream().filter(a -> a.inForceOn(today)).findFirst();
    }

    /** The resident's open-ended agreement (in force, or starting after a switch), if any. */
    public Optional<Agreement> openAgreement(long residentId) {
        return em.createQuery("SELECT a FROM Agreement a WHERE a.residentParticipantId = :r AND a.status = :s "
                + "AND a.endsOn IS NULL", Agreement.class).setParameter("r", residentId)
                .setParameter("s", Agreement.Status.ACTIVE).getResultStream().findFirst();
    }

    public Optional<Agreement> pending(long residentId) {
        return em.createQuery("SELECT a FROM Agreement a WHERE a.residentParticipantId = :r AND a.status = :s",
                Agreement.class).setParameter("r", residentId).setParameter("s", Agreement.Status.PENDING)
                .getResultStream().findFirst();
    }

    public List<Agreement> ofResident(long residentId) {
        return em.createQuery("SELECT a FROM Agreement a WHERE a.residentParticipantId = :r ORDER BY a.id DESC",
                Agreement.class).setParameter("r", residentId).getResultList();
    }

    public List<Agreement> ofSales(long salesId) {
        return em.createQuery("SELECT a FROM Agreement a WHERE a.salesParticipantId = :s ORDER BY a.id DESC",
                Agreement.class).setParameter("s", salesId).getResultList();
    }
}
