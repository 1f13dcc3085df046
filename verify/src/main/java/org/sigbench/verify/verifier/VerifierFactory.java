package org.sigbench.verify.verifier;

import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.sigbench.verify.protocol.Protocol;

/**
 * Builds a {@link Verifier}. A writer-dependent verifier ignores the development protocol; a
 * writer-independent one trains on it. The protocol runner guarantees that the development
 * protocol's subjects are disjoint from the subjects the verifier is then evaluated on.
 */
public interface VerifierFactory {
    /** Short name, such as {@code dtw} or {@code svm}. */
    String name();

    /** True when {@link #create} trains on development subjects. */
    boolean writerIndependent();

    /**
     * @param development protocol over development subjects only (null for writer-dependent verifiers)
     * @param seed        seed for any randomness of training
     */
    Verifier create(Protocol development, long seed);

    /** Settings in one line, for reports. */
    String describe();

    /**
     * A writer-dependent factory: {@link #create} ignores the development protocol and the seed and
     * returns {@code make.get()}.
     */
    static VerifierFactory writerDependent(String name, String description, Supplier<Verifier> make) {
        return of(name, false, description, (development, seed) -> make.get());
    }

    /** A factory whose {@link #create} is {@code make.apply(development, seed)}. */
    static VerifierFactory of(String name, boolean writerIndependent, String description,
                              BiFunction<Protocol, Long, Verifier> make) {
        return new VerifierFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean writerIndependent() {
                return writerIndependent;
            }

            @Override
            public Verifier create(Protocol development, long seed) {
                return make.apply(development, seed);
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }
}
