package org.sigbench.bench.scale;

/**
 * What one run of the scale study did and measured, for the report's provenance and rates.
 *
 * @param command        the command line
 * @param specJson       the study's configuration (identities, block, seed) as JSON
 * @param engine         the engine ({@link org.sigbench.bench.run.CellEngine#describe()})
 * @param slots          cells that could run at once
 * @param startupSeconds time to open the engine (Spark context start-up; 0 for threads)
 * @param wallSeconds    wall time of the tiles' computation (engine start-up excluded)
 * @param computed       tiles computed in this run
 * @param reused         tiles reused from an earlier run
 * @param comparisons    comparisons computed in this run
 * @param synthesized    subjects synthesised in this run (each JVM synthesises a subject once)
 * @param synthCpuSeconds   CPU seconds spent synthesising them
 * @param compareCpuSeconds CPU seconds spent comparing
 * @param started        start time (UTC, ISO-8601)
 * @param git            commit of the code
 * @param jvm            JVM vendor and version
 * @param cores          available processors of this machine
 * @param os             operating system
 * @param load           the machine's load average (1 min) when the tiles were done: other work
 *                       sharing the cores lowers the measured rates
 */
public record ScaleRun(String command, String specJson, String engine, int slots, double startupSeconds,
                       double wallSeconds, int computed, int reused, long comparisons, long synthesized,
                       double synthCpuSeconds, double compareCpuSeconds, String started, String git, String jvm, int cores, String os,
                       double load) {
    /** Comparisons per second of the whole run (0 when nothing was computed). */
    public double rate() {
        return wallSeconds > 0 ? comparisons / wallSeconds : 0;
    }

    /** Comparisons per second per slot. */
    public double ratePerSlot() {
        return rate() / slots;
    }

    /** Subjects synthesised per CPU second: the per-core synthesis rate, whatever else shares the cores. */
    public double synthRate() {
        return synthCpuSeconds > 0 ? synthesized / synthCpuSeconds : 0;
    }

    /** Comparisons per CPU second: the per-core comparison rate, whatever else shares the cores. */
    public double cpuRate() {
        return compareCpuSeconds > 0 ? comparisons / compareCpuSeconds : 0;
    }
}
