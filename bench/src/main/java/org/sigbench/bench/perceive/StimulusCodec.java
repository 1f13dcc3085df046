package org.sigbench.bench.perceive;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The compact JSON of a stimulus, the only trial data a browser receives:
 * {@code {"id":"…","dims":3,"duration":2.345,"points":[[t,x,y,z],…]}} with time in seconds (3
 * decimals) and positions in [0, 1] (4 decimals, so every position has the same width). Every
 * stimulus of a test is padded with trailing spaces to the length of the longest, so sizes say
 * nothing about the class.
 */
public final class StimulusCodec {
    private StimulusCodec() {
    }

    /** The JSON text without padding. */
    public static String encode(Stimulus s) {
        StringBuilder b = new StringBuilder(s.size() * 32 + 64);
        b.append("{\"id\":\"").append(s.id()).append("\",\"dims\":").append(s.dims())
                .append(",\"duration\":").append(String.format(Locale.ROOT, "%.3f", s.duration())).append(",\"points\":[");
        for (int i = 0; i < s.size(); i++) {
            b.append(i == 0 ? "[" : ",[").append(String.format(Locale.ROOT, "%.3f,%.4f,%.4f", s.t()[i], s.x()[i], s.y()[i]));
            if (s.dims() == 3) {
                b.append(String.format(Locale.ROOT, ",%.4f", s.z()[i]));
            }
            b.append(']');
        }
        return b.append("]}").toString();
    }

    /** {@code json} followed by spaces up to {@code length} bytes (UTF-8; the text is ASCII). */
    public static byte[] pad(String json, int length) {
        byte[] raw = json.getBytes(StandardCharsets.US_ASCII);
        if (raw.length > length) {
            throw new IllegalArgumentException("stimulus of " + raw.length + " bytes is longer than the padded length " + length);
        }
        byte[] out = new byte[length];
        System.arraycopy(raw, 0, out, 0, raw.length);
        java.util.Arrays.fill(out, raw.length, length, (byte) ' ');
        return out;
    }
}
