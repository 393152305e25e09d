package org.parkchain.agreements.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkchain.agreements.control.Recommendation;
import org.parkchain.agreements.control.RecommendationExplanation;
import org.parkchain.agreements.control.Sentence;
import org.parkchain.agreements.entity.Agreement;
import org.parkchain.identity.boundary.Parties;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.plans.boundary.RetailPlans;
import org.parkchain.plans.control.PlanTerms;
import org.parkchain.plans.entity.RetailPlan;
import org.parkchain.platform.BusinessException;
import org.parkchain.profiles.boundary.LoadProfiles;
import org.parkchain.profiles.control.Archetype;
import org.parkchain.profiles.control.LoadScenarios;
import org.parkchain.profiles.control.Recommender;
import org.parkchain.profiles.control.UsageProfile;
import org.parkchain.tariffs.boundary.CatalogTariffs;
import org.parkchain.tariffs.control.CatalogTariff;

/**
 * Recommends agreements (DOMAIN.md §1): every plan offered today is priced over the resident's year under the same
 * {@value #SCENARIOS} load scenarios drawn from the profile's own variability; the ranking is by expected cost plus
 * γ times the CVaR 95 % plus the fees of switching (the new plan's sign-up fee, and the exit fee of the current
 * agreement when leaving it before its term). The current plan costs no switching. Deterministic: the scenarios
 * are fixed by a seed, so the same profile, plans and γ always give the same ranking.
 */
@Stateless
public class Recommendations {
    public static final int SCENARIOS = 200;
    public static final long SEED = 20_260_101L;
    public static final int CHART_PLANS = 3;
    private static final Recommender RECOMMENDER = new Recommender(new LoadScenarios(SCENARIOS, 12, SEED));

    @Inject
    RetailPlans plans;

    @Inject
    CatalogTariffs tariffs;

    @Inject
    Agreements agreements;

    @Inject
    AgreementRecords agreementRecords;

    @Inject
    LoadProfiles profiles;

    @Inject
    Parties parties;


    /**
     * For the resident's saved profile, counting the switching costs from the agreement in force today (its current
     * plan); empty while it has no profile.
     */
    public Optional<Recommendation> forResident(String username, double gamma) {
        return profiles.mine(username).map(p -> rank(p.usage(), gamma, agreementRecords.inForceToday(p.getParticipantId())));
    }

    /** For a typical profile of a kind of business scaled to a yearly consumption, as a new customer. */
    public Recommendation forArchetype(Archetype archetype, double annualKwh, double gamma) {
        return rank(profiles.archetype(archetype, annualKwh, tariffs.required().tariff()).profile(), gamma,
                Optional.empty());
    }

    /** For twelve monthly consumptions split by a daily pattern, as a new customer. */
    public Recommendation forMonthly(double[] monthlyKwh, Archetype pattern, double gamma) {
        return rank(profiles.monthly(monthlyKwh, pattern, tariffs.required().tariff()).profile(), gamma,
                Optional.empty());
    }

    /** For interval readings ({@code timestamp,kWh} CSV), as a new customer; nothing is saved. */
    public Recommendation forReadings(InputStream csv, double gamma) {
        return rank(profiles.fromSeries(profiles.readings(csv), tariffs.required().tariff()).profile(), gamma,
                Optional.empty());
    }

    private Sentence.Name company(long participantId) {
        ParticipantId id = ParticipantId.of(participantId);
        return new Sentence.Name(parties.name(id, false), parties.name(id, true));
    }

    private Recommendation rank(UsageProfile profile, double gamma, Optional<Agreement> current) {
        if (!(gamma >= 0 && gamma <= 10)) {
            throw new BusinessException("error.recommendation.gamma");
        }
        CatalogTariff catalog = tariffs.required().tariff();
        List<RetailPlan> offered = plans.offered();
        Map<Long, RetailPlan> byId = new HashMap<>();
        Map<Long, PlanTerms> termsById = new HashMap<>();
        List<Recommender.Candidate> candidates = new ArrayList<>();
        double exitFee = current.map(agreements::exitFeeIfLeftNow).orElse(0.0);
        for (RetailPlan p : offered) {
            byId.put(p.getId(), p);
            PlanTerms terms = p.terms();
            termsById.put(p.getId(), terms);
            boolean isCurrent = current.map(a -> a.getPlanId() == p.getId()).orElse(false);
            if (isCurrent) {
                terms = terms.withConditions(terms.termMonths(), terms.noticeDays(), terms.earlyExitFee(), 0,
                        terms.greenShare());
            }
            candidates.add(new Recommender.Candidate(p.getId(), terms, isCurrent ? 0 : exitFee));
        }
        List<Recommender.Evaluation> evaluations = RECOMMENDER.rank(profile, catalog, candidates, gamma);
        List<Recommendation.Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < evaluations.size(); i++) {
            Recommender.Evaluation e = evaluations.get(i);
            RetailPlan p = byId.get(e.planId());
            double[] monthly = i < CHART_PLANS ? RECOMMENDER.monthlyExpected(profile, catalog, termsById.get(p.getId())) : null;
            ranking.add(new Recommendation.Ranked(i + 1, p, e, current.map(a -> a.getPlanId() == p.getId()).orElse(false),
                    monthly));
        }
        double[] catalogMonthly = RECOMMENDER.monthlyExpected(profile, catalog, PlanTerms.catalog());
        List<Sentence> why = ranking.isEmpty() ? List.of() : RecommendationExplanation.of(ranking, gamma,
                company(ranking.get(0).plan().getSalesParticipantId()));
        return new Recommendation(profile, gamma, List.copyOf(ranking), catalogMonthly, current, why);
    }
}
