package org.sigbench.bench.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Seeded mutations of a valid input, of the kinds a mutation campaign over sigbench's formats uses:
 * byte flips, insertions and deletions, truncation, a number replaced by a nasty form (hex,
 * suffixes, NaN, Infinity, overflow, fractions where integers belong), a duplicated line or JSON
 * key, an extra column, a second JSON document, a huge value or line, and path traversal in a
 * {@code folder} value. Deterministic: the same generator state gives the same mutation.
 */
final class Mutator {
    /** Number forms that no strict reader may accept as the value they look like. */
    static final List<String> NASTY = List.of("0x1p3", "0x10", "1d", "7F", "2L", "NaN", "nan", "Infinity", "-Infinity",
            "inf", "1e309", "-1e309", "99999999999", "4294967298", "9223372036854775808", "1.5", "0.9999", "-1", "1e-400",
            "1_000", "1,5", "+", "-", ".", "e5", "1e", "0b101", "\u0661", "１", "1 2", "", "9".repeat(400));
    /** Values for a descriptor {@code folder} that leave the data root. */
    static final List<String> TRAVERSAL = List.of("../..", "../outside", "/etc", "..", "a/../../outside", "/", "C:\\\\x");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Pattern KEY = Pattern.compile("\"[A-Za-z_]+\"\\s*:\\s*(\"[^\"]*\"|-?[0-9.eE+-]+|true|false|null)");
    private static final Pattern FOLDER = Pattern.compile("\"folder\"\\s*:\\s*\"[^\"]*\"");
    /** Number of mutation kinds. */
    static final int KINDS = 13;

    private Mutator() {
    }

    /** One mutation of {@code in}, chosen by {@code r}. */
    static byte[] mutate(byte[] in, UniformRandomProvider r) {
        int kind = r.nextInt(KINDS);
        String text = new String(in, StandardCharsets.UTF_8);
        return switch (kind) {
            case 0 -> flip(in, r, 1 + r.nextInt(3));
            case 1 -> truncate(in, r);
            case 2, 3 -> utf8(replaceNumber(text, r, NASTY.get(r.nextInt(NASTY.size()))));
            case 4 -> utf8(duplicateLine(text, r));
            case 5 -> utf8(duplicateKey(text, r));
            case 6 -> utf8(extraColumn(text, r));
            case 7 -> utf8(text + (r.nextBoolean() ? "\n{}" : " {\"x\": 1}"));
            case 8 -> utf8(huge(text, r));
            case 9 -> utf8(traversal(text, r));
            case 10 -> insert(in, r);
            case 11 -> delete(in, r);
            default -> utf8(replaceNumber(text, r, Long.toString(r.nextLong())));
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] flip(byte[] in, UniformRandomProvider r, int count) {
        byte[] out = in.clone();
        for (int k = 0; k < count && out.length > 0; k++) {
            int at = r.nextInt(out.length);
            out[at] = (byte) (r.nextBoolean() ? out[at] ^ (1 << r.nextInt(8)) : r.nextInt(256));
        }
        return out;
    }

    private static byte[] truncate(byte[] in, UniformRandomProvider r) {
        return java.util.Arrays.copyOf(in, in.length == 0 ? 0 : r.nextInt(in.length));
    }

    private static byte[] insert(byte[] in, UniformRandomProvider r) {
        byte[] junk = utf8(List.of(",", "\t", " ", "\n", "\"", "{", "}", "[", "]", ":", "\r", "\u0000", "#", "\\", "é")
                .get(r.nextInt(15)));
        int at = in.length == 0 ? 0 : r.nextInt(in.length + 1);
        byte[] out = new byte[in.length + junk.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(junk, 0, out, at, junk.length);
        System.arraycopy(in, at, out, at + junk.length, in.length - at);
        return out;
    }

    private static byte[] delete(byte[] in, UniformRandomProvider r) {
        if (in.length < 2) {
            return new byte[0];
        }
        int at = r.nextInt(in.length);
        int len = 1 + r.nextInt(Math.min(8, in.length - at));
        byte[] out = new byte[in.length - len];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, at + len, out, at, in.length - at - len);
        return out;
    }

    /** Replaces one number token (chosen at random) by {@code by}. */
    static String replaceNumber(String text, UniformRandomProvider r, String by) {
        List<int[]> spans = spans(NUMBER, text);
        if (spans.isEmpty()) {
            return text + by;
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        return text.substring(0, s[0]) + by + text.substring(s[1]);
    }

    private static List<int[]> spans(Pattern p, String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static String duplicateLine(String text, UniformRandomProvider r) {
        String[] lines = text.split("\n", -1);
        int at = r.nextInt(lines.length);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            b.append(lines[i]).append('\n');
            if (i == at) {
                b.append(lines[i]).append('\n');
            }
        }
        return b.toString();
    }

    /** Repeats one {@code "key": value} pair right after itself (a duplicate key in the same object). */
    private static String duplicateKey(String text, UniformRandomProvider r) {
        List<int[]> spans = spans(KEY, text);
        if (spans.isEmpty()) {
            return duplicateLine(text, r);
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        String pair = text.substring(s[0], s[1]);
        String again = r.nextBoolean() ? pair : replaceNumber(pair, r, NASTY.get(r.nextInt(NASTY.size())));
        return text.substring(0, s[1]) + ", " + again + text.substring(s[1]);
    }

    private static String extraColumn(String text, UniformRandomProvider r) {
        String[] lines = text.split("\n", -1);
        int at = r.nextInt(lines.length);
        String sep = lines[at].contains("\t") ? "\t" : lines[at].contains(",") ? "," : " ";
        lines[at] = lines[at] + sep + (r.nextBoolean() ? "7" : "x");
        return String.join("\n", lines);
    }

    private static String huge(String text, UniformRandomProvider r) {
        return switch (r.nextInt(3)) {
            case 0 -> replaceNumber(text, r, "1" + "0".repeat(5000));
            case 1 -> text + "\n" + "9".repeat(150_000) + "\n";
            default -> replaceNumber(text, r, "[" + "1,".repeat(2000) + "1]");
        };
    }

    private static String traversal(String text, UniformRandomProvider r) {
        String to = TRAVERSAL.get(r.nextInt(TRAVERSAL.size()));
        Matcher m = FOLDER.matcher(text);
        if (m.find()) {
            return text.substring(0, m.start()) + "\"folder\": \"" + to + "\"" + text.substring(m.end());
        }
        int brace = text.indexOf('{');
        if (brace >= 0) {
            return text.substring(0, brace + 1) + "\"folder\": \"" + to + "\", " + text.substring(brace + 1);
        }
        return to + "\n" + text;
    }
}
