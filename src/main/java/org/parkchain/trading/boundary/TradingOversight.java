package org.parkchain.trading.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parkchain.platform.BusinessException;
import org.parkchain.tariffs.boundary.CatalogTariffs;
import org.parkchain.trading.control.ContractTerms;
import org.parkchain.trading.control.DayType;
import org.parkchain.trading.entity.Contract;
import org.parkchain.trading.entity.Statement;

/**
 * The regulator's view of bilateral trading: every contract (parties, period, contracted energy, price, status),
 * disputed statements, and statements whose largest deviation exceeds {@code parkchain.trading.deviation-threshold}
 * (a share of the contracted energy, default 0.2). Filters by status and by participant. Regulator only.
 */
@Stateless
public class TradingOversight {
    @PersistenceContext
    EntityManager em;

    @Inject
    TradingMembers members;

    @Inject
    CatalogTariffs tariffs;

    @Inject
    @ConfigProperty(name = "parkchain.trading.deviation-threshold", defaultValue = "0.2")
    double deviationThreshold;

    /** One contract as the regulator's list shows it; {@code contractedKwh} over the whole delivery period. */
    public record ContractRow(Contract contract, ContractTerms terms, double contractedKwh) {
    }

    public List<ContractRow> contracts(String username, Contract.Status status, Long participant) {
        requireRegulator(username);
        Set<LocalDate> holidays = tariffs.current().map(v -> v.tariff().holidays()).orElse(Set.of());
        List<ContractRow> rows = new ArrayList<>();
        for (Contract k : em.createQuery("SELECT k FROM Contract k ORDER BY k.id DESC", Contract.class)
                .getResultList()) {
            if (status != null && k.getStatus() != status || participant != null && !k.hasParty(participant)) {
                continue;
            }
            ContractTerms t = k.terms() != null ? k.terms() : members.sheetTerms(k.getTermSheetId());
            rows.add(new ContractRow(k, t, energy(t, holidays)));
        }
        return rows;
    }

    public List<Statement> disputes(String username) {
        requireRegulator(username);
        return em.createQuery("SELECT s FROM Statement s WHERE s.status = :d ORDER BY s.disputedAt DESC",
                Statement.class).setParameter("d", Statement.Status.DISPUTED).getResultList();
    }

    public List<Statement> deviations(String username) {
        requireRegulator(username);
        return em.createQuery("SELECT s FROM Statement s WHERE s.status <> :r AND s.maxDeviation > :t"
                        + " ORDER BY s.maxDeviation DESC", Statement.class)
                .setParameter("r", Statement.Status.REPLACED).setParameter("t", deviationThreshold).getResultList();
    }

    public double getDeviationThreshold() {
        return deviationThreshold;
    }

    /** Contracted energy over the delivery period: each day's profile energy by its day type. */
    static double energy(ContractTerms t, Set<LocalDate> holidays) {
        double kwh = 0;
        for (LocalDate d = t.start(); !d.isAfter(t.end()); d = d.plusDays(1)) {
            for (double kw : t.values(DayType.of(d, holidays))) {
                kwh += kw * 24.0 / t.resolution();
            }
        }
        return kwh;
    }

    private void requireRegulator(String username) {
        if (!members.who(username).regulator()) {
            throw new BusinessException("error.trading.regulatorOnly");
        }
    }
}
