package org.parkchain.trading.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.parkchain.agreements.boundary.AgreementRecords;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.profiles.boundary.LoadProfiles;
import org.parkchain.profiles.control.UsageProfile;
import org.parkchain.tariffs.boundary.CatalogTariffs;
import org.parkchain.tariffs.control.CatalogTariff;
import org.parkchain.trading.control.ContractTerms;
import org.parkchain.trading.control.Position;
import org.parkchain.trading.entity.Contract;

/**
 * A sales company's position for the coming months ({@link Position}): what its active bilateral contracts buy against
 * what its residents with agreements in force are expected to use. For sales companies only, about themselves.
 */
@Stateless
public class Positions {
    public static final int MAX_MONTHS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    TradingMembers members;

    @Inject
    AgreementRecords agreements;

    @Inject
    LoadProfiles profiles;

    @Inject
    CatalogTariffs tariffs;

    @Inject
    ParkCalendar calendar;

    /** The position from this month on, {@code months} months (1 to 12). */
    public List<Position.Cell> of(String username, int months) {
        TradingMembers.Member me = members.who(username);
        if (me.type() != ParticipantType.SALES_COMPANY) {
            throw new BusinessException("error.trading.position.salesOnly");
        }
        if (months < 1 || months > MAX_MONTHS) {
            throw new BusinessException(List.of(new BusinessException.Problem("months",
                    "error.trading.position.months", MAX_MONTHS)));
        }
        CatalogTariff catalog = tariffs.required().tariff();
        List<Contract> active = em.createQuery("SELECT k FROM Contract k WHERE k.status = :s AND (k.buyer = :me OR"
                + " k.seller = :me)", Contract.class).setParameter("s", Contract.Status.ACTIVE)
                .setParameter("me", me.participant()).getResultList();
        List<ContractTerms> bought = active.stream().filter(k -> k.getBuyer() == me.participant())
                .map(Contract::terms).toList();
        List<ContractTerms> sold = active.stream().filter(k -> k.getSeller() == me.participant())
                .map(Contract::terms).toList();
        List<Position.Cell> cells = new ArrayList<>();
        YearMonth first = YearMonth.from(calendar.today());
        for (YearMonth m = first; m.isBefore(first.plusMonths(months)); m = m.plusMonths(1)) {
            cells.addAll(Position.month(m, catalog, bought, sold, demand(me.participant(), m)));
        }
        return cells;
    }

    private List<Position.Demand> demand(long sales, YearMonth month) {
        List<Position.Demand> out = new ArrayList<>();
        for (Agreement a : agreements.inForceBetween(month.atDay(1), month.atEndOfMonth())) {
            if (a.getSalesParticipantId() != sales) {
                continue;
            }
            profiles.current(ParticipantId.of(a.getResidentParticipantId())).ifPresent(p -> {
                UsageProfile usage = p.usage();
                for (int m = 0; m < usage.months(); m++) {
                    if (usage.month(m) == month.getMonth()) {
                        out.add(new Position.Demand(usage.kWh()[m].clone()));
                        return;
                    }
                }
            });
        }
        return out;
    }
}
