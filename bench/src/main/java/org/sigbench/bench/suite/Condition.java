package org.sigbench.bench.suite;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * A condition of a recognition study ({@link Suite.Recognition}): what the references of a DTW
 * 1-NN classifier are (see {@code org.sigbench.bench.study.Recognition}). Written in suites and
 * cell ids by its token.
 */
public enum Condition {
    /** All real samples of the other subjects. */
    REAL("real", null),
    /** One real sample per label and subject. */
    REAL_SINGLE("real-single", null),
    /** DS duplicates of that single real sample instead of it. */
    DS("ds", "ds"),
    /** KS re-timings of that single real sample instead of it. */
    KS("ks", "ks"),
    /** K = 1: one real sample per label, all from one other subject. */
    K1("k1", null),
    /** K = 1 plus DS duplicates of each reference. */
    K1_PLUS_DS("k1-plus-ds", "ds"),
    /** K = 1 plus KS re-timings of each reference. */
    K1_PLUS_KS("k1-plus-ks", "ks"),
    /** A DS-mimic synthetic corpus, probes synthetic too. */
    MIMIC_DS("mimic-ds", "ds"),
    /** A KS-mimic synthetic corpus, probes synthetic too. */
    MIMIC_KS("mimic-ks", "ks");

    private final String token;
    private final String method;

    Condition(String token, String method) {
        this.token = token;
        this.method = method;
    }

    /** The name in suites, ids and tables ({@code real}, {@code k1-plus-ds}, ...). */
    @JsonValue
    public String token() {
        return token;
    }

    /** The synthesis method the condition makes samples with ({@code ds} or {@code ks}), or null. */
    public String method() {
        return method;
    }

    /** Whether the condition makes synthetic samples. */
    public boolean synthesises() {
        return method != null;
    }

    /** The condition of a token; unknown tokens are refused with the list of known ones. */
    @JsonCreator
    public static Condition of(String token) {
        for (Condition c : values()) {
            if (c.token.equals(token)) {
                return c;
            }
        }
        throw new IllegalArgumentException("recognition conditions: unknown '" + token + "' (one of "
                + Arrays.stream(values()).map(Condition::token).toList() + ")");
    }

    @Override
    public String toString() {
        return token;
    }
}
