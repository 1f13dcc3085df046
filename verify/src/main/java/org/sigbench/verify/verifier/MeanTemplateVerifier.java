package org.sigbench.verify.verifier;

import java.util.List;
import org.sigbench.datasets.Signature;
import org.sigbench.verify.dtw.Dba;
import org.sigbench.verify.dtw.Dtw;
import org.sigbench.verify.dtw.DtwPath;
import org.sigbench.verify.dtw.LocalStability;
import org.sigbench.verify.features.FeatureSeries;

/**
 * Multi-template DTW plus a mean template (Okawa, Pattern Recognition 112, 2021, without the local
 * stability weights): each enrolment averages all its references (real and duplicates) into one
 * template T by DTW barycenter averaging ({@link Dba}, medoid start). With
 * {@code e(x) = DTW(x, T) / (n_x + n_T)} and {@code m_T} the mean of {@code e} over the real
 * references (1 for one real reference without duplicates, where T is that reference), a probe q
 * scores {@code a s_dtw(q) - b e(q) / sqrt(m_T)}, where {@code s_dtw} is the {@link DtwVerifier}
 * score with the same settings and a, b are {@link MeanTemplateOptions#multiWeight()} and
 * {@link MeanTemplateOptions#templateWeight()} (the square root as in dtw-tuned's rule). With
 * {@link MeanTemplateOptions#stability()} lambda != 0, e uses T's local stability
 * ({@link LocalStability}, from the enrolled samples' alignments to T) to weight T's local costs.
 */
public final class MeanTemplateVerifier implements Verifier {
    private final MeanTemplateOptions options;
    private final DtwVerifier dtw;
    private final ThreadLocal<Dtw> kernels = new ThreadLocal<>();

    public MeanTemplateVerifier(MeanTemplateOptions options) {
        this.options = options;
        this.dtw = new DtwVerifier(options.dtw());
    }

    /** Factory for the protocol runner under a given name (such as {@code dtw-mean}). */
    public static VerifierFactory factory(String name, MeanTemplateOptions options) {
        return VerifierFactory.writerDependent(name, name + ": " + options.multiWeight() + " x DTW score ("
                + options.dtw().rule() + ", band " + options.dtw().dtw().band() + ") + " + options.templateWeight()
                + " x mean-template score (DBA, " + options.iterations() + " iterations)", () -> new MeanTemplateVerifier(options));
    }

    @Override
    public String name() {
        return "dtw-mean";
    }

    @Override
    public Model enrol(List<Signature> references) {
        return enrol(references, List.of());
    }

    @Override
    public Model enrol(List<Signature> references, List<Signature> duplicates) {
        Model multi = dtw.enrol(references, duplicates);
        FeatureSeries[] all = java.util.stream.Stream.concat(references.stream(), duplicates.stream())
                .map(dtw::series).toArray(FeatureSeries[]::new);
        int dims = all[0].dims();
        double[][] data = new double[all.length][];
        int[] lengths = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            data[i] = all[i].data();
            lengths[i] = all[i].length();
        }
        double[] t = Dba.average(data, lengths, dims, options.dtw().dtw(), options.iterations());
        FeatureSeries template = new FeatureSeries(t, t.length / dims, dims);
        double[] rowWeights = options.stability() == 0 ? null : LocalStability.weights(
                LocalStability.of(t, template.length(), data, lengths, dims, options.dtw().dtw()), options.stability());
        double scale = 1;
        if (all.length > 1) {
            double sum = 0;
            for (int i = 0; i < references.size(); i++) {
                sum += toTemplate(all[i], template, rowWeights);
            }
            scale = Math.max(sum / references.size(), 1e-12);
        }
        double a = options.multiWeight();
        double b = options.templateWeight() / Math.sqrt(scale);
        return new Model() {
            @Override
            public double score(Signature probe) {
                return a * multi.score(probe) - b * toTemplate(dtw.series(probe), template, rowWeights);
            }

            @Override
            public double[] scores(List<Signature> probes) {
                double[] out = multi.scores(probes);
                for (int i = 0; i < out.length; i++) {
                    out[i] = a * out[i] - b * toTemplate(dtw.series(probes.get(i)), template, rowWeights);
                }
                return out;
            }
        };
    }

    /**
     * {@code DTW(x, T) / (n_x + n_T)}; with row weights, the DTW of T (rows) against x with T's
     * local costs weighted ({@link DtwPath#weightedDistance}).
     */
    private double toTemplate(FeatureSeries x, FeatureSeries template, double[] rowWeights) {
        if (rowWeights != null) {
            return new DtwPath(options.dtw().dtw(), x.dims()).weightedDistance(template.data(), template.length(),
                    x.data(), x.length(), rowWeights) / (x.length() + template.length());
        }
        Dtw k = kernels.get();
        if (k == null || k.dims() != x.dims()) {
            k = new Dtw(options.dtw().dtw(), x.dims());
            kernels.set(k);
        }
        return k.distance(x.data(), x.length(), template.data(), template.length()) / (x.length() + template.length());
    }
}
