package org.sigbench.bench.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sigbench.bench.suite.Suite;
import org.sigbench.datasets.io.StrictJson;
import org.sigbench.datasets.io.StrictNumbers;

/**
 * Reads suites: the shipped ones by name ({@link #SHIPPED}) or a user's JSON file. Errors name the
 * file, the line and the reason.
 */
public final class SuiteReader {
    /** Suites shipped as resources, by name. */
    public static final List<String> SHIPPED = List.of("paper", "quick");

    private static final ObjectMapper MAPPER = StrictJson.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
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
                throw new java.io.UncheckedIOException(e);
            }
        }
        Path p;
        try {
            p = Path.of(nameOrFile);
        } catch (java.nio.file.InvalidPathException e) {
            throw new SuiteFormatException("--suite " + StrictNumbers.quote(nameOrFile), 0, "not a valid path");
        }
        if (!Files.isRegularFile(p)) {
            throw new SuiteFormatException("--suite " + StrictNumbers.quote(nameOrFile), 0, "neither a shipped suite "
                    + SHIPPED + " nor a readable file");
        }
        try (InputStream in = Files.newInputStream(p)) {
            byte[] bytes = in.readNBytes(SuiteLimits.MAX_BYTES + 1);
            if (bytes.length > SuiteLimits.MAX_BYTES) {
                throw new SuiteFormatException(p.toString(), 0, "larger than " + SuiteLimits.MAX_BYTES + " bytes");
            }
            return parse(bytes, p.toString());
        } catch (IOException e) {
            throw new SuiteFormatException(p.toString(), 0, "cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Parses suite JSON; {@code where} names the source in errors. */
    public static Suite parse(byte[] json, String where) {
        try {
            String limit = SuiteLimits.check(MAPPER.readTree(json));
            if (limit != null) {
                throw new SuiteFormatException(where, 0, limit);
            }
            return MAPPER.readValue(json, Suite.class);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : loc.getLineNr();
            if (e instanceof com.fasterxml.jackson.databind.exc.PropertyBindingException pb) {
                // records are built after the whole object is read: find the offending key's own line
                String[] lines = new String(json, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].contains("\"" + pb.getPropertyName() + "\"")) {
                        line = i + 1;
                        break;
                    }
                }
            }
            throw new SuiteFormatException(where, Math.max(line, 0), StrictJson.reason(e));
        } catch (IOException e) {
            throw new SuiteFormatException(where, 0, "cannot read (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            if (e instanceof SuiteFormatException) {
                throw e;
            }
            throw new SuiteFormatException(where, 0, "bad suite (" + e.getClass().getSimpleName() + ")");
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
