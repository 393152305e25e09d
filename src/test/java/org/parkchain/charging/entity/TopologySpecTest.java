package org.parkchain.charging.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.parkchain.identity.entity.ParticipantId;
import org.parkchain.platform.BusinessException;
import org.parkchain.platform.Problems;

/** The rules a transformer or station the park admin types must meet on their own. */
class TopologySpecTest {
    static TransformerSpec transformer(String rated, String factor, String reserve) {
        return new TransformerSpec("t3", " East 3 ", "东区3号", dec(rated), dec(factor), dec(reserve));
    }

    static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static List<String> fields(Runnable check, Problems problems) {
        check.run();
        try {
            problems.throwIfAny();
            return List.of();
        } catch (BusinessException e) {
            return e.problems().stream().map(BusinessException.Problem::field).toList();
        }
    }

    @Test
    void aSensibleTransformerPassesAndIsStoredNormalised() {
        TransformerSpec s = transformer("1000", "0.90", "100");
        Problems problems = new Problems();
        assertTrue(s.check(problems));
        assertTrue(problems.isEmpty());
        assertEquals(new BigDecimal("900.0"), s.activePowerLimitKw());
        TransformerSpec n = s.normalised();
        assertEquals("T3", n.code());
        assertEquals("East 3", n.nameEn());
    }

    @Test
    void theReserveMustStayBelowTheActivePowerLimit() {
        Problems p = new Problems();
        assertEquals(List.of("reserveKw"), fields(() -> transformer("1000", "0.9", "900").check(p), p));
        Problems q = new Problems();
        assertEquals(List.of(), fields(() -> transformer("1000", "0.9", "899.9").check(q), q));
    }

    @Test
    void figuresOutOfRangeOrTooPreciseAreEachNamed() {
        Problems p = new Problems();
        assertEquals(List.of("ratedKva", "powerFactor", "reserveKw"),
                fields(() -> transformer("0", "1.2", "-1").check(p), p));
        Problems q = new Problems();
        assertEquals(List.of("ratedKva", "powerFactor"), fields(() -> transformer("1000.25", "0.9001", "1").check(q), q));
        Problems r = new Problems();
        assertEquals(List.of("ratedKva"), fields(() -> transformer("1000000.1", "0.9", "1").check(r), r));
        Problems missing = new Problems();
        assertFalse(transformer(null, null, null).check(missing));
    }

    @Test
    void codesAndNamesAreRequired() {
        Problems p = new Problems();
        TransformerSpec s = new TransformerSpec("T 1", "", null, dec("100"), dec("1"), dec("0"));
        assertEquals(List.of("code", "nameEn", "nameZh"), fields(() -> s.check(p), p));
    }

    @Test
    void aStationFitsUnderItsTransformersLimit() {
        StationSpec ok = new StationSpec(1L, ParticipantId.of(7), "cs-9", "Station 9", "9号站", dec("120"), 4);
        Problems p = new Problems();
        assertEquals(List.of(), fields(() -> ok.check(p, dec("900.0")), p));
        assertEquals("CS-9", ok.normalised().code());
        StationSpec big = new StationSpec(1L, ParticipantId.of(7), "CS-9", "Station 9", "9号站", dec("900.1"), 0);
        Problems q = new Problems();
        assertEquals(List.of("maxPowerKw", "connectors"), fields(() -> big.check(q, dec("900.0")), q));
        StationSpec none = new StationSpec(null, null, "CS-9", "Station 9", "9号站", dec("10"), 201);
        Problems r = new Problems();
        assertEquals(List.of("transformerId", "operatorParticipantId", "connectors"),
                fields(() -> none.check(r, null), r));
    }

    @Property
    void anAcceptedTransformerLeavesRoomForCharging(@ForAll @BigRange(min = "0.1", max = "1000000") @Scale(1) BigDecimal rated,
                                                    @ForAll @BigRange(min = "0.001", max = "1") @Scale(3) BigDecimal factor,
                                                    @ForAll @BigRange(min = "0", max = "1000000") @Scale(1) BigDecimal reserve) {
        TransformerSpec s = new TransformerSpec("T1", "T", "变", rated, factor, reserve);
        boolean accepted = s.check(new Problems());
        assertEquals(reserve.compareTo(s.activePowerLimitKw()) < 0, accepted);
        if (accepted) {
            assertTrue(s.activePowerLimitKw().subtract(reserve).signum() > 0);
        }
    }
}
