package org.sigbench.bench.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.bench.port.DataSource;
import org.sigbench.bench.port.Synthesis;
import org.sigbench.bench.port.Variability;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.datasets.random.Streams;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Trajectory;

/**
 * Test doubles: a small deterministic Sigma-Lognormal corpus (each subject has a plan of 6
 * strokes; genuine samples jitter it a little, forgeries a lot and slower) served as a
 * {@link DataSource}, and a toy {@link Synthesis} that jitters plans the same way. They exercise the
 * runner and the report without the synth and verify modules; they are not models of anything.
 */
public final class ToyData implements DataSource {
    public static final String NAME = "toy";
    private final int subjects;
    private final int genuine;
    private final int forgeries;
    private final int dims;
    private final Map<String, Corpus> cache = new ConcurrentHashMap<>();

    public ToyData(int subjects, int genuine, int forgeries, int dims) {
        this.subjects = subjects;
        this.genuine = genuine;
        this.forgeries = forgeries;
        this.dims = dims;
    }

    @Override
    public Corpus load(String name) {
        if (!name.startsWith(NAME)) {
            throw new IllegalArgumentException("no corpus " + name);
        }
        return cache.computeIfAbsent(name, n -> make(n, 1));
    }

    private Corpus make(String name, long seed) {
        List<Signature> all = new ArrayList<>();
        for (int s = 0; s < subjects; s++) {
            String subj = "S" + (s + 1);
            double[][] plan = plan(seed, s);
            for (int g = 0; g < genuine; g++) {
                UniformRandomProvider r = Streams.of(seed, s, g);
                SignatureMeta m = name.contains("digits")
                        ? new SignatureMeta(name, subj, subj + "-" + g, Kind.OTHER, "d" + (g % 3), null, 1, g / 3 + 1, "toy")
                        : SignatureMeta.genuine(name, subj, subj + "G" + (g + 1), g + 1, "toy");
                all.add(render(jitter(plan, r, 0.05, 1.0), m));
            }
            for (int f = 0; f < forgeries; f++) {
                UniformRandomProvider r = Streams.of(seed, s, 1000 + f);
                all.add(render(jitter(plan, r, 0.25, 1.4), SignatureMeta.forgery(name, subj, subj + "F" + (f + 1), f + 1, "toy")));
            }
        }
        return Corpus.of(name, all);
    }

    /** Stroke plan rows: t0, mu, sigma, D, thetaS, thetaE. */
    static double[][] plan(long seed, int subject) {
        UniformRandomProvider r = Streams.of(seed, subject, -1);
        double[][] p = new double[6][];
        for (int j = 0; j < p.length; j++) {
            double th = r.nextDouble() * 2 * Math.PI;
            p[j] = new double[] {0.1 * j, -1.8 + 0.2 * r.nextDouble(), 0.2 + 0.1 * r.nextDouble(), 10 + 20 * r.nextDouble(),
                th, th + (r.nextDouble() - 0.5) * 2};
        }
        return p;
    }

    static double[][] jitter(double[][] plan, UniformRandomProvider r, double level, double slow) {
        double[][] p = new double[plan.length][];
        for (int j = 0; j < plan.length; j++) {
            double[] q = plan[j].clone();
            q[0] = q[0] * slow + level * 0.05 * org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(r).sample();
            q[1] += Math.log(slow) + level * 0.2 * org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(r).sample();
            q[3] *= 1 + level * org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(r).sample() * 0.5;
            q[3] = Math.abs(q[3]) + 1;
            q[4] += level * org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(r).sample();
            q[5] += level * org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(r).sample();
            p[j] = q;
        }
        return p;
    }

    Signature render(double[][] plan, SignatureMeta meta) {
        List<Stroke> strokes = new ArrayList<>();
        for (double[] q : plan) {
            strokes.add(dims == 2 ? Stroke.planar(q[0], q[1], q[2], q[3], 0, 0, q[4], q[5])
                    : Stroke.of(q[0], q[1], q[2], q[3], new double[] {0, 0, 0}, new double[] {1, 0, 0},
                            new double[] {0, Math.sqrt(0.5), Math.sqrt(0.5)}, q[4], q[5]));
        }
        Trajectory t = SigmaLognormal.of(strokes).sample(100.0);
        return Signature.of(meta, dims, t.t(), t.x(), t.y(), dims == 3 ? t.z() : null, null, null);
    }

    @Override
    public String fingerprint(String name) {
        return "toy " + subjects + "x" + genuine + "+" + forgeries;
    }

    @Override
    public String describe(String name) {
        return name + ": in-memory toy corpus";
    }

    /** A toy synthesis: re-jitters the first sample's plan-free trajectory by smooth warps. */
    public Synthesis synthesis() {
        ToyData self = this;
        return new Synthesis() {
            @Override
            public String backend() {
                return "toy";
            }

            @Override
            public Corpus fullSynthesis(Corpus real, long seed) {
                return self.make(real.name() + "-fs", seed + 7);
            }

            @Override
            public List<Signature> duplicates(Signature s, int count, Variability v, long seed, String idPrefix) {
                List<Signature> out = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    UniformRandomProvider r = Streams.of(seed, i, 0);
                    out.add(warp(s, r, v.durationCv(), idPrefix + i));
                }
                return out;
            }

            @Override
            public org.sigbench.synth.ks.KsTiming ksTiming(Corpus real, org.sigbench.datasets.Kind kind) {
                return null; // the toy re-timing is a warp and needs no timing
            }

            @Override
            public Signature retime(Signature s, org.sigbench.synth.ks.KsTiming timing, long seed, String newId) {
                return warp(s, Streams.of(seed, 0, 0), 0.05, newId);
            }

            @Override
            public Signature retime(Signature s, org.sigbench.synth.ks.KsTiming timing, org.sigbench.synth.ks.Rhythm rhythm,
                                    long seed, String newId) {
                return warp(s, Streams.of(seed, 0, 0), 0.05, newId);
            }

            @Override
            public org.sigbench.synth.calibrate.KsCalibrator.Result ksRhythm(Corpus real,
                    org.sigbench.synth.ks.KsTiming genuine, org.sigbench.synth.ks.KsTiming forgery,
                    List<org.sigbench.synth.calibrate.Group> groups, org.sigbench.bench.port.Verification distance, long seed) {
                var m = new org.sigbench.synth.ks.RhythmModel(1, org.sigbench.synth.ks.RhythmModel.Consistency.NONE, null, 0);
                var none = new org.sigbench.synth.calibrate.Fit(List.of(), new double[0], List.of(), new double[0],
                        new double[0], 0, "toy");
                return new org.sigbench.synth.calibrate.KsCalibrator.Result(m, m, none, null);
            }

            @Override
            public String describe(Variability v) {
                return "toy warp with time scale sd = duration CV " + v.durationCv();
            }
        };
    }

    static Signature warp(Signature s, UniformRandomProvider r, double level, String id) {
        double k = Math.max(0.5, 1 + level * org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(r).sample());
        double sx = 1 + 0.05 * org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(r).sample();
        double[] t = s.t();
        double[] x = s.x();
        double[] y = s.y();
        double[] z = s.z();
        for (int i = 0; i < t.length; i++) {
            t[i] *= k;
            x[i] *= sx;
            y[i] *= sx;
            z[i] *= sx;
        }
        return Signature.of(s.meta().derived(s.meta().corpus(), id, 1, "warp"), s.dims(), t, x, y,
                s.dims() == 3 ? z : null, null, null);
    }
}
