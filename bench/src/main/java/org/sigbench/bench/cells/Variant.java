package org.sigbench.bench.cells;

import java.util.Locale;

/** The data a verification or realism cell runs on: the real corpus or one of its synthetic variants. */
public enum Variant {
    /** The real corpus. */
    REAL,
    /** Full Synthesis: new identities with the corpus profile. */
    FS,
    /** Duplicates of each subject's first genuine sample, and forgeries made from it. */
    DS,
    /** Kinematic Synthesis: every real trajectory re-timed. */
    KS;

    /** The token in ids, suites and tables: {@code real}, {@code fs}, {@code ds}, {@code ks}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The variant of a token. */
    public static Variant of(String token) {
        for (Variant v : values()) {
            if (v.token().equals(token)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown variant '" + token + "' (real, fs, ds or ks)");
    }

    /** Whether this variant is synthetic. */
    public boolean synthetic() {
        return this != REAL;
    }
}
