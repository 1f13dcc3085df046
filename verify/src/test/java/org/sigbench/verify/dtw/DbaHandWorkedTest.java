package org.sigbench.verify.dtw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** {@link DtwPath} and {@link Dba} against the hand-worked values of hand-worked-dba.txt. */
class DbaHandWorkedTest {
    private static final DtwOptions FULL = new DtwOptions(LocalCost.ABSOLUTE, 1.0);

    private static List<String[]> lines() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                DbaHandWorkedTest.class.getResourceAsStream("hand-worked-dba.txt")), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(Arrays.stream(line.split(";")).map(String::strip).toArray(String[]::new));
                }
            }
        }
        return out;
    }

    private static double[] numbers(String s) {
        return Arrays.stream(s.strip().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void pathsAndDistancesAreTheHandWorkedOnes() throws IOException {
        int checked = 0;
        for (String[] f : lines()) {
            if (!f[0].equals("path")) {
                continue;
            }
            double[] a = numbers(f[1]);
            double[] b = numbers(f[2]);
            DtwPath p = new DtwPath(FULL, 1);
            int[] path = p.align(a, a.length, b, b.length);
            assertEquals(Double.parseDouble(f[3]), p.distance(), 0.0, "DTW of " + f[1] + " / " + f[2]);
            assertArrayEquals(Arrays.stream(numbers(f[4])).mapToInt(x -> (int) x).toArray(), path, "path of " + f[1] + " / " + f[2]);
            assertEquals(p.distance(), new Dtw(FULL, 1).distance(a, a.length, b, b.length), 0.0, "same DTW as the fast kernel");
            checked++;
        }
        assertEquals(3, checked);
    }

    @Test
    void dbaIsTheHandWorkedTemplate() throws IOException {
        int checked = 0;
        for (String[] f : lines()) {
            if (!f[0].equals("dba")) {
                continue;
            }
            double[][] series = Arrays.stream(f[1].split("\\|")).map(DbaHandWorkedTest::numbers).toArray(double[][]::new);
            int[] lengths = Arrays.stream(series).mapToInt(s -> s.length).toArray();
            double[] t = Dba.average(series, lengths, 1, FULL, Integer.parseInt(f[2]));
            assertArrayEquals(numbers(f[3]), t, 1e-15, "DBA with " + f[2] + " iterations");
            checked++;
        }
        assertEquals(2, checked);
    }

    @Test
    void localStabilityAndWeightedDtwAreTheHandWorkedOnes() throws IOException {
        int checked = 0;
        for (String[] f : lines()) {
            if (f[0].equals("stability")) {
                double[] t = numbers(f[1]);
                double[][] series = Arrays.stream(f[2].split("\\|")).map(DbaHandWorkedTest::numbers).toArray(double[][]::new);
                int[] lengths = Arrays.stream(series).mapToInt(s -> s.length).toArray();
                double[] ls = LocalStability.of(t, t.length, series, lengths, 1, FULL);
                assertArrayEquals(numbers(f[3]), ls, 1e-15, "stability");
                assertArrayEquals(new double[] {8.0 / 9, 8.0 / 9, 11.0 / 9}, LocalStability.weights(ls, 1), 1e-15, "weights");
                checked++;
            } else if (f[0].equals("weighted")) {
                double[] a = numbers(f[1]);
                double[] b = numbers(f[2]);
                DtwPath p = new DtwPath(FULL, 1);
                assertEquals(Double.parseDouble(f[4]), p.weightedDistance(a, a.length, b, b.length, numbers(f[3])), 1e-15);
                assertEquals(2.0, p.weightedDistance(a, a.length, b, b.length, new double[] {1, 1, 1}), 0.0, "weights 1: DTW");
                checked++;
            }
        }
        assertEquals(2, checked);
    }

    @Test
    void bandedPathAgreesWithTheFastKernelOnLongerSeries() {
        java.util.Random r = new java.util.Random(7);
        DtwOptions banded = new DtwOptions(LocalCost.ABSOLUTE, 0.2);
        for (int t = 0; t < 20; t++) {
            int n = 20 + r.nextInt(40);
            int m = 20 + r.nextInt(40);
            double[] a = r.doubles(2L * n).toArray();
            double[] b = r.doubles(2L * m).toArray();
            DtwPath p = new DtwPath(banded, 2);
            int[] path = p.align(a, n, b, m);
            double fast = new Dtw(banded, 2).distance(a, n, b, m);
            assertEquals(fast, p.distance(), 1e-9 * fast);
            double sum = 0;
            for (int q = 0; q < path.length; q += 2) {
                int i = path[q];
                int j = path[q + 1];
                sum += Math.abs(a[2 * i] - b[2 * j]) + Math.abs(a[2 * i + 1] - b[2 * j + 1]);
                assertFalse(q > 0 && (i - path[q - 2] > 1 || j - path[q - 1] > 1 || i < path[q - 2] || j < path[q - 1]),
                        "path steps by at most one sample in each series");
            }
            assertEquals(p.distance(), sum, 1e-9 * sum, "the path's cost is the DTW value");
        }
    }
}
