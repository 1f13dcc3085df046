package org.sigbench.bench.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Small valid inputs of every format sigbench reads, laid out as the readers expect them under a
 * data root, and a folder outside the root holding a marker that must never be read or echoed.
 */
final class Fixtures {
    /** Text of the file outside the data root; no message may contain it. */
    static final String SECRET = "SECRET-OUTSIDE-4242";
    /** An x value only the outside copy of the descriptor corpus holds. */
    static final double OUTSIDE_X = 4242.5;

    static final String SVC = "3\n10 20 1000 1\n11 21 1010 1\n12 22 1020 0\n";
    static final String AIRSIG = "frame_id,index_x_coor,index_y_coor,index_z_coor,palm_velocity_x,target\n"
            + "10,1.5,2,3,,1\n12,1.75,2.5,3.25,0.5,1\n14,2,3,3.5,,0\n";
    static final String DIGITS = "{\"data\": [[0, [1.5, 2, 3]], [1, [1.75, 2.5, 3.25]], [2, [2, 3, 3.5]]]}";
    static final String GESTURE = "1.5 2 3 1000\n1.75 2.5 3.25 1010\n2 3 3.5 1020\n";
    static final String MANIFEST = "file,corpus,subject,id,kind,label,imitates,session,repetition,dims,source\n"
            + "a.csv,ic,A,A1,genuine,,,1,1,3,x/a.txt\nb.csv,ic,A,A2,skilled_forgery,,A,1,1,3,x/b.txt\n";
    static final String SIGNATURE = "t,x,y,z,pen,pressure\n0.0,1.5,2.0,3.0,1,0.5\n0.01,1.75,2.5,3.25,1,0.25\n0.02,2.0,3.0,3.5,0,0.0\n";
    static final String DESCRIPTOR = """
            {
              "name": "pen",
              "folder": ".",
              "dims": 2,
              "glob": "**/*.txt",
              "pathRegex": "(?<subject>[^/]+)/(?<kind>genuine|skilled_forgery)_(?<rep>\\\\d+)\\\\.txt",
              "delimiter": ";",
              "skipLines": 1,
              "countLine": true,
              "columns": {"t": 0, "x": 1, "y": 2, "pen": 3},
              "penDown": [1],
              "timeUnit": "ms",
              "channels": {"pressure": 4}
            }
            """;
    /** The session-folder descriptor of datasets/README.md (forgery folder, count header, end of stroke, clock wrap). */
    static final String SESSIONS = """
            {
              "name": "pen-sessions",
              "glob": "**/*.txt",
              "pathRegex": "(?:Session(?<session>\\\\d+)|(?<kind>FORGERY))/(?<subject>u\\\\d+)/[gf](?<rep>\\\\d+)\\\\.txt",
              "values": {"kind": {"FORGERY": "skilled_forgery"}},
              "absent": {"session": "1", "kind": "genuine"},
              "header": "Points: (?<count>\\\\d+)",
              "columns": {"x": 0, "y": 1, "t": 2, "pen": 3},
              "penMeaning": "endOfStroke",
              "penValues": [1],
              "timeUnit": "us",
              "clockWrap": 4294967296
            }
            """;
    static final String POINTS = "Points: 3\n0 0 4294967000 0\n1 2 296 1\n2 4 10296 0\n";
    static final String PEN_DATA = "time;x;y;down;p\n3\n1000;1.5;2;1;0.5\n1010;1.75;2.5;1;0.25\n1020;2;3;0;0\n";
    static final String SUITE = """
            {
              // a small suite
              "name": "mut",
              "seed": 7,
              "bootstrap": 50,
              "realVsSynthetic": {"corpora": [{"name": "svc2004-task2", "subjects": 3}], "variants": ["fs"],
                                  "verifiers": ["dtw"], "refs": [1, 5]},
              "duplicates": {"corpora": ["svc2004-task2"], "refs": [1], "duplicates": [0, 5]},
              "realism": {"corpora": ["svc2004-task2"], "variants": ["ds"], "folds": 5, "trees": 100},
              "targets": {"realism": {"fs": 85, "ds": 75, "ks": 85}}
            }
            """;
    static final String SCORES = "# sigbench score file v1\n# corpus: svc\n"
            + "reference_subject\tprobe_subject\tprobe_id\tscore\nA\tA\tA1\t-1.5\nA\t*\tF1\t-2.25E-3\nA\tB\tB1\t-Infinity\n";

    private Fixtures() {
    }

    static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code base/outside}: a secret file and a copy of the descriptor corpus with an x value only it has. */
    static Path outside(Path base) {
        Path out = base.resolve("outside");
        write(out.resolve("secret.txt"), SECRET + " 1 2 3\n" + SECRET + "\n");
        write(out.resolve("corpus.json"), DESCRIPTOR.replace("\"pen\"", "\"outside\""));
        write(out.resolve("alice/genuine_1.txt"), PEN_DATA.replace("1.5", Double.toString(OUTSIDE_X)));
        return out;
    }
}
