package org.sigbench.synth.corpus;

import java.util.Objects;
import org.sigbench.synth.ds.DsOptions;
import org.sigbench.synth.forgery.ForgeryOptions;
import org.sigbench.synth.fs.FsOptions;

/**
 * What a synthetic corpus holds and how it is made.
 *
 * @param name      corpus name (goes into every sample's metadata)
 * @param subjects  number of synthetic identities, >= 1
 * @param genuine   genuine samples per identity (DS duplicates of its plan), >= 1
 * @param forgeries skilled forgeries per identity, >= 0
 * @param seed      master seed; sample k of stream s of subject i uses
 *                  {@code XO_RO_SHI_RO_128_PP(seed, s, i * 1_000_000 + k)}, so the bytes do not depend on
 *                  the thread count
 * @param threads   worker threads, >= 1
 * @param fs        identity synthesis options (dims and sampling rate included)
 * @param ds        duplicate variability of genuine samples (and of forgery samples of one forger)
 * @param forgery   forger model
 * @param consistency an identity's sessions
 */
public record GeneratorOptions(String name, int subjects, int genuine, int forgeries, long seed, int threads,
                               FsOptions fs, DsOptions ds, ForgeryOptions forgery, Consistency consistency) {
    public GeneratorOptions {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fs, "fs");
        Objects.requireNonNull(ds, "ds");
        Objects.requireNonNull(forgery, "forgery");
        if (subjects < 1 || genuine < 1 || forgeries < 0 || threads < 1) {
            throw new IllegalArgumentException("need subjects >= 1, genuine >= 1, forgeries >= 0, threads >= 1; got "
                    + subjects + ", " + genuine + ", " + forgeries + ", " + threads);
        }
        Objects.requireNonNull(consistency, "consistency");
        if (genuine >= 1_000_000 || forgeries >= 1_000_000) {
            throw new IllegalArgumentException("at most 999999 samples per subject and kind");
        }
    }

    /** One session per identity. */
    public GeneratorOptions(String name, int subjects, int genuine, int forgeries, long seed, int threads,
                            FsOptions fs, DsOptions ds, ForgeryOptions forgery) {
        this(name, subjects, genuine, forgeries, seed, threads, fs, ds, forgery, Consistency.NONE);
    }

    /** Defaults for everything but the counts and the seed. */
    public static GeneratorOptions of(int subjects, int genuine, int forgeries, long seed) {
        return new GeneratorOptions("synthetic", subjects, genuine, forgeries, seed, 1, FsOptions.defaults(),
                DsOptions.defaults(), ForgeryOptions.defaults());
    }

    public GeneratorOptions withThreads(int t) {
        return new GeneratorOptions(name, subjects, genuine, forgeries, seed, t, fs, ds, forgery, consistency);
    }

    public GeneratorOptions withFs(FsOptions f) {
        return new GeneratorOptions(name, subjects, genuine, forgeries, seed, threads, f, ds, forgery, consistency);
    }

    public GeneratorOptions withDs(DsOptions d) {
        return new GeneratorOptions(name, subjects, genuine, forgeries, seed, threads, fs, d, forgery, consistency);
    }

    public GeneratorOptions withForgery(ForgeryOptions f) {
        return new GeneratorOptions(name, subjects, genuine, forgeries, seed, threads, fs, ds, f, consistency);
    }

    public GeneratorOptions withName(String n) {
        return new GeneratorOptions(n, subjects, genuine, forgeries, seed, threads, fs, ds, forgery, consistency);
    }

    public GeneratorOptions withConsistency(Consistency c) {
        return new GeneratorOptions(name, subjects, genuine, forgeries, seed, threads, fs, ds, forgery, c);
    }
}
