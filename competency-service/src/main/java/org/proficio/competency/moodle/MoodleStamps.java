package org.proficio.competency.moodle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.proficio.competency.framework.Association;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;

/**
 * Sets the CASE lastChangeDateTime of every object of a converted Moodle package. A Moodle CSV has no times, so an
 * object keeps the time of the district's latest version when it is the same there, and gets the import time when
 * it is new or changed. That keeps the stamps true for CASE clients that sync by them, and lets a re-import of
 * unchanged content be recognised as UNCHANGED.
 */
final class MoodleStamps {

    private static final String SEPARATOR = "\u001f";

    private MoodleStamps() {}

    static void apply(ObjectNode cfPackage, PreviousVersion previous, OffsetDateTime now) {
        OffsetDateTime importTime = now.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        boolean changed = stamp(
                cfPackage.get("CFItems"),
                previous == null ? Map.of() : previous.items(),
                importTime,
                MoodleStamps::item);
        changed |= stamp(
                cfPackage.get("CFAssociations"),
                previous == null ? Map.of() : previous.associations(),
                importTime,
                MoodleStamps::association);
        ObjectNode document = (ObjectNode) cfPackage.get("CFDocument");
        boolean same = !changed
                && previous != null
                && previous.document().lastChange() != null
                && previous.items().size() == cfPackage.get("CFItems").size()
                && previous.associations().size()
                        == cfPackage.get("CFAssociations").size()
                && previous.document().fingerprint().equals(document(document));
        document.put("lastChangeDateTime", format(same ? previous.document().lastChange() : importTime));
    }

    private static boolean stamp(
            JsonNode objects,
            Map<String, PreviousVersion.Stamped> previous,
            OffsetDateTime importTime,
            java.util.function.Function<JsonNode, String> fingerprint) {
        boolean changed = false;
        for (JsonNode object : objects) {
            PreviousVersion.Stamped before =
                    previous.get(object.get("identifier").asText());
            boolean same = before != null
                    && before.lastChange() != null
                    && before.fingerprint().equals(fingerprint.apply(object));
            ((ObjectNode) object).put("lastChangeDateTime", format(same ? before.lastChange() : importTime));
            changed |= !same;
        }
        return changed;
    }

    static String document(JsonNode doc) {
        return join(text(doc, "title"), text(doc, "description"), text(doc, "notes"), json(doc.get("extensions")));
    }

    static String document(Framework f, JsonNode caseExtra) {
        return join(f.title, f.description, f.notes, json(caseExtra == null ? null : caseExtra.get("extensions")));
    }

    static String item(JsonNode item) {
        return join(
                text(item, "uri"),
                text(item, "fullStatement"),
                text(item, "abbreviatedStatement"),
                text(item, "humanCodingScheme"),
                text(item, "CFItemType"));
    }

    static String item(Competency c) {
        return join(c.uri, c.statement, c.abbreviatedStatement, c.code, c.itemType);
    }

    static String association(JsonNode a) {
        return join(
                text(a, "associationType"),
                a.at("/originNodeURI/identifier").asText(),
                a.at("/originNodeURI/title").asText(),
                a.at("/destinationNodeURI/identifier").asText(),
                a.at("/destinationNodeURI/title").asText(),
                text(a, "sequenceNumber"));
    }

    static String association(Association a) {
        return join(
                a.type,
                a.originIdentifier,
                Objects.toString(a.originTitle, ""),
                a.destinationIdentifier,
                Objects.toString(a.destinationTitle, ""),
                a.sequenceNumber == null ? null : a.sequenceNumber.toString());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String json(JsonNode node) {
        return node == null || node.isNull() ? null : node.toString();
    }

    private static String join(String... values) {
        return Stream.of(values).map(v -> v == null ? "" : v).collect(Collectors.joining(SEPARATOR));
    }

    private static String format(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
