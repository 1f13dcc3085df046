package org.sigbench.verify.io;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sigbench.datasets.io.AtomicFiles;
import org.sigbench.datasets.io.DataFormatException;
import org.sigbench.datasets.io.Lines;
import org.sigbench.datasets.io.StrictNumbers;
import org.sigbench.verify.metrics.ProbeKind;
import org.sigbench.verify.metrics.Score;

/**
 * Score files: UTF-8 text, one comparison per line, four TAB-separated columns
 * <pre>reference_subject  probe_subject  probe_id  score</pre>
 * (TAB rather than spaces because subject ids may contain spaces, as in leap-airsig).
 * <ul>
 *   <li>Lines starting with {@code #} are comments; {@code # key: value} comments before the header
 *       carry metadata (corpus, verifier, references, ...), kept by {@link #read}.</li>
 *   <li>The first other line is the header {@code reference_subject\tprobe_subject\tprobe_id\tscore}.</li>
 *   <li>The probe kind follows from the columns alone: <b>genuine</b> when probe_subject equals
 *       reference_subject; <b>skilled forgery</b> when probe_subject is {@code *} (the forger is not
 *       identified in the corpora, and {@code *} is not a valid subject id); otherwise a <b>random
 *       forgery</b> (a genuine sample of probe_subject).</li>
 *   <li>score: a decimal number (Java {@code Double.toString}, exact round trip), higher = more
 *       genuine; NaN is not allowed.</li>
 * </ul>
 * So the metrics can be recomputed from a score file alone (as with bob.measure's 4-column files,
 * where genuine means claimed id = real id).
 */
public final class ScoreFile {
    /** The header line. */
    public static final String HEADER = "reference_subject\tprobe_subject\tprobe_id\tscore";
    /** Most {@code # key: value} metadata lines. */
    public static final int MAX_METADATA = 1000;
    /** probe_subject of a skilled forgery. */
    public static final String SKILLED = "*";

    private ScoreFile() {
    }

    /** Contents of a score file: metadata (from {@code # key: value} lines) and scores in file order. */
    public record Contents(Map<String, String> metadata, List<Score> scores) {
        public Contents {
            metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
            scores = List.copyOf(scores);
        }
    }

    /** Writes atomically ({@link AtomicFiles}: temporary file in the same folder, then a move). */
    public static void write(Path file, Map<String, String> metadata, List<Score> scores) {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (String line : lines(metadata, scores)) {
                w.write(line);
                w.write('\n');
            }
            w.flush();
        });
    }

    /**
     * The lines of the score file {@link #write} writes (without line ends), for callers that store
     * the file themselves, such as the bench's report.
     *
     * @throws IllegalArgumentException for an id that cannot be written (empty, TAB, line break or {@code *})
     */
    public static List<String> lines(Map<String, String> metadata, List<Score> scores) {
        List<String> out = new ArrayList<>(scores.size() + metadata.size() + 4);
        out.add("# sigbench score file v1");
        out.add("# kinds: genuine if probe_subject = reference_subject; skilled forgery if probe_subject = *;"
                + " random forgery otherwise");
        out.add("# polarity: higher score = more genuine");
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            out.add("# " + clean(e.getKey()) + ": " + clean(e.getValue()));
        }
        out.add(HEADER);
        for (Score s : scores) {
            String probeSubject = switch (s.kind()) {
                case SKILLED -> SKILLED;
                case GENUINE, RANDOM -> field(s.probeSubject());
            };
            out.add(field(s.referenceSubject()) + '\t' + probeSubject + '\t' + field(s.probeId()) + '\t' + s.score());
        }
        return out;
    }

    private static String clean(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    private static String field(String s) {
        if (s.isEmpty() || s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.equals(SKILLED)) {
            throw new IllegalArgumentException("'" + s + "' cannot be written to a score file (empty, TAB, line break or *)");
        }
        return s;
    }

    /**
     * Reads a score file.
     *
     * @throws DataFormatException naming file, line and reason for any malformed line
     */
    public static Contents read(Path file) {
        Map<String, String> meta = new LinkedHashMap<>();
        List<Score> scores = new ArrayList<>();
        boolean header = false;
        int no = 0;
        for (String line : Lines.read(file)) {
        no++;
            if (line.startsWith("#")) {
                if (!header) {
                    int colon = line.indexOf(": ");
                    if (colon > 2) {
                        String key = line.substring(2, colon).strip();
                        if (meta.containsKey(key)) {
                            throw new DataFormatException(file, no, "metadata key " + StrictNumbers.quote(key) + " appears twice");
                        }
                        if (meta.size() >= MAX_METADATA) {
                            throw new DataFormatException(file, no, "more than " + MAX_METADATA + " metadata lines");
                        }
                        meta.put(key, line.substring(colon + 2).strip());
                    }
                }
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new DataFormatException(file, no, "expected the header '"
                            + HEADER.replace("\t", "<TAB>") + "', found " + StrictNumbers.quote(line.replace("\t", "<TAB>")));
                }
                header = true;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new DataFormatException(file, no, "expected 4 TAB-separated columns, found " + f.length);
            }
            for (int k = 0; k < 3; k++) {
                if (f[k].isEmpty()) {
                    throw new DataFormatException(file, no, "column " + (k + 1) + " is empty");
                }
            }
            double v = score(f[3], file, no);
            if (f[0].equals(SKILLED)) {
                throw new DataFormatException(file, no, "reference_subject cannot be *");
            }
            ProbeKind kind = f[1].equals(SKILLED) ? ProbeKind.SKILLED
                    : f[1].equals(f[0]) ? ProbeKind.GENUINE : ProbeKind.RANDOM;
            scores.add(new Score(f[0], f[1], f[2], kind, v));
        }
        if (!header) {
            throw new DataFormatException(file, no, "no header line '" + HEADER.replace("\t", "<TAB>") + "'");
        }
        return new Contents(meta, scores);
    }

    /**
     * A score: a plain decimal ({@link StrictNumbers}), or exactly {@code Infinity} / {@code -Infinity}
     * as {@link Double#toString} writes an unbounded similarity; NaN, hex, suffixes and overflow are errors.
     */
    static double score(String cell, Path file, int no) {
        if (cell.equals("Infinity") || cell.equals("-Infinity")) {
            return cell.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        try {
            return StrictNumbers.parseDouble(cell);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(file, no, "score " + e.getMessage());
        }
    }
}
