package org.sigbench.bench.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sigbench.bench.suite.Suite;

/**
 * Reads suites: the shipped ones by name ({@link #SHIPPED}) or a user's JSON file. Errors name the
 * file, the line and the reason.
 */
public final class SuiteReader {
    /** Suites shipped as resources, by name. */
    public static final List<String> SHIPPED = List.of("paper", "quick");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SuiteReader() {
    }

    /** A shipped suite name, else a path to a JSON file. */
    public static Suite load(String nameOrFile) {
        if (SHIPPED.contains(nameOrFile)) {
            String res = "/org/sigbench/bench/suites/" + nameOrFile + ".json";
            try (InputStream in = SuiteReader.class.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("shipped suite resource " + res + " is missing from the jar");
                }
                return parse(in.readAllBytes(), "suite '" + nameOrFile + "' (" + res + ")");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path p = Path.of(nameOrFile);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("--suite " + nameOrFile + ": neither a shipped suite " + SHIPPED
                    + " nor a readable file");
        }
        try {
            return parse(Files.readAllBytes(p), p.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    /** Parses suite JSON; {@code where} names the source in errors. */
    public static Suite parse(byte[] json, String where) {
        try {
            return MAPPER.readValue(json, Suite.class);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String line = loc == null ? "?" : Integer.toString(loc.getLineNr());
            if (e instanceof com.fasterxml.jackson.databind.exc.PropertyBindingException pb) {
                // records are built after the whole object is read: find the offending key's own line
                String[] lines = new String(json, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].contains("\"" + pb.getPropertyName() + "\"")) {
                        line = Integer.toString(i + 1);
                        break;
                    }
                }
            }
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String reason = root instanceof IllegalArgumentException ? root.getMessage() : e.getOriginalMessage();
            throw new IllegalArgumentException(where + ":" + line + ": " + reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The suite as indented JSON (saved next to every report). */
    public static String toJson(Object suiteOrOptions) {
        try {
            return MAPPER.writeValueAsString(suiteOrOptions) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared mapper (also used for cell results). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
