package org.sigbench.verify.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.verify.metrics.Evaluation;
import org.sigbench.verify.metrics.EvaluationOptions;
import org.sigbench.verify.metrics.ImpostorReport;
import org.sigbench.verify.metrics.ProbeKind;
import org.sigbench.verify.protocol.Protocol;
import org.sigbench.verify.protocol.ProtocolOptions;
import org.sigbench.verify.runner.ProtocolRunner;
import org.sigbench.verify.runner.RunnerOptions;

/**
 * The DTW verifier on the first 10 subjects of SVC2004 Task 2 (5 references), a sanity bound well
 * above the full-corpus figures (skilled about 10 %, random below 1 %). Skipped without SIGBENCH_DATA.
 */
class RealDataTest {
    @Test
    void dtwOnSvc2004Task2Subset() {
        String env = System.getenv("SIGBENCH_DATA");
        Assumptions.assumeTrue(env != null && !env.isBlank(), "SIGBENCH_DATA not set");
        Corpus full = Corpora.load(Path.of(env), "svc2004-task2");
        Set<String> keep = Set.copyOf(full.subjects().subList(0, 10));
        List<Signature> sub = full.signatures().stream().filter(s -> keep.contains(s.meta().subject())).toList();
        Corpus c = Corpus.of("svc2004-task2-first10", sub);
        Protocol p = Protocol.of(c, ProtocolOptions.of(5));
        assertEquals(10 * (15 + 20 + 9), p.comparisons());
        ProtocolRunner.Result r = ProtocolRunner.run(c, p, DtwVerifier.factory(DtwVerifierOptions.DEFAULT),
                RunnerOptions.defaults(), null);
        Map<ProbeKind, ImpostorReport> m = Evaluation.evaluate(r.scores(), EvaluationOptions.DEFAULT.withReplicates(0));
        assertTrue(m.get(ProbeKind.SKILLED).eer() < 0.20, m.get(ProbeKind.SKILLED).toString());
        assertTrue(m.get(ProbeKind.RANDOM).eer() < 0.05, m.get(ProbeKind.RANDOM).toString());
    }
}
