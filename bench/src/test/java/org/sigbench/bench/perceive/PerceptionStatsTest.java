package org.sigbench.bench.perceive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PerceptionStats} and {@link Rate} against hand-computed values. */
class PerceptionStatsTest {
    private static String id(int i) {
        return String.format("%016x", i);
    }

    @Test
    void wilsonIntervalMatchesTheTextbookValue() {
        Rate r = Rate.of(8, 10); // Wilson 95 %: [0.4902, 0.9433]
        assertEquals(0.4902, r.lo(), 1e-4);
        assertEquals(0.9433, r.hi(), 1e-4);
        assertEquals(0.0, Rate.of(0, 5).lo(), 1e-12);
    }

    @Test
    void ratesDPrimeAndParticipants() {
        // 4 real trials, 2 fs, 2 ds; participant a: real judged real 3/4, fs judged real 2/2, ds 0/2
        List<TrialSpec> trials = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            trials.add(new TrialSpec(id(i), "real", "r" + i));
        }
        trials.add(new TrialSpec(id(4), "fs", "f"));
        trials.add(new TrialSpec(id(5), "fs", "f"));
        trials.add(new TrialSpec(id(6), "ds", "d"));
        trials.add(new TrialSpec(id(7), "ds", "d"));
        boolean[] judgedReal = {true, true, true, false, true, true, false, false};
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(new Answer("a", id(i), judgedReal[i], 2, 1000, 0, "ua"));
        }
        answers.add(new Answer("b", id(0), false, 1, 900, 0, "ua"));
        PerceptionStats s = PerceptionStats.of(new Manifest(trials), List.of("fs", "ds"), answers);
        assertEquals(9, s.answers());
        PerceptionStats.Group fs = s.groups().get(0);
        assertEquals("fs", fs.name());
        assertEquals(3, fs.realJudgedReal().k());
        assertEquals(5, fs.realJudgedReal().n());
        assertEquals(2, fs.synthJudgedReal().k());
        assertEquals(2, fs.synthJudgedReal().n());
        // H = (3 + .5) / 6, F = (2 + .5) / 3
        double zh = 0.21042839424792484;
        double zf = 0.967421566101701;
        assertEquals(zh - zf, fs.dPrime(), 1e-9);
        assertEquals(-(zh + zf) / 2, fs.criterion(), 1e-9);
        PerceptionStats.Group pooled = s.pooled();
        assertEquals(2, pooled.synthJudgedReal().k());
        assertEquals(4, pooled.synthJudgedReal().n());
        assertEquals(List.of("a", "b"), s.participants().stream().map(PerceptionStats.Participant::id).toList());
        assertEquals(5, s.participants().get(0).accuracy().k()); // 3 real right + 2 ds right
        assertEquals(0, s.participants().get(1).accuracy().k());
    }
}
