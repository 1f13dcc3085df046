package org.sigbench.synth.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Segmentation: the local minima of a speed signal that split it into speed bells (the
 * iDeLog-style segmentation; the minimum separation is {@link ExtractOptions#minSeparation()},
 * 0.04 s in iDeLog3D). A sample i is a candidate when {@code s[i] <= s[i-1]} and
 * {@code s[i] < s[i+1]}; of two candidates closer than {@code sep} samples the lower is kept
 * (the first sample never moves); both ends are always boundaries.
 */
final class SpeedMinima {
    private SpeedMinima() {
    }

    /** Local minima of a signal at least {@code sep} samples apart, plus both ends, ascending. */
    static int[] of(double[] s, int sep) {
        int n = s.length;
        List<Integer> cand = new ArrayList<>();
        for (int i = 1; i < n - 1; i++) {
            if (s[i] <= s[i - 1] && s[i] < s[i + 1]) {
                cand.add(i);
            }
        }
        List<Integer> keep = new ArrayList<>();
        keep.add(0);
        for (int c : cand) {
            int last = keep.get(keep.size() - 1);
            if (c - last < sep) {
                if (last != 0 && s[c] < s[last]) {
                    keep.set(keep.size() - 1, c);
                }
            } else {
                keep.add(c);
            }
        }
        int last = keep.get(keep.size() - 1);
        if (n - 1 - last < sep && last != 0) {
            keep.set(keep.size() - 1, n - 1);
        } else {
            keep.add(n - 1);
        }
        return keep.stream().mapToInt(Integer::intValue).toArray();
    }
}
