package org.sigbench.datasets.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one number syntax: plain decimals only, finite, integers in range; short messages without JDK text. */
class StrictNumbersTest {
    @Test
    void plainDecimalsParseToTheSameBitsAsJava() {
        for (String s : List.of("0", "-0", "+3", "12.5", ".5", "5.", "-1.25e-3", "1E10", "4.9E-324", "1.7976931348623157E308",
                Double.toString(1.0 / 3))) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(StrictNumbers.parseDouble(s)), s);
        }
    }

    @Test
    void hexSuffixesNonFiniteAndOverflowAreRefused() {
        for (String s : List.of("0x1p3", "0x10", "1d", "7F", "2L", "NaN", "Infinity", "-Infinity", "inf", "1e309", "-1e309",
                "1_000", "1,5", "+", "-", ".", "e5", "1e", "1e+", "0b101", "\u0661", "１", "1 2", "", " 1", "1.2.3",
                "9".repeat(400))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StrictNumbers.parseDouble(s), s);
            assertFalse(e.getMessage().contains("For input string"), e.getMessage());
            assertTrue(e.getMessage().length() < 120, e.getMessage());
        }
    }

    @Test
    void integersMustBeWholeAndInRange() {
        assertEquals(2147483647L, StrictNumbers.parseLong("2147483647", 0, Integer.MAX_VALUE));
        assertEquals(-5, StrictNumbers.parseInt("-5", -10, 10));
        for (String s : List.of("4294967298", "99999999999", "9223372036854775808", "1.5", "1e3", "0x1F", "", "-")) {
            assertThrows(IllegalArgumentException.class, () -> StrictNumbers.parseInt(s, 0, Integer.MAX_VALUE), s);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StrictNumbers.parseInt("4294967298", 1, Integer.MAX_VALUE));
        assertEquals("'4294967298' is out of range 1..2147483647", e.getMessage());
    }

    @Test
    void quotesAreCutAndControlCharactersHidden() {
        assertEquals("'a?b'", StrictNumbers.quote("a\nb"));
        assertEquals(StrictNumbers.QUOTE + 5, StrictNumbers.quote("x".repeat(500)).length());
    }
}
