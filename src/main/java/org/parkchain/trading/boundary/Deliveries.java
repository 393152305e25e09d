package org.parkchain.trading.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.LineProblem;
import org.parkchain.platform.canonical.Hashes;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.trading.control.DeliveryCsv;
import org.parkchain.trading.control.SettlementAudit;
import org.parkchain.trading.entity.Contract;
import org.parkchain.trading.entity.Delivery;
import org.parkchain.trading.entity.Statement;

/**
 * Metered delivery of bilateral contracts. Business rules: the park admin imports the meters' figures for any active
 * contracts (CSV, {@link DeliveryCsv}); a party may enter figures agreed with the other party for its own contract
 * when the park has no meter figures for that month; the whole file is refused on any problem; a month whose statement
 * a party has confirmed is settled and cannot be imported again. Each month delivered issues its statement.
 */
@Stateless
public class Deliveries {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ParkCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    Statements statements;

    @Inject
    TradingMembers members;

    /** What an import did: the statements it issued. */
    public record Imported(List<Statement> statements) {
    }

    /** The park admin's import of the meters' figures. */
    public Imported importMeter(String username, String csv) {
        Map<Long, Contract> active = em.createQuery("SELECT k FROM Contract k WHERE k.status = :s", Contract.class)
                .setParameter("s", Contract.Status.ACTIVE).getResultStream()
                .collect(Collectors.toMap(Contract::getId, Function.identity()));
        return store(username, csv, active, Delivery.Source.METER);
    }

    /** A party's figures agreed with the other party, for its own active contract. */
    public Imported enterAgreed(String username, long contractId, String csv) {
        Contract k = members.contractAsParty(username, contractId).contract();
        Map<Long, Contract> own = k.getStatus() == Contract.Status.ACTIVE ? Map.of(k.getId(), k) : Map.of();
        return store(username, csv, own, Delivery.Source.AGREED);
    }

    private Imported store(String username, String csv, Map<Long, Contract> contracts, Delivery.Source source) {
        DeliveryCsv.Result read = DeliveryCsv.read(csv == null ? "" : csv, id -> Optional.ofNullable(contracts.get(id))
                .map(k -> new DeliveryCsv.Period(k.getStartsOn(), k.getEndsOn())), YearMonth.from(calendar.today()));
        LineProblem.refuseIfAny(read.problems());
        List<LineProblem> settled = new ArrayList<>();
        for (DeliveryCsv.Month m : read.months()) {
            Optional<Statement> current = statements.current(m.contractId(), m.month());
            if (current.isPresent() && !current.get().replaceable()) {
                settled.add(new LineProblem(0, "error.delivery.settled", m.month().toString(), m.contractId()));
            }
            Delivery existing = em.find(Delivery.class, new Delivery.Key(m.contractId(), m.month().atDay(1)));
            if (source == Delivery.Source.AGREED && existing != null && existing.getSource() == Delivery.Source.METER) {
                settled.add(new LineProblem(0, "error.delivery.meterExists", m.month().toString(), m.contractId()));
            }
        }
        LineProblem.refuseIfAny(settled);
        String file = Hashes.hex(Hashes.sha256(csv.getBytes(StandardCharsets.UTF_8)));
        List<Statement> issued = new ArrayList<>();
        for (DeliveryCsv.Month m : read.months()) {
            Delivery d = em.find(Delivery.class, new Delivery.Key(m.contractId(), m.month().atDay(1)));
            if (d == null) {
                d = new Delivery(m.contractId(), m.month(), source, m.kwh(), file, username, clock.instant());
                em.persist(d);
            } else {
                d.replace(source, m.kwh(), file, username, clock.instant());
            }
            em.flush();
            outbox.record(SettlementAudit.DELIVERED, d);
            issued.add(statements.issue(contracts.get(m.contractId()), m.month(), m.kwh()));
        }
        return new Imported(issued);
    }
}
