package org.parkchain.agreements.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parkchain.access.boundary.MarketSignatures;
import org.parkchain.agreements.control.AgreementAudit;
import org.parkchain.agreements.control.AgreementPayloads;
import org.parkchain.agreements.control.SigningRules;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.identity.boundary.Parties;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.plans.boundary.RetailPlans;
import org.parkchain.plans.control.PlanTerms;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.plans.entity.SalesRule;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.profiles.boundary.LoadProfiles;
import org.parkchain.profiles.entity.LoadProfile;

/**
 * Signing power consumption agreements. Business rules: the resident signs, with its market certificate, a payload
 * naming itself, the plan version and the hash of its terms; the plan must be offered today and the resident must
 * have a load profile; one agreement may await countersignature at a time, and no new one while a switch is still
 * to take effect. The sales company countersigns with its certificate, or its auto-accept rule does at once; it may
 * decline with a reason, and the resident may withdraw before it decides. On countersignature the agreement starts
 * today, or, when the resident is switching, the day after the current agreement's notice period, and the current
 * agreement ends the day before with its exit fee if that is before the end of its minimum term. Every step is
 * recorded on the ledger, signed steps with the signer's certificate fingerprint.
 */
@Stateless
public class Agreements {
    public static final String SIGN = AgreementPayloads.SIGN;
    public static final String COUNTERSIGN = AgreementPayloads.COUNTERSIGN;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ParkCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    MarketSignatures signatures;

    @Inject
    Parties parties;

    @Inject
    RetailPlans plans;

    @Inject
    LoadProfiles profiles;

    @Inject
    SigningChecks checks;

    @Inject
    AgreementRecords records;

    /**
     * What the resident signs to take a plan, once everything that can be checked before the signature is: no
     * agreement awaiting countersignature, not the plan in force, no switch scheduled, a company able to countersign.
     */
    public JsonObject signingPayload(String username, long planId) {
        long resident = parties.actingAs(username, ParticipantType.RESIDENT).value();
        RetailPlan plan = offered(planId);
        JsonObject payload = signingPayload(username, resident, plan);
        requireMaySign(resident, plan, payload);
        return payload;
    }

    public Agreement sign(String username, byte[] payload, String signature, String certificate) {
        long resident = parties.actingAs(username, ParticipantType.RESIDENT).value();
        JsonObject signed = AgreementPayloads.parse(payload, SIGN);
        RetailPlan plan = offered(AgreementPayloads.number(signed, "plan"));
        if (!signingPayload(username, resident, plan).equals(signed)) {
            throw new BusinessException("error.agreement.payloadMismatch");
        }
        Optional<Agreement> open = requireMaySign(resident, plan, signed);
        String fingerprint = signatures.verify(username, SIGN, payload, signature, certificate, Set.of("RESIDENT"));
        Agreement a = new Agreement(resident, plan.getSalesParticipantId(), plan.getId(),
                new String(payload, StandardCharsets.UTF_8), signature.trim(), fingerprint, username, clock.instant(),
                open.map(Agreement::getId).orElse(null));
        em.persist(a);
        em.flush();
        outbox.record(AgreementAudit.SIGNED, a, fingerprint);
        SalesRule rule = plans.ruleOf(ParticipantId.of(plan.getSalesParticipantId()));
        if (rule.accepts(Double.parseDouble(signed.getString("annualKwh")))) {
            activate(a, Agreement.AUTO_ACCEPT, null, null);
            outbox.record(AgreementAudit.COUNTERSIGNED, a);
        }
        return a;
    }

    /** What the sales company signs to countersign a pending agreement whose resident signature it can rely on. */
    public JsonObject countersignPayload(String username, long agreementId) {
        Agreement a = forSales(username, agreementId);
        a.requirePending();
        checks.requireResidentKeySound(username, COUNTERSIGN, a);
        return AgreementPayloads.countersign(username, a);
    }

    public Agreement countersign(String username, long agreementId, byte[] payload, String signature,
                                 String certificate) {
        Agreement a = forSales(username, agreementId);
        a.requirePending();
        if (!AgreementPayloads.countersign(username, a).equals(AgreementPayloads.parse(payload, COUNTERSIGN))) {
            throw new BusinessException("error.agreement.payloadMismatch");
        }
        checks.requireResidentKeySound(username, COUNTERSIGN, a);
        String fingerprint = signatures.verify(username, COUNTERSIGN, payload, signature, certificate,
                Set.of("SALES_COMPANY"));
        activate(a, username, signature.trim(), fingerprint);
        outbox.record(AgreementAudit.COUNTERSIGNED, a, fingerprint);
        return a;
    }

    public Agreement decline(String username, long agreementId, String reason) {
        Agreement a = forSales(username, agreementId);
        a.requirePending();
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new BusinessException(List.of(new BusinessException.Problem("reason", "error.agreement.reason")));
        }
        a.decline(username, reason.trim(), clock.instant());
        em.flush();
        outbox.record(AgreementAudit.DECLINED, a);
        return a;
    }

    /** The resident withdraws its signature before the sales company has decided. */
    public Agreement cancel(String username, long agreementId) {
        Agreement a = em.find(Agreement.class, agreementId);
        if (a == null || a.getResidentParticipantId() != parties.actingAs(username, ParticipantType.RESIDENT).value()) {
            throw new NotFoundException("error.agreement.notFound", agreementId);
        }
        a.requirePending();
        a.cancel(clock.instant());
        em.flush();
        outbox.record(AgreementAudit.CANCELLED, a);
        return a;
    }

    /** The exit fee due if the resident left {@code current} now: its notice runs first, then the term is checked. */
    public double exitFeeIfLeftNow(Agreement current) {
        PlanTerms terms = plans.plan(current.getPlanId()).terms();
        LocalDate lastDay = calendar.today().plusDays(terms.noticeDays()).minusDays(1);
        return lastDay.isBefore(current.getStartsOn().plusMonths(terms.termMonths()).minusDays(1))
                ? terms.earlyExitFee() : 0;
    }

    private JsonObject signingPayload(String username, long resident, RetailPlan plan) {
        LoadProfile profile = profiles.current(ParticipantId.of(resident)).orElseThrow(() -> new BusinessException(
                "error.agreement.noProfile"));
        return AgreementPayloads.sign(username, resident, plan, profile.getAnnualKwh(), calendar.today());
    }

    /** @return the resident's open agreement, once the rules allow signing for {@code plan} */
    private Optional<Agreement> requireMaySign(long resident, RetailPlan plan, JsonObject payload) {
        Optional<Agreement> open = records.openAgreement(resident);
        SigningRules.requireMaySign(records.pending(resident), open, plan.getId(), calendar.today());
        checks.requireCountersignable(plan, Double.parseDouble(payload.getString("annualKwh")));
        return open;
    }

    private void activate(Agreement a, String by, String signature, String fingerprint) {
        em.createNativeQuery("SELECT id FROM participant WHERE id = ? FOR UPDATE")
                .setParameter(1, a.getResidentParticipantId()).getResultList();
        LocalDate today = calendar.today();
        LocalDate start = today;
        Optional<Agreement> open = records.openAgreement(a.getResidentParticipantId());
        if (open.isPresent()) {
            Agreement previous = open.get();
            PlanTerms terms = plans.plan(previous.getPlanId()).terms();
            start = today.plusDays(terms.noticeDays());
            if (!start.isAfter(previous.getStartsOn())) {
                start = previous.getStartsOn().plusDays(1);
            }
            double fee = exitFeeIfLeftNow(previous);
            previous.endOn(start.minusDays(1), fee > 0 ? BigDecimal.valueOf(fee).setScale(2,
                    java.math.RoundingMode.HALF_UP) : null);
            em.flush();
            outbox.record(AgreementAudit.ENDING, previous);
        }
        a.countersign(by, signature, fingerprint, clock.instant(), start);
        em.flush();
    }

    private RetailPlan offered(long planId) {
        RetailPlan plan = plans.plan(planId);
        if (!plan.offeredOn(calendar.today())) {
            throw new BusinessException("error.agreement.notOffered", plan.getName());
        }
        return plan;
    }

    private Agreement forSales(String username, long agreementId) {
        Agreement a = em.find(Agreement.class, agreementId);
        if (a == null || a.getSalesParticipantId() != parties.actingAs(username, ParticipantType.SALES_COMPANY).value()) {
            throw new NotFoundException("error.agreement.notFound", agreementId);
        }
        return a;
    }
}
