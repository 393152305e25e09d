package org.parkchain.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What the page-load harness asks for, per role: each role's pages and main API reads with a weight (how often a
 * user of that role asks for it: the portal home most, then the role's working pages), and the demo users who log in
 * to ask for them. The pages are those of the authorization matrix that a role can open without parameters.
 */
final class PageMix {
    /** One page or API read and how often it is asked for, relative to the others of its role. */
    record Page(String path, int weight) {
    }

    /** A demo user and the pages of its role. */
    record User(String username, String role, List<Page> pages) {
        /** A page by weight. */
        Page next(RandomGenerator random) {
            int total = pages.stream().mapToInt(Page::weight).sum();
            int pick = random.nextInt(total);
            for (Page p : pages) {
                pick -= p.weight();
                if (pick < 0) {
                    return p;
                }
            }
            throw new IllegalStateException("no page");
        }
    }

    static final Map<String, List<Page>> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("resident", List.of(new Page("/resident/index.xhtml", 4), new Page("/resident/plans.xhtml", 2),
                new Page("/resident/profile.xhtml", 1), new Page("/resident/agreement.xhtml", 1),
                new Page("/access/index.xhtml", 1), new Page("/account/index.xhtml", 1),
                new Page("/api/agreements/plans", 1), new Page("/api/agreements/bills", 1)));
        ROLES.put("sales", List.of(new Page("/sales/index.xhtml", 4), new Page("/sales/plans.xhtml", 1),
                new Page("/sales/customers.xhtml", 1), new Page("/sales/channels.xhtml", 1),
                new Page("/sales/position.xhtml", 1), new Page("/api/agreements/agreements", 1),
                new Page("/api/trading/channels", 1)));
        List<Page> trader = List.of(new Page("/trader/index.xhtml", 4), new Page("/trader/channels.xhtml", 1),
                new Page("/access/index.xhtml", 1), new Page("/api/trading/channels", 1));
        ROLES.put("large", trader);
        ROLES.put("gen", trader);
        ROLES.put("station", List.of(new Page("/station/index.xhtml", 4), new Page("/station/charging.xhtml", 1),
                new Page("/station/rights-market.xhtml", 1), new Page("/api/stations", 1)));
        ROLES.put("regulator", List.of(new Page("/regulator/index.xhtml", 4), new Page("/regulator/audit.xhtml", 1),
                new Page("/regulator/applications.xhtml", 1), new Page("/regulator/certificates.xhtml", 1),
                new Page("/regulator/trading.xhtml", 1), new Page("/regulator/charging.xhtml", 1),
                new Page("/regulator/rights-market.xhtml", 1), new Page("/api/audit/status", 1)));
        ROLES.put("admin", List.of(new Page("/admin/index.xhtml", 4), new Page("/admin/participants.xhtml", 1),
                new Page("/admin/users.xhtml", 1), new Page("/admin/topology.xhtml", 1),
                new Page("/admin/tariff.xhtml", 1), new Page("/admin/metering.xhtml", 1),
                new Page("/admin/charging.xhtml", 1), new Page("/admin/rights-market.xhtml", 1),
                new Page("/api/participants", 1)));
    }

    private PageMix() {
    }

    /**
     * {@code n} demo users, the roles taken in turn (so any n has every role, and residents, the many, fill the rest):
     * admin, regulator, sales1, large1, gen1, station1, resident01, then sales2 and so on. Beyond the 53 demo users
     * the list starts again (a second session of the same user).
     */
    static List<User> users(int n) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("admin", List.of("admin"));
        names.put("regulator", List.of("regulator"));
        for (String role : List.of("sales", "large", "gen")) {
            names.put(role, numbered(role, 4, false));
        }
        names.put("station", numbered("station", 3, false));
        names.put("resident", numbered("resident", 36, true));
        List<User> all = new ArrayList<>();
        for (int round = 0; all.size() < 53; round++) {
            for (Map.Entry<String, List<String>> e : names.entrySet()) {
                if (round < e.getValue().size()) {
                    all.add(new User(e.getValue().get(round), e.getKey(), ROLES.get(e.getKey())));
                }
            }
        }
        List<User> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chosen.add(all.get(i % all.size()));
        }
        return chosen;
    }

    private static List<String> numbered(String prefix, int count, boolean twoDigits) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(prefix + (twoDigits ? String.format("%02d", i) : String.valueOf(i)));
        }
        return names;
    }
}
