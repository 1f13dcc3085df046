package org.sigbench.datasets;

import java.util.Objects;

/**
 * Metadata of one sample.
 *
 * @param corpus     corpus name, such as {@code svc2004-task2}
 * @param subject    subject id: the writer the sample belongs to (for a forgery, the victim)
 * @param id         sample id, unique within the corpus, such as {@code U1S21}
 * @param kind       genuine, skilled forgery or another class
 * @param label      class label: for {@link Kind#OTHER} the class (for example a digit), else the kind's token
 * @param imitates   for a skilled forgery the subject it imitates (equal to {@code subject}), else empty
 * @param session    acquisition session, 1-based; 1 when the corpus does not record it
 * @param repetition repetition number within subject and label, 1-based
 * @param source     source file (path relative to the corpus root) or a generator description
 */
public record SignatureMeta(String corpus, String subject, String id, Kind kind, String label,
                            String imitates, int session, int repetition, String source) {

    public SignatureMeta {
        requireText(corpus, "corpus");
        requireText(subject, "subject");
        requireText(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        label = label == null || label.isBlank() ? kind.token() : label;
        imitates = imitates == null ? "" : imitates;
        if (kind == Kind.SKILLED_FORGERY && imitates.isEmpty()) {
            imitates = subject;
        }
        if (kind != Kind.SKILLED_FORGERY && !imitates.isEmpty()) {
            throw new IllegalArgumentException("sample " + id + ": only a skilled forgery imitates a subject");
        }
        if (session < 1 || repetition < 1) {
            throw new IllegalArgumentException("sample " + id + ": session and repetition are 1-based, got "
                    + session + " and " + repetition);
        }
    }

    /** Genuine sample. */
    public static SignatureMeta genuine(String corpus, String subject, String id, int repetition, String source) {
        return new SignatureMeta(corpus, subject, id, Kind.GENUINE, null, null, 1, repetition, source);
    }

    /** Skilled forgery of {@code subject}. */
    public static SignatureMeta forgery(String corpus, String subject, String id, int repetition, String source) {
        return new SignatureMeta(corpus, subject, id, Kind.SKILLED_FORGERY, null, subject, 1, repetition, source);
    }

    /** A copy with another corpus name, id and source; used when a sample is regenerated. */
    public SignatureMeta derived(String newCorpus, String newId, int newRepetition, String newSource) {
        return new SignatureMeta(newCorpus, subject, newId, kind, label, imitates, session, newRepetition, newSource);
    }

    private static void requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
