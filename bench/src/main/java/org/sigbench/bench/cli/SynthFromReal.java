package org.sigbench.bench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.apache.commons.rng.UniformRandomProvider;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.SignatureMeta;
import org.sigbench.datasets.io.AtomicFiles;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.datasets.io.InterchangeFormat;
import org.sigbench.bench.port.SynthBackend;
import org.sigbench.bench.port.Variability;
import org.sigbench.bench.port.VerifyBackend;
import org.sigbench.bench.study.VariabilityEstimator;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.random.Streams;
import org.sigbench.synth.calibrate.Group;
import org.sigbench.synth.ds.RealDsSettings;
import org.sigbench.synth.extract.Extraction;
import org.sigbench.synth.extract.Extractor;
import org.sigbench.synth.extract.RealDuplicates;
import org.sigbench.synth.ks.KsOptions;
import org.sigbench.synth.ks.KsTiming;
import org.sigbench.synth.ks.RealRetiming;
import org.sigbench.synth.ks.RhythmConsistency;
import org.sigbench.synth.ks.RhythmModel;

/**
 * The {@code sigbench synth --from CORPUS --method ks|ds --per-sample K} mode: K re-timed (KS) or
 * duplicated (DS: extract, perturb, regenerate) samples per real sample, with the real sample's
 * subject, kind and label. DS of real sample i uses {@code Streams.seed(seed, 2, i)} (see
 * {@link RealDuplicates}: every duplicate its own stream); KS sample k of real sample i draws from
 * {@code Streams.of(seed, 1, i, k)}, with a {@link KsTiming} estimated on the corpus's samples of
 * its kind (genuine, skilled forgery, other), once per kind; so the bytes do not depend on the
 * thread count.
 */
final class SynthFromReal {
    private SynthFromReal() {
    }

    /**
     * DS settings: with {@code --variability L}, stroke-wise perturbation at level L only;
     * otherwise calibrated on the corpus itself ({@link SynthBackend#calibrate}: within-session and
     * session levels, global and noise terms fitted to the corpus' own comparisons).
     */
    static RealDsSettings dsSettings(Corpus real, Double level, long seed, int threads) {
        if (level != null) {
            return RealDsSettings.strokeWise(level);
        }
        System.err.println("synth --from: calibrating DS on " + real.name() + " (pass --variability to skip)");
        List<Group> groups = real.subjects().stream().map(s -> new Group(real.of(s, Kind.GENUINE),
                real.of(s, Kind.SKILLED_FORGERY))).toList();
        Variability v = new SynthBackend(threads).calibrate(VariabilityEstimator.estimate(real, Kind.GENUINE), groups,
                new VerifyBackend(threads), Streams.seed(seed, 99));
        System.err.println("synth --from: " + v.ds().note());
        return v.ds().ds();
    }

    static String run(String data, String from, String method, int perSample, long seed, Path out, String name,
                      int threads, Double level) throws Exception {
        if (!method.equals("ks") && !method.equals("ds")) {
            throw new IllegalArgumentException("--method must be ks or ds, got '" + method + "'");
        }
        if (perSample < 1 || threads < 1) {
            throw new IllegalArgumentException("need --per-sample >= 1 and --threads >= 1");
        }
        Corpus real = Corpora.load(Corpora.root(data), from);
        String corpusName = name != null ? name : method + "-" + from;
        long stream = method.equals("ks") ? 1 : 2;
        List<Signature> in = real.signatures();
        Extractor ex = Extractor.defaults();
        RealDsSettings ds = method.equals("ds") ? dsSettings(real, level, seed, threads) : null;
        KsOptions ks = KsOptions.defaults();
        Map<Kind, KsTiming> timing = method.equals("ks") ? timings(real, in, ex, ks) : new EnumMap<>(Kind.class);
        RhythmModel rhythm = method.equals("ks") ? rhythm(in, timing) : null;
        Job job = new Job(from, method, perSample, seed, stream, corpusName, ex, ds, ks, timing, rhythm);
        double[] snrs = new double[in.size() * perSample];
        Corpus c = Corpus.of(corpusName, synthesise(job, in, threads, snrs));
        InterchangeFormat.write(c, out);
        AtomicFiles.write(out.resolve(SynthCommand.OPTIONS_FILE), String.format(Locale.ROOT,
                "{%n  \"generator\" : \"sigbench synth --from (%s of real samples)\",%n  \"from\" : \"%s\",%n"
                        + "  \"method\" : \"%s\",%n  \"perSample\" : %d,%n  \"seed\" : %d,%n  \"name\" : \"%s\",%n"
                        + "  \"ks\" : \"%s\",%n  \"ksTiming\" : \"%s\",%n  \"ds\" : \"%s\",%n  \"extract\" : \"%s\"%n}%n",
                method, from, method, perSample, seed, corpusName, ks, ksTimingText(timing), ds, ex.options()));
        String shape = method.equals("ks") ? String.format(Locale.ROOT,
                "%nKS shape SNRt (arc-length resampled, centred): median %.1f dB, 10th percentile %.1f dB",
                ExtractCommand.quantile(snrs, 0.5), ExtractCommand.quantile(snrs, 0.1)) : "";
        for (Map.Entry<Kind, KsTiming> e : timing.entrySet()) {
            shape += String.format(Locale.ROOT, "%n%s: %s", e.getKey().token(), e.getValue().describe());
        }
        return String.format(Locale.ROOT, "wrote %s: %d samples (%d per real sample, method %s) from %s, %dD, to %s%s",
                c.name(), c.signatures().size(), perSample, method, from, c.dims(), out, shape);
    }

    /**
     * What the synthesis of every sample reads.
     *
     * @param stream the stream number of the method (KS 1, DS 2)
     * @param ds     the DS settings (DS only)
     * @param timing the KS timing per kind (KS only; empty for DS)
     * @param rhythm the KS rhythm model (KS only)
     */
    private record Job(String from, String method, int perSample, long seed, long stream, String corpusName,
                       Extractor ex, RealDsSettings ds, KsOptions ks, Map<Kind, KsTiming> timing, RhythmModel rhythm) {
    }

    /** The KS timing of each kind the corpus has, estimated on the corpus's samples of that kind. */
    private static Map<Kind, KsTiming> timings(Corpus real, List<Signature> in, Extractor ex, KsOptions ks) {
        Map<Kind, KsTiming> timing = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            if (real.count(k) > 0) {
                timing.put(k, KsTiming.estimate(in.stream().filter(s -> s.meta().kind() == k).toList(), ex, ks));
            }
        }
        return timing;
    }

    /** The KS rhythm model: of the genuine samples (else the other ones) against the skilled forgeries. */
    private static RhythmModel rhythm(List<Signature> in, Map<Kind, KsTiming> timing) {
        Kind main = timing.containsKey(Kind.GENUINE) ? Kind.GENUINE : Kind.OTHER;
        List<Signature> forged = in.stream().filter(s -> s.meta().kind() == Kind.SKILLED_FORGERY).toList();
        return RhythmConsistency.estimate(in.stream().filter(s -> s.meta().kind() == main).toList(), timing.get(main),
                forged, timing.get(Kind.SKILLED_FORGERY));
    }

    /**
     * The synthetic samples of all real samples, in corpus order, on {@code threads} threads with a
     * progress bar; KS writes each sample's shape SNRt to {@code snrs} (index {@code i * perSample + k}).
     */
    private static List<Signature> synthesise(Job job, List<Signature> in, int threads, double[] snrs) throws Exception {
        List<Signature> outList = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (ProgressBar pb = new ProgressBarBuilder().setTaskName("synth " + job.method()).setInitialMax(in.size())
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" samples", 1).build()) {
            List<Future<List<Signature>>> fs = new ArrayList<>();
            for (int i = 0; i < in.size(); i++) {
                final int index = i;
                final Signature s = in.get(i);
                fs.add(pool.submit(() -> {
                    List<Signature> made = made(job, s, index, snrs);
                    synchronized (pb) {
                        pb.step();
                    }
                    return made;
                }));
            }
            for (Future<List<Signature>> f : fs) {
                outList.addAll(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        return outList;
    }

    /**
     * The {@code perSample} synthetic samples of real sample {@code index}: its DS duplicates, or
     * its KS re-timings (each from {@code Streams.of(seed, stream, index, k)}), with derived metadata.
     */
    private static List<Signature> made(Job job, Signature s, int index, double[] snrs) {
        String method = job.method();
        int perSample = job.perSample();
        long seed = job.seed();
        long stream = job.stream();
        List<Signature> made = new ArrayList<>();
        Extraction e = method.equals("ds") ? job.ex().extract(s) : null;
        List<Signature> dups = e == null ? List.of() : RealDuplicates.duplicates(s, e, job.ds(), perSample,
                Streams.seed(seed, stream, index), s.meta().id() + "-" + method);
        for (int k = 0; k < perSample; k++) {
            UniformRandomProvider rng = Streams.of(seed, stream, index, k);
            SignatureMeta meta = s.meta().derived(job.corpusName(), s.meta().id() + "-" + method + (k + 1),
                    (s.meta().repetition() - 1) * perSample + k + 1,
                    method + " of " + job.from() + "/" + s.meta().id() + " seed " + seed);
            if (method.equals("ds")) {
                made.add(dups.get(k).withMeta(meta));
            } else {
                RealRetiming.Retimed r = RealRetiming.retimeWithShapeSnr(s, job.ks(), job.timing().get(s.meta().kind()),
                        meta, job.rhythm().sample(Streams.seed(seed, stream), s.meta(), rng), rng);
                made.add(r.signature());
                synchronized (snrs) {
                    snrs[index * perSample + k] = r.snrT();
                }
            }
        }
        return made;
    }

    /** The timings used, one per kind, for the options file (JSON-safe text). */
    static String ksTimingText(Map<Kind, KsTiming> timing) {
        StringBuilder b = new StringBuilder();
        timing.forEach((k, t) -> b.append(b.isEmpty() ? "" : " | ").append(k.token()).append(": ").append(t.describe()));
        return b.toString().replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
