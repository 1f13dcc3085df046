package org.sigbench.datasets.io;

import java.util.List;
import java.util.Objects;
import org.sigbench.datasets.Corpus;

/**
 * A corpus plus what the loader did that a user must know: recordings excluded on purpose
 * (such as the digits' {@code not_right} list), timestamps repaired, the nominal rate used.
 *
 * @param corpus the corpus
 * @param notes  one line per remark, in a fixed order; empty when there is nothing to say
 */
public record LoadedCorpus(Corpus corpus, List<String> notes) {
    public LoadedCorpus {
        Objects.requireNonNull(corpus, "corpus");
        notes = List.copyOf(notes);
    }
}
