package org.sigbench.bench.report;

import java.util.List;

/**
 * Where a report comes from.
 *
 * @param command     the command line
 * @param suiteJson   the suite, as JSON
 * @param optionsJson the command options, as JSON
 * @param git         commit id (with "-dirty" when the tree had changes), or "unknown (no git)"
 * @param jvm         JVM vendor and version
 * @param cores       available processors
 * @param threads     worker threads used
 * @param os          operating system
 * @param dataSets    one line per corpus folder: path, files, bytes
 * @param started     start time (UTC, ISO-8601)
 * @param wallSeconds wall time of the run, including reused cells' absence of work
 * @param computed    cells computed in this run
 * @param reused      cells reused from an earlier run
 * @param backends    synthesis and verification back ends
 * @param code        one line per module: its code fingerprint (SHA-256 of its compiled classes and
 *                    resources, part of every cell's hash) and where it was read from
 */
public record Provenance(String command, String suiteJson, String optionsJson, String git, String jvm, int cores,
                         int threads, String os, List<String> dataSets, String started, double wallSeconds,
                         int computed, int reused, String backends, List<String> code) {
    public Provenance {
        dataSets = List.copyOf(dataSets);
        code = List.copyOf(code);
    }
}
