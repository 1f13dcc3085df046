package org.sigbench.bench.perceive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigbench.bench.cli.SigbenchCli;

/**
 * A real headless Chromium plays a 20-trial test as two participants against a server in its own
 * JVM; the server is killed (SIGKILL) in the middle of the first participant's session and
 * restarted; the test checks the database rows, the resumption, and the report's numbers against
 * the answers it gave. With {@code -Dsigbench.perceive.publish=true} it also writes its screenshot
 * to {@code reports/figures/} and its report to {@code reports/perception/}; with
 * {@code -Dsigbench.perceive.test=DIR} it plays a copy of that test folder (20 trials of fs, ds and
 * ks, made by {@code sigbench perceive prepare}) instead of a toy one.
 */
class BrowserSessionTest {
    private static final int TRIALS = 20;
    private static final int KILL_AFTER = 8;

    @TempDir
    Path tmp;

    /** A scripted participant: who they are and the answers they gave, trial by trial. */
    private record Given(String trial, boolean judgedReal, int confidence) {
    }

    /** Participant 0 is right except on DS; participant 1 says "real" to the first half, then is right. */
    private static boolean policy(int participant, TrialSpec t, int position) {
        if (participant == 0) {
            return t.real() || t.variant().equals("ds");
        }
        return position < TRIALS / 2 || t.real();
    }

    @Test
    void twoParticipantsWithAKilledServerInBetween() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "skipped: no " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER
                + " (apt-get install -y --no-install-recommends chromium chromium-driver; .ci/run does this)");
        TestFolder test = testFolder(tmp.resolve("test"));
        Map<String, TrialSpec> truth = test.manifest().byId();
        Path log = tmp.resolve("server.log");
        Path shot = tmp.resolve("perception-trial.png");
        List<List<Given>> given = List.of(new ArrayList<>(), new ArrayList<>());
        try (Browser b = new Browser()) {
            ServerProcess server = new ServerProcess(test.dir(), log);
            b.open(server.url());
            String trial = b.awaitTrial(null);
            for (int p = 0; p < 2; p++) {
                if (p == 1) {
                    b.newParticipant();
                    b.open(server.url());
                    trial = b.awaitTrial(null);
                }
                for (int pos = 0; pos < TRIALS; pos++) {
                    if (pos % 5 == 0) {
                        assertEquals("Movement " + (pos + 1) + " of " + TRIALS, b.progress());
                    }
                    if (p == 0 && pos == 3) {
                        Thread.sleep(900); // mid-animation
                        Files.write(shot, b.screenshot());
                    }
                    boolean real = policy(p, truth.get(trial), pos);
                    int conf = 1 + (pos + p) % 3;
                    if (pos < 2) {
                        b.answer(real, conf);
                    } else {
                        b.answerQuickly(real, conf);
                    }
                    given.get(p).add(new Given(trial, real, conf));
                    trial = b.awaitTrial(trial);
                    if (p == 0 && pos + 1 == KILL_AFTER) {
                        server.kill();
                        assertRows(test.database(), given);
                        server = new ServerProcess(test.dir(), log);
                        b.open(server.url());
                        String resumed = b.awaitTrial(null);
                        assertEquals(trial, resumed, "the restarted server resumes at the next unanswered trial");
                        assertEquals("Movement " + (KILL_AFTER + 1) + " of " + TRIALS, b.progress());
                    }
                }
                assertNull(trial, "after " + TRIALS + " answers the page says it is done");
            }
            String ua = b.userAgent();
            server.close();
            List<Answer> rows = assertRows(test.database(), given);
            assertTrue(rows.stream().allMatch(a -> a.userAgent().equals(ua) && a.responseMs() >= 0), "user agent and time");
            assertTrue(ua.contains("Chrome"), ua);
        }
        assertTrue(Files.size(shot) > 5_000, "screenshot written");
        Path report = tmp.resolve("report");
        assertEquals(0, SigbenchCli.execute("perceive", "report", "--test", test.dir().toString(), "--out", report.toString(),
                "--note", "Machine-answered demonstration, not human results: BrowserSessionTest played two scripted "
                        + "participants in headless Chromium through a 20-trial test of the " + test.options().corpus()
                        + " corpus (participant 1 right except on DS, participant 2 answers \"real\" to the first 10 trials and is right after), "
                        + "with the server killed and restarted after participant 1's 8th answer. Regenerate: "
                        + "./sigbench perceive prepare --data ../shared/datasets --corpus " + test.options().corpus() + " --trials 20 --seed "
                        + test.options().seed() + " --out T, then ./mvnw -B test -pl bench -am -Dtest=BrowserSessionTest "
                        + "-Dsurefire.failIfNoSpecifiedTests=false -Dsigbench.perceive.publish=true -Dsigbench.perceive.test=T"));
        assertReportMatches(report, truth, given);
        if (Boolean.getBoolean("sigbench.perceive.publish")) {
            publish(shot, report);
        }
    }

    /** A copy of the folder named by {@code sigbench.perceive.test}, or a toy test. */
    private static TestFolder testFolder(Path dir) throws Exception {
        String given = System.getProperty("sigbench.perceive.test");
        if (given == null || given.isBlank()) {
            return ToyTests.prepare(dir, TRIALS, 11);
        }
        Path from = Path.of(given);
        Files.createDirectories(dir.resolve(TestFolder.STIMULI));
        for (String f : List.of(TestFolder.OPTIONS, TestFolder.MANIFEST)) {
            Files.copy(from.resolve(f), dir.resolve(f));
        }
        try (var files = Files.list(from.resolve(TestFolder.STIMULI))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(TestFolder.STIMULI).resolve(f.getFileName()));
            }
        }
        TestFolder t = TestFolder.read(dir);
        assertEquals(TRIALS, t.manifest().trials().size(), given + ": the browser test plays " + TRIALS + " trials");
        return t;
    }

    /** The database holds exactly the answers given so far, once each. */
    private static List<Answer> assertRows(Path db, List<List<Given>> given) {
        List<Answer> rows;
        try (AnswerStore s = AnswerStore.open(db)) {
            rows = s.all();
        }
        List<Given> all = given.stream().flatMap(List::stream).toList();
        assertEquals(all.size(), rows.size(), "one row per answer");
        for (int i = 0; i < all.size(); i++) {
            Given g = all.get(i);
            Answer a = rows.get(i);
            assertEquals(g.trial(), a.trial());
            assertEquals(g.judgedReal(), a.judgedReal());
            assertEquals(g.confidence(), a.confidence());
        }
        Map<String, List<String>> byParticipant = rows.stream().collect(Collectors.groupingBy(Answer::participant,
                LinkedHashMap::new, Collectors.mapping(Answer::trial, Collectors.toList())));
        int expectedPeople = (int) given.stream().filter(l -> !l.isEmpty()).count();
        assertEquals(expectedPeople, byParticipant.size(), "participants");
        byParticipant.values().forEach(l -> assertEquals(l.size(), new HashSet<>(l).size(), "no trial twice"));
        return rows;
    }

    /** The CSV numbers equal the counts of the answers the test gave. */
    private static void assertReportMatches(Path report, Map<String, TrialSpec> truth, List<List<Given>> given) throws Exception {
        Map<String, int[]> synth = new LinkedHashMap<>();
        int[] real = new int[2];
        for (Given g : given.stream().flatMap(List::stream).toList()) {
            TrialSpec t = truth.get(g.trial());
            int[] c = t.real() ? real : synth.computeIfAbsent(t.variant(), v -> new int[2]);
            c[0] += g.judgedReal() ? 1 : 0;
            c[1]++;
        }
        List<String> lines = Files.readAllLines(report.resolve(PerceptionReport.CSV));
        int poolK = 0;
        int poolN = 0;
        for (String v : List.of("fs", "ds", "ks")) {
            poolK += synth.get(v)[0];
            poolN += synth.get(v)[1];
            assertRow(lines, v, real, synth.get(v));
        }
        assertRow(lines, "pooled", real, new int[] {poolK, poolN});
        String md = Files.readString(report.resolve(PerceptionReport.MARKDOWN));
        assertTrue(md.contains("Participants: **2**, answers: **40**"), md);
        assertTrue(md.contains("Machine-answered demonstration"), md);
        assertEquals(3, Files.readAllLines(report.resolve(PerceptionReport.PARTICIPANTS_CSV)).size());
        assertTrue(Files.size(report.resolve(PerceptionReport.PLOT)) > 1_000);
        assertFalse(synth.get("ds")[0] == 0, "participant 1 was fooled by DS");
    }

    private static void assertRow(List<String> csv, String group, int[] real, int[] synth) {
        String row = csv.stream().filter(l -> l.startsWith(group + ",")).findFirst().orElseThrow();
        String[] f = row.split(",", -1);
        assertEquals(real[1], Integer.parseInt(f[1]), group + " real n");
        assertEquals(real[0], Integer.parseInt(f[2]), group + " real judged real");
        assertEquals(synth[1], Integer.parseInt(f[6]), group + " synthetic n");
        assertEquals(synth[0], Integer.parseInt(f[7]), group + " synthetic judged real");
        assertEquals(100.0 * synth[0] / synth[1], Double.parseDouble(f[8]), 1e-3, group + " rate");
    }

    private static void publish(Path shot, Path report) throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path figures = Files.createDirectories(root.resolve("reports/figures"));
        Files.copy(shot, figures.resolve("perception-trial.png"), StandardCopyOption.REPLACE_EXISTING);
        Path out = Files.createDirectories(root.resolve("reports/perception"));
        try (var files = Files.list(report)) {
            for (Path f : files.toList()) {
                Files.copy(f, out.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
