package org.proficio.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document describes every event type: it parses as YAML, each type of {@link EventTypes} is a message
 * of the components with its ce_type and its JSON Schema, and each message belongs to a channel.
 */
class AsyncApiDocumentTest {

    private static JsonNode document() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/events/asyncapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private static List<String> eventTypes() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (Field field : EventTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                types.add((String) field.get(null));
            }
        }
        return types;
    }

    @Test
    void describesEveryEventTypeWithItsSchemaInAChannel() throws Exception {
        JsonNode document = document();
        JsonNode messages = document.path("components").path("messages");
        Set<String> inChannels = new HashSet<>();
        document.path("channels")
                .forEach(channel -> channel.path("messages")
                        .forEach(ref ->
                                inChannels.add(ref.path("$ref").asText().replace("#/components/messages/", ""))));

        Set<String> described = new HashSet<>();
        messages.properties().forEach(message -> {
            String type = message.getValue().path("name").asText();
            described.add(type);
            assertThat(message.getValue()
                            .path("headers")
                            .path("properties")
                            .path("ce_type")
                            .path("const")
                            .asText())
                    .as("ce_type of " + message.getKey())
                    .isEqualTo(type);
            assertThat(message.getValue()
                            .path("payload")
                            .path("schema")
                            .path("$ref")
                            .asText())
                    .isEqualTo("./" + type + ".json");
            assertThat(AsyncApiDocumentTest.class.getResource("/events/" + type + ".json"))
                    .as("schema of " + type)
                    .isNotNull();
            assertThat(inChannels).as("a channel carrying " + message.getKey()).contains(message.getKey());
        });
        assertThat(described).containsExactlyInAnyOrderElementsOf(eventTypes());
    }
}
