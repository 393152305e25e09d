package org.parkchain.agreements.control;

import java.util.List;
import java.util.Optional;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.profiles.control.Recommender;
import org.parkchain.profiles.control.UsageProfile;

/**
 * A ranking of the plans on offer for one profile and risk preference, with the catalog tariff's monthly bills for
 * comparison, the resident's current agreement (if any) and, in plain words, why the first plan wins.
 */
public record Recommendation(UsageProfile profile, double gamma, List<Ranked> ranking, double[] catalogMonthly,
                             Optional<Agreement> current, List<Sentence> explanation) {

    /** A plan's place in the ranking, with its monthly expected bills when it is among the charted top plans. */
    public record Ranked(int rank, RetailPlan plan, Recommender.Evaluation evaluation, boolean current,
                         double[] monthly) {
    }

    public Optional<Ranked> top() {
        return ranking.stream().findFirst();
    }

    public Optional<Ranked> runnerUp() {
        return ranking.stream().skip(1).findFirst();
    }
}
