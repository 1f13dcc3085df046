package org.sigbench.datasets.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.regex.PatternSyntaxException;

/**
 * The JSON rules of every sigbench input: duplicate keys, trailing content after the document,
 * unknown fields and wrong types are errors; an integer field takes only an integer ({@code 1.5}
 * or {@code 0.9999} is refused, not truncated or rounded), a string is never read as a number;
 * numbers must be finite; nesting, string and number sizes are bounded.
 */
public final class StrictJson {
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = 64;
    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING = 1 << 20;

    private StrictJson() {
    }

    /** A mapper builder with the strict rules; callers may add features (e.g. comments). */
    public static JsonMapper.Builder builder() {
        SimpleModule finite = new SimpleModule("sigbench-finite-doubles");
        finite.addDeserializer(Double.class, new FiniteDouble(false));
        finite.addDeserializer(Double.TYPE, new FiniteDouble(true));
        com.fasterxml.jackson.core.JsonFactory factory = com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING).maxNumberLength(StrictNumbers.MAX_LENGTH).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        JsonMapper.Builder b = JsonMapper.builder(factory)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(finite);
        b.withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        b.withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        b.withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail));
        b.withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        return b;
    }

    /** A plain reason for a Jackson failure: our own validation message when a constructor refused a value, else Jackson's. */
    public static String reason(JacksonException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? field(m) : "";
        String why;
        if (root instanceof PatternSyntaxException p) {
            why = "not a valid regular expression (" + p.getDescription() + ")";
        } else if (root instanceof IllegalArgumentException && root.getMessage() != null) {
            why = root.getMessage();
        } else if (root != e && !(root instanceof JacksonException)) {
            why = "bad value (" + root.getClass().getSimpleName() + ")";
        } else {
            String m = e.getOriginalMessage();
            why = m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
        }
        why = QUALIFIED.matcher(why).replaceAll("$1").replace("JsonToken.", "")
                .replaceAll(" \\(but (?:could|might) if coercion[^)]*\\)", "");
        return field.isEmpty() ? why : "field " + field + ": " + why;
    }

    /** Java class names in Jackson's messages, such as {@code java.lang.Double}: shown by their simple name. */
    private static final java.util.regex.Pattern QUALIFIED = java.util.regex.Pattern.compile(
            "`?\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)`?");

    /** The JSON path of a mapping error, such as {@code realVsSynthetic.refs[2]}. */
    public static String field(JsonMappingException m) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(StrictNumbers.excerpt(r.getFieldName(), 60));
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** A double that must be written as a JSON number and be finite. */
    private static final class FiniteDouble extends JsonDeserializer<Double> {
        private final boolean primitive;

        FiniteDouble(boolean primitive) {
            this.primitive = primitive;
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            if (!primitive) {
                return null;
            }
            if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)) {
                throw JsonMappingException.from(ctxt, "null where a number is required");
            }
            return 0.0;
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
                return (Double) ctxt.handleUnexpectedToken(Double.class, p);
            }
            double v = p.getDoubleValue();
            if (!Double.isFinite(v)) {
                throw JsonMappingException.from(p, "number " + StrictNumbers.quote(p.getText()) + " is not finite");
            }
            return v;
        }
    }
}
