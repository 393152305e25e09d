package org.parkchain.trading.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.Problems;
import org.parkchain.trading.control.ContractTerms;
import org.parkchain.trading.control.TermsValidation;
import org.parkchain.trading.control.TradingAudit;
import org.parkchain.trading.entity.Channel;
import org.parkchain.trading.entity.Contract;
import org.parkchain.trading.entity.TermSheet;

/**
 * Bilateral contracts the parties signed before ParkChain (on paper), recorded by the park admin so that their
 * delivery is settled here. Business rules: seller and buyer are active traders; the terms follow the term sheet rules
 * except that delivery may have started already; the paper contract is named (1 to 200 characters); the contract is
 * recorded in the pair's open channel (one is opened for it when there is none) as an accepted term sheet by the park
 * admin and an active contract without committed copies, marked as recorded; a channel with a proposal under
 * negotiation is left alone.
 */
@Stateless
public class ContractImports {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    TradingMembers members;

    @Inject
    Negotiation negotiation;

    public Contract record(String username, ContractTerms terms, String reference) {
        long operator = members.who(username).participant();
        String ref = reference == null ? "" : reference.strip();
        Problems p = TermsValidation.check(terms, terms.sellerId(), terms.buyerId(),
                terms.start() == null ? java.time.LocalDate.MIN : terms.start());
        p.check(trader(terms.sellerId()) && terms.sellerId() != terms.buyerId(), "sellerId",
                "error.trading.import.party");
        p.check(trader(terms.buyerId()), "buyerId", "error.trading.import.party");
        p.check(!ref.isEmpty() && ref.length() <= 200, "reference", "error.trading.import.reference", 200);
        p.throwIfAny();
        members.lockPair(terms.sellerId(), terms.buyerId());
        Channel c = members.liveChannel(terms.sellerId(), terms.buyerId()).orElse(null);
        if (c == null) {
            c = Channel.recorded(terms.sellerId(), terms.buyerId(), ref, username, clock.instant());
            em.persist(c);
            em.flush();
            outbox.record(TradingAudit.OPENED, c);
        } else {
            c.requireOpen();
            em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        }
        Optional<TermSheet> latest = negotiation.latest(c.getId());
        if (latest.isPresent() && latest.get().getStatus() == TermSheet.Status.PROPOSED) {
            throw new BusinessException("error.trading.import.negotiating", latest.get().getVersion());
        }
        TermSheet sheet = TermSheet.recorded(c.getId(), latest.map(TermSheet::getVersion).orElse(0) + 1, operator,
                username, terms, ref, clock.instant());
        em.persist(sheet);
        em.flush();
        outbox.record(TradingAudit.PROPOSED, sheet);
        Contract k = Contract.recorded(c.getId(), sheet, username, ref, clock.instant());
        em.persist(k);
        em.flush();
        outbox.record(TradingAudit.RECORDED, k);
        return k;
    }

    private boolean trader(long id) {
        return members.activeTrader(id).isPresent();
    }
}
