package org.sigbench.bench.suite;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A benchmark suite: which corpora, synthetic variants, verifiers, enrolment sizes, duplicate
 * counts, seeds and outputs make up one study. Read from JSON by
 * {@link org.sigbench.bench.io.SuiteReader}; every field has a default, so a user's file only names
 * what it changes. Sections that are {@code null} (absent) are not run.
 *
 * @param name            suite name (the report folder defaults to {@code reports/<name>})
 * @param description     one line for the report
 * @param seed            master seed; every cell derives its own streams from it and its id
 * @param bootstrap       bootstrap replicates (resampling subjects) for EER intervals
 * @param realVsSynthetic the real-versus-synthetic study, or null
 * @param duplicates      the training-with-duplicates study, or null
 * @param airWriting      the 3D air-writing study (digits; default corpus leap-airwriting-digits), or null
 * @param gestures        the 3D mid-air gesture study (default corpus leap-gestures-midair), or null;
 *                        the same recognition protocol as {@code airWriting}
 * @param realism         the realism study, or null
 * @param throughput      the JMH throughput section, or null
 * @param targets         the targets the report judges every computed cell against (absent: the
 *                        defaults {@link Targets#DEFAULT}); not part of any cell hash, so changing a
 *                        target never recomputes a cell
 * @param outputs         what to write besides the tables
 * @param perception      the perception test whose answers the report summarises, or null
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Suite(String name, String description, long seed, int bootstrap,
                    RealVsSynthetic realVsSynthetic, Duplicates duplicates, Recognition airWriting,
                    Recognition gestures, Realism realism, Throughput throughput, Targets targets, Outputs outputs,
                    Perception perception) {

    public Suite {
        name = name == null || name.isBlank() ? "custom" : name.strip();
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("suite name '" + name + "' may only use letters, digits, '.', '_' and '-'");
        }
        description = description == null ? "" : description;
        bootstrap = bootstrap == 0 ? 1000 : bootstrap;
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap must be positive, got " + bootstrap);
        }
        targets = targets == null ? Targets.DEFAULT : targets;
        outputs = outputs == null ? Outputs.DEFAULT : outputs;
        airWriting = airWriting == null ? null : airWriting.withDefaultCorpus("leap-airwriting-digits");
        gestures = gestures == null ? null : gestures.withDefaultCorpus("leap-gestures-midair");
    }

    /**
     * A perception test folder (made by {@code sigbench perceive prepare}, answered through
     * {@code perceive serve}); the report adds its rates. Not part of any cell.
     *
     * @param test the test folder, relative to the working directory
     */
    public record Perception(String test) {
        public Perception {
            if (test == null || test.isBlank()) {
                throw new IllegalArgumentException("perception.test must name a test folder");
            }
        }
    }

    /**
     * A real corpus and the part of it to use.
     *
     * @param name     corpus name as {@code Corpora.load} knows it
     * @param subjects use only the first N subjects (0 = all)
     */
    public record CorpusRef(String name, int subjects) {
        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.PROPERTIES)
        public CorpusRef {
            requireText(name, "corpus name");
            if (subjects < 0) {
                throw new IllegalArgumentException("corpus " + name + ": subjects must be >= 0, got " + subjects);
            }
        }

        /** A plain string in a suite file means the whole corpus. */
        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        public static CorpusRef of(String name) {
            return new CorpusRef(name, 0);
        }

        /** {@code name} or {@code name[first N]}. */
        public String label() {
            return subjects == 0 ? name : name + "[first " + subjects + "]";
        }
    }

    /**
     * Real versus synthetic: every verifier on the real corpus and on each synthetic variant.
     *
     * @param corpora   real corpora
     * @param variants  synthetic variants: {@code fs}, {@code ds}, {@code ks}
     * @param verifiers verifier names as in {@code verify} (dtw, wd-features, svm, rf)
     * @param refs      enrolment sizes K
     */
    public record RealVsSynthetic(List<CorpusRef> corpora, List<String> variants, List<String> verifiers,
                                  List<Integer> refs) {
        public RealVsSynthetic {
            corpora = nonEmpty(corpora, "realVsSynthetic.corpora");
            variants = variants == null ? List.of("fs", "ds", "ks") : List.copyOf(variants);
            for (String v : variants) {
                if (!List.of("fs", "ds", "ks").contains(v)) {
                    throw new IllegalArgumentException("realVsSynthetic.variants: unknown variant '" + v + "' (fs, ds or ks)");
                }
            }
            verifiers = verifiers == null ? List.of("dtw") : List.copyOf(verifiers);
            refs = refs == null ? List.of(1, 5) : positive(refs, "realVsSynthetic.refs");
        }
    }

    /**
     * Training with duplicates: K real references plus M DS duplicates of each.
     *
     * @param corpora    real corpora
     * @param verifiers  verifier names
     * @param refs       K values
     * @param duplicates M values (0 = real references only)
     * @param oracle     whether to add, for K = 1 and every M > 0, the oracle row: the one real
     *                   reference joined by the subject's next M real genuine samples instead of M
     *                   duplicates (default true)
     */
    public record Duplicates(List<CorpusRef> corpora, List<String> verifiers, List<Integer> refs,
                             List<Integer> duplicates, Boolean oracle) {
        public Duplicates {
            corpora = nonEmpty(corpora, "duplicates.corpora");
            verifiers = verifiers == null ? List.of("dtw") : List.copyOf(verifiers);
            refs = refs == null ? List.of(1, 5) : positive(refs, "duplicates.refs");
            duplicates = duplicates == null ? List.of(0, 5, 10, 20) : List.copyOf(duplicates);
            oracle = oracle == null || oracle;
            for (int m : duplicates) {
                if (m < 0) {
                    throw new IllegalArgumentException("duplicates.duplicates must be >= 0, got " + m);
                }
            }
        }
    }

    /**
     * Recognition of the classes (labels) of a corpus of {@code other} samples, such as air-written
     * digits or mid-air gestures: DTW 1-NN, leave one subject out (see
     * {@code org.sigbench.bench.study.Recognition} for every condition).
     *
     * @param corpus          the corpus of classes (null: the section's default corpus)
     * @param perReference    synthetic samples made from each single real reference (DS and KS)
     * @param conditions      which conditions to run, from {@link #ALL}
     * @param band            Sakoe-Chiba band as a fraction of the length
     */
    public record Recognition(CorpusRef corpus, int perReference, List<String> conditions, double band) {
        /** Every condition, in report order. */
        public static final List<String> ALL = List.of("real", "real-single", "ds", "ks", "k1", "k1-plus-ds",
                "k1-plus-ks", "mimic-ds", "mimic-ks");
        /** The default conditions (the air-writing study's). */
        public static final List<String> DEFAULT = List.of("real", "real-single", "ds", "ks", "mimic-ds", "mimic-ks");

        public Recognition {
            perReference = perReference == 0 ? 5 : perReference;
            if (perReference < 0) {
                throw new IllegalArgumentException("recognition perReference must be positive");
            }
            conditions = conditions == null ? DEFAULT : List.copyOf(conditions);
            for (String c : conditions) {
                if (!ALL.contains(c)) {
                    throw new IllegalArgumentException("recognition conditions: unknown '" + c + "' (one of " + ALL + ")");
                }
            }
            band = band == 0 ? 0.1 : band;
            if (!(band > 0 && band <= 1)) {
                throw new IllegalArgumentException("recognition band must be in (0, 1], got " + band);
            }
        }

        /** This section with {@code name} as its corpus when none is given. */
        Recognition withDefaultCorpus(String name) {
            return corpus != null ? this : new Recognition(new CorpusRef(name, 0), perReference, conditions, band);
        }
    }

    /**
     * Realism: distributions of kinematic measures (KS tests) and a classifier two-sample test.
     *
     * @param corpora  real corpora
     * @param variants synthetic variants compared with each
     * @param folds    cross-validation folds of the classifier test
     * @param trees    trees of the Random Forest
     */
    public record Realism(List<CorpusRef> corpora, List<String> variants, int folds, int trees) {
        public Realism {
            corpora = nonEmpty(corpora, "realism.corpora");
            variants = variants == null ? List.of("fs", "ds", "ks") : List.copyOf(variants);
            folds = folds == 0 ? 5 : folds;
            trees = trees == 0 ? 200 : trees;
            if (folds < 2 || trees < 1) {
                throw new IllegalArgumentException("realism.folds must be >= 2 and realism.trees >= 1");
            }
        }
    }

    /**
     * Throughput: the JMH benchmarks of {@code org.sigbench.bench.jmh}, run with short settings.
     *
     * @param include    JMH include regex
     * @param forks      JMH forks
     * @param warmups    warm-up iterations
     * @param iterations measurement iterations
     * @param seconds    seconds per iteration
     */
    public record Throughput(String include, int forks, int warmups, int iterations, double seconds) {
        public Throughput {
            include = include == null || include.isBlank() ? "org\\.sigbench\\.bench\\.jmh\\..*" : include;
            forks = Math.max(forks, 0);
            warmups = warmups == 0 ? 1 : warmups;
            iterations = iterations == 0 ? 2 : iterations;
            seconds = seconds == 0 ? 1 : seconds;
        }
    }

    /** Synthetic variants, in report order. */
    public static final List<String> VARIANTS = List.of("fs", "ds", "ks");

    /**
     * What the report judges the computed cells against. Targets name verifiers and variants, never
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
                if (!VARIANTS.contains(k)) {
                    throw new IllegalArgumentException("targets.realism: unknown variant '" + k + "' (fs, ds or ks)");
                }
            }
            for (String k : VARIANTS) {
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
                requireText(v, "targets.realVsSynthetic: a verifier name");
            }
            verifiers = List.copyOf(verifiers);
            if (variants == null || variants.isEmpty()) {
                throw new IllegalArgumentException("targets.realVsSynthetic: variants must name at least one variant");
            }
            for (String v : variants) {
                if (!VARIANTS.contains(v)) {
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
            refs = refs == null ? List.of(1) : positive(refs, "targets.duplicates.refs");
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

    /**
     * Outputs besides the tables.
     *
     * @param scores write score files (git-ignored)
     * @param plots  write PNG plots
     */
    public record Outputs(Boolean scores, Boolean plots) {
        public static final Outputs DEFAULT = new Outputs(true, true);

        public Outputs {
            scores = scores == null || scores;
            plots = plots == null || plots;
        }
    }

    private static void requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    private static <T> List<T> nonEmpty(List<T> l, String what) {
        if (l == null || l.isEmpty()) {
            throw new IllegalArgumentException(what + " must name at least one corpus");
        }
        return List.copyOf(l);
    }

    private static List<Integer> positive(List<Integer> l, String what) {
        for (Integer k : l) {
            if (k == null || k < 1) {
                throw new IllegalArgumentException(what + " must be >= 1, got " + k);
            }
        }
        return List.copyOf(Objects.requireNonNull(l));
    }
}
