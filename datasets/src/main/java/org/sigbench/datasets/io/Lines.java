package org.sigbench.datasets.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Small shared helpers of the readers: reading text (plain or gzip) with bounded sizes and parsing numbers strictly. */
public final class Lines {
    private Lines() {
    }

    /** Longest line accepted by {@link #read}, in characters. */
    static final int MAX_LINE = 100_000;
    /** Largest file accepted by {@link #read}, in characters after decompression. */
    static final long MAX_CHARS = 256L << 20;
    /** Most lines accepted by {@link #read}. */
    static final int MAX_LINES = 5_000_000;

    /**
     * All lines of a text file ({@code \n}, {@code \r\n} or {@code \r} ends); {@code .gz} files are
     * decompressed. Bad gzip, bad UTF-8, a line longer than {@value #MAX_LINE} characters or a file
     * larger than {@link #MAX_CHARS} characters is a {@link DataFormatException}.
     */
    public static List<String> read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            List<String> lines = new ArrayList<>();
            StringBuilder cur = new StringBuilder(256);
            char[] buf = new char[1 << 14];
            long total = 0;
            boolean cr = false;
            boolean open = false;
            for (int got = r.read(buf); got >= 0; got = r.read(buf)) {
                total += got;
                if (total > MAX_CHARS) {
                    throw new DataFormatException(file, lines.size() + 1, "file too large (more than " + (MAX_CHARS >> 20)
                            + " MiB of text)");
                }
                for (int k = 0; k < got; k++) {
                    char c = buf[k];
                    if (c == '\n' && cr) {
                        cr = false;
                        continue;
                    }
                    cr = c == '\r';
                    if (c == '\n' || c == '\r') {
                        lines.add(cur.toString());
                        cur.setLength(0);
                        open = false;
                        if (lines.size() > MAX_LINES) {
                            throw new DataFormatException(file, lines.size(), "too many lines (more than " + MAX_LINES + ")");
                        }
                        continue;
                    }
                    if (cur.length() >= MAX_LINE) {
                        throw new DataFormatException(file, lines.size() + 1, "line longer than " + MAX_LINE + " characters");
                    }
                    cur.append(c);
                    open = true;
                }
            }
            if (open) {
                lines.add(cur.toString());
            }
            return lines;
        } catch (ZipException | java.io.EOFException e) {
            throw new DataFormatException(file, 0, "not a readable gzip file (broken or truncated)", e);
        } catch (CharacterCodingException e) {
            throw new DataFormatException(file, 0, "not UTF-8 text", e);
        } catch (IOException e) {
            throw new DataFormatException(file, 0, "cannot read the file (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Parses a finite decimal ({@link StrictNumbers}); blanks and anything else are errors naming file, line and column. */
    static double number(String cell, Path file, int line, String column) {
        String s = cell == null ? "" : cell;
        if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
            s = s.strip();
        }
        if (s.isEmpty()) {
            throw new DataFormatException(file, line, "column " + column + " is empty (missing value)");
        }
        long fast = smallInteger(s);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        if (!StrictNumbers.isDecimal(s)) {
            if (s.matches("(?i)[+-]?(nan|inf|infinity)")) {
                throw new DataFormatException(file, line, "column " + column + " is " + s + ", not a finite number");
            }
            throw new DataFormatException(file, line, "column " + column + " is not a number: " + StrictNumbers.quote(s));
        }
        double v = Double.parseDouble(s);
        if (!Double.isFinite(v)) {
            throw new DataFormatException(file, line, "column " + column + " is " + StrictNumbers.quote(s)
                    + ", too large (not a finite number)");
        }
        return v;
    }

    /** The value of a plain integer of at most 15 digits (exact as a double), else Long.MIN_VALUE. */
    private static long smallInteger(String s) {
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        int n = s.length();
        if (n == i || n - i > 15) {
            return Long.MIN_VALUE;
        }
        long v = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return Long.MIN_VALUE;
            }
            v = v * 10 + (c - '0');
        }
        if (s.charAt(0) == '-') {
            return v == 0 ? Long.MIN_VALUE : -v; // "-0" is -0.0: leave it to parseDouble
        }
        return v;
    }

    /**
     * Splits a line into cells: runs of whitespace when {@code delimiter} is {@code \\s+} (leading
     * and trailing whitespace ignored), a plain split on one literal character, else the regex.
     */
    static String[] split(String line, String delimiter, java.util.regex.Pattern regex) {
        if (delimiter.equals("\\s+")) {
            java.util.ArrayList<String> out = new java.util.ArrayList<>(8);
            int n = line.length();
            int i = 0;
            while (i < n) {
                while (i < n && Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && !Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    out.add(line.substring(start, i));
                }
            }
            return out.toArray(new String[0]);
        }
        return regex.split(line, -1);
    }

    /** Parses an integer (no fraction, no overflow). */
    static long integer(String cell, Path file, int line, String column) {
        return integer(cell, file, line, column, Long.MIN_VALUE + 1, Long.MAX_VALUE);
    }

    /** Parses an integer in {@code [min, max]}. */
    static long integer(String cell, Path file, int line, String column, long min, long max) {
        String s = cell == null ? "" : cell.strip();
        if (s.isEmpty()) {
            throw new DataFormatException(file, line, "column " + column + " is empty (missing value)");
        }
        try {
            return StrictNumbers.parseLong(s, min, max);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(file, line, "column " + column + ": " + e.getMessage());
        }
    }
}
