package org.sigbench.bench.suite;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;

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
     * @param conditions      which conditions to run
     * @param band            Sakoe-Chiba band as a fraction of the length
     */
    public record Recognition(CorpusRef corpus, int perReference, List<Condition> conditions, double band) {
        /** The default conditions (the air-writing study's). */
        public static final List<Condition> DEFAULT = List.of(Condition.REAL, Condition.REAL_SINGLE, Condition.DS,
                Condition.KS, Condition.MIMIC_DS, Condition.MIMIC_KS);

        public Recognition {
            perReference = perReference == 0 ? 5 : perReference;
            if (perReference < 0) {
                throw new IllegalArgumentException("recognition perReference must be positive");
            }
            if (conditions != null && conditions.stream().anyMatch(java.util.Objects::isNull)) {
                throw new IllegalArgumentException("recognition conditions: null is not a condition");
            }
            conditions = conditions == null ? DEFAULT : List.copyOf(conditions);
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

    static void requireText(String s, String what) {
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

    static List<Integer> positive(List<Integer> l, String what) {
        for (Integer k : l) {
            if (k == null || k < 1) {
                throw new IllegalArgumentException(what + " must be >= 1, got " + k);
            }
        }
        return List.copyOf(Objects.requireNonNull(l));
    }
}
