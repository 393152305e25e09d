package org.parkchain.plans.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parkchain.identity.boundary.Parties;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.identity.entity.ParticipantType;
import org.parkchain.ledger.boundary.Outbox;
import org.parkchain.plans.control.PlanAudit;
import org.parkchain.plans.control.PlanTerms;
import org.parkchain.plans.control.PlanValidation;
import org.parkchain.plans.entity.PlanForm;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.plans.entity.SalesRule;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.NotFoundException;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.tariffs.boundary.CatalogTariffs;

/**
 * Sales companies' retail plans. Business rules: a company works only on its own plans; a draft is edited freely and
 * published once valid; a published version never changes (a change is a new draft version of the same plan, and
 * publishing it withdraws the version before); a withdrawn plan takes no new agreements while existing agreements
 * keep their version; publishing and withdrawing, and changes of the company's countersigning rule, are recorded on
 * the ledger. Residents are offered the published
 * plans whose validity window includes today.
 */
@Stateless
public class RetailPlans {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ParkCalendar calendar;

    @Inject
    Outbox outbox;

    @Inject
    Parties parties;

    @Inject
    CatalogTariffs tariffs;

    /** Every version of the company's plans, newest plan first, versions newest first. */
    public List<RetailPlan> own(String username) {
        return em.createQuery("SELECT p FROM RetailPlan p WHERE p.salesParticipantId = :s "
                + "ORDER BY p.lineage DESC, p.versionNo DESC", RetailPlan.class)
                .setParameter("s", parties.actingAs(username, ParticipantType.SALES_COMPANY).value()).getResultList();
    }

    /** Published plans of every company, valid today. */
    public List<RetailPlan> offered() {
        return em.createQuery("SELECT p FROM RetailPlan p WHERE p.status = :s ORDER BY p.id", RetailPlan.class)
                .setParameter("s", RetailPlan.Status.PUBLISHED).getResultStream()
                .filter(p -> p.offeredOn(calendar.today())).toList();
    }

    public RetailPlan plan(long id) {
        return Optional.ofNullable(em.find(RetailPlan.class, id)).orElseThrow(() -> new NotFoundException(
                "error.plan.notFound", id));
    }

    public RetailPlan create(String username, PlanForm form) {
        long sales = parties.actingAs(username, ParticipantType.SALES_COMPANY).value();
        PlanTerms terms = PlanValidation.terms(form, tariffs.current().map(t -> t.tariff()).orElse(null));
        Instant now = clock.instant();
        RetailPlan plan = new RetailPlan(sales, -now.toEpochMilli(), 1, now);
        plan.edit(form.texts(), terms, form.getValidFrom(),
                form.getValidUntil(), now);
        em.persist(plan);
        em.flush();
        plan.setLineage(plan.getId());
        return plan;
    }

    public RetailPlan edit(String username, long planId, PlanForm form) {
        RetailPlan plan = own(username, planId);
        requireDraft(plan);
        PlanTerms terms = PlanValidation.terms(form, tariffs.current().map(t -> t.tariff()).orElse(null));
        plan.edit(form.texts(), terms, form.getValidFrom(),
                form.getValidUntil(), clock.instant());
        return plan;
    }

    /** Publishes a draft; the lineage's published version before it is withdrawn. */
    public RetailPlan publish(String username, long planId) {
        RetailPlan plan = own(username, planId);
        requireDraft(plan);
        if (plan.getValidUntil() != null && plan.getValidUntil().isBefore(calendar.today())) {
            throw new BusinessException("error.plan.expired");
        }
        Instant now = clock.instant();
        for (RetailPlan earlier : em.createQuery("SELECT p FROM RetailPlan p WHERE p.lineage = :l AND p.status = :s",
                RetailPlan.class).setParameter("l", plan.getLineage()).setParameter("s", RetailPlan.Status.PUBLISHED)
                .getResultList()) {
            earlier.withdraw(now);
            outbox.record(PlanAudit.WITHDRAWN, earlier);
        }
        plan.publish(now);
        em.flush();
        outbox.record(PlanAudit.PUBLISHED, plan);
        return plan;
    }

    public RetailPlan withdraw(String username, long planId) {
        RetailPlan plan = own(username, planId);
        if (plan.getStatus() != RetailPlan.Status.PUBLISHED) {
            throw new BusinessException("error.plan.notPublished");
        }
        plan.withdraw(clock.instant());
        em.flush();
        outbox.record(PlanAudit.WITHDRAWN, plan);
        return plan;
    }

    /** A new draft version with the terms of a published or withdrawn one. */
    public RetailPlan revise(String username, long planId) {
        RetailPlan source = own(username, planId);
        List<RetailPlan> lineage = em.createQuery("SELECT p FROM RetailPlan p WHERE p.lineage = :l "
                + "ORDER BY p.versionNo DESC", RetailPlan.class).setParameter("l", source.getLineage()).getResultList();
        if (lineage.stream().anyMatch(p -> p.getStatus() == RetailPlan.Status.DRAFT)) {
            throw new BusinessException("error.plan.draftExists");
        }
        Instant now = clock.instant();
        RetailPlan next = new RetailPlan(source.getSalesParticipantId(), source.getLineage(),
                lineage.get(0).getVersionNo() + 1, now);
        next.edit(source.texts(), source.terms(), source.getValidFrom(),
                source.getValidUntil(), now);
        em.persist(next);
        em.flush();
        return next;
    }

    /** Deletes a draft that was never published. */
    public void discard(String username, long planId) {
        RetailPlan plan = own(username, planId);
        requireDraft(plan);
        em.remove(plan);
    }

    /** The plan's terms as the edit form shows them. */
    public PlanForm form(String username, long planId) {
        return PlanValidation.form(own(username, planId));
    }

    /** A sales company's countersigning rule (by hand until it sets one). */
    public SalesRule ruleOf(ParticipantId salesCompany) {
        return Optional.ofNullable(em.find(SalesRule.class, salesCompany.value()))
                .orElseGet(() -> new SalesRule(salesCompany.value()));
    }

    public SalesRule rule(String username) {
        long sales = parties.actingAs(username, ParticipantType.SALES_COMPANY).value();
        return Optional.ofNullable(em.find(SalesRule.class, sales)).orElseGet(() -> new SalesRule(sales));
    }

    public SalesRule setRule(String username, boolean autoAccept, BigDecimal maxAnnualKwh) {
        if (autoAccept && maxAnnualKwh != null && maxAnnualKwh.signum() <= 0) {
            throw new BusinessException(List.of(new BusinessException.Problem("maxAnnualKwh",
                    "error.rule.maxAnnualKwh")));
        }
        long sales = parties.actingAs(username, ParticipantType.SALES_COMPANY).value();
        SalesRule rule = em.find(SalesRule.class, sales);
        if (rule == null) {
            rule = new SalesRule(sales);
            em.persist(rule);
        }
        rule.set(autoAccept, maxAnnualKwh, username, clock.instant());
        em.flush();
        outbox.record(PlanAudit.RULE_UPDATED, rule);
        return rule;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private RetailPlan own(String username, long planId) {
        RetailPlan plan = em.find(RetailPlan.class, planId);
        if (plan == null || plan.getSalesParticipantId() != parties.actingAs(username, ParticipantType.SALES_COMPANY).value()) {
            throw new NotFoundException("error.plan.notFound", planId);
        }
        return plan;
    }

    private static void requireDraft(RetailPlan plan) {
        if (plan.getStatus() != RetailPlan.Status.DRAFT) {
            throw new BusinessException("error.plan.published");
        }
    }
}
