package org.sigbench.bench.perceive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.sigbench.datasets.io.AtomicFiles;

/**
 * Layout of a test folder: {@code options.json}, {@code manifest.json} (the truth, server side),
 * {@code stimuli/<id>.json} (what browsers receive) and, once served, {@code answers.db}.
 *
 * @param dir      the folder
 * @param options  options used
 * @param manifest the trials and their truth
 * @param stimuli  stimulus bytes by trial id, in manifest order
 */
public record TestFolder(Path dir, TestOptions options, Manifest manifest, Map<String, byte[]> stimuli) {
    /** Trial and participant ids: 16 lowercase hex digits (participants: 32). */
    public static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    public static final String OPTIONS = "options.json";
    public static final String MANIFEST = "manifest.json";
    public static final String STIMULI = "stimuli";
    public static final String DATABASE = "answers.db";

    static final ObjectMapper JSON = org.sigbench.datasets.io.StrictJson.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public Path database() {
        return dir.resolve(DATABASE);
    }

    /** Writes the folder (stimulus files, manifest, options), each file atomically. */
    public static void write(Path dir, TestOptions options, Manifest manifest, Map<String, byte[]> stimuli) {
        try {
            Files.createDirectories(dir.resolve(STIMULI));
            for (Map.Entry<String, byte[]> e : stimuli.entrySet()) {
                AtomicFiles.write(dir.resolve(STIMULI).resolve(e.getKey() + ".json"), e.getValue());
            }
            AtomicFiles.write(dir.resolve(MANIFEST), JSON.writeValueAsString(manifest) + "\n");
            AtomicFiles.write(dir.resolve(OPTIONS), JSON.writeValueAsString(options) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the test to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Reads and checks a test folder; errors name the file and the reason. */
    public static TestFolder read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": no such test folder (make one with sigbench perceive prepare)");
        }
        TestOptions options = readJson(dir.resolve(OPTIONS), TestOptions.class);
        Manifest manifest = readJson(dir.resolve(MANIFEST), Manifest.class);
        Map<String, byte[]> stimuli = new LinkedHashMap<>();
        for (TrialSpec t : manifest.trials()) {
            Path f = dir.resolve(STIMULI).resolve(t.id() + ".json");
            try {
                byte[] bytes = Files.readAllBytes(f);
                String id = JSON.readTree(bytes).path("id").asText();
                if (!t.id().equals(id)) {
                    throw new IllegalArgumentException(f + ": field id is '" + id + "', expected " + t.id());
                }
                stimuli.put(t.id(), bytes);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(f + ": not valid JSON (line " + e.getLocation().getLineNr() + ")");
            } catch (IOException e) {
                throw new IllegalArgumentException(f + ": cannot read the stimulus of trial " + t.id());
            }
        }
        return new TestFolder(dir, options, manifest, java.util.Collections.unmodifiableMap(stimuli));
    }

    private static <T> T readJson(Path f, Class<T> type) {
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException(f + ": missing (not a test folder made by sigbench perceive prepare?)");
        }
        try {
            return JSON.readValue(f.toFile(), type);
        } catch (JsonProcessingException e) {
            String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                    ? " at field " + m.getPathReference().replaceAll("^[^\\[\"]*", "") : "";
            String why = e.getCause() instanceof IllegalArgumentException iae ? iae.getMessage() : "does not match the expected schema";
            throw new IllegalArgumentException(f + ": " + why + field
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new IllegalArgumentException(f + ": cannot read");
        }
    }
}
