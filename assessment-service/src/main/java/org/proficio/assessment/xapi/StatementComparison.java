package org.proficio.assessment.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tells whether two statements with the same id are the same statement, following xAPI 1.0.3's statement comparison
 * requirements (Data 2.3.1): what an LRS may assign or that is not part of the statement is left out (id, authority,
 * stored, version, attachments, the verb's display, activity definitions), a timestamp counts as the instant it
 * names, the members of a Group are unordered, an e-mail domain is case-insensitive; everything else counts as sent.
 */
final class StatementComparison {

    private static final Set<String> ASSIGNED = Set.of("id", "authority", "stored", "version", "attachments");

    private StatementComparison() {}

    /** SHA-256 (hex) of the statement's comparable content. */
    static String hash(JsonNode statement) {
        StringBuilder canonical = new StringBuilder();
        write(comparable(statement), canonical);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** The statement without what the comparison ignores, as a copy. */
    private static JsonNode comparable(JsonNode statement) {
        JsonNode copy = statement.deepCopy();
        if (!(copy instanceof ObjectNode root)) {
            return copy;
        }
        root.remove(ASSIGNED);
        JsonNode timestamp = root.get("timestamp");
        if (timestamp != null && timestamp.isTextual()) {
            try {
                root.set(
                        "timestamp",
                        TextNode.valueOf(OffsetDateTime.parse(timestamp.asText())
                                .withOffsetSameInstant(ZoneOffset.UTC)
                                .toString()));
            } catch (DateTimeParseException e) {
                // left as sent: such a statement is refused anyway
            }
        }
        if (root.get("verb") instanceof ObjectNode verb) {
            verb.remove("display");
        }
        withoutDefinition(root.get("object"));
        if (root.path("context").get("contextActivities") instanceof ObjectNode activities) {
            activities.forEach(StatementComparison::withoutDefinition);
        }
        return root;
    }

    /** Drops the definition of an activity, or of each activity of a list. */
    private static void withoutDefinition(JsonNode activity) {
        if (activity == null) {
            return;
        }
        if (activity.isArray()) {
            activity.forEach(StatementComparison::withoutDefinition);
        } else if (activity instanceof ObjectNode object
                && (!object.has("objectType")
                        || "Activity".equals(object.path("objectType").asText()))) {
            object.remove("definition");
        }
    }

    /** Writes JSON with object members sorted by name, group members sorted, e-mail domains lower-cased. */
    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                if ("mbox".equals(field.getKey())
                        && value.isTextual()
                        && Ifi.MBOX.matcher(value.asText()).matches()) {
                    value = TextNode.valueOf(Ifi.mbox(value.asText()).value());
                }
                sorted.put(field.getKey(), value);
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> field : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(TextNode.valueOf(field.getKey())).append(':');
                if ("member".equals(field.getKey()) && field.getValue().isArray()) {
                    writeUnordered(field.getValue(), out);
                } else {
                    write(field.getValue(), out);
                }
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(node);
        }
    }

    private static void writeUnordered(JsonNode array, StringBuilder out) {
        List<String> members = new ArrayList<>();
        for (JsonNode member : array) {
            StringBuilder one = new StringBuilder();
            write(member, one);
            members.add(one.toString());
        }
        members.sort(null);
        out.append('[').append(String.join(",", members)).append(']');
    }
}
