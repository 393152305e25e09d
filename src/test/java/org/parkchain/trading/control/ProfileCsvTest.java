package org.parkchain.trading.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileCsvTest {
    static String rows(int n) {
        StringBuilder b = new StringBuilder("slot,weekday,weekend,holiday\n");
        for (int i = 0; i < n; i++) {
            b.append(i).append(',').append(500 + i).append(',').append(200).append(',')
                    .append(100).append('\n');
        }
        return b.toString();
    }

    @Test
    void twentyFourOrNinetySixRowsFillTheThreeProfiles() {
        ProfileCsv.Result r = ProfileCsv.read(rows(24));
        assertEquals(List.of(), r.problems());
        assertEquals(24, r.profile().get(DayType.WEEKDAY).length);
        assertEquals(523, r.profile().get(DayType.WEEKDAY)[23]);
        assertEquals(200, r.profile().get(DayType.WEEKEND)[0]);
        assertEquals(100, r.profile().get(DayType.HOLIDAY)[5]);
        assertEquals(96, ProfileCsv.read(rows(96)).profile().get(DayType.HOLIDAY).length);
    }

    @Test
    void badLinesAndCountsAreNamed() {
        ProfileCsv.Result r = ProfileCsv.read(rows(24).replace("3,503,200,100", "3,503,200").replace("7,507,200",
                "7,abc,200"));
        assertEquals(List.of(5L, 9L), r.problems().stream().map(p -> p.line()).toList());
        assertEquals("error.trading.profileCsv.columns", r.problems().get(0).key());
        assertEquals("error.trading.profileCsv.number", r.problems().get(1).key());
        assertEquals("error.trading.profileCsv.rows", ProfileCsv.read(rows(23)).problems().get(0).key());
    }
}
