package org.proficio.competency.casepackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.proficio.competency.framework.ScaleLevel;

/**
 * The content hash of a framework: SHA-256 of its CFPackage as this service exports it, keys sorted, without the
 * document's lastChangeDateTime (a new stamp alone is no new content). A package and the export of what it was
 * stored as have the same hash; that is how a re-import of published content is recognised as unchanged. The hash
 * of a published version is computed from its rows each time, never stored: nothing can make it stale.
 */
final class ContentHash {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ContentHash() {}

    static String of(ObjectNode cfPackage) {
        return of(cfPackage, null);
    }

    /** With the framework's scale as part of the content, when it is given (null: the package alone). */
    static String of(ObjectNode cfPackage, List<ScaleLevel> scale) {
        ObjectNode content = sorted(cfPackage);
        ((ObjectNode) content.get("CFDocument")).remove("lastChangeDateTime");
        if (scale != null) {
            ArrayNode levels = content.putArray("scale");
            for (ScaleLevel l : scale) {
                levels.add(sorted(NODES.objectNode()
                        .put("code", l.code)
                        .put("label", l.label)
                        .put("description", l.description)
                        .put("score", l.score == null ? null : l.score.doubleValue())
                        .put("proficient", l.proficient)
                        .put("defaultLevel", l.defaultLevel)));
            }
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
                JSON.writeValue(out, content);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String of(ImportedPackage p, String baseUri, List<ScaleLevel> scale) {
        return of(
                CaseJson.cfPackage(p.framework(), p.items(), p.associations(), p.definitions(), p.rubrics(), baseUri),
                scale);
    }

    /** A copy with the keys of every object in sorted order. */
    private static ObjectNode sorted(ObjectNode node) {
        Map<String, JsonNode> fields = new TreeMap<>();
        node.properties().forEach(e -> fields.put(e.getKey(), sortedAny(e.getValue())));
        return new ObjectNode(NODES, fields);
    }

    private static JsonNode sortedAny(JsonNode node) {
        if (node.isObject()) {
            return sorted((ObjectNode) node);
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode(node.size());
            node.forEach(element -> copy.add(sortedAny(element)));
            return copy;
        }
        return node;
    }
}
