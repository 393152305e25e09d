package org.parkchain.agreements.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.parkchain.agreements.control.AgreementAudit;
import org.parkchain.agreements.control.AgreementPayloads;
import org.parkchain.agreements.control.ImportRules;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.identity.boundary.Participants;
import org.parkchain.identity.entity.Participant;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.plans.boundary.RetailPlans;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.Problems;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.platform.time.ParkCalendar;

/**
 * The park admin records agreements that residents and sales companies concluded before the park used ParkChain, so
 * that their months can be billed here: in force from a past day, under the plan version then on offer, recorded on
 * the ledger as {@code agreement.imported} with who recorded them. The rules are {@link ImportRules}'.
 */
@Stateless
public class AgreementImports {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ParkCalendar calendar;

    @Inject
    Participants participants;

    @Inject
    RetailPlans plans;

    @Inject
    AgreementRecords records;

    @Inject
    Outbox outbox;

    public Agreement importExisting(String admin, long residentId, long planId, LocalDate startsOn,
                                    BigDecimal annualKwh) {
        Optional<Participant> resident = participants.find(ParticipantId.of(residentId))
                .filter(p -> p.getType() == ParticipantType.RESIDENT);
        if (resident.isEmpty()) {
            throw new NotFoundException("error.import.residentNotFound", residentId);
        }
        em.createNativeQuery("SELECT id FROM participant WHERE id = ? FOR UPDATE").setParameter(1, residentId)
                .getResultList();
        RetailPlan plan = plans.plan(planId);
        Problems problems = new Problems();
        ImportRules.check(problems, plan, startsOn, annualKwh, records.ofResident(residentId), calendar.today());
        problems.throwIfAny();
        Instant now = clock.instant();
        Agreement a = Agreement.imported(residentId, plan.getSalesParticipantId(), plan.getId(), CanonicalJson.write(
                AgreementPayloads.imported(admin, residentId, plan, annualKwh, startsOn, now)), admin, now, startsOn);
        em.persist(a);
        em.flush();
        outbox.record(AgreementAudit.IMPORTED, a);
        return a;
    }
}
