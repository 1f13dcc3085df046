package org.sigbench.bench.port;

import org.sigbench.datasets.Corpus;

/** Where real corpora come from (the {@code --data} folder). */
public interface DataSource {
    /** Loads a corpus by name; throws a clear error when it is missing. */
    Corpus load(String name);

    /** A short fingerprint of the corpus files (file count and bytes), hashed into cell configs. */
    String fingerprint(String name);

    /** One line per corpus folder used: path, file count, bytes (for the provenance section). */
    String describe(String name);
}
