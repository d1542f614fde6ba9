package org.proficio.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Request bodies and parameter values made from an operation's schema: the declared example where there is one,
 * else the smallest value the schema allows (required properties only, the first enum constant, a property's own
 * example, a value that fits its format and length). Good enough to get past validation to the access checks; the
 * bad-input run starts from them and breaks one thing at a time.
 */
final class Bodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ApiDocument document;
    private final Function<String, String> learnerIds;

    /**
     * @param learnerIds the value of a property named {@code learnerId} (the learner a request is about), by its
     *     schema's example
     */
    Bodies(ApiDocument document, Function<String, String> learnerIds) {
        this.document = document;
        this.learnerIds = learnerIds;
    }

    /** A body for the operation: its example, or one made from its schema. */
    JsonNode body(ApiDocument.Body body) {
        JsonNode made = body.example() != null ? body.example().deepCopy() : value("body", body.schema(), 0);
        replaceLearners(made);
        return made;
    }

    /** A value of a parameter, when the caller has no real one. */
    String parameter(ApiDocument.Parameter parameter) {
        JsonNode value = value(parameter.name(), parameter.schema(), 0);
        return value.isTextual() ? value.textValue() : value.toString();
    }

    JsonNode value(String name, JsonNode schema, int depth) {
        JsonNode s = document.resolve(schema);
        if (depth > 12) {
            return NODES.nullNode();
        }
        JsonNode example = firstExample(s);
        if (example != null && !s.has("properties")) {
            return example.deepCopy();
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0).deepCopy();
        }
        if (s.has("allOf")) {
            return value(name, s.get("allOf").get(0), depth + 1);
        }
        if (s.has("oneOf") || s.has("anyOf")) {
            return value(name, (s.has("oneOf") ? s.get("oneOf") : s.get("anyOf")).get(0), depth + 1);
        }
        String type = type(s);
        return switch (type) {
            case "object" -> object(s, depth);
            case "array" -> array(name, s, depth);
            case "integer" -> NODES.numberNode(Math.max(1, s.path("minimum").asLong(1)));
            case "number" -> NODES.numberNode(Math.max(1, s.path("minimum").asDouble(1)));
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.textNode(text(name, s));
        };
    }

    /** The schema's type ({@code ["string", "null"]} counts as string); untyped with properties is an object. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            String property = required.asText();
            object.set(property, value(property, properties.path(property), depth + 1));
        }
        return object;
    }

    private ArrayNode array(String name, JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int items = Math.max(1, schema.path("minItems").asInt(1));
        for (int i = 0; i < items; i++) {
            array.add(value(name, schema.path("items"), depth + 1));
        }
        return array;
    }

    private static String text(String name, JsonNode schema) {
        String format = schema.path("format").asText("");
        String text = switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> LocalDate.now().minusDays(1).toString();
            case "date-time" -> OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString();
            case "uri", "url", "iri" -> "https://example.org/" + name;
            default ->
                name.toLowerCase().contains("uri") || name.toLowerCase().contains("link")
                        ? "https://example.org/" + name
                        : "x-" + name;
        };
        int min = schema.path("minLength").asInt(0);
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < min) {
            padded.append('x');
        }
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return padded.length() > max ? padded.substring(0, max) : padded.toString();
    }

    static JsonNode firstExample(JsonNode schema) {
        if (schema.has("examples")
                && schema.get("examples").isArray()
                && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        return schema.has("example") ? schema.get("example") : null;
    }

    /** Every property named {@code learnerId} (at any depth) is set to the learner of the request. */
    private void replaceLearners(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("learnerId") && field.getValue().isTextual()) {
                    field.setValue(
                            NODES.textNode(learnerIds.apply(field.getValue().textValue())));
                } else {
                    replaceLearners(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::replaceLearners);
        }
    }
}
