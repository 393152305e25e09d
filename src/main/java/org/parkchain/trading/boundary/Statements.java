package org.parkchain.trading.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parkchain.access.boundary.MarketSignatures;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.tariffs.boundary.CatalogTariffs;
import org.parkchain.trading.control.Settlement;
import org.parkchain.trading.control.SettlementAudit;
import org.parkchain.trading.control.StatementFigures;
import org.parkchain.trading.entity.Contract;
import org.parkchain.trading.entity.Statement;

/**
 * Monthly settlement statements. Business rules: a statement is issued from a month's delivery with the contract's
 * terms and the catalog tariff's periods and holidays ({@link Settlement}); each party confirms it once, signed with
 * its own certificate over the statement's figures hash; either party may dispute it with a reason, which puts it on
 * the regulator's list; only the contract's parties and the regulator see it.
 */
@Stateless
public class Statements {
    public static final String CONFIRM = "trading.statement.confirm";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    CatalogTariffs tariffs;

    @Inject
    TradingMembers members;

    @Inject
    MarketSignatures signatures;

    /** Issues the month's statement from its delivery, replacing one nobody has confirmed. */
    public Statement issue(Contract k, YearMonth month, double[] delivered) {
        Settlement.Result result = Settlement.settle(k.terms(), month, tariffs.required().tariff(), delivered);
        current(k.getId(), month).ifPresent(old -> {
            old.replaced();
            em.flush();
            outbox.record(SettlementAudit.REPLACED, old);
        });
        String figures = StatementFigures.canonical(result);
        Statement s = new Statement(k.getId(), month, figures, StatementFigures.hash(figures), result.amountDue(),
                StatementFigures.maxDeviation(result), clock.instant());
        em.persist(s);
        em.flush();
        outbox.record(SettlementAudit.ISSUED, s);
        return s;
    }

    /** The current statement of a contract's month, if any. */
    public Optional<Statement> current(long contractId, YearMonth month) {
        return em.createQuery("SELECT s FROM Statement s WHERE s.contractId = :k AND s.month = :m AND s.status <> :r",
                        Statement.class).setParameter("k", contractId).setParameter("m", month.atDay(1))
                .setParameter("r", Statement.Status.REPLACED).getResultStream().findFirst();
    }

    /** What a party signs to confirm a statement. */
    public JsonObject confirmPayload(String username, long statementId) {
        Acting a = acting(username, statementId);
        Statement s = a.statement();
        Contract k = a.access().contract();
        long me = a.access().party();
        if (s.getStatus() != Statement.Status.AWAITING) {
            throw new BusinessException("error.statement.notAwaiting");
        }
        if ((me == k.getSeller() ? s.getSellerConfirmedAt() : s.getBuyerConfirmedAt()) != null) {
            throw new BusinessException("error.statement.alreadyConfirmed");
        }
        return payload(username, me, s);
    }

    public Statement confirm(String username, long statementId, byte[] payload, String signature, String certificate) {
        Acting a = acting(username, statementId);
        Statement s = a.statement();
        em.lock(s, LockModeType.PESSIMISTIC_WRITE);
        TradingMembers.ContractAccess access = a.access();
        Contract k = access.contract();
        long me = access.party();
        JsonObject signed;
        try {
            signed = CanonicalJson.parseObject(payload);
        } catch (JsonException e) {
            throw new BusinessException("error.statement.payload");
        }
        if (!payload(username, me, s).equals(signed)) {
            throw new BusinessException("error.statement.payload");
        }
        String fingerprint = signatures.verify(username, CONFIRM, payload, signature, certificate,
                Set.of(access.member().type().name()));
        s.confirm(me == k.getSeller(), signature.trim(), fingerprint, clock.instant());
        em.flush();
        outbox.record(SettlementAudit.CONFIRMED, s, fingerprint);
        return s;
    }

    public Statement dispute(String username, long statementId, String reason) {
        Statement s = acting(username, statementId).statement();
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > 1000) {
            throw new BusinessException(List.of(new BusinessException.Problem("reason", "error.statement.reason",
                    1000)));
        }
        s.dispute(username, r, clock.instant());
        em.flush();
        outbox.record(SettlementAudit.DISPUTED, s);
        return s;
    }

    /** A statement of a contract the caller may see. */
    public Statement visible(String username, long statementId) {
        Statement s = find(statementId);
        try {
            members.contract(username, s.getContractId());
        } catch (NotFoundException e) {
            throw new NotFoundException("error.statement.notFound", statementId);
        }
        return s;
    }

    /** A contract's statements, newest month first (replaced ones included, after the current one). */
    public List<Statement> ofContract(String username, long contractId) {
        members.contract(username, contractId);
        return em.createQuery("SELECT s FROM Statement s WHERE s.contractId = :k ORDER BY s.month DESC, s.id DESC",
                Statement.class).setParameter("k", contractId).getResultList();
    }

    /** A statement and its contract, which the caller must be a party of to act on it. */
    private record Acting(Statement statement, TradingMembers.ContractAccess access) {
    }

    private Acting acting(String username, long statementId) {
        Statement s = find(statementId);
        try {
            return new Acting(s, members.contractAsParty(username, s.getContractId()));
        } catch (NotFoundException e) {
            throw new NotFoundException("error.statement.notFound", statementId);
        }
    }

    private Statement find(long statementId) {
        Statement s = em.find(Statement.class, statementId);
        if (s == null) {
            throw new NotFoundException("error.statement.notFound", statementId);
        }
        return s;
    }

    private static JsonObject payload(String username, long participant, Statement s) {
        return CanonicalJson.JSON.createObjectBuilder().add("action", CONFIRM).add("statementId", s.getId())
                .add("contractId", s.getContractId()).add("month", s.month().toString())
                .add("figuresHash", s.getFiguresHash()).add("amountDue", s.getAmountDue().toPlainString())
                .add("participant", participant).add("username", username).build();
    }
}
