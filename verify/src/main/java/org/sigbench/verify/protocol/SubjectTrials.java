package org.sigbench.verify.protocol;

import java.util.List;
import java.util.Objects;
import org.sigbench.datasets.Signature;

/**
 * The comparisons of one enrolled subject.
 *
 * @param subject    subject id
 * @param references enrolled references: the first K genuine samples, then any extra references
 *                   (for example synthetic duplicates)
 * @param real       how many of {@code references} are the subject's own genuine samples (the first
 *                   {@code real}); the rest are extra references, such as duplicates
 * @param genuine    genuine probes: the subject's other genuine samples
 * @param skilled    skilled-forgery probes: the forgeries of the subject (may be empty)
 * @param random     random-forgery probes: one genuine sample of every other subject
 */
public record SubjectTrials(String subject, List<Signature> references, int real, List<Signature> genuine,
                            List<Signature> skilled, List<Signature> random) {
    public SubjectTrials {
        Objects.requireNonNull(subject, "subject");
        references = List.copyOf(references);
        genuine = List.copyOf(genuine);
        skilled = List.copyOf(skilled);
        random = List.copyOf(random);
        if (references.isEmpty()) {
            throw new IllegalArgumentException("subject " + subject + " has no reference");
        }
        if (real < 1 || real > references.size()) {
            throw new IllegalArgumentException("subject " + subject + ": " + real + " real references out of "
                    + references.size());
        }
    }

    /** The subject's own genuine references (the first {@link #real()} of {@link #references()}). */
    public List<Signature> realReferences() {
        return references.subList(0, real);
    }

    /** The extra references (such as synthetic duplicates), after the real ones; empty without them. */
    public List<Signature> extraReferences() {
        return references.subList(real, references.size());
    }

    /** Number of comparisons of this subject. */
    public int comparisons() {
        return genuine.size() + skilled.size() + random.size();
    }
}
