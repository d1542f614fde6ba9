package org.proficio.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventSchemasTest {

    private static final String TYPE = "org.proficio.test.sample-recorded.v1";

    private static final String VALID = """
            {"sampleId": "0b9d7f0e-6a43-4d1c-9f6e-2a1f3c5d7e90", "learnerId": "s-0001",
             "recordedAt": "2026-11-23T08:00:00Z", "level": 3}
            """;

    @Test
    void acceptsDataThatMatchesTheSchema() {
        assertThat(EventSchemas.errors(TYPE, VALID)).isEmpty();
        EventSchemas.assertValid(TYPE, VALID);
    }

    @Test
    void reportsAMissingRequiredField() {
        String withoutLearner = """
                {"sampleId": "0b9d7f0e-6a43-4d1c-9f6e-2a1f3c5d7e90", "recordedAt": "2026-11-23T08:00:00Z"}
                """;

        assertThat(EventSchemas.errors(TYPE, withoutLearner))
                .singleElement()
                .asString()
                .contains("learnerId");
        assertThatThrownBy(() -> EventSchemas.assertValid(TYPE, withoutLearner))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(TYPE)
                .hasMessageContaining("learnerId");
    }

    @Test
    void assertsFormatsAndReferencedDefinitions() {
        String malformed = """
                {"sampleId": "not-a-uuid", "learnerId": "s-0001", "recordedAt": "yesterday", "level": 9}
                """;

        assertThat(EventSchemas.errors(TYPE, malformed))
                .hasSize(3)
                .anySatisfy(error -> assertThat(error).contains("sampleId"))
                .anySatisfy(error -> assertThat(error).contains("recordedAt"))
                .anySatisfy(error -> assertThat(error).contains("level"));
    }

    @Test
    void reportsUnknownFieldsAndInvalidJson() {
        assertThat(EventSchemas.errors(TYPE, VALID.replace("\"level\"", "\"grade\"")))
                .singleElement()
                .asString()
                .contains("grade");
        assertThat(EventSchemas.errors(TYPE, "{\"sampleId\": "))
                .singleElement()
                .asString()
                .startsWith("not JSON");
    }

    @Test
    void rejectsTypesWithoutSchema() {
        assertThatThrownBy(() -> EventSchemas.errors("org.proficio.test.unknown.v1", VALID))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("events/org.proficio.test.unknown.v1.json");
        assertThatThrownBy(() -> EventSchemas.errors("../secrets", VALID)).isInstanceOf(IllegalArgumentException.class);
    }
}
