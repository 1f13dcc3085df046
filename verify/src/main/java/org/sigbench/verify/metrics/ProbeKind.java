package org.sigbench.verify.metrics;

/** What a probe is with respect to the claimed (reference) subject. */
public enum ProbeKind {
    /** Another genuine sample of the reference subject. */
    GENUINE,
    /** A skilled forgery of the reference subject. */
    SKILLED,
    /** A genuine sample of another subject (zero-effort, "random" forgery). */
    RANDOM;

    /** Lower-case token used in files and tables. */
    public String token() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
