package org.parkchain.plans.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.parkchain.identity.boundary.CurrentUser;
import org.parkchain.plans.boundary.RetailPlans;
import org.parkchain.plans.control.PlanType;
import org.parkchain.plans.entity.PlanForm;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.plans.entity.SalesRule;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.time.ParkCalendar;
import org.parkchain.platform.web.FacesMessages;
import org.parkchain.platform.web.LocaleView;

/** A sales company's retail plans: drafts, publishing, withdrawal, new versions, and its countersigning rule. */
@Named("salesPlans")
@ViewScoped
public class SalesPlansView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RetailPlans plans;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleView localeView;

    @Inject
    ParkCalendar calendar;

    private PlanForm form;
    private Long editing;
    private boolean autoAccept;
    private BigDecimal maxAnnualKwh;
    private transient List<RetailPlan> list;

    @jakarta.annotation.PostConstruct
    void init() {
        SalesRule rule = plans.rule(currentUser.name());
        autoAccept = rule.isAutoAccept();
        maxAnnualKwh = rule.getMaxAnnualKwh();
    }

    public List<RetailPlan> getPlans() {
        if (list == null) {
            list = plans.own(currentUser.name());
        }
        return list;
    }

    public void startNew() {
        form = new PlanForm();
        form.setValidFrom(calendar.today());
        editing = null;
    }

    public void edit(long planId) {
        try {
            form = plans.form(currentUser.name(), planId);
            editing = planId;
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void save() {
        try {
            RetailPlan p = editing == null ? plans.create(currentUser.name(), form) : plans.edit(currentUser.name(), editing, form);
            messages.info("plans.saved", p.name(localeView.getLocale()), p.getVersionNo());
            close();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void close() {
        form = null;
        editing = null;
        list = null;
    }

    public void publish(long planId) {
        act(() -> plans.publish(currentUser.name(), planId), "plans.published");
    }

    public void withdraw(long planId) {
        act(() -> plans.withdraw(currentUser.name(), planId), "plans.withdrawn");
    }

    public void revise(long planId) {
        try {
            RetailPlan draft = plans.revise(currentUser.name(), planId);
            list = null;
            edit(draft.getId());
            messages.info("plans.revised", draft.name(localeView.getLocale()), draft.getVersionNo());
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void discard(long planId) {
        try {
            plans.discard(currentUser.name(), planId);
            messages.info("plans.discarded");
            close();
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public void saveRule() {
        try {
            plans.setRule(currentUser.name(), autoAccept, maxAnnualKwh);
            messages.info("plans.ruleSaved");
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    private void act(java.util.function.Supplier<RetailPlan> action, String message) {
        try {
            RetailPlan p = action.get();
            messages.info(message, p.name(localeView.getLocale()), p.getVersionNo());
            list = null;
        } catch (BusinessException e) {
            messages.refused(e);
        }
    }

    public PlanType[] getTypes() {
        return PlanType.values();
    }

    public PlanForm getForm() {
        return form;
    }

    public Long getEditing() {
        return editing;
    }

    public boolean isAutoAccept() {
        return autoAccept;
    }

    public void setAutoAccept(boolean autoAccept) {
        this.autoAccept = autoAccept;
    }

    public BigDecimal getMaxAnnualKwh() {
        return maxAnnualKwh;
    }

    public void setMaxAnnualKwh(BigDecimal maxAnnualKwh) {
        this.maxAnnualKwh = maxAnnualKwh;
    }
}
