package org.sigbench.bench.study;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.sigbench.bench.realism.Kinematics;
import org.sigbench.bench.realism.TwoSample;
import org.sigbench.bench.cells.RealismResult;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.stat.Median;

/**
 * The realism study of one corpus and synthetic variant: the kinematic measures of every real
 * and every synthetic sample ({@link Kinematics}), a two-sample Kolmogorov-Smirnov test per
 * measure, and the classifier two-sample test ({@link TwoSample}) with folds by writer (the
 * headline) and, for comparison, with folds drawn sample by sample.
 */
final class RealismStudy {
    private RealismStudy() {
    }

    /**
     * Runs the study and writes its values.
     *
     * @param real          the real corpus
     * @param synth         the synthetic corpus that mimics it
     * @param newIdentities whether the synthetic writers are new identities (FS) rather than the real
     *                      writers' (DS, KS): decides the writer groups of the classifier test
     * @param folds         folds of the classifier test
     * @param trees         trees of its forest
     * @param seed          seed of the classifier test
     */
    static RealismResult run(Corpus real, Corpus synth, boolean newIdentities, int folds, int trees, long seed) {
        Kinematics[] kr = kinematics(real);
        Kinematics[] ks = kinematics(synth);
        String[] names = Kinematics.NAMES;
        double[][] mr = Arrays.stream(kr).map(Kinematics::realismVector).toArray(double[][]::new);
        double[][] ms = Arrays.stream(ks).map(Kinematics::realismVector).toArray(double[][]::new);
        SortedMap<String, RealismResult.Measure> measures = new TreeMap<>();
        for (int f = 0; f < names.length; f++) {
            double[] a = column(mr, f);
            double[] b = column(ms, f);
            TwoSample.Ks t = TwoSample.ks(a, b);
            measures.put(names[f], new RealismResult.Measure(t.statistic(), t.pValue(), Median.of(a), Median.of(b),
                    Arrays.stream(a).boxed().toList(), Arrays.stream(b).boxed().toList()));
        }
        double[][] gr = Arrays.stream(kr).map(Kinematics::classifierVector).toArray(double[][]::new);
        double[][] gs = Arrays.stream(ks).map(Kinematics::classifierVector).toArray(double[][]::new);
        int[][] groups = writerGroups(real, synth, newIdentities);
        TwoSample.Classifier clf = TwoSample.classifier(gr, groups[0], gs, groups[1], folds, trees, seed);
        TwoSample.Classifier rows = TwoSample.classifier(gr, gs, folds, trees, seed);
        SortedMap<String, Double> importance = new TreeMap<>();
        for (int f = 0; f < Kinematics.CLASSIFIER_NAMES.length; f++) {
            importance.put(Kinematics.CLASSIFIER_NAMES[f], clf.importance().get(f));
        }
        return new RealismResult(measures, new RealismResult.Classifier(clf.accuracy(), clf.foldSd(), clf.perClass(),
                clf.features(), rows.accuracy(), rows.foldSd(), "bench kinematics: "
                + String.join(", ", Kinematics.CLASSIFIER_NAMES) + " (" + clf.features() + " features)", importance),
                real.signatures().size(), synth.signatures().size());
    }

    private static Kinematics[] kinematics(Corpus c) {
        List<Signature> all = c.signatures();
        Kinematics[] k = new Kinematics[all.size()];
        IntStream.range(0, all.size()).parallel().forEach(i -> k[i] = Kinematics.of(all.get(i)));
        return k;
    }

    /**
     * Writer group of every real and synthetic sample: one number per subject name; a synthetic
     * sample shares its real subject's number (DS, KS: the same writers) unless the synthetic
     * writers are new identities (FS), whose numbers follow the real ones.
     */
    static int[][] writerGroups(Corpus r, Corpus s, boolean newIdentities) {
        Map<String, Integer> real = new LinkedHashMap<>();
        int[] rg = r.signatures().stream().mapToInt(x -> real.computeIfAbsent(x.meta().subject(), k -> real.size()))
                .toArray();
        Map<String, Integer> synth = new LinkedHashMap<>();
        int[] sg = s.signatures().stream().mapToInt(x -> newIdentities
                ? real.size() + synth.computeIfAbsent(x.meta().subject(), k -> synth.size())
                : real.computeIfAbsent(x.meta().subject(), k -> real.size())).toArray();
        return new int[][] {rg, sg};
    }

    private static double[] column(double[][] rows, int j) {
        return Arrays.stream(rows).mapToDouble(r -> r[j]).toArray();
    }
}
