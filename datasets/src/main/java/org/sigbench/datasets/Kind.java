package org.sigbench.datasets;

/** What a sample is with respect to its subject. */
public enum Kind {
    /** Written by the subject itself. */
    GENUINE,
    /** Written by another person imitating the subject ({@link SignatureMeta#imitates()}). */
    SKILLED_FORGERY,
    /** Any other class label, such as a digit of an air-writing corpus ({@link SignatureMeta#label()}). */
    OTHER;

    /** The lower-case name used in files: {@code genuine}, {@code skilled_forgery}, {@code other}. */
    public String token() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@link #token()}; case-insensitive. */
    public static Kind parse(String s) {
        for (Kind k : values()) {
            if (k.token().equalsIgnoreCase(s.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + s + "' (expected genuine, skilled_forgery or other)");
    }
}
