package org.sigbench.bench.study;

import java.util.ArrayList;
import java.util.List;
import org.sigbench.bench.port.Variability;
import org.sigbench.bench.realism.Kinematics;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.stat.Median;

/**
 * Estimates the intra-subject variability of a real corpus from its genuine samples (see
 * {@link Variability}): for each subject with at least two genuine samples, the coefficient of
 * variation of each {@link Kinematics} measure among its samples; then the median over subjects.
 * The median resists the odd subject with one failed recording. Nothing here looks at any error
 * rate: the estimate is fixed before any verifier runs.
 */
public final class VariabilityEstimator {
    private VariabilityEstimator() {
    }

    public static Variability estimate(Corpus c) {
        return estimate(c, Kind.GENUINE);
    }

    /**
     * The same estimate over the samples of one kind: {@link Kind#GENUINE} (falling back to
     * {@link Kind#OTHER} for corpora of classes), or {@link Kind#SKILLED_FORGERY} for the spread
     * among the forgeries of one subject, which DS forgeries must reproduce.
     */
    public static Variability estimate(Corpus c, Kind kind) {
        List<Double> dur = new ArrayList<>();
        List<Double> path = new ArrayList<>();
        List<Double> width = new ArrayList<>();
        List<Double> height = new ArrayList<>();
        List<Double> bells = new ArrayList<>();
        int subjects = 0;
        int samples = 0;
        for (List<Signature> grp : groups(c, kind, 2)) {
            subjects++;
            samples += grp.size();
            double[][] k = new double[grp.size()][];
            for (int i = 0; i < grp.size(); i++) {
                Kinematics m = Kinematics.of(grp.get(i));
                k[i] = new double[] {m.duration(), m.pathLength(), m.width(), m.height(), m.bells()};
            }
            dur.add(cv(k, 0));
            path.add(cv(k, 1));
            width.add(cv(k, 2));
            height.add(cv(k, 3));
            bells.add(cv(k, 4));
        }
        if (subjects == 0) {
            throw new IllegalArgumentException("corpus " + c.name()
                    + " has no subject with two " + kind.token() + " samples: intra-subject variability cannot be estimated");
        }
        return new Variability(Median.of(dur), Median.of(path), Median.of(width), Median.of(height), Median.of(bells), subjects, samples,
                null);
    }

    /**
     * The groups of samples whose spread is measured, each of at least {@code min} samples: per
     * subject its samples of {@code kind} ({@link Kind#GENUINE} falls back to {@link Kind#OTHER} for
     * corpora of classes), split by label (air-writing: one writer and one digit). A corpus of
     * classes with fewer than {@code min} recordings of every label by every subject (the mid-air
     * gestures: one recording per participant and gesture) has no such group: its groups are then
     * the labels, each with the samples of every subject, so the figures are the spread between
     * subjects (the only spread of a class the corpus shows; descriptive only, DS is not calibrated
     * on it).
     */
    static List<List<Signature>> groups(Corpus c, Kind kind, int min) {
        List<List<Signature>> out = new ArrayList<>();
        java.util.Map<String, List<Signature>> byLabel = new java.util.LinkedHashMap<>();
        for (String s : c.subjects()) {
            List<Signature> g = c.of(s, kind);
            if (g.isEmpty() && kind == Kind.GENUINE) {
                g = c.of(s, Kind.OTHER);
            }
            java.util.Map<String, List<Signature>> groups = new java.util.LinkedHashMap<>();
            for (Signature x : g) {
                groups.computeIfAbsent(x.meta().label(), k -> new ArrayList<>()).add(x);
                if (x.meta().kind() == Kind.OTHER) {
                    byLabel.computeIfAbsent(x.meta().label(), k -> new ArrayList<>()).add(x);
                }
            }
            groups.values().stream().filter(l -> l.size() >= min).forEach(out::add);
        }
        if (out.isEmpty()) {
            byLabel.values().stream().filter(l -> l.size() >= min).forEach(out::add);
        }
        return out;
    }

    static double cv(double[][] k, int j) {
        double m = 0;
        for (double[] r : k) {
            m += r[j];
        }
        m /= k.length;
        double ss = 0;
        for (double[] r : k) {
            ss += (r[j] - m) * (r[j] - m);
        }
        double sd = Math.sqrt(ss / (k.length - 1));
        return m != 0 ? sd / Math.abs(m) : 0;
    }
}
