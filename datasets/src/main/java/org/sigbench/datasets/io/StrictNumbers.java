package org.sigbench.datasets.io;

/**
 * The one number syntax of every sigbench text format: plain decimal, {@code [+-]digits[.digits][(e|E)[+-]digits]}
 * (at least one digit before or after the point). Refused: hexadecimal ({@code 0x1p3}), type
 * suffixes ({@code 1d}, {@code 7F}), {@code NaN}, {@code Infinity}, inner spaces, and values that
 * overflow ({@code 1e309} for doubles, anything outside the range for integers). Leading and
 * trailing white space must be stripped by the caller. Errors are {@link IllegalArgumentException}s
 * whose message is a short reason quoting at most {@value #QUOTE} characters of the cell, never
 * JDK text; callers add the file and the line.
 */
public final class StrictNumbers {
    /** Longest quoted excerpt of a bad cell in a message. */
    public static final int QUOTE = 40;
    /** Longest number text accepted (digits, sign, point and exponent). */
    public static final int MAX_LENGTH = 100;

    private StrictNumbers() {
    }

    /** Whether {@code s} is a syntactically valid decimal (overflow not checked). */
    public static boolean isDecimal(String s) {
        int n = s.length();
        if (n == 0 || n > MAX_LENGTH) {
            return false;
        }
        int i = s.charAt(0) == '+' || s.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A finite double written as a plain decimal. */
    public static double parseDouble(String s) {
        if (!isDecimal(s)) {
            throw new IllegalArgumentException(quote(s) + " is not a number (plain decimal expected)");
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(quote(s) + " is too large (not a finite number)");
        }
        return v;
    }

    /** A whole number in {@code [min, max]}, written with digits only (optional sign). */
    public static long parseLong(String s, long min, long max) {
        int n = s.length();
        int i = n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        if (n == i || n > MAX_LENGTH) {
            throw new IllegalArgumentException(quote(s) + " is not a whole number");
        }
        for (int k = i; k < n; k++) {
            if (!isDigit(s.charAt(k))) {
                throw new IllegalArgumentException(quote(s) + " is not a whole number");
            }
        }
        long v = 0;
        boolean neg = s.charAt(0) == '-';
        for (int k = i; k < n; k++) {
            int d = s.charAt(k) - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw new IllegalArgumentException(quote(s) + " is out of range " + min + ".." + max);
            }
            v = v * 10 + d;
        }
        v = neg ? -v : v;
        if (v < min || v > max) {
            throw new IllegalArgumentException(quote(s) + " is out of range " + min + ".." + max);
        }
        return v;
    }

    /** A whole number in {@code [min, max]} that fits an int. */
    public static int parseInt(String s, int min, int max) {
        return (int) parseLong(s, min, max);
    }

    /** {@code 'text'}, cut to {@value #QUOTE} characters and with control characters shown as '?'. */
    public static String quote(String s) {
        return "'" + excerpt(s, QUOTE) + "'";
    }

    /** {@code s} cut to {@code max} characters (marked with "...") with control characters replaced by '?'. */
    public static String excerpt(String s, int max) {
        String v = s == null ? "" : s;
        boolean cut = v.length() > max;
        StringBuilder b = new StringBuilder(Math.min(v.length(), max) + 3);
        for (int k = 0; k < Math.min(v.length(), max); k++) {
            char c = v.charAt(k);
            b.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
        }
        return cut ? b.append("...").toString() : b.toString();
    }
}
