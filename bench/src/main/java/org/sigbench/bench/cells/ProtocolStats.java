package org.sigbench.bench.cells;

import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one run of the verification protocol measured (a real-vs-synthetic or duplicates cell).
 *
 * @param verification   the verification back end
 * @param protocol       the back end's note on score normalisation and verifier settings
 * @param comparisons    signature comparisons made
 * @param verifySeconds  seconds the protocol took
 * @param subjects       subjects of the corpus
 * @param genuineSamples genuine samples of the corpus
 * @param forgerySamples skilled forgeries of the corpus
 * @param impostors      the error rates per impostor type ({@code skilled}, {@code random}); a corpus
 *                       without skilled forgeries has no {@code skilled} entry
 */
public record ProtocolStats(String verification, String protocol, long comparisons, double verifySeconds, int subjects,
                            long genuineSamples, long forgerySamples, SortedMap<String, ImpostorStats> impostors)
        implements java.io.Serializable {
    public ProtocolStats {
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(protocol, "protocol");
        impostors = impostors == null ? new TreeMap<>() : new TreeMap<>(impostors);
    }

    /** The rates of one impostor type, or null when the corpus has none of that type. */
    public ImpostorStats impostor(String type) {
        return impostors.get(type);
    }

    /** The headline EER of one impostor type, NaN when absent. */
    public double eer(String type) {
        ImpostorStats s = impostors.get(type);
        return s == null ? Double.NaN : s.eer();
    }
}
