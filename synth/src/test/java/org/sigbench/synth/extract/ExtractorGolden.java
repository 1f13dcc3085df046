package org.sigbench.synth.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sigbench.datasets.Corpus;
import org.sigbench.datasets.Signature;
import org.sigbench.datasets.io.Corpora;
import org.sigbench.synth.model.SigmaLognormal;
import org.sigbench.synth.model.Stroke;
import org.sigbench.synth.model.Trajectory;

/**
 * Inputs and printed form of the extractor's golden file ({@code extractor-golden.txt}): every
 * extracted parameter, the origin and both SNRs as {@link Double#toHexString} (exact), for two
 * synthetic movements (2D and 3D, always available) and real samples of median length of
 * svc2004-task2, leap-airsig and leap-airwriting-digits (when {@code SIGBENCH_DATA} is set).
 * {@link #main} rewrites the file; it was run once on commit 5acf344, before the extractor was
 * sped up and split, so {@link ExtractorGoldenTest} proves those changes bit-identical.
 */
final class ExtractorGolden {
    static final String RESOURCE = "extractor-golden.txt";
    /** Real samples: corpus and signature id (median length of the corpus, ties by id). */
    static final String[][] REAL = {
        {"svc2004-task2", null}, {"leap-airsig", null}, {"leap-airsig", "+1"}, {"leap-airwriting-digits", null},
    };

    private ExtractorGolden() {
    }

    /** Named inputs as (t, x, y, z, dims); real ones only when the data root is set. */
    static Map<String, Object[]> inputs(boolean withReal) {
        Map<String, Object[]> in = new LinkedHashMap<>();
        for (int dims = 2; dims <= 3; dims++) {
            SigmaLognormal m = dims == 2 ? ExtractorTest.planar() : ExtractorTest.spatial();
            Trajectory tr = m.sample(SigmaLognormal.grid(m.start() - 0.05, m.end(), 100));
            in.put("synthetic-" + dims + "d", new Object[] {tr.t(), tr.x(), tr.y(), tr.z(), dims});
        }
        String data = System.getenv(Corpora.ENV);
        if (withReal && data != null) {
            Map<String, Corpus> loaded = new LinkedHashMap<>();
            for (String[] r : REAL) {
                Corpus c = loaded.computeIfAbsent(r[0], name -> Corpora.load(Path.of(data), name));
                List<Signature> all = new ArrayList<>(c.signatures());
                all.sort(Comparator.comparingInt(Signature::size).thenComparing(s -> s.meta().id()));
                int at = all.size() / 2 + (r[1] == null ? 0 : Integer.parseInt(r[1]));
                Signature s = all.get(at);
                in.put(r[0] + ":" + s.meta().id(), new Object[] {s.t(), s.x(), s.y(), s.z(), s.dims()});
            }
        }
        return in;
    }

    /** The printed form of one extraction (full and initial estimate). */
    static String print(Extractor x, Object[] in) {
        double[] t = (double[]) in[0];
        int dims = (int) in[4];
        StringBuilder sb = new StringBuilder();
        Extraction e = x.extract(t, (double[]) in[1], (double[]) in[2], (double[]) in[3], dims);
        print(sb, "full", e);
        Extraction i = x.initialEstimate(t, (double[]) in[1], (double[]) in[2], (double[]) in[3], dims);
        print(sb, "initial", i);
        return sb.toString();
    }

    private static void print(StringBuilder sb, String what, Extraction e) {
        sb.append(what).append(" strokes ").append(e.strokes()).append(" snrV ").append(hex(e.snrV()))
                .append(" snrT ").append(hex(e.snrT())).append('\n');
        sb.append("origin");
        for (double v : e.movement().origin()) {
            sb.append(' ').append(hex(v));
        }
        sb.append('\n');
        for (Stroke s : e.movement().strokes()) {
            sb.append("stroke ").append(hex(s.t0())).append(' ').append(hex(s.mu())).append(' ')
                    .append(hex(s.sigma())).append(' ').append(hex(s.d())).append(' ').append(hex(s.thetaS()))
                    .append(' ').append(hex(s.thetaE()));
            for (double[] v : new double[][] {s.start(), s.u(), s.w()}) {
                for (double c : v) {
                    sb.append(' ').append(hex(c));
                }
            }
            sb.append('\n');
        }
    }

    private static String hex(double v) {
        return Double.toHexString(v);
    }

    /** Parses the golden file into sample name -> printed form. */
    static Map<String, String> read(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("sample ")) {
                if (name != null) {
                    out.put(name, sb.toString());
                }
                name = line.substring(7);
                sb.setLength(0);
            } else {
                sb.append(line).append('\n');
            }
        }
        if (name != null) {
            out.put(name, sb.toString());
        }
        return out;
    }

    /** Rewrites the golden file under src/test/resources (argument: the module directory). */
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "synth",
                "src/test/resources/org/sigbench/synth/extract", RESOURCE);
        StringBuilder sb = new StringBuilder();
        sb.append("# Golden extraction output (ExtractorGolden.main, Extractor.defaults()): every parameter as\n");
        sb.append("# Double.toHexString. Written once at commit 5acf344, before the extractor's speed-up and\n");
        sb.append("# split; ExtractorGoldenTest requires the current code to reproduce it bit for bit.\n");
        sb.append("# stroke: t0 mu sigma D thetaS thetaE start[3] u[3] w[3]\n");
        for (Map.Entry<String, Object[]> e : inputs(true).entrySet()) {
            sb.append("sample ").append(e.getKey()).append('\n');
            sb.append(print(Extractor.defaults(), e.getValue()));
        }
        try {
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        System.out.println("wrote " + file);
    }
}
