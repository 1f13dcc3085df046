package org.sigbench.verify.verifier;

import java.util.ArrayList;
import java.util.List;
import org.sigbench.datasets.Signature;
import org.sigbench.verify.protocol.Protocol;
import org.sigbench.verify.protocol.SubjectTrials;

/**
 * Cohort score normalisation of a writer-dependent verifier (Z-norm per reference set; Auckenthaler
 * et al., "Score normalization for text-independent speaker verification systems", DSP 10, 2000;
 * for signatures Fierrez-Aguilar et al., "Target dependent score normalization techniques and their
 * application to signature verification", IEEE TSMC-C 35(3), 2005). Each enrolment scores a cohort
 * of other writers' genuine signatures; with their mean mu and sample standard deviation sd, a
 * probe's score s becomes {@code (s - mu) / sd} ({@link CohortOptions.Norm}). The scale comes from
 * other writers, not from the references, so it needs one reference only and duplicates cannot
 * shrink it.
 *
 * <p>The cohort is the development subjects of the protocol runner's fold (writer-independent in
 * that sense: the evaluated subject is never in it): {@link CohortOptions#perSubject()} genuine
 * samples of each, the first in corpus order other than the sample that is a random-forgery probe
 * ({@code randomProbeIndex}), so no probe of the evaluated subject is a cohort sample. No skilled
 * forgery is used.
 */
public final class CohortVerifier implements Verifier {
    private final CohortOptions options;
    private final Verifier base;
    private final List<Signature> cohort;

    /**
     * @param options settings
     * @param base    the writer-dependent verifier whose scores are normalised
     * @param cohort  the cohort signatures (at least two)
     */
    public CohortVerifier(CohortOptions options, Verifier base, List<Signature> cohort) {
        if (cohort.size() < 2) {
            throw new IllegalArgumentException("a cohort needs at least 2 signatures, got " + cohort.size());
        }
        this.options = options;
        this.base = base;
        this.cohort = List.copyOf(cohort);
    }

    /** Factory for the protocol runner under a given name (such as {@code x-cohort-z}). */
    public static VerifierFactory factory(String name, CohortOptions options) {
        return VerifierFactory.of(name, true, name + ": " + options.norm() + " cohort normalisation ("
                + options.perSubject() + " genuine samples of every development subject) of " + options.base(),
                (development, seed) -> new CohortVerifier(options, baseVerifier(options.base()),
                        cohort(development, options.perSubject())));
    }

    static Verifier baseVerifier(Record base) {
        return switch (base) {
            case DtwVerifierOptions o -> new DtwVerifier(o);
            case FusionOptions o -> new FusionVerifier(o);
            default -> throw new IllegalArgumentException("no base verifier for " + base);
        };
    }

    /**
     * The cohort of a development protocol: for each subject, its genuine samples (references, then
     * genuine probes, i.e. corpus order) without the one at {@code randomProbeIndex}, the first
     * {@code perSubject} of them.
     */
    public static List<Signature> cohort(Protocol development, int perSubject) {
        if (development == null) {
            throw new IllegalArgumentException("cohort normalisation needs development subjects");
        }
        int skip = development.options().randomProbeIndex();
        List<Signature> out = new ArrayList<>();
        for (SubjectTrials t : development.subjects()) {
            List<Signature> genuine = new ArrayList<>(t.realReferences());
            genuine.addAll(t.genuine());
            if (skip < genuine.size()) {
                genuine.remove(skip);
            }
            out.addAll(genuine.subList(0, Math.min(perSubject, genuine.size())));
        }
        return out;
    }

    @Override
    public String name() {
        return "cohort";
    }

    @Override
    public Model enrol(List<Signature> references) {
        return enrol(references, List.of());
    }

    @Override
    public Model enrol(List<Signature> references, List<Signature> duplicates) {
        Model m = base.enrol(references, duplicates);
        double[] c = m.scores(cohort);
        double mu = 0;
        for (double v : c) {
            mu += v;
        }
        mu /= c.length;
        double ss = 0;
        for (double v : c) {
            ss += (v - mu) * (v - mu);
        }
        double sd = Math.max(Math.sqrt(ss / (c.length - 1)), 1e-12);
        double mean = mu;
        return new Model() {
            @Override
            public double score(Signature probe) {
                return normalise(m.score(probe), mean, sd);
            }

            @Override
            public double[] scores(List<Signature> probes) {
                double[] out = m.scores(probes);
                for (int i = 0; i < out.length; i++) {
                    out[i] = normalise(out[i], mean, sd);
                }
                return out;
            }
        };
    }

    /** The normalised score of s given the cohort mean and standard deviation. */
    double normalise(double s, double mu, double sd) {
        return switch (options.norm()) {
            case Z -> (s - mu) / sd;
            case CENTRE -> s - mu;
            case RATIO -> s / Math.max(Math.abs(mu), 1e-12);
        };
    }
}
