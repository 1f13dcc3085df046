package org.sigbench.datasets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A named set of signatures grouped by subject. Subjects keep the order in which they first
 * appear in the list given to {@link #of}; within a subject, samples keep their order too.
 * Sample ids are unique.
 */
public final class Corpus {
    private final String name;
    private final int dims;
    private final List<Signature> signatures;
    private final Map<String, List<Signature>> bySubject;

    private Corpus(String name, int dims, List<Signature> signatures, Map<String, List<Signature>> bySubject) {
        this.name = name;
        this.dims = dims;
        this.signatures = signatures;
        this.bySubject = bySubject;
    }

    /**
     * Validating factory: every signature must have the same dims and a unique id.
     *
     * @throws IllegalArgumentException when the list is empty, mixes 2D and 3D or repeats an id
     */
    public static Corpus of(String name, List<Signature> signatures) {
        Objects.requireNonNull(name, "name");
        if (signatures.isEmpty()) {
            throw new IllegalArgumentException("corpus " + name + " has no signatures");
        }
        int dims = signatures.get(0).dims();
        Set<String> ids = new HashSet<>();
        Map<String, List<Signature>> groups = new LinkedHashMap<>();
        for (Signature s : signatures) {
            if (s.dims() != dims) {
                throw new IllegalArgumentException("corpus " + name + " mixes " + dims + "D and " + s.dims()
                        + "D signatures (" + s.meta().id() + ")");
            }
            if (!ids.add(s.meta().id())) {
                throw new IllegalArgumentException("corpus " + name + " has two samples with id " + s.meta().id());
            }
            groups.computeIfAbsent(s.meta().subject(), k -> new ArrayList<>()).add(s);
        }
        Map<String, List<Signature>> frozen = new LinkedHashMap<>();
        groups.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Corpus(name, dims, List.copyOf(signatures), Collections.unmodifiableMap(frozen));
    }

    public String name() {
        return name;
    }

    /** 2 or 3. */
    public int dims() {
        return dims;
    }

    /** Every signature, in corpus order. */
    public List<Signature> signatures() {
        return signatures;
    }

    /** Subject ids in corpus order. */
    public List<String> subjects() {
        return List.copyOf(bySubject.keySet());
    }

    /** Samples grouped by subject, in corpus order. */
    public Map<String, List<Signature>> bySubject() {
        return bySubject;
    }

    /** All samples of one subject (genuine, forgeries of it, other classes). */
    public List<Signature> of(String subject) {
        List<Signature> l = bySubject.get(subject);
        if (l == null) {
            throw new IllegalArgumentException("corpus " + name + " has no subject " + subject);
        }
        return l;
    }

    /** The subject's samples of one kind, in corpus order. */
    public List<Signature> of(String subject, Kind kind) {
        return of(subject).stream().filter(s -> s.meta().kind() == kind).toList();
    }

    /** Number of samples of one kind over the whole corpus. */
    public long count(Kind kind) {
        return signatures.stream().filter(s -> s.meta().kind() == kind).count();
    }

    @Override
    public String toString() {
        return "Corpus[" + name + ", " + dims + "D, " + bySubject.size() + " subjects, " + signatures.size() + " samples]";
    }
}
