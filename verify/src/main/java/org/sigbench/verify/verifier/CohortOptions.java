package org.sigbench.verify.verifier;

import java.util.Objects;

/**
 * Settings of {@link CohortVerifier}.
 *
 * @param base       settings of the writer-dependent verifier whose scores are normalised: a
 *                   {@link DtwVerifierOptions} or a {@link FusionOptions}
 * @param norm       how a score is normalised by the cohort scores of the same enrolment
 * @param perSubject cohort samples per development subject: its first genuine samples in corpus
 *                   order, skipping the one that serves as random-forgery probe (>= 1)
 */
public record CohortOptions(Record base, Norm norm, int perSubject) {
    /**
     * The experiment arm {@code x-cohort-z}: {@code dtw-tuned} scores, Z-normalised per enrolment by two
     * genuine samples of every development subject. Not a named verifier: every cohort arm lost to
     * dtw-tuned on the development split (verify/README.md, "Cohort normalisation").
     */
    public static final CohortOptions DEFAULT = new CohortOptions(DtwVerifierOptions.TUNED, Norm.Z, 2);

    public CohortOptions {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(norm, "norm");
        if (!(base instanceof DtwVerifierOptions) && !(base instanceof FusionOptions)) {
            throw new IllegalArgumentException("cohort normalisation of " + base.getClass().getSimpleName()
                    + " is not supported (DTW or fusion settings expected)");
        }
        if (perSubject < 1) {
            throw new IllegalArgumentException("at least one cohort sample per subject is needed, got " + perSubject);
        }
    }

    public CohortOptions withNorm(Norm n) {
        return new CohortOptions(base, n, perSubject);
    }

    public CohortOptions withBase(Record b) {
        return new CohortOptions(b, norm, perSubject);
    }

    /**
     * Normalisations of a raw score s by the mean mu and the sample standard deviation sd of the
     * enrolment's scores against the cohort (other writers' genuine signatures).
     */
    public enum Norm {
        /** {@code (s - mu) / sd}: Z-norm, a target-centric (per reference set) impostor normalisation. */
        Z,
        /** {@code s - mu}: the cohort mean only. */
        CENTRE,
        /** {@code s / |mu|}: the probe's distance relative to the cohort's (scores are negative distances). */
        RATIO
    }
}
