package org.parkchain.plans.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import org.parkchain.ledger.control.AuditEvent;
import org.parkchain.ledger.control.AuditedAggregate;
import org.parkchain.plans.entity.PlanTexts;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.plans.entity.SalesRule;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * Retail plans on the ledger: published and withdrawn plan versions ({@code plan:<id>}; drafts are not on the ledger
 * until published, nobody is offered one) and each sales company's countersigning rule ({@code sales-rule:<participant>},
 * since it decides whether agreements are accepted automatically).
 */
@Dependent
public class PlanAudit {
    @Produces
    public static final AuditedAggregate<RetailPlan> PLAN = AuditedAggregate.of("plan", RetailPlan::getId,
            PlanAudit::plan, em -> em.createQuery("SELECT p FROM RetailPlan p WHERE p.status <> :draft",
                    RetailPlan.class).setParameter("draft", RetailPlan.Status.DRAFT).getResultStream());
    public static final AuditEvent<RetailPlan> PUBLISHED = PLAN.event("plan.published");
    public static final AuditEvent<RetailPlan> WITHDRAWN = PLAN.event("plan.withdrawn");

    @Produces
    public static final AuditedAggregate<SalesRule> SALES_RULE = AuditedAggregate.entity("sales-rule",
            SalesRule.class, SalesRule::getSalesParticipantId, PlanAudit::rule);
    public static final AuditEvent<SalesRule> RULE_UPDATED = SALES_RULE.event("sales-rule.updated");

    PlanAudit() {
    }

    /** A plan's record; {@code nameZh} only for plans that have one (schema 012), so older records still match. */
    private static JsonObject plan(RetailPlan p) {
        PlanTexts texts = p.texts();
        JsonObjectBuilder b = CanonicalJson.JSON.createObjectBuilder().add("id", p.getId())
                .add("salesParticipantId", p.getSalesParticipantId()).add("lineage", p.getLineage())
                .add("versionNo", p.getVersionNo()).add("name", texts.nameEn() == null ? "" : texts.nameEn())
                .add("terms", CanonicalJson.parseObject(p.getTerms())).add("validFrom", date(p.getValidFrom()))
                .add("validUntil", date(p.getValidUntil())).add("status", p.getStatus().name())
                .add("publishedAt", p.getPublishedAt() == null ? "" : CanonicalJson.instant(p.getPublishedAt()))
                .add("withdrawnAt", p.getWithdrawnAt() == null ? "" : CanonicalJson.instant(p.getWithdrawnAt()));
        if (texts.nameZh() != null) {
            b.add("nameZh", texts.nameZh());
        }
        return b.build();
    }

    private static JsonObject rule(SalesRule r) {
        return CanonicalJson.JSON.createObjectBuilder().add("salesParticipantId", r.getSalesParticipantId())
                .add("autoAccept", r.isAutoAccept())
                .add("maxAnnualKwh", r.getMaxAnnualKwh() == null ? "" : CanonicalJson.decimal(r.getMaxAnnualKwh()))
                .add("updatedBy", r.getUpdatedBy()).add("updatedAt", CanonicalJson.instant(r.getUpdatedAt())).build();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
