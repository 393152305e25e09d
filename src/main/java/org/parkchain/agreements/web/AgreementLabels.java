package org.parkchain.agreements.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.parkchain.identity.boundary.Parties;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.plans.boundary.RetailPlans;
import org.parkchain.platform.web.LocaleView;

/**
 * Names shown in the agreements tables (plan with its version, organisation in the page's language), looked up once
 * per view rather than once per table cell. Injected into the views, so it lives as long as the view.
 */
@Dependent
public class AgreementLabels implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RetailPlans plans;

    @Inject
    Parties parties;

    @Inject
    LocaleView localeView;

    private final Map<String, String> planNames = new HashMap<>();
    private final Map<String, String> partyNames = new HashMap<>();

    /** The plan's name in the page's language, with its version. */
    public String plan(long planId) {
        return planNames.computeIfAbsent(planId + (localeView.isChinese() ? "zh" : "en"), k -> {
            var p = plans.plan(planId);
            return p.name(localeView.getLocale()) + " v" + p.getVersionNo();
        });
    }

    public String party(long participantId) {
        boolean chinese = localeView.isChinese();
        return partyNames.computeIfAbsent(participantId + (chinese ? "zh" : "en"),
                k -> parties.name(ParticipantId.of(participantId), chinese));
    }
}
