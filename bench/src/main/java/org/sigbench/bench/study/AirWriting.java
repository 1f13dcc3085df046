package org.sigbench.bench.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.sigbench.bench.port.Synthesis;
import org.sigbench.bench.port.Variability;
import org.sigbench.bench.run.Cell;
import org.sigbench.bench.run.CellResult;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;

/**
 * 3D air-writing: digit recognition by DTW 1-nearest-neighbour, leave one writer out (the probes
 * of writer w are matched against references of the other writers only). Every sample is
 * resampled to {@link StudyExecutor#AIR_POINTS} points, uniform in time, before matching.
 *
 * <p>Conditions: {@code real} (references: every real sample of the other writers);
 * {@code real-single} (the first real sample per digit and writer); {@code ds} and {@code ks}
 * (references: {@code perReference} DS duplicates or KS re-timings of that single sample, and
 * nothing real); {@code mimic-ds} and {@code mimic-ks} (probes and references both synthetic: a
 * corpus that mimics the real one, DS duplicates of each writer's first sample of each digit, as
 * many as the real writer has, or every real sample re-timed). Accuracy with a 95 % Wilson interval.
 */
final class AirWriting {
    private AirWriting() {
    }

    static void run(StudyExecutor ex, Cell cell, CellResult.Builder out) {
        Corpus real = ex.real(cell);
        String cond = cell.param("condition");
        int per = cell.intParam("perReference");
        double band = Double.parseDouble(cell.param("band"));
        String key = real.name() + "~" + cell.param("subjects");
        List<Signature> probes;
        List<Signature> refs;
        switch (cond) {
            case "real" -> {
                probes = real.signatures();
                refs = probes;
            }
            case "real-single" -> {
                probes = real.signatures();
                refs = firsts(real);
            }
            case "ds", "ks" -> {
                Synthesis syn = ex.synthesis();
                List<String> writers = real.subjects();
                probes = real.signatures();
                List<Signature> f = firsts(real);
                List<List<Signature>> made = IntStream.range(0, f.size()).parallel().mapToObj(i -> {
                    Signature s = f.get(i);
                    String id = s.meta().id();
                    List<Signature> l = new ArrayList<>();
                    if (cond.equals("ds")) {
                        Variability v = ex.variabilityFor(cell, writers.indexOf(s.meta().subject()));
                        List<Signature> d = syn.duplicates(s, per, v, ex.seed("air-ds/" + key + "/" + id), id + "-ds");
                        for (int j = 0; j < d.size(); j++) {
                            l.add(StudyExecutor.relabel(d.get(j), s.meta(), real.name() + "-ds", id + "-ds" + (j + 1), "DS of " + id));
                        }
                    } else {
                        for (int j = 0; j < per; j++) {
                            String nid = id + "-ks" + (j + 1);
                            l.add(StudyExecutor.relabel(syn.retime(s, ex.ksTiming(real, s.meta().kind()),
                                            ex.seed("air-ks/" + key + "/" + id + "/" + j), nid),
                                    s.meta(), real.name() + "-ks", nid, "KS of " + id));
                        }
                    }
                    return l;
                }).toList();
                refs = made.stream().flatMap(List::stream).toList();
            }
            case "mimic-ds" -> {
                probes = ex.synthetic(cell, "ds").signatures();
                refs = probes;
            }
            case "mimic-ks" -> {
                probes = ex.synthetic(cell, "ks").signatures();
                refs = probes;
            }
            default -> throw new IllegalArgumentException("unknown air-writing condition " + cond);
        }
        List<Signature> p = probes.parallelStream().map(AirWriting::resample).toList();
        List<Signature> r = refs == probes ? p : refs.parallelStream().map(AirWriting::resample).toList();
        double[][] d = ex.verification().distances(p, r, band);
        int correct = 0;
        Map<String, int[]> perWriter = new LinkedHashMap<>();
        for (int i = 0; i < p.size(); i++) {
            SignatureMeta mi = p.get(i).meta();
            int best = -1;
            for (int j = 0; j < r.size(); j++) {
                if (r.get(j).meta().subject().equals(mi.subject())) {
                    continue;
                }
                if (best < 0 || d[i][j] < d[i][best]) {
                    best = j;
                }
            }
            boolean ok = best >= 0 && r.get(best).meta().label().equals(mi.label());
            correct += ok ? 1 : 0;
            int[] w = perWriter.computeIfAbsent(mi.subject(), k -> new int[2]);
            w[0] += ok ? 1 : 0;
            w[1]++;
        }
        int n = p.size();
        double[] ci = wilson(correct, n);
        out.value("accuracy", 100.0 * correct / n).value("accuracy_lo", ci[0]).value("accuracy_hi", ci[1])
                .value("probes", n).value("references", r.size()).value("correct", correct)
                .value("writers", perWriter.size())
                .text("verification", ex.verification().backend());
        double[] pw = perWriter.values().stream().mapToDouble(w -> 100.0 * w[0] / w[1]).toArray();
        out.series("per_writer_accuracy", pw);
    }

    /** The first sample of every (writer, label), in corpus order. */
    static List<Signature> firsts(Corpus c) {
        Map<String, Signature> m = new LinkedHashMap<>();
        for (Signature s : c.signatures()) {
            m.putIfAbsent(s.meta().subject() + "\u0000" + s.meta().label(), s);
        }
        return List.copyOf(m.values());
    }

    /** Resamples to AIR_POINTS points uniform in time (linear interpolation). */
    static Signature resample(Signature s) {
        int n = StudyExecutor.AIR_POINTS;
        double[] t = s.t();
        double[][] src = {s.x(), s.y(), s.z()};
        double[][] dst = new double[3][n];
        double[] tt = new double[n];
        double t0 = t[0];
        double dt = (t[t.length - 1] - t0) / (n - 1);
        int k = 0;
        for (int i = 0; i < n; i++) {
            double ti = t0 + i * dt;
            tt[i] = ti;
            while (k < t.length - 2 && t[k + 1] < ti) {
                k++;
            }
            double f = Math.max(0, Math.min(1, (ti - t[k]) / (t[k + 1] - t[k])));
            for (int c = 0; c < 3; c++) {
                dst[c][i] = src[c][k] + f * (src[c][k + 1] - src[c][k]);
            }
        }
        return Signature.of(s.meta(), s.dims(), tt, dst[0], dst[1], s.dims() == 3 ? dst[2] : null, null, null);
    }

    /** 95 % Wilson score interval, in %. */
    static double[] wilson(int k, int n) {
        double z = 1.959963984540054;
        double ph = (double) k / n;
        double den = 1 + z * z / n;
        double c = (ph + z * z / (2.0 * n)) / den;
        double h = z * Math.sqrt(ph * (1 - ph) / n + z * z / (4.0 * n * n)) / den;
        return new double[] {100 * Math.max(0, c - h), 100 * Math.min(1, c + h)};
    }
}
