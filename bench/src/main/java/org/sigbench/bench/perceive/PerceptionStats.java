package org.sigbench.bench.perceive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The numbers of a test: per synthetic variant and pooled, how often synthetic samples were judged
 * real (false alarms, in detection terms where "real" is the signal) and how often real samples
 * were (hits), with Wilson intervals; d' = z(H) - z(F) and criterion c = -(z(H) + z(F)) / 2 with
 * the log-linear correction H = (hits + 0.5) / (real answers + 1) (Hautus 1995), so rates of 0 or
 * 1 stay finite; and per participant, the share of correct answers.
 *
 * @param groups       one per variant, then {@code pooled}
 * @param participants per participant, in order of first answer
 * @param answers      answers counted (to trials of the manifest)
 */
public record PerceptionStats(List<Group> groups, List<Participant> participants, int answers) {
    /**
     * One group of synthetic trials against all real trials.
     *
     * @param name           variant or {@code pooled}
     * @param realJudgedReal real answers judged real
     * @param synthJudgedReal synthetic answers (of the group) judged real
     * @param dPrime         sensitivity (NaN without answers of both classes)
     * @param criterion      response bias, negative: inclined to answer "real"
     */
    public record Group(String name, Rate realJudgedReal, Rate synthJudgedReal, double dPrime, double criterion) {
    }

    /**
     * One participant.
     *
     * @param id       participant id
     * @param accuracy correct answers of all their answers
     */
    public record Participant(String id, Rate accuracy) {
    }

    private static final NormalDistribution N = new NormalDistribution(null, 0, 1);

    public static PerceptionStats of(Manifest manifest, List<String> variants, List<Answer> answers) {
        Map<String, TrialSpec> byId = manifest.byId();
        int realN = 0;
        int realK = 0;
        Map<String, int[]> synth = new LinkedHashMap<>();
        variants.forEach(v -> synth.put(v, new int[2]));
        Map<String, int[]> people = new LinkedHashMap<>();
        int counted = 0;
        for (Answer a : answers) {
            TrialSpec t = byId.get(a.trial());
            if (t == null) {
                continue;
            }
            counted++;
            int[] p = people.computeIfAbsent(a.participant(), q -> new int[2]);
            p[1]++;
            p[0] += a.judgedReal() == t.real() ? 1 : 0;
            if (t.real()) {
                realN++;
                realK += a.judgedReal() ? 1 : 0;
            } else {
                int[] s = synth.computeIfAbsent(t.variant(), q -> new int[2]);
                s[1]++;
                s[0] += a.judgedReal() ? 1 : 0;
            }
        }
        List<Group> groups = new ArrayList<>();
        int poolK = 0;
        int poolN = 0;
        for (Map.Entry<String, int[]> e : synth.entrySet()) {
            groups.add(group(e.getKey(), realK, realN, e.getValue()[0], e.getValue()[1]));
            poolK += e.getValue()[0];
            poolN += e.getValue()[1];
        }
        groups.add(group("pooled", realK, realN, poolK, poolN));
        List<Participant> ps = people.entrySet().stream()
                .map(e -> new Participant(e.getKey(), Rate.of(e.getValue()[0], e.getValue()[1]))).toList();
        return new PerceptionStats(groups, ps, counted);
    }

    static Group group(String name, int hits, int realN, int falseAlarms, int synthN) {
        double d = Double.NaN;
        double c = Double.NaN;
        if (realN > 0 && synthN > 0) {
            double zh = N.inverseCumulativeProbability((hits + 0.5) / (realN + 1.0));
            double zf = N.inverseCumulativeProbability((falseAlarms + 0.5) / (synthN + 1.0));
            d = zh - zf;
            c = -(zh + zf) / 2;
        }
        return new Group(name, Rate.of(hits, realN), Rate.of(falseAlarms, synthN), d, c);
    }

    public Group pooled() {
        return groups.get(groups.size() - 1);
    }
}
