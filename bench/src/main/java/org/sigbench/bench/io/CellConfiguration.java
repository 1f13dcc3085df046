package org.sigbench.bench.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The code and option part of a cell's context, which replaces hand-bumped version strings: for
 * each module the result depends on, {@code code.<module>} = its {@link CodeFingerprint} (so any
 * change of the compiled classes or resources recomputes the cell), and for each group of option
 * records the computation runs with, {@code options.<group>} = their canonical JSON (sorted keys,
 * no white space), so the stored cell shows the settings it was computed with. Options that are
 * only constants in code, not records, are covered by the code fingerprint.
 */
public final class CellConfiguration {
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private CellConfiguration() {
    }

    /** The modules a cell's result depends on: datasets, verify and bench always, synth when it synthesises. */
    public static List<CodeFingerprint.Module> modules(boolean synthesis) {
        return synthesis ? CodeFingerprint.ALL
                : List.of(CodeFingerprint.DATASETS, CodeFingerprint.VERIFY, CodeFingerprint.BENCH);
    }

    /**
     * The context entries for code and options.
     *
     * @param modules the modules whose code the result depends on
     * @param options option records (or maps of them) by group name; a null value is left out
     */
    public static Map<String, String> of(List<CodeFingerprint.Module> modules, Map<String, ?> options) {
        Map<String, String> ctx = new LinkedHashMap<>();
        for (CodeFingerprint.Module m : modules) {
            ctx.put("code." + m.name(), CodeFingerprint.of(m));
        }
        options.forEach((group, value) -> {
            if (value != null) {
                ctx.put("options." + group, json(value));
            }
        });
        return ctx;
    }

    /** The canonical JSON of an option record or a map of them: sorted keys, one line. */
    public static String json(Object value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("options cannot be written as JSON: " + value.getClass().getName(), e);
        }
    }
}
