package org.sigbench.bench.perceive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

/**
 * Validates the body of {@code POST /api/answer}: at most {@link #MAX_BYTES} bytes of one JSON
 * object with exactly the fields {@code trial} (a known trial id), {@code answer} ({@code real} or
 * {@code synthetic}), {@code confidence} (1 to 3) and {@code responseMs} (0 to one hour). Anything
 * else is a {@link BadRequest} naming the field and the reason.
 */
public final class AnswerParser {
    /** Largest accepted body. */
    public static final int MAX_BYTES = 512;
    private static final long MAX_RESPONSE_MS = 3_600_000;
    private static final Set<String> FIELDS = Set.of("trial", "answer", "confidence", "responseMs");
    private static final ObjectMapper JSON = org.sigbench.datasets.io.StrictJson.builder().build();

    /**
     * A validated answer.
     *
     * @param trial      trial id
     * @param judgedReal answered "real"
     * @param confidence 1 to 3
     * @param responseMs response time
     */
    public record Parsed(String trial, boolean judgedReal, int confidence, long responseMs) {
    }

    private final Set<String> trials;

    public AnswerParser(Set<String> trials) {
        this.trials = Set.copyOf(trials);
    }

    public Parsed parse(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new BadRequest(413, "body larger than " + MAX_BYTES + " bytes");
        }
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (IOException e) {
            throw new BadRequest(400, "body is not valid JSON");
        }
        if (n == null || !n.isObject()) {
            throw new BadRequest(400, "body must be a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw new BadRequest(400, "unknown field '" + f.substring(0, Math.min(f.length(), 40)) + "'");
            }
        }
        JsonNode trial = n.get("trial");
        if (trial == null || !trial.isTextual() || !TestFolder.ID.matcher(trial.asText()).matches()) {
            throw new BadRequest(400, "field trial: must be a trial id (16 hex digits)");
        }
        if (!trials.contains(trial.asText())) {
            throw new BadRequest(404, "field trial: no trial " + trial.asText() + " in this test");
        }
        JsonNode answer = n.get("answer");
        if (answer == null || !answer.isTextual() || !Set.of("real", "synthetic").contains(answer.asText())) {
            throw new BadRequest(400, "field answer: must be \"real\" or \"synthetic\"");
        }
        JsonNode conf = n.get("confidence");
        if (conf == null || !conf.isIntegralNumber() || !conf.canConvertToLong() || conf.asLong() < 1 || conf.asLong() > 3) {
            throw new BadRequest(400, "field confidence: must be an integer from 1 to 3");
        }
        JsonNode ms = n.get("responseMs");
        if (ms == null || !ms.isIntegralNumber() || !ms.canConvertToLong() || ms.asLong() < 0 || ms.asLong() > MAX_RESPONSE_MS) {
            throw new BadRequest(400, "field responseMs: must be an integer from 0 to " + MAX_RESPONSE_MS);
        }
        return new Parsed(trial.asText(), answer.asText().equals("real"), conf.asInt(), ms.asLong());
    }
}
