package org.sigbench.verify.runner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.verify.metrics.ProbeKind;
import org.sigbench.verify.metrics.Score;
import org.sigbench.verify.protocol.Protocol;
import org.sigbench.verify.protocol.SubjectTrials;
import org.sigbench.verify.verifier.Verifier;
import org.sigbench.verify.verifier.VerifierFactory;

/**
 * Scores every comparison of a {@link Protocol} on a pool of worker threads. Subjects are
 * independent tasks and scores are gathered in protocol order (subject, then genuine, skilled and
 * random probes in corpus order), so the output is the same for any thread count.
 *
 * <p>Each subject is enrolled with {@link Verifier#enrol(List, List)}: its real references and,
 * apart, its extra references (duplicates), so that a verifier can tell them apart.
 *
 * <p>Writer-independent verifiers are trained per fold on the other folds' subjects only (their
 * whole data: references, genuine samples and forgeries), as in
 * {@link RunnerOptions#folds()}. Random probes of an evaluated subject are genuine samples of other
 * subjects, which may belong to the training folds: the verifier never saw the evaluated subject.
 */
public final class ProtocolRunner {
    private ProtocolRunner() {
    }

    /**
     * Result of a run.
     *
     * @param scores      every comparison, in protocol order
     * @param comparisons number of comparisons
     * @param seconds     wall time of scoring (training included)
     * @param verifier    the verifier factory's description
     */
    public record Result(List<Score> scores, long comparisons, double seconds, String verifier) {
        /** Comparisons per second of wall time. */
        public double comparisonsPerSecond() {
            return comparisons / Math.max(seconds, 1e-9);
        }
    }

    /**
     * Scores a protocol.
     *
     * @param corpus   the corpus the protocol was built from (writer-independent training reads its
     *                 development subjects)
     * @param protocol comparisons to score
     * @param factory  verifier recipe
     * @param options  threads, folds, seed
     * @param progress called with the number of comparisons done so far (may be null)
     */
    public static Result run(Corpus corpus, Protocol protocol, VerifierFactory factory, RunnerOptions options,
                             LongConsumer progress) {
        long t0 = System.nanoTime();
        List<SubjectTrials> subjects = protocol.subjects();
        int n = subjects.size();
        List<List<Score>> perSubject = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            perSubject.add(null);
        }
        AtomicLong done = new AtomicLong();
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        try {
            if (!factory.writerIndependent()) {
                Verifier v = factory.create(null, options.seed());
                scoreAll(pool, v, subjects, IntStream.range(0, n).toArray(), perSubject, done, progress);
            } else {
                int folds = Math.min(options.folds(), n);
                if (folds < 2) {
                    throw new IllegalArgumentException("a writer-independent verifier needs at least 2 enrolled subjects");
                }
                for (int f = 0; f < folds; f++) {
                    Set<String> dev = new HashSet<>();
                    List<Integer> eval = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if (i % folds == f) {
                            eval.add(i);
                        } else {
                            dev.add(subjects.get(i).subject());
                        }
                    }
                    List<Signature> devSigs = corpus.signatures().stream()
                            .filter(s -> dev.contains(s.meta().subject())).toList();
                    // the development subjects keep their extra references (duplicates), so that training
                    // sees enrolments made like the evaluated ones
                    Protocol devProtocol = Protocol.of(Corpus.of(corpus.name() + "-dev" + f, devSigs), protocol.options(),
                            protocol.extraReferences(dev));
                    Verifier v = factory.create(devProtocol, options.seed() + f);
                    scoreAll(pool, v, subjects, eval.stream().mapToInt(Integer::intValue).toArray(), perSubject, done,
                            progress);
                }
            }
        } finally {
            pool.shutdown();
        }
        List<Score> all = new ArrayList<>();
        perSubject.forEach(all::addAll);
        double secs = (System.nanoTime() - t0) / 1e9;
        return new Result(List.copyOf(all), all.size(), secs, factory.describe());
    }

    private static void scoreAll(ForkJoinPool pool, Verifier v, List<SubjectTrials> subjects, int[] which,
                                 List<List<Score>> out, AtomicLong done, LongConsumer progress) {
        try {
            List<List<Score>> res = pool.submit(() -> IntStream.of(which).parallel()
                    .mapToObj(i -> {
                        List<Score> l = scoreSubject(v, subjects.get(i));
                        long d = done.addAndGet(l.size());
                        if (progress != null) {
                            progress.accept(d);
                        }
                        return l;
                    }).toList()).get();
            for (int k = 0; k < which.length; k++) {
                out.set(which[k], res.get(k));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(c);
        }
    }

    /** Scores of one subject: genuine, then skilled, then random probes. */
    public static List<Score> scoreSubject(Verifier v, SubjectTrials t) {
        Verifier.Model m = v.enrol(t.realReferences(), t.extraReferences());
        List<Score> l = new ArrayList<>(t.comparisons());
        String s = t.subject();
        List<Signature> probes = new ArrayList<>(t.genuine().size() + t.skilled().size() + t.random().size());
        probes.addAll(t.genuine());
        probes.addAll(t.skilled());
        probes.addAll(t.random());
        double[] sc = m.scores(probes); // all probes of the subject together (same values as one by one)
        int q = 0;
        for (Signature p : t.genuine()) {
            l.add(new Score(s, s, p.meta().id(), ProbeKind.GENUINE, sc[q++]));
        }
        for (Signature p : t.skilled()) {
            l.add(new Score(s, "*", p.meta().id(), ProbeKind.SKILLED, sc[q++]));
        }
        for (Signature p : t.random()) {
            l.add(new Score(s, p.meta().subject(), p.meta().id(), ProbeKind.RANDOM, sc[q++]));
        }
        return l;
    }
}
