package org.sigbench.bench.suite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code targets} section of a {@link Suite}: what the report judges the computed cells against. Targets name verifiers and variants, never
 * corpora: every corpus of the suite gets the same verdicts. Absent as a whole, the suite gets
 * {@link #DEFAULT}; present, it states exactly which targets apply (an absent or empty part means
 * no target of that kind).
 *
 * @param realVsSynthetic bounds on |EER synthetic - EER real|, each for some verifiers and
 *                        variants, applied to every corpus, K and impostor type; no verifier and
 *                        variant pair may be named by two bounds
 * @param realism         per variant ({@code fs}, {@code ds}, {@code ks}): the classifier
 *                        two-sample accuracy (%) must be below this
 * @param duplicates      the training-with-duplicates target, or null for none
 * @param recognition     the recognition targets (air-writing, gestures), or null for none
 */
public record Targets(List<EerGap> realVsSynthetic, Map<String, Double> realism, DuplicatesGain duplicates,
                      RecognitionGaps recognition) {
    /** The targets of issues 9, 10 and 16. */
    public static final Targets DEFAULT = new Targets(
            List.of(new EerGap(List.of("dtw"), List.of("fs", "ds"), 2.0, true),
                    new EerGap(List.of("dtw"), List.of("ks"), 3.0, true),
                    new EerGap(List.of("wd-features", "svm", "rf"), List.of("fs", "ds", "ks"), 4.0, false)),
            Map.of("fs", 85.0, "ds", 75.0, "ks", 85.0),
            new DuplicatesGain(null, null, null),
            new RecognitionGaps(null, null));

    public Targets {
        realVsSynthetic = realVsSynthetic == null ? List.of() : List.copyOf(realVsSynthetic);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < realVsSynthetic.size(); i++) {
            for (String v : realVsSynthetic.get(i).verifiers()) {
                for (String variant : realVsSynthetic.get(i).variants()) {
                    Integer before = seen.putIfAbsent(v + "/" + variant, i);
                    if (before != null) {
                        throw new IllegalArgumentException("targets.realVsSynthetic[" + i + "]: " + v + " " + variant
                                + " already has a bound in targets.realVsSynthetic[" + before + "]");
                    }
                }
            }
        }
        Map<String, Double> r = new LinkedHashMap<>();
        Map<String, Double> given = realism == null ? Map.of() : realism;
        for (String k : given.keySet()) {
            if (!Suite.VARIANTS.contains(k)) {
                throw new IllegalArgumentException("targets.realism: unknown variant '" + k + "' (fs, ds or ks)");
            }
        }
        for (String k : Suite.VARIANTS) {
            if (given.containsKey(k)) {
                Double a = given.get(k);
                if (a == null || !(a > 50 && a <= 100)) {
                    throw new IllegalArgumentException("targets.realism." + k
                            + " must be a classifier accuracy (%) in (50, 100], got " + a);
                }
                r.put(k, a);
            }
        }
        realism = Collections.unmodifiableMap(r);
    }

    /** The bound on the EER gap for one verifier and variant, if any. */
    public Optional<EerGap> eerGap(String verifier, String variant) {
        return realVsSynthetic.stream()
                .filter(g -> g.verifiers().contains(verifier) && g.variants().contains(variant)).findFirst();
    }

    /**
     * A bound on |EER synthetic - EER real| (percentage points), for each corpus, K and impostor type.
     *
     * @param verifiers verifier names it applies to
     * @param variants  synthetic variants it applies to ({@code fs}, {@code ds}, {@code ks})
     * @param maxPoints the bound, in points (required)
     * @param gate      true (default): a pass criterion; false: reported, no gate
     */
    public record EerGap(List<String> verifiers, List<String> variants, Double maxPoints, Boolean gate) {
        public EerGap {
            if (verifiers == null || verifiers.isEmpty()) {
                throw new IllegalArgumentException("targets.realVsSynthetic: verifiers must name at least one verifier");
            }
            for (String v : verifiers) {
                Suite.requireText(v, "targets.realVsSynthetic: a verifier name");
            }
            verifiers = List.copyOf(verifiers);
            if (variants == null || variants.isEmpty()) {
                throw new IllegalArgumentException("targets.realVsSynthetic: variants must name at least one variant");
            }
            for (String v : variants) {
                if (!Suite.VARIANTS.contains(v)) {
                    throw new IllegalArgumentException("targets.realVsSynthetic: unknown variant '" + v + "' (fs, ds or ks)");
                }
            }
            variants = List.copyOf(variants);
            if (maxPoints == null) {
                throw new IllegalArgumentException("targets.realVsSynthetic: maxPoints is required (|EER synthetic - EER real| in points)");
            }
            if (!(maxPoints > 0) || maxPoints.isInfinite()) {
                throw new IllegalArgumentException("targets.realVsSynthetic: maxPoints must be > 0 points, got " + maxPoints);
            }
            gate = gate == null || gate;
        }
    }

    /**
     * Training with duplicates: for each corpus and verifier of the duplicates study and each K named
     * here, the best M (lowest skilled EER over M > 0) must lower the skilled EER by at least
     * {@code minRelativeSkilledGain} relative to M = 0, and the random EER at that M may rise by at
     * most {@code maxRandomRise} points. On a corpus without skilled forgeries only the random part
     * applies, at the M with the lowest random EER.
     *
     * @param refs                   the K values it applies to (default [1])
     * @param minRelativeSkilledGain minimum relative fall of the skilled EER, in [0, 1] (default 0.15)
     * @param maxRandomRise          maximum rise of the random EER, in points, >= 0 (default 0.5)
     */
    public record DuplicatesGain(List<Integer> refs, Double minRelativeSkilledGain, Double maxRandomRise) {
        public DuplicatesGain {
            refs = refs == null ? List.of(1) : Suite.positive(refs, "targets.duplicates.refs");
            minRelativeSkilledGain = minRelativeSkilledGain == null ? 0.15 : minRelativeSkilledGain;
            if (!(minRelativeSkilledGain >= 0 && minRelativeSkilledGain <= 1)) {
                throw new IllegalArgumentException("targets.duplicates.minRelativeSkilledGain must be in [0, 1] "
                        + "(0.15 = 15 % lower), got " + minRelativeSkilledGain);
            }
            maxRandomRise = maxRandomRise == null ? 0.5 : maxRandomRise;
            if (!(maxRandomRise >= 0) || maxRandomRise.isInfinite()) {
                throw new IllegalArgumentException("targets.duplicates.maxRandomRise must be >= 0 points, got " + maxRandomRise);
            }
        }
    }

    /**
     * Recognition targets (issue 16), for every recognition study of the suite (air-writing,
     * gestures): the accuracy with DS references ({@code ds}) lies within {@code maxDsGapPoints}
     * of the accuracy with the real references they were made from (measured in the same cell);
     * one real reference per class plus its DS duplicates ({@code k1-plus-ds}) beats that
     * reference alone by more than {@code minDuplicatesGainPoints}.
     *
     * @param maxDsGapPoints          bound on |accuracy DS - accuracy real|, points (default 3)
     * @param minDuplicatesGainPoints the K = 1 plus duplicates accuracy must exceed K = 1 alone by
     *                                more than this, points (default 0: strictly above)
     */
    public record RecognitionGaps(Double maxDsGapPoints, Double minDuplicatesGainPoints) {
        public RecognitionGaps {
            maxDsGapPoints = maxDsGapPoints == null ? 3.0 : maxDsGapPoints;
            if (!(maxDsGapPoints > 0) || maxDsGapPoints.isInfinite()) {
                throw new IllegalArgumentException("targets.recognition.maxDsGapPoints must be > 0 points, got " + maxDsGapPoints);
            }
            minDuplicatesGainPoints = minDuplicatesGainPoints == null ? 0.0 : minDuplicatesGainPoints;
            if (!(minDuplicatesGainPoints >= 0) || minDuplicatesGainPoints.isInfinite()) {
                throw new IllegalArgumentException("targets.recognition.minDuplicatesGainPoints must be >= 0 points, got "
                        + minDuplicatesGainPoints);
            }
        }
    }
}
