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

/** Small shared helpers of the readers: reading text (plain or gzip) and parsing numbers strictly. */
final class Lines {
    private Lines() {
    }

    /** All lines of a text file; {@code .gz} files are decompressed. Bad gzip or bad UTF-8 is a {@link DataFormatException}. */
    static List<String> read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            List<String> lines = new ArrayList<>();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                lines.add(l);
            }
            return lines;
        } catch (ZipException | java.io.EOFException e) {
            throw new DataFormatException(file, 0, "not a readable gzip file (" + e.getMessage() + ")", e);
        } catch (CharacterCodingException e) {
            throw new DataFormatException(file, 0, "not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a finite double; NaN, infinities, blanks and junk are errors naming file, line and column. */
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
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            if (s.matches("(?i)[+-]?(nan|inf|infinity)")) {
                throw new DataFormatException(file, line, "column " + column + " is " + s + ", not a finite number");
            }
            throw new DataFormatException(file, line, "column " + column + " is not a number: '" + s + "'");
        }
        if (!Double.isFinite(v)) {
            throw new DataFormatException(file, line, "column " + column + " is " + s + ", not a finite number");
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

    /** Parses an integer (no fraction). */
    static long integer(String cell, Path file, int line, String column) {
        String s = cell == null ? "" : cell.strip();
        if (s.isEmpty()) {
            throw new DataFormatException(file, line, "column " + column + " is empty (missing value)");
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new DataFormatException(file, line, "column " + column + " is not an integer: '" + s + "'");
        }
    }
}
