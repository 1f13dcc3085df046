package org.sigbench.synth.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.datasets.random.Streams;
import org.sigbench.synth.ds.DsOptions;
import org.sigbench.synth.ds.Duplicator;
import org.sigbench.synth.ds.Sessions;
import org.sigbench.synth.forgery.Forger;
import org.sigbench.synth.fs.FullSynthesis;
import org.sigbench.synth.fs.Plan;
import org.sigbench.synth.fs.Specimen;

/**
 * Makes a synthetic corpus: per subject an identity plan (FS), {@code genuine} duplicates of it
 * (DS) and {@code forgeries} skilled forgeries (forger plans, each sampled as a duplicate). Every
 * random draw comes from a stream fixed by (seed, purpose, subject, sample), so the corpus is the
 * same, byte for byte, whatever the thread count.
 */
public final class CorpusGenerator {
    /** Stream ids (the second seed word). */
    static final long IDENTITY = 1;
    static final long GENUINE = 2;
    static final long FORGER = 3;
    static final long FORGERY = 4;
    static final long NOISE = 5;
    static final long SESSION = 6;

    private CorpusGenerator() {
    }

    /** Generates without progress reporting. */
    public static Corpus generate(GeneratorOptions o) {
        return generate(o, k -> { });
    }

    /**
     * Generates the corpus.
     *
     * @param progress told the number of samples finished each time a subject is done (called from
     *                 worker threads; must be thread-safe)
     */
    public static Corpus generate(GeneratorOptions o, IntConsumer progress) {
        List<List<Signature>> perSubject = new ArrayList<>();
        if (o.threads() == 1) {
            for (int s = 0; s < o.subjects(); s++) {
                perSubject.add(subject(o, s));
                progress.accept(o.genuine() + o.forgeries());
            }
        } else {
            ExecutorService ex = Executors.newFixedThreadPool(o.threads());
            try {
                List<Future<List<Signature>>> fut = new ArrayList<>();
                for (int s = 0; s < o.subjects(); s++) {
                    final int si = s;
                    fut.add(ex.submit(() -> {
                        List<Signature> l = subject(o, si);
                        progress.accept(l.size());
                        return l;
                    }));
                }
                for (Future<List<Signature>> f : fut) {
                    perSubject.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                ex.shutdownNow();
            }
        }
        List<Signature> all = new ArrayList<>();
        perSubject.forEach(all::addAll);
        return Corpus.of(o.name(), all);
    }

    /** The random stream of one purpose, subject and sample: {@code Streams.of(seed, purpose, subject, sample)}. */
    public static UniformRandomProvider stream(long seed, long purpose, int subject, int sample) {
        return Streams.of(seed, purpose, subject, sample);
    }

    /** Subject id of index s (0-based): S001, S002, ... */
    public static String subjectId(int s) {
        return String.format(java.util.Locale.ROOT, "S%03d", s + 1);
    }

    /** The identity plan of subject s. */
    public static Plan identity(GeneratorOptions o, int s) {
        return FullSynthesis.plan(o.fs(), stream(o.seed(), IDENTITY, s, 0));
    }

    /**
     * The plans of subject s's sessions: the identity plan alone when the session level is 0, else
     * two perturbations of it ({@code Duplicator.perturbPlan}) at that level, from
     * {@code stream(seed, SESSION, s, k)}.
     */
    static Plan[] sessionPlans(double sessionLevel, long seed, int s, Plan plan) {
        if (sessionLevel == 0) {
            return new Plan[] {plan};
        }
        DsOptions level = DsOptions.defaults().withLevel(sessionLevel);
        return new Plan[] {Duplicator.perturbPlan(plan, level, stream(seed, SESSION, s, 0)),
            Duplicator.perturbPlan(plan, level, stream(seed, SESSION, s, 1))};
    }

    /** All samples of subject s: genuine first, then forgeries. */
    public static List<Signature> subject(GeneratorOptions o, int s) {
        String sid = subjectId(s);
        Plan plan = identity(o, s);
        List<Signature> out = new ArrayList<>(o.genuine() + o.forgeries());
        String src = "sigbench synth seed=" + o.seed();
        Plan[] sessions = sessionPlans(o.consistency().sessionLevel(), o.seed(), s, plan);
        int[] halves = Sessions.halves(o.genuine());
        for (int g = 0; g < o.genuine(); g++) {
            int k = Math.min(halves[g], sessions.length) - 1;
            Plan from = sessions[k];
            Specimen sp = Duplicator.duplicate(from, o.ds(), stream(o.seed(), GENUINE, s, g));
            String id = String.format(java.util.Locale.ROOT, "%s-G%02d", sid, g + 1);
            // the sample's synthetic session (1, or 2 for the second half) in its metadata, as a corpus with sessions records it
            out.add(SignatureSampler.sample(sp, o.fs().rate(), o.fs().noiseSd(), new SignatureMeta(o.name(), sid, id,
                    Kind.GENUINE, null, null, k + 1, g + 1, src), stream(o.seed(), NOISE, s, g)));
        }
        int nf = o.forgery().forgersPerSubject();
        Plan[] forgers = new Plan[Math.min(nf, Math.max(o.forgeries(), 1))];
        for (int f = 0; f < o.forgeries(); f++) {
            int who = f % forgers.length;
            if (forgers[who] == null) {
                forgers[who] = Forger.forgerPlan(plan, o.forgery(), stream(o.seed(), FORGER, s, who));
            }
            Specimen sp = Duplicator.duplicate(forgers[who], o.ds(), stream(o.seed(), FORGERY, s, f));
            String id = String.format(java.util.Locale.ROOT, "%s-F%02d", sid, f + 1);
            out.add(SignatureSampler.sample(sp, o.fs().rate(), o.fs().noiseSd(),
                    SignatureMeta.forgery(o.name(), sid, id, f + 1, src + " forger=" + (who + 1)),
                    stream(o.seed(), NOISE, s, 500_000 + f)));
        }
        return out;
    }
}
