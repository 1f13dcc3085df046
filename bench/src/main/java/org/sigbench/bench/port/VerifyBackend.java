package org.sigbench.bench.port;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.verify.dtw.Dtw;
import org.sigbench.verify.dtw.DtwLanes;
import org.sigbench.verify.dtw.DtwOptions;
import org.sigbench.verify.features.FeatureSeries;
import org.sigbench.verify.features.FunctionFeatures;
import org.sigbench.verify.io.ScoreFile;
import org.sigbench.verify.metrics.ErrorCurve;
import org.sigbench.verify.metrics.Evaluation;
import org.sigbench.verify.metrics.EvaluationOptions;
import org.sigbench.verify.metrics.ImpostorReport;
import org.sigbench.verify.metrics.ProbeKind;
import org.sigbench.verify.metrics.Score;
import org.sigbench.verify.protocol.Protocol;
import org.sigbench.verify.protocol.ProtocolOptions;
import org.sigbench.verify.runner.ProtocolRunner;
import org.sigbench.verify.runner.RunnerOptions;
import org.sigbench.verify.verifier.DtwVerifierOptions;
import org.sigbench.verify.verifier.VerifierFactory;
import org.sigbench.verify.verifier.Verifiers;

/**
 * The verification back end of the {@code verify} module: its verifiers (by the names of
 * {@code sigbench verify}), its protocol ({@link Protocol}: first K genuine enrol, random forgeries
 * = the first genuine sample of every other subject), its runner and its metrics (ROC-convex-hull
 * EER with one global threshold, subject-bootstrap interval, FNMR at FMR 1 %, DET points).
 */
public final class VerifyBackend implements Verification {
    private final int threads;
    /**
     * One instance per writer-dependent verifier name for the whole run, so that cells over the same
     * signatures (the duplicates study's M = 0, 5, 10, 20 and oracle cells, and the real-vs-synthetic
     * real cells) share their features and comparisons ({@code DtwVerifier} remembers every pair).
     */
    private final java.util.concurrent.ConcurrentHashMap<String, org.sigbench.verify.verifier.Verifier> shared =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The DTW settings of {@link #distances} (calibration, recognition, variability): the dtw verifier's. */
    static final DtwVerifierOptions DISTANCES = DtwVerifierOptions.DEFAULT;

    /** @param threads worker threads of each protocol run (results do not depend on it) */
    public VerifyBackend(int threads) {
        this.threads = threads;
    }

    /**
     * The option records this back end runs the verify module with: the DTW settings of
     * {@link #distances}, and the settings the verifier name stands for ({@link Verifiers#options};
     * left out when {@code verifier} is null or unknown). The protocol's and metrics' settings come
     * from the cell (K, seed, bootstrap) or are constants of this class (2 folds, 95 % intervals),
     * which the code fingerprint covers.
     */
    public static java.util.Map<String, Object> options(String verifier) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("distances", DISTANCES);
        if (verifier != null) {
            try {
                m.put("verifier", Verifiers.options(verifier));
            } catch (IllegalArgumentException unknown) {
                // no settings: such a cell is computed as unavailable ("unknown verifier")
            }
        }
        return m;
    }

    @Override
    public String backend() {
        return "verify module (org.sigbench.verify)";
    }

    @Override
    public ProtocolResult run(Corpus corpus, String verifier, int refs, long seed, int bootstrap) {
        return run(corpus, verifier, refs, Map.of(), seed, bootstrap);
    }

    @Override
    public ProtocolResult run(Corpus corpus, String verifier, int refs, Map<String, List<Signature>> extra, long seed,
                              int bootstrap) {
        VerifierFactory f;
        try {
            f = Verifiers.factory(verifier);
        } catch (IllegalArgumentException e) {
            throw new org.sigbench.bench.run.CellExecutor.Unavailable(e.getMessage());
        }
        Protocol p = Protocol.of(corpus, ProtocolOptions.of(refs), extra);
        ProtocolRunner.Result r = ProtocolRunner.run(corpus, p, f.writerIndependent() ? f : sharedInstance(f),
                new RunnerOptions(threads, 2, seed), null);
        Map<ProbeKind, ImpostorReport> rep = Evaluation.evaluate(r.scores(), new EvaluationOptions(bootstrap, 0.95, seed));
        List<ImpostorResult> out = new ArrayList<>();
        for (ProbeKind k : List.of(ProbeKind.SKILLED, ProbeKind.RANDOM)) {
            ImpostorReport ir = rep.get(k);
            if (ir == null) {
                continue;
            }
            double[] g = r.scores().stream().filter(s -> s.kind() == ProbeKind.GENUINE).mapToDouble(Score::score).toArray();
            double[] i = r.scores().stream().filter(s -> s.kind() == k).mapToDouble(Score::score).toArray();
            List<ErrorCurve.Point> pts = ErrorCurve.of(g, i).points();
            double[] fmr = new double[pts.size()];
            double[] fnmr = new double[pts.size()];
            for (int j = 0; j < pts.size(); j++) {
                fmr[j] = 100 * pts.get(j).fmr();
                fnmr[j] = 100 * pts.get(j).fnmr();
            }
            out.add(new ImpostorResult(k == ProbeKind.SKILLED ? "skilled" : "random", 100 * ir.eer(), 100 * ir.eerFvc(),
                    100 * ir.eerCiLow(),
                    100 * ir.eerCiHigh(), 100 * ir.fnmrAtFmr1(), ir.genuine(), ir.impostors(), fmr, fnmr));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("corpus", corpus.name());
        meta.put("verifier", f.describe());
        meta.put("references", refs + (extra.isEmpty() ? "" : " real + extra (duplicates)"));
        List<String> lines = ScoreFile.lines(meta, r.scores());
        String note = "verify " + f.name() + " (" + f.describe() + "); random forgeries = first genuine sample of every "
                + "other subject; EER on the ROC convex hull (headline) and threshold EER (FVC2000 midpoint), one global "
                + "threshold";
        if (!p.excluded().isEmpty()) {
            note += "; " + p.excluded().size() + " subject(s) not enrolled (too few genuine samples)";
        }
        return new ProtocolResult(out, note, r.comparisons(), r.seconds(), lines);
    }

    /** The factory, giving this back end's one instance of a writer-dependent verifier. */
    private VerifierFactory sharedInstance(VerifierFactory f) {
        return VerifierFactory.writerDependent(f.name(), f.describe(),
                () -> shared.computeIfAbsent(f.name(), n -> f.create(null, 0)));
    }

    @Override
    public double[][] distances(List<Signature> probes, List<Signature> refs, double band) {
        FunctionFeatures ff = new FunctionFeatures(DISTANCES.features());
        DtwOptions dopt = DISTANCES.dtw().withBand(band);
        FeatureSeries[] p = probes.parallelStream().map(ff::compute).toArray(FeatureSeries[]::new);
        FeatureSeries[] r = refs == probes ? p : refs.parallelStream().map(ff::compute).toArray(FeatureSeries[]::new);
        double[][] d = new double[p.length][r.length];
        double[][] rd = new double[r.length][];
        int[] rn = new int[r.length];
        for (int j = 0; j < r.length; j++) {
            rd[j] = r[j].data();
            rn[j] = r[j].length();
        }
        // One probe against all references per task, the references in SIMD lanes (DtwLanes):
        // the same distances as the single-pair kernel, bit for bit.
        // Mixed channel counts keep the single-pair kernel, as before.
        IntStream.range(0, p.length).parallel().forEach(i -> {
            boolean same = true;
            for (FeatureSeries s : r) {
                same &= s.dims() == p[i].dims();
            }
            if (same) {
                new DtwLanes(dopt, p[i].dims()).distances(p[i].data(), p[i].length(), rd, rn, r.length, d[i]);
            } else {
                Dtw dtw = new Dtw(dopt, p[i].dims());
                for (int j = 0; j < r.length; j++) {
                    d[i][j] = dtw.distance(p[i].data(), p[i].length(), r[j].data(), r[j].length());
                }
            }
        });
        return d;
    }
}
