package org.sigbench.bench.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Size limits of a suite, checked on its JSON tree before it is bound: a suite is a small file, so
 * a list longer than {@value #MAX_LIST} entries or a count beyond {@value #MAX_COUNT} is a mistake
 * (or an attack) that would make the run hang, not a study.
 */
final class SuiteLimits {
    /** Largest suite file, in bytes. */
    static final int MAX_BYTES = 1 << 20;
    /** Longest list in a suite. */
    static final int MAX_LIST = 256;
    /** Largest whole number in a suite (counts, sizes); {@code seed} fields are exempt. */
    static final long MAX_COUNT = 1_000_000;

    private SuiteLimits() {
    }

    /** The first violation as {@code field <path>: <reason>}, or null. */
    static String check(JsonNode node) {
        return check(node, "", "");
    }

    private static String check(JsonNode node, String path, String key) {
        if (node.isArray()) {
            if (node.size() > MAX_LIST) {
                return "field " + path + ": list of " + node.size() + " entries, at most " + MAX_LIST;
            }
            for (int i = 0; i < node.size(); i++) {
                String r = check(node.get(i), path + "[" + i + "]", key);
                if (r != null) {
                    return r;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String r = check(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getKey());
                if (r != null) {
                    return r;
                }
            }
        } else if (node.isIntegralNumber() && !key.equals("seed")
                && (!node.canConvertToLong() || Math.abs(node.longValue()) > MAX_COUNT)) {
            return "field " + path + ": " + node.asText() + " is beyond the limit of " + MAX_COUNT;
        }
        return null;
    }
}
