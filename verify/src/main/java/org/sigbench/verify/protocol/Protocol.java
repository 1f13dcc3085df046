package org.sigbench.verify.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Kind;
import org.sigbench.datasets.Signature;

/**
 * The verification protocol shared by every verifier and by the bench:
 * <ul>
 *   <li>references: the first K genuine samples of a subject (corpus order), plus optional extra
 *       references given by the caller (such as synthetic duplicates for "training with duplicates");</li>
 *   <li>genuine probes: the subject's remaining genuine samples;</li>
 *   <li>skilled probes: every skilled forgery of the subject;</li>
 *   <li>random probes: the genuine sample number {@code randomProbeIndex} (default the first) of every
 *       other subject, in corpus order.</li>
 * </ul>
 * An extra reference that is one of the subject's own genuine samples is removed from its genuine
 * probes. A subject with fewer than K + 1 genuine samples cannot be enrolled and tested: it is not a
 * reference subject ({@link #excluded()} names it and says why) but still gives random probes.
 * Skilled and random results are always kept apart.
 */
public final class Protocol {
    private final String corpus;
    private final ProtocolOptions options;
    private final List<SubjectTrials> subjects;
    private final Map<String, String> excluded;

    private Protocol(String corpus, ProtocolOptions options, List<SubjectTrials> subjects, Map<String, String> excluded) {
        this.corpus = corpus;
        this.options = options;
        this.subjects = List.copyOf(subjects);
        this.excluded = Collections.unmodifiableMap(excluded);
    }

    /** The protocol of a corpus. */
    public static Protocol of(Corpus c, ProtocolOptions o) {
        return of(c, o, Map.of());
    }

    /**
     * The protocol of a corpus with extra references per subject (appended after the K genuine ones).
     *
     * @throws IllegalArgumentException if an extra reference is given for a subject not in the corpus
     */
    public static Protocol of(Corpus c, ProtocolOptions o, Map<String, List<Signature>> extraReferences) {
        for (String s : extraReferences.keySet()) {
            if (!c.bySubject().containsKey(s)) {
                throw new IllegalArgumentException("extra references given for subject " + s + ", which corpus "
                        + c.name() + " does not have");
            }
        }
        int k = o.references();
        Map<String, Signature> randomProbe = new LinkedHashMap<>();
        for (String s : c.subjects()) {
            List<Signature> g = c.of(s, Kind.GENUINE);
            if (!g.isEmpty()) {
                randomProbe.put(s, g.get(Math.min(o.randomProbeIndex(), g.size() - 1)));
            }
        }
        List<SubjectTrials> trials = new ArrayList<>();
        Map<String, String> excluded = new LinkedHashMap<>();
        for (String s : c.subjects()) {
            List<Signature> g = c.of(s, Kind.GENUINE);
            if (g.size() < k + 1) {
                excluded.put(s, g.size() + " genuine samples, " + (k + 1) + " needed for " + k
                        + " references and a genuine probe");
                continue;
            }
            List<Signature> refs = new ArrayList<>(g.subList(0, k));
            List<Signature> extra = extraReferences.getOrDefault(s, List.of());
            refs.addAll(extra);
            // an extra reference that is one of the subject's own samples (the oracle of the
            // duplicates study) is not also a genuine probe
            Set<Signature> enrolled = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            enrolled.addAll(extra);
            List<Signature> probes = enrolled.isEmpty() ? g.subList(k, g.size())
                    : g.subList(k, g.size()).stream().filter(x -> !enrolled.contains(x)).toList();
            List<Signature> random = new ArrayList<>();
            randomProbe.forEach((other, sig) -> {
                if (!other.equals(s)) {
                    random.add(sig);
                }
            });
            trials.add(new SubjectTrials(s, refs, k, probes, c.of(s, Kind.SKILLED_FORGERY), random));
        }
        if (trials.isEmpty()) {
            throw new IllegalArgumentException("corpus " + c.name() + ": no subject has " + (k + 1)
                    + " genuine samples, so none can be enrolled with " + k + " references");
        }
        return new Protocol(c.name(), o, trials, excluded);
    }

    /**
     * The extra references of the given subjects (those that have any), for a development protocol
     * that should see the same kind of enrolment as the evaluated subjects.
     */
    public Map<String, List<Signature>> extraReferences(Set<String> of) {
        Map<String, List<Signature>> m = new LinkedHashMap<>();
        for (SubjectTrials t : subjects) {
            if (of.contains(t.subject()) && !t.extraReferences().isEmpty()) {
                m.put(t.subject(), t.extraReferences());
            }
        }
        return m;
    }

    /** Same comparisons for a subset of the reference subjects (random probes unchanged). */
    public Protocol restrictTo(Set<String> keep) {
        List<SubjectTrials> l = subjects.stream().filter(t -> keep.contains(t.subject())).toList();
        return new Protocol(corpus, options, l, new LinkedHashMap<>(excluded));
    }

    public String corpus() {
        return corpus;
    }

    public ProtocolOptions options() {
        return options;
    }

    /** Enrolled subjects in corpus order. */
    public List<SubjectTrials> subjects() {
        return subjects;
    }

    /** Subjects that could not be enrolled, with the reason. */
    public Map<String, String> excluded() {
        return excluded;
    }

    /** Total number of comparisons. */
    public long comparisons() {
        return subjects.stream().mapToLong(SubjectTrials::comparisons).sum();
    }

    /** True when at least one subject has skilled forgeries. */
    public boolean hasSkilled() {
        return subjects.stream().anyMatch(t -> !t.skilled().isEmpty());
    }
}
