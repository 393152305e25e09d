package org.parkchain.agreements.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.platform.i18n.Messages;
import org.parkchain.profiles.control.Recommender;

/**
 * Why the first plan of a ranking wins, in plain words. Rules: with one plan on offer, say what it costs; otherwise say
 * whether it is the current plan, whether it is the cheapest on average (then by how much, and in which component it
 * gains most on the runner-up: energy, penalties or fees) or wins on bad-year risk; then the bad-year cost when the
 * resident weighs risk, the exit fee when switching costs one, and the expected penalties when there are any (above
 * half a fen).
 */
public final class RecommendationExplanation {
    /** Expected penalties below this (yuan a year) are not worth a sentence. */
    static final double PENALTY_WORTH_SAYING = 0.005;

    private RecommendationExplanation() {
    }

    /**
     * @param ranking    the ranked plans, best first
     * @param topCompany the name of the first plan's sales company
     */
    public static List<Sentence> of(List<Recommendation.Ranked> ranking, double gamma, Sentence.Name topCompany) {
        List<Sentence> lines = new ArrayList<>();
        if (ranking.isEmpty()) {
            return lines;
        }
        Recommendation.Ranked top = ranking.get(0);
        Recommender.Evaluation t = top.evaluation();
        Sentence.Name name = planName(top.plan());
        if (ranking.size() == 1) {
            lines.add(new Sentence("recommendation.why.only", name, t.expectedCost()));
            return lines;
        }
        Recommendation.Ranked second = ranking.get(1);
        Recommender.Evaluation s = second.evaluation();
        if (top.current()) {
            lines.add(new Sentence("recommendation.why.current", name));
        }
        if (t.expectedCost() <= s.expectedCost()) {
            lines.add(new Sentence("recommendation.why.cheapest", name, topCompany, t.expectedCost(),
                    s.expectedCost() - t.expectedCost(), planName(second.plan())));
            double energy = s.expectedEnergy() - t.expectedEnergy();
            double penalties = s.expectedPenalty() - t.expectedPenalty();
            double fees = s.signUpFee() + s.switchingCost() - t.signUpFee() - t.switchingCost();
            String part = energy >= penalties && energy >= fees ? "energy" : penalties >= fees ? "penalties" : "fees";
            lines.add(new Sentence("recommendation.why.part." + part, Math.max(energy, Math.max(penalties, fees))));
        } else {
            lines.add(new Sentence("recommendation.why.risk", name, t.expectedCost(), s.expectedCost(),
                    planName(second.plan()), t.badYearCost(), s.badYearCost()));
        }
        if (gamma > 0) {
            lines.add(new Sentence("recommendation.why.tail", t.badYearCost(), gamma));
        }
        if (t.switchingCost() > 0) {
            lines.add(new Sentence("recommendation.why.exitFee", t.switchingCost()));
        }
        if (t.expectedPenalty() > PENALTY_WORTH_SAYING) {
            lines.add(new Sentence("recommendation.why.penalty", t.expectedPenalty()));
        }
        return lines;
    }

    private static Sentence.Name planName(RetailPlan plan) {
        return new Sentence.Name(plan.name(Locale.ENGLISH), plan.name(Messages.CHINESE));
    }
}
