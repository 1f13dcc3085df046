package org.sigbench.bench.scale;

import java.util.SortedMap;
import java.util.TreeMap;
import org.sigbench.bench.run.Cell;

/**
 * A cell of the scale study, {@code scale/b<B>/p<i>/r<j>}: the probes of subjects
 * {@code [iB, (i+1)B)} against the references of subjects {@code [jB, (j+1)B)}.
 *
 * @param block      B, the subjects per block
 * @param probes     i, the block of the probes
 * @param references j, the block of the references
 * @param context    seed, verifier, code and option fingerprints (see {@link ScaleStudy})
 */
public record ScaleTile(int block, int probes, int references, SortedMap<String, String> context) implements Cell {
    public static final String KIND = "scale";

    public ScaleTile {
        context = new TreeMap<>(context);
    }

    @Override
    public String id() {
        return KIND + "/b" + block + "/p" + probes + "/r" + references;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public SortedMap<String, String> params() {
        return Cell.params("block", Integer.toString(block), "probes", Integer.toString(probes), "references",
                Integer.toString(references), "genuine", Integer.toString(ScaleSpec.GENUINE), "forgeries",
                Integer.toString(ScaleSpec.FORGERIES));
    }
}
