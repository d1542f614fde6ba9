package org.proficio.competency.casepackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** The real CASE packages of src/test/resources/case and the CASE 1.0 package schema they are checked against. */
final class CasePackages {

    static final String TEST_FRAMEWORK = "test_framework_case.json";
    static final String OPENSALT = "opensalt-framework-20c5134f-423d-4097-a971-3dd5152bf507.json";
    static final String ORDERING = "Ordering.json";
    static final String UTF8 = "Utf8TestFramework.json";
    static final String EMPTY = "EmptyExternalFramework.json";
    static final String MARKDOWN = "MarkdownFramework.json";
    static final List<String> ALL = List.of(TEST_FRAMEWORK, OPENSALT, ORDERING, UTF8, EMPTY, MARKDOWN);

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();

    private CasePackages() {}

    static ObjectNode load(String name) {
        try (InputStream in = CasePackages.class.getResourceAsStream("/case/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return load(name).toString();
    }

    /** What the CASE 1.0 package schema (with format assertions) finds wrong in the JSON; empty when valid. */
    static Set<ValidationMessage> schemaErrors(JsonNode cfPackage) {
        return SCHEMA.validate(cfPackage);
    }

    private static JsonSchema schema() {
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = CasePackages.class.getResourceAsStream("/case/case-v1p0-cfpackage-schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
