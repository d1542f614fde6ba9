package org.proficio.devstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks an event's data against its JSON Schema (draft 2019-09), found on the classpath at {@code
 * events/<ce-type>.json} — where the {@code platform} module ships them. Producers' tests call {@link
 * #assertValid(String, String)} on what they emitted.
 *
 * <p>{@code format} keywords ({@code uuid}, {@code date-time}, ...) are asserted, not just annotated: an event with
 * a malformed timestamp is a broken event.
 */
public final class EventSchemas {

    /** Classpath folder of the schemas. */
    public static final String LOCATION = "events/";

    /** CloudEvents types as Proficio names them: {@code org.proficio.<service>.<event>.v<n>}; no path tricks. */
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .failFast(false)
            .build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {}

    /**
     * What is wrong with {@code json} as the data of an event of {@code type}; empty when it is valid.
     *
     * @throws IllegalArgumentException if there is no schema for {@code type}
     */
    public static List<String> errors(String type, String json) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(type, EventSchemas::load);
        JsonNode data;
        try {
            data = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        if (data == null) {
            return List.of("not JSON: empty input");
        }
        return schema.validate(data).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    /**
     * Fails a test when {@code json} is not valid data for an event of {@code type}.
     *
     * @throws AssertionError listing every violation
     */
    public static void assertValid(String type, String json) {
        List<String> errors = errors(type, json);
        if (!errors.isEmpty()) {
            throw new AssertionError("event data of type " + type + " violates " + LOCATION + type + ".json:"
                    + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", errors)
                    + System.lineSeparator() + "data: " + json);
        }
    }

    private static JsonSchema load(String type) {
        if (type == null || !EVENT_TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("not an event type: " + type);
        }
        String resource = LOCATION + type + ".json";
        try (InputStream in = open(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no JSON Schema for event type " + type + " at classpath:" + resource
                        + " (the schemas ship with the platform module)");
            }
            // Located under classpath: so that relative $refs between schema files resolve on the classpath too.
            return FACTORY.getSchema(SchemaLocation.of("classpath:" + resource), JSON.readTree(in), CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath:" + resource, e);
        }
    }

    /** The test's class loader first (Quarkus tests run in their own), then this library's. */
    private static InputStream open(String resource) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = context == null ? null : context.getResourceAsStream(resource);
        return in != null ? in : EventSchemas.class.getClassLoader().getResourceAsStream(resource);
    }
}
