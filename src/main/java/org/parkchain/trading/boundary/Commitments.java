package org.parkchain.trading.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.parkchain.access.boundary.MarketSignatures;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.ledger.boundary.PrivateOutbox;
import org.parkchain.ledger.contract.SecuredTerms;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.trading.control.ContractTerms;
import org.parkchain.trading.control.TermsJson;
import org.parkchain.trading.control.TermsValidation;
import org.parkchain.trading.control.TradingAudit;
import org.parkchain.trading.entity.Channel;
import org.parkchain.trading.entity.Contract;
import org.parkchain.trading.entity.ContractCopy;
import org.parkchain.trading.entity.TermSheet;

/**
 * The online transaction: the two-copy rule. Business rules: each party commits its own copy of the final terms,
 * signed with its own market certificate over a payload naming the contract, the accepted term sheet version, the
 * party, the copy's sequence number and the terms with their hash; with both copies in, equal hashes activate the
 * contract and different ones set both copies aside (the members see where they differ) so that both commit again. A
 * payload for a superseded version is stale, one whose sequence was used is a replay, a second standing copy is a
 * repeat: all refused. A party may withdraw its copy while the other has not committed. A revoked or expired
 * certificate cannot commit (the one signature check refuses it).
 */
@Stateless
public class Commitments {
    public static final String COMMIT = "trading.commit";
    /** Functions of the secured-terms contract are called through its name on Fabric. */
    static final String PRIVATE_PREFIX = SecuredTerms.CONTRACT_NAME + ":";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ParkCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    TradingMembers members;

    @Inject
    ChannelRecords records;

    @Inject
    MarketSignatures signatures;

    @Inject
    PrivateOutbox privateOutbox;

    /** What the caller signs to commit {@code copy} as its copy of the contract's terms. */
    public JsonObject payload(String username, long contractId, ContractTerms copy) {
        Party p = party(username, contractId);
        p.contract.requireAwaiting();
        requireNoStandingCopy(p);
        TermsValidation.check(copy, p.channel.getPartyA(), p.channel.getPartyB(), calendar.today()).throwIfAny();
        return payload(p, copy, nextSequence(p));
    }

    public ContractCopy commit(String username, long contractId, byte[] payload, String signature,
                               String certificate) {
        Party p = party(username, contractId);
        em.lock(p.contract, LockModeType.PESSIMISTIC_WRITE);
        JsonObject signed = parse(payload);
        int version = number(signed, "termSheetVersion");
        TermSheet sheet = records.sheetOf(p.contract);
        if (p.contract.getStatus() == Contract.Status.SUPERSEDED || version != sheet.getVersion()) {
            throw new BusinessException("error.trading.copy.stale", version);
        }
        p.contract.requireAwaiting();
        requireNoStandingCopy(p);
        int sequence = number(signed, "sequence");
        if (sequence < nextSequence(p)) {
            throw new BusinessException("error.trading.copy.replayed", sequence);
        }
        ContractTerms terms;
        try {
            terms = TermsJson.read(signed.getJsonObject("terms"));
        } catch (RuntimeException e) {
            throw new BusinessException("error.trading.copy.payload");
        }
        TermsValidation.check(terms, p.channel.getPartyA(), p.channel.getPartyB(), calendar.today()).throwIfAny();
        if (!payload(p, terms, nextSequence(p)).equals(signed)) {
            throw new BusinessException("error.trading.copy.payload");
        }
        String fingerprint = signatures.verify(username, COMMIT, payload, signature, certificate,
                Set.of(p.member.type().name()));
        ContractCopy copy = new ContractCopy(p.contract.getId(), p.member.participant(), sequence, username, terms,
                new String(payload, StandardCharsets.UTF_8), signature.trim(), fingerprint, clock.instant());
        em.persist(copy);
        em.flush();
        outbox.record(TradingAudit.COMMITTED, copy, fingerprint);
        // the copy itself goes only to the pair's private collection on a ledger that keeps private data
        privateOutbox.enqueue(PRIVATE_PREFIX + SecuredTerms.RECORD_COPY, SecuredTerms.TRANSIENT_TERMS,
                TermsJson.canonical(terms).getBytes(StandardCharsets.UTF_8), collection(p.channel),
                String.valueOf(p.contract.getId()), String.valueOf(p.member.participant()));
        standing(p.contract.getId(), p.channel.otherParty(p.member.participant())).ifPresent(other ->
                match(p.contract, copy, other));
        return copy;
    }

    /** The caller takes back its standing copy before the other party has committed. */
    public ContractCopy withdraw(String username, long contractId) {
        Party p = party(username, contractId);
        em.lock(p.contract, LockModeType.PESSIMISTIC_WRITE);
        p.contract.requireAwaiting();
        ContractCopy copy = standing(contractId, p.member.participant()).orElseThrow(() ->
                new BusinessException("error.trading.copy.none"));
        copy.withdraw(clock.instant());
        em.flush();
        outbox.record(TradingAudit.COPY_CLOSED, copy);
        return copy;
    }

    private void match(Contract contract, ContractCopy mine, ContractCopy theirs) {
        if (mine.getTermsHash().equals(theirs.getTermsHash())) {
            mine.matched(clock.instant());
            theirs.matched(clock.instant());
            contract.activate(mine.terms(), clock.instant());
            em.flush();
            privateOutbox.enqueue(PRIVATE_PREFIX + SecuredTerms.ACTIVATE,
                    SecuredTerms.collection(contract.getSeller(), contract.getBuyer()),
                    String.valueOf(contract.getId()), String.valueOf(contract.getSeller()),
                    String.valueOf(contract.getBuyer()));
            outbox.record(TradingAudit.COPY_CLOSED, theirs);
            outbox.record(TradingAudit.COPY_CLOSED, mine);
            outbox.record(TradingAudit.ACTIVATED, contract);
        } else {
            mine.mismatched(clock.instant());
            theirs.mismatched(clock.instant());
            em.flush();
            outbox.record(TradingAudit.COPY_CLOSED, theirs);
            outbox.record(TradingAudit.COPY_CLOSED, mine);
        }
    }

    private JsonObject payload(Party p, ContractTerms copy, int sequence) {
        return CanonicalJson.JSON.createObjectBuilder().add("action", COMMIT).add("channelId", p.channel.getId())
                .add("contractId", p.contract.getId())
                .add("termSheetVersion", records.sheetOf(p.contract).getVersion())
                .add("participant", p.member.participant()).add("username", p.member.username())
                .add("sequence", sequence).add("termsHash", TermsJson.hash(copy)).add("terms", TermsJson.json(copy))
                .build();
    }

    private static String collection(Channel c) {
        return SecuredTerms.collection(c.getPartyA(), c.getPartyB());
    }

    private void requireNoStandingCopy(Party p) {
        if (standing(p.contract.getId(), p.member.participant()).isPresent()) {
            throw new BusinessException("error.trading.copy.already");
        }
    }

    private int nextSequence(Party p) {
        Number n = (Number) em.createNativeQuery("SELECT COALESCE(MAX(sequence), 0) FROM trading_copy"
                        + " WHERE contract_id = ? AND participant = ?").setParameter(1, p.contract.getId())
                .setParameter(2, p.member.participant()).getSingleResult();
        return n.intValue() + 1;
    }

    private Optional<ContractCopy> standing(long contractId, long participant) {
        return em.createQuery("SELECT c FROM ContractCopy c WHERE c.contractId = :k AND c.participant = :p"
                        + " AND c.status = :s", ContractCopy.class).setParameter("k", contractId)
                .setParameter("p", participant).setParameter("s", ContractCopy.Status.COMMITTED).getResultStream()
                .findFirst();
    }

    private Party party(String username, long contractId) {
        TradingMembers.ContractAccess a = members.contractAsParty(username, contractId);
        return new Party(a.member(), a.channel(), a.contract());
    }

    private static JsonObject parse(byte[] payload) {
        try {
            JsonObject o = CanonicalJson.parseObject(payload);
            if (!COMMIT.equals(o.getString("action", ""))) {
                throw new BusinessException("error.trading.copy.payload");
            }
            return o;
        } catch (JsonException | ClassCastException e) {
            throw new BusinessException("error.trading.copy.payload");
        }
    }

    private static int number(JsonObject o, String field) {
        try {
            return o.getJsonNumber(field).intValueExact();
        } catch (RuntimeException e) {
            throw new BusinessException("error.trading.copy.payload");
        }
    }

    private record Party(TradingMembers.Member member, Channel channel, Contract contract) {
    }
}
