package org.parkchain.billing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkchain.agreements.boundary.AgreementRecords;
import org.parkchain.agreements.boundary.Agreements;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.billing.control.BillPricing;
import org.parkchain.billing.control.BillingAudit;
import org.parkchain.billing.entity.Bill;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.plans.boundary.RetailPlans;
import org.parkchain.plans.control.PlanTerms;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.profiles.control.PeriodEnergy;
import org.parkchain.tariffs.boundary.CatalogTariffs;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.tariffs.entity.TariffVersion;

/**
 * Monthly bills. Business rules: a month is billed once it is over, and not before the park's first meter readings
 * (there is nothing to bill there): each agreement in force during the month gets one
 * bill for the readings of its days, priced as {@link BillPricing} says (the same calculator as the recommendation),
 * and an agreement billed for the month before is left as it is. Every bill is recorded on the ledger.
 */
@Stateless
public class Billing {
    @PersistenceContext
    EntityManager em;

    @Inject
    MeterReadingStore store;

    @Inject
    Clock clock;

    @Inject
    ParkCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    CatalogTariffs tariffs;

    @Inject
    RetailPlans plans;

    @Inject
    Agreements agreements;

    @Inject
    AgreementRecords agreementRecords;

    public record BillRun(YearMonth month, int issued, int alreadyBilled, int withoutReadings) {
    }

    /** Bills every agreement in force during a month that is over; agreements billed before are left as they are. */
    public BillRun bill(YearMonth month) {
        if (!month.atEndOfMonth().isBefore(calendar.today())) {
            throw new BusinessException("error.billing.monthNotOver", month.toString());
        }
        YearMonth first = store.firstMonth().orElseThrow(() -> new BusinessException("error.billing.noReadings"));
        if (month.isBefore(first)) {
            throw new BusinessException("error.billing.beforeReadings", month.toString(), first.toString());
        }
        TariffVersion tariff = tariffs.required();
        CatalogTariff catalog = tariff.tariff();
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<Agreement> inForce = agreementRecords.inForceBetween(from, to);
        List<Bill> issued = new ArrayList<>();
        int billed = 0;
        int missing = 0;
        Set<Long> alreadyBilled = new HashSet<>(em.createQuery(
                "SELECT b.agreementId FROM Bill b WHERE b.month = :m", Long.class).setParameter("m", from)
                .getResultList());
        Map<Long, PlanTerms> termsByPlan = new HashMap<>();
        for (Agreement a : inForce) {
            if (alreadyBilled.contains(a.getId())) {
                billed++;
                continue;
            }
            LocalDate start = a.getStartsOn().isAfter(from) ? a.getStartsOn() : from;
            LocalDate end = a.getEndsOn() != null && a.getEndsOn().isBefore(to) ? a.getEndsOn() : to;
            PeriodEnergy energy = store.energy(a.getResidentParticipantId(), start, end, catalog);
            if (energy.total() == 0) {
                missing++;
                continue;
            }
            PlanTerms terms = termsByPlan.computeIfAbsent(a.getPlanId(), id -> plans.plan(id).terms());
            BillPricing.Priced p = BillPricing.price(terms, catalog, month, start, end, energy.kWh(), energy.total(),
                    a.getStartsOn(), a.getEndsOn(), a.getExitFee());
            Bill bill = new Bill(a.getId(), a.getResidentParticipantId(), a.getSalesParticipantId(), from,
                    periods(p.kWhByPeriod()), p.totalKwh(), p.energy(), p.penalty(), p.fees(), p.catalogCost(),
                    tariff.getId(), clock.instant());
            em.persist(bill);
            issued.add(bill);
        }
        em.flush();
        for (Bill b : issued) {
            outbox.record(BillingAudit.ISSUED, b);
        }
        return new BillRun(month, issued.size(), billed, missing);
    }

    public List<Bill> bills(long residentId) {
        return em.createQuery("SELECT b FROM Bill b WHERE b.participantId = :p ORDER BY b.month DESC, b.id DESC",
                Bill.class).setParameter("p", residentId).getResultList();
    }

    public List<Bill> salesBills(long salesId) {
        return em.createQuery("SELECT b FROM Bill b WHERE b.salesParticipantId = :s ORDER BY b.month DESC, b.id",
                Bill.class).setParameter("s", salesId).getResultList();
    }

    /** The energy by tariff period as stored with the bill: canonical JSON of kWh to the watt-hour. */
    private static String periods(double[] kWh) {
        JsonArrayBuilder periods = CanonicalJson.JSON.createArrayBuilder();
        for (double v : kWh) {
            periods.add(BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).toPlainString());
        }
        return CanonicalJson.write(periods.build());
    }
}
