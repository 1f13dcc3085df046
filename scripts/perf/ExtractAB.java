import java.lang.invoke.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

/**
 * Paired A/B timing of two builds of the extractor in one JVM: each build in its own class loader,
 * the 5 median-length samples of a corpus extracted by A and B alternately (order swapped every
 * round), so both see the same machine load. Prints the median per-sample times and the median of
 * the per-round ratios B/A. Usage (see reports/throughput.md):
 * java --add-modules jdk.incubator.vector ExtractAB.java CORPUS ROUNDS CLASSES_A CLASSES_B
 * where CLASSES_x is a class path of synth and datasets classes; bench/target/sigbench.jar supplies
 * the libraries. Needs SIGBENCH_DATA.
 */
public class ExtractAB {
    static URLClassLoader loader(String classes) throws Exception {
        List<URL> u = new ArrayList<>();
        for (String p : classes.split(":")) u.add(Path.of(p).toUri().toURL());
        u.add(Path.of(System.getProperty("sigbench.jar", "bench/target/sigbench.jar")).toUri().toURL());
        return new URLClassLoader(u.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }
    public static void main(String[] a) throws Throwable {
        String corpus = a[0]; int rounds = Integer.parseInt(a[1]);
        ClassLoader la = loader(a[2]), lb = loader(a[3]);
        // load median samples via loader A
        Class<?> corpora = la.loadClass("org.sigbench.datasets.io.Corpora");
        Object root = corpora.getMethod("root", String.class).invoke(null, "");
        Object c = corpora.getMethod("load", Path.class, String.class).invoke(null, root, corpus);
        List<?> sigs = new ArrayList<>((List<?>) c.getClass().getMethod("signatures").invoke(c));
        Class<?> sigC = la.loadClass("org.sigbench.datasets.Signature");
        MethodHandle size = MethodHandles.publicLookup().findVirtual(sigC, "size", MethodType.methodType(int.class));
        List<Object[]> in = new ArrayList<>();
        List<Object> all = new ArrayList<>(sigs);
        all.sort(Comparator.comparingInt(s -> { try { return (int) size.invoke(s);} catch (Throwable t) { throw new RuntimeException(t);} }));
        int m = all.size() / 2;
        for (Object s : all.subList(Math.max(0, m - 2), Math.min(all.size(), m + 3))) {
            in.add(new Object[] {sigC.getMethod("t").invoke(s), sigC.getMethod("x").invoke(s), sigC.getMethod("y").invoke(s), sigC.getMethod("z").invoke(s), sigC.getMethod("dims").invoke(s)});
        }
        MethodHandle[] ex = new MethodHandle[2];
        ClassLoader[] ls = {la, lb};
        Object[] inst = new Object[2];
        for (int k = 0; k < 2; k++) {
            Class<?> x = ls[k].loadClass("org.sigbench.synth.extract.Extractor");
            inst[k] = x.getMethod("defaults").invoke(null);
            ex[k] = MethodHandles.publicLookup().findVirtual(x, "extract", MethodType.methodType(ls[k].loadClass("org.sigbench.synth.extract.Extraction"), double[].class, double[].class, double[].class, double[].class, int.class)).bindTo(inst[k]);
        }
        double[][] times = new double[2][rounds];
        for (int r = -3; r < rounds; r++) {
            long[] tot = new long[2];
            for (Object[] s : in) {
                for (int q = 0; q < 2; q++) {
                    int k = (r + q) & 1;
                    long t0 = System.nanoTime();
                    Object e = ex[k].invoke((double[]) s[0], (double[]) s[1], (double[]) s[2], (double[]) s[3], (int) s[4]);
                    tot[k] += System.nanoTime() - t0;
                }
            }
            if (r >= 0) for (int k = 0; k < 2; k++) times[k][r] = tot[k] / 1e6 / in.size();
        }
        double[] med = new double[2];
        for (int k = 0; k < 2; k++) { double[] t = times[k].clone(); Arrays.sort(t); med[k] = t[t.length / 2]; }
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) ratio[r] = times[1][r] / times[0][r];
        Arrays.sort(ratio);
        System.out.printf(Locale.ROOT, "%s: A %.2f ms/sample, B %.2f ms/sample (medians of %d rounds of %d samples); B/A per-round ratio median %.3f [min %.3f max %.3f]%n",
            corpus, med[0], med[1], rounds, in.size(), ratio[rounds / 2], ratio[0], ratio[rounds - 1]);
    }
}
