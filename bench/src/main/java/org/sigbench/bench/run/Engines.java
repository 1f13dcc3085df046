package org.sigbench.bench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Opens the engine named by {@code --engine}: {@code threads} (built in) or a {@link CellEngine.Provider} on the class path. */
public final class Engines {
    /** The built-in engine's name. */
    public static final String THREADS = "threads";

    private Engines() {
    }

    /**
     * @param name    {@code threads} or a provider's name (such as {@code spark})
     * @param master  the provider's master, null for its default; must be null for {@code threads}
     * @param threads worker threads ({@code threads}) or threads per cell (other engines)
     */
    public static CellEngine open(String name, String master, int threads) {
        if (THREADS.equals(name)) {
            if (master != null) {
                throw new IllegalArgumentException("--master applies to --engine spark, not to --engine threads");
            }
            return new ThreadEngine(threads);
        }
        List<String> known = new ArrayList<>(List.of(THREADS));
        for (CellEngine.Provider p : ServiceLoader.load(CellEngine.Provider.class)) {
            if (p.name().equals(name)) {
                return p.open(master, threads);
            }
            known.add(p.name());
        }
        if ("spark".equals(name)) {
            throw new IllegalArgumentException("--engine spark: the Spark engine is not on the class path; run through "
                    + "./sigbench, which adds bench/spark and Spark's jars when --engine spark is given");
        }
        throw new IllegalArgumentException("--engine " + name + ": unknown engine (known: " + String.join(", ", known) + ")");
    }
}
