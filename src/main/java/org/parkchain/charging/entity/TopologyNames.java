package org.parkchain.charging.entity;

import java.util.Locale;
import org.parkchain.platform.Problems;

/** The code and the two names every transformer and station carries, and their rules. */
final class TopologyNames {
    private static final int MAX_NAME = 200;

    private TopologyNames() {
    }

    static void check(Problems problems, String code, String nameEn, String nameZh) {
        problems.check(code(code).matches("[A-Z0-9][A-Z0-9-]{0,31}"), "code", "error.topology.code");
        problems.check(!trim(nameEn).isEmpty() && trim(nameEn).length() <= MAX_NAME, "nameEn", "error.topology.nameEn",
                MAX_NAME);
        problems.check(!trim(nameZh).isEmpty() && trim(nameZh).length() <= MAX_NAME, "nameZh", "error.topology.nameZh",
                MAX_NAME);
    }

    static String code(String code) {
        return trim(code).toUpperCase(Locale.ROOT);
    }

    static String trim(String text) {
        return text == null ? "" : text.strip();
    }
}
