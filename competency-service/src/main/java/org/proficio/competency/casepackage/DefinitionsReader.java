package org.proficio.competency.casepackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.proficio.competency.casepackage.CaseDefinition.Kind;
import org.proficio.competency.casepackage.PackageReading.Identifier;

/**
 * Reads CFDefinitions (item types, subjects, concepts, licences, association groupings). Each is kept as a JSON object
 * with the fields the CASE 1.0 schema allows, in its order; fields it requires but the package lacks are filled
 * (empty text, the document's change time) and reported, fields it does not know are dropped and reported.
 */
final class DefinitionsReader {

    /** The text fields of each kind after identifier and uri, and which of them CASE requires. */
    private record Fields(List<String> texts, List<String> required) {}

    private static final Map<Kind, Fields> FIELDS = Map.of(
            Kind.CFItemType,
            new Fields(List.of("title", "description", "hierarchyCode", "typeCode"), List.of("title", "hierarchyCode")),
            Kind.CFSubject,
            new Fields(List.of("title", "hierarchyCode", "description"), List.of("title", "hierarchyCode")),
            Kind.CFConcept,
            new Fields(List.of("title", "keywords", "hierarchyCode", "description"), List.of("title", "hierarchyCode")),
            Kind.CFLicense,
            new Fields(List.of("title", "description", "licenseText"), List.of("title", "licenseText")),
            Kind.CFAssociationGrouping,
            new Fields(List.of("title", "description"), List.of("title")));

    private DefinitionsReader() {}

    static List<CaseDefinition> read(JsonNode definitions, PackageReading reading, OffsetDateTime documentChange) {
        List<CaseDefinition> read = new ArrayList<>();
        if (definitions == null || definitions.isNull() || (definitions.isArray() && definitions.isEmpty())) {
            return read;
        }
        if (!definitions.isObject()) {
            reading.error(
                    "CFDefinitions", "must be an object of definition lists, not " + PackageReading.kind(definitions));
            return read;
        }
        for (var field : definitions.properties()) {
            if (java.util.Arrays.stream(Kind.values()).noneMatch(k -> k.listName.equals(field.getKey()))) {
                reading.issue("CFDefinitions." + field.getKey(), null, "is not a CASE 1.0 definition list; dropped");
            }
        }
        for (Kind kind : Kind.values()) {
            JsonNode list = definitions.get(kind.listName);
            String path = "CFDefinitions." + kind.listName;
            if (list == null || list.isNull()) {
                continue;
            }
            if (!list.isArray()) {
                reading.error(path, "must be a list, not " + PackageReading.kind(list));
                continue;
            }
            int position = 0;
            for (int i = 0; i < list.size(); i++) {
                CaseDefinition d = definition(kind, list.get(i), path + "[" + i + "]", reading, documentChange);
                if (d != null) {
                    d.position = position++;
                    read.add(d);
                }
            }
        }
        return read;
    }

    private static CaseDefinition definition(
            Kind kind, JsonNode node, String path, PackageReading reading, OffsetDateTime documentChange) {
        if (!node.isObject()) {
            reading.error(path, "must be an object, not " + PackageReading.kind(node));
            return null;
        }
        Identifier identifier = reading.identifier(node, path);
        if (identifier == null || !reading.unique(kind.name(), identifier.id(), path)) {
            return null;
        }
        String id = identifier.id();
        Fields fields = FIELDS.get(kind);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("identifier", id);
        body.put("uri", reading.objectUri(node, path, identifier, kind.listName));
        for (String field : fields.texts()) {
            String value = reading.text(node, field, path, id);
            if (value == null && fields.required().contains(field)) {
                reading.issue(path + "." + field, id, "is missing; an empty text is stored");
                value = "";
            }
            if (value != null) {
                body.put(field, value);
            }
        }
        body.put("lastChangeDateTime", CaseJson.dateTime(reading.lastChange(node, path, id, documentChange)));
        for (var field : node.properties()) {
            if (!body.has(field.getKey()) && !field.getValue().isNull()) {
                reading.issue(path + "." + field.getKey(), id, "is not a field of " + kind.name() + "; dropped");
            }
        }

        CaseDefinition d = new CaseDefinition();
        d.kind = kind;
        d.identifier = id;
        d.title = body.get("title").asText();
        d.body = body.toString();
        return d;
    }
}
