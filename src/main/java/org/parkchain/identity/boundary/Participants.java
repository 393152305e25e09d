package org.parkchain.identity.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parkchain.identity.control.IdentityAudit;
import org.parkchain.identity.entity.CreditCode;
import org.parkchain.identity.entity.NewParticipant;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.Problems;

/**
 * Registry of the park's market participants. Business rules: every participant has names in English and Chinese
 * and a unique, valid unified social credit code (check character included); types that need an electricity business licence
 * (sales companies, generators) must have one that has not expired at registration.
 */
@Stateless
public class Participants {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    public Participant register(NewParticipant p) {
        Problems problems = new Problems();
        problems.check(p.type() != null, "type", "error.participant.typeRequired");
        problems.check(!blank(p.nameEn()) && p.nameEn().length() <= 200, "nameEn", "error.participant.nameEn");
        problems.check(!blank(p.nameZh()) && p.nameZh().length() <= 200, "nameZh", "error.participant.nameZh");
        String code = p.creditCode() == null ? "" : p.creditCode().trim().toUpperCase();
        if (!CreditCode.isValid(code)) {
            problems.add("creditCode", "error.participant.creditCodeFormat");
        } else if (findByCreditCode(code).isPresent()) {
            problems.add("creditCode", "error.participant.creditCodeTaken", code);
        }
        boolean hasLicence = !blank(p.licenceNumber());
        problems.check(hasLicence == (p.licenceExpiry() != null), "licenceNumber", "error.participant.licencePair");
        if (p.type() != null && p.type().licenceRequired()) {
            problems.check(hasLicence, "licenceNumber", "error.participant.licenceRequired");
        }
        if (p.licenceExpiry() != null) {
            problems.check(p.licenceExpiry().isAfter(LocalDate.now(clock)), "licenceExpiry",
                    "error.participant.licenceExpired");
        }
        problems.throwIfAny();
        Participant participant = new Participant(p.type(), p.nameEn().trim(), p.nameZh().trim(), code,
                hasLicence ? p.licenceNumber().trim() : null, p.licenceExpiry(), clock.instant());
        em.persist(participant);
        em.flush(); // identity ids are assigned by PostgreSQL on insert
        outbox.record(IdentityAudit.REGISTERED, participant);
        return participant;
    }

    public Optional<Participant> find(ParticipantId id) {
        return Optional.ofNullable(em.find(Participant.class, id.value()));
    }

    public Participant get(ParticipantId id) {
        return find(id).orElseThrow(() -> new NotFoundException("error.participant.notFound", id.value()));
    }

    public Optional<Participant> findByCreditCode(String code) {
        return em.createNamedQuery(Participant.BY_CREDIT_CODE, Participant.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    public List<Participant> all() {
        return em.createNamedQuery(Participant.ALL, Participant.class).getResultList();
    }

    public List<Participant> ofType(ParticipantType type) {
        return em.createNamedQuery(Participant.BY_TYPE, Participant.class).setParameter("type", type).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Participant p", Long.class).getSingleResult();
    }

    /** A deactivated participant's users can no longer log in; their open sessions end on the next request. */
    public void setActive(ParticipantId id, boolean active) {
        Participant participant = get(id);
        if (active) {
            participant.activate();
        } else {
            participant.deactivate();
        }
        outbox.record(active ? IdentityAudit.ACTIVATED : IdentityAudit.DEACTIVATED, participant);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
