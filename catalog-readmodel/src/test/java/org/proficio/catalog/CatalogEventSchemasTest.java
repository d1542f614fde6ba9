package org.proficio.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.proficio.catalog.testing.CatalogSnapshots;
import org.proficio.devstack.EventSchemas;
import org.proficio.devstack.TestEvents;
import org.proficio.platform.events.EventTypes;

/**
 * The snapshots the tests feed the read model are ones the competency-service may publish: valid against the event
 * schemas shipped by the platform, which accept the snapshots of before the CASE catalog too.
 */
class CatalogEventSchemasTest {

    @Test
    void fullSnapshotValidatesAgainstTheExtendedSchema() {
        assertThat(errors(CatalogSnapshots.full(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void snapshotWithoutTheNewFieldsStaysValid() {
        assertThat(errors(CatalogSnapshots.minimal(3))).isEmpty();
    }

    @Test
    void schemaRejectsWhatTheReadModelCouldNotHold() {
        Map<String, Object> unknownKind = CatalogSnapshots.full(UUID.randomUUID());
        CatalogSnapshots.list(unknownKind, "competencies").get(0).put("kind", "TALENT");
        Map<String, Object> resourceWithoutUrl = CatalogSnapshots.full(UUID.randomUUID());
        CatalogSnapshots.list(resourceWithoutUrl, "resources").get(0).remove("url");
        Map<String, Object> courseWithoutCredits = CatalogSnapshots.full(UUID.randomUUID());
        CatalogSnapshots.list(courseWithoutCredits, "courses").get(0).remove("credits");
        Map<String, Object> unknownOrigin = CatalogSnapshots.full(UUID.randomUUID());
        unknownOrigin.put("origin", "SPREADSHEET");

        assertThat(errors(unknownKind)).singleElement().asString().contains("kind");
        assertThat(errors(resourceWithoutUrl)).singleElement().asString().contains("url");
        assertThat(errors(courseWithoutCredits)).singleElement().asString().contains("credits");
        assertThat(errors(unknownOrigin)).singleElement().asString().contains("origin");
    }

    @Test
    void retirementValidatesAgainstItsSchema() {
        String id = UUID.randomUUID().toString();
        assertThat(EventSchemas.errors(
                        EventTypes.FRAMEWORK_RETIRED,
                        TestEvents.json(
                                CatalogSnapshots.retired(id, UUID.randomUUID().toString()))))
                .isEmpty();
        assertThat(EventSchemas.errors(
                        EventTypes.FRAMEWORK_RETIRED, TestEvents.json(CatalogSnapshots.retired(id, null))))
                .isEmpty();
        assertThat(EventSchemas.errors(EventTypes.FRAMEWORK_RETIRED, "{\"frameworkId\": \"" + id + "\"}"))
                .singleElement()
                .asString()
                .contains("retiredAt");
    }

    private static java.util.List<String> errors(Map<String, Object> snapshot) {
        return EventSchemas.errors(EventTypes.FRAMEWORK_PUBLISHED, TestEvents.json(snapshot));
    }
}
