package org.parkchain.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CreditCodeTest {
    @Test
    void acceptsPublishedCodesWithTheirCheckCharacter() {
        assertTrue(CreditCode.isValid("91350100M000100Y43"));
        assertTrue(CreditCode.isValid("91110000600037341L"));
        // worked by hand: sum of value x weight = 1640, 1640 mod 31 = 28, 31 - 28 = 3 -> '3'
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    }

    @Test
    void refusesWrongCheckCharacterLengthAndForbiddenLetters() {
        assertFalse(CreditCode.isValid("91350100M000100Y44"));
        assertFalse(CreditCode.isValid("91350100M000100Y4"));
        assertFalse(CreditCode.isValid("91350100M000100Y433"));
        assertFalse(CreditCode.isValid("91350100I000100Y43"), "I is not in the alphabet");
        assertFalse(CreditCode.isValid("91350100m000100Y43"), "lower case is not accepted");
        assertFalse(CreditCode.isValid(null));
    }

    @Test
    void checkValueThirtyOneBecomesZero() {
        // all zeros: sum 0, 31 - 0 = 31 -> '0'
        assertEquals('0', CreditCode.checkCharacter("00000000000000000"));
    }

    @Property
    void completedCodesAreValid(@ForAll("first17") String first17) {
        assertTrue(CreditCode.isValid(CreditCode.complete(first17)));
    }

    @Property
    void anySingleCharacterChangeIsDetected(@ForAll("first17") String first17, @ForAll @IntRange(max = 17) int position,
                                            @ForAll @IntRange(min = 1, max = 30) int shift) {
        String code = CreditCode.complete(first17);
        char original = code.charAt(position);
        char replaced = CreditCode.ALPHABET.charAt((CreditCode.ALPHABET.indexOf(original) + shift) % 31);
        String tampered = code.substring(0, position) + replaced + code.substring(position + 1);
        assertFalse(CreditCode.isValid(tampered), tampered);
    }

    @Provide
    Arbitrary<String> first17() {
        return Arbitraries.strings().withChars(CreditCode.ALPHABET.toCharArray()).ofLength(17);
    }
}
