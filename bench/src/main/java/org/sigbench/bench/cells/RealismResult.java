package org.sigbench.bench.cells;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of a {@link RealismCell}: the kinematic measures of the real and the synthetic
 * samples and the classifier two-sample test.
 *
 * @param measures   per kinematic measure (by name), its distributions and two-sample KS test
 * @param classifier the classifier two-sample test
 * @param nReal      real samples
 * @param nSynth     synthetic samples
 */
public record RealismResult(SortedMap<String, Measure> measures, Classifier classifier, int nReal, int nSynth)
        implements StudyResult {
    public RealismResult {
        measures = new TreeMap<>(measures);
    }

    /**
     * One kinematic measure over the real and the synthetic samples.
     *
     * @param ksD         two-sample Kolmogorov-Smirnov statistic D
     * @param ksP         its p-value
     * @param realMedian  median over the real samples
     * @param synthMedian median over the synthetic samples
     * @param real        the values of the real samples
     * @param synth       the values of the synthetic samples
     */
    public record Measure(double ksD, double ksP, double realMedian, double synthMedian, List<Double> real,
                          List<Double> synth) implements java.io.Serializable {
        public Measure {
            real = List.copyOf(real);
            synth = List.copyOf(synth);
        }
    }

    /**
     * The classifier two-sample test (Random Forest telling real from synthetic).
     *
     * @param accuracy     balanced accuracy with folds by writer (the headline), percent
     * @param sd           its standard deviation over folds
     * @param perClass     samples used per class
     * @param features     features per sample
     * @param rowsAccuracy balanced accuracy with folds drawn sample by sample
     * @param rowsSd       its standard deviation over folds
     * @param description  which features, for the report
     * @param importance   mean Gini importance per feature name (shares of 1)
     */
    public record Classifier(double accuracy, double sd, int perClass, int features, double rowsAccuracy,
                             double rowsSd, String description, SortedMap<String, Double> importance)
            implements java.io.Serializable {
        public Classifier {
            importance = new TreeMap<>(importance);
        }
    }
}
