package org.proficio.competency.casepackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.proficio.platform.problem.Problem.FieldError;

/**
 * The state of reading one package: what could not be taken as given (issues, reported) and what makes it no CASE
 * package at all (errors, refused), and the lenient readers of single values that record both.
 */
final class PackageReading {

    final String baseUri;
    final List<ImportReport.Issue> issues = new ArrayList<>();
    final List<FieldError> errors = new ArrayList<>();
    final List<FieldError> duplicates = new ArrayList<>();
    private final java.util.Map<String, String> firstPath = new java.util.HashMap<>();

    PackageReading(String baseUri) {
        this.baseUri = baseUri;
    }

    void issue(String path, String identifier, String message) {
        issues.add(new ImportReport.Issue(path, identifier, message));
    }

    void error(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    /** An optional text: any scalar is taken as text; a list or object is dropped and reported. */
    String text(JsonNode object, String field, String path, String identifier) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        issue(path + "." + field, identifier, "is " + kind(value) + ", not a text; dropped");
        return null;
    }

    /** A text the object cannot do without: a list or object there is an error; null when missing. */
    String requiredText(JsonNode object, String field, String path) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        error(path + "." + field, "must be a text, not " + kind(value));
        return null;
    }

    /**
     * A list of texts given as a list or as one text; with {@code splitCommas} a text like {@code "09,10"} is two
     * values. Empty values are left out, duplicates kept once.
     */
    List<String> texts(JsonNode value, String path, String identifier, boolean splitCommas) {
        Set<String> values = new LinkedHashSet<>();
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                JsonNode element = value.get(i);
                if (element.isValueNode() && !element.isNull()) {
                    add(values, element.asText(), false);
                } else if (!element.isNull()) {
                    issue(path + "[" + i + "]", identifier, "is " + kind(element) + ", not a text; dropped");
                }
            }
        } else if (value.isValueNode()) {
            add(values, value.asText(), splitCommas);
        } else {
            issue(path, identifier, "is " + kind(value) + ", not a text or a list of texts; dropped");
        }
        return new ArrayList<>(values);
    }

    /** {@code lastChangeDateTime}: without an offset taken as UTC; unreadable or missing gives the fallback. */
    OffsetDateTime lastChange(JsonNode object, String path, String identifier, OffsetDateTime fallback) {
        String text = text(object, "lastChangeDateTime", path, identifier);
        if (text == null) {
            return fallback;
        }
        Optional<OffsetDateTime> time = CaseValues.dateTime(text);
        if (time.isEmpty()) {
            issue(path + ".lastChangeDateTime", identifier, "is not a date-time: " + text + "; replaced");
        }
        return time.orElse(fallback);
    }

    /** A CASE date field (statusStartDate, statusEndDate): a date or a date-time, else dropped and reported. */
    String date(JsonNode object, String field, String path, String identifier) {
        String text = text(object, field, path, identifier);
        if (text == null) {
            return null;
        }
        Optional<String> date = CaseValues.dateOrDateTime(text);
        if (date.isEmpty()) {
            issue(path + "." + field, identifier, "is not a date: " + text + "; dropped");
        }
        return date.orElse(null);
    }

    /** An integer given as a number or a text (sequenceNumber, position); anything else dropped and reported. */
    Integer integer(JsonNode object, String field, String path, String identifier) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        BigDecimal number = decimalOrNull(value);
        if (number != null) {
            try {
                return number.stripTrailingZeros().intValueExact();
            } catch (ArithmeticException e) {
                // not a whole number of int size: reported below
            }
        }
        issue(path + "." + field, identifier, "is not a whole number: " + value + "; dropped");
        return null;
    }

    /** A number given as a number or a text (weight, score); anything else dropped and reported. */
    BigDecimal decimal(JsonNode object, String field, String path, String identifier) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        BigDecimal number = decimalOrNull(value);
        if (number == null) {
            issue(path + "." + field, identifier, "is not a number: " + value + "; dropped");
        }
        return number;
    }

    /**
     * A CASE LinkURI ({@code {title, identifier, uri}}) as the schema wants it: the identifier a UUID (converted
     * when not), the uri absolute. Also taken: a plain URI text. Unusable values are dropped and reported.
     *
     * @param collection where this server would serve the linked object, for a link without a usable uri
     */
    ObjectNode link(JsonNode value, String path, String identifier, String collection) {
        if (value.isTextual()) {
            String uri = value.asText().strip();
            if (CaseValues.isAbsoluteUri(uri)) {
                return CaseJson.linkUri("", CaseValues.idOfUri(uri), uri);
            }
            issue(path, identifier, "is neither a link object nor an absolute URI; dropped");
            return null;
        }
        if (!value.isObject()) {
            issue(path, identifier, "is " + kind(value) + ", not a link {title, identifier, uri}; dropped");
            return null;
        }
        String title = text(value, "title", path, identifier);
        String givenId = text(value, "identifier", path, identifier);
        String givenUri = text(value, "uri", path, identifier);
        boolean uriUsable = CaseValues.isAbsoluteUri(givenUri);
        String linked = givenId != null && !givenId.isBlank()
                ? CaseValues.caseId(givenId.strip())
                : uriUsable ? CaseValues.idOfUri(givenUri) : null;
        if (linked == null) {
            issue(path, identifier, "names no identifier; dropped");
            return null;
        }
        String uri = uriUsable
                ? givenUri
                : CaseValues.isAbsoluteUri(givenId) ? givenId : CaseJson.defaultUri(baseUri, collection, linked);
        return CaseJson.linkUri(title, linked, uri);
    }

    /** An object's identifier as given and as stored. */
    record Identifier(String original, String id) {}

    /**
     * The identifier of a package object: a UUID as given, anything else converted to its name-based UUID (reported).
     * Missing: reported, and null (the caller skips the object); a list or object: an error.
     */
    Identifier identifier(JsonNode object, String path) {
        int errorsBefore = errors.size();
        String original = requiredText(object, "identifier", path);
        if (original == null || original.isBlank()) {
            if (errors.size() == errorsBefore) {
                issue(path + ".identifier", null, "is missing; the object is skipped");
            }
            return null;
        }
        original = original.strip();
        String id = CaseValues.caseId(original);
        if (!id.equals(original)) {
            issue(path + ".identifier", id, "is not a UUID (" + original + "); stored as its name-based UUID " + id);
        }
        return new Identifier(original, id);
    }

    /**
     * The uri of a package object: as given when it is an absolute URI; else the original identifier when that was
     * a URI; else the uri this server gives it.
     */
    String objectUri(JsonNode object, String path, Identifier identifier, String collection) {
        String given = text(object, "uri", path, identifier.id());
        if (given != null) {
            given = given.strip();
            if (CaseValues.isAbsoluteUri(given)) {
                return given;
            }
            issue(path + ".uri", identifier.id(), "is not an absolute URI (" + given + "); replaced");
        }
        if (!identifier.id().equals(identifier.original()) && CaseValues.isAbsoluteUri(identifier.original())) {
            return identifier.original();
        }
        return CaseJson.defaultUri(baseUri, collection, identifier.id());
    }

    /** Whether {@code id} is new in its scope; a repeat is recorded as a duplicate (refused with 422). */
    boolean unique(String scope, String id, String path) {
        String first = firstPath.putIfAbsent(scope + "\n" + id, path);
        if (first != null) {
            duplicates.add(new FieldError(path + ".identifier", "duplicates the identifier " + id + " of " + first));
            return false;
        }
        return true;
    }

    /** The fields of {@code object} not in {@code known}, verbatim (nulls left out), or null when there are none. */
    static ObjectNode extra(JsonNode object, Set<String> known) {
        ObjectNode extra = null;
        for (var field : object.properties()) {
            if (!known.contains(field.getKey()) && !field.getValue().isNull()) {
                if (extra == null) {
                    extra = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
                }
                extra.set(field.getKey(), field.getValue());
            }
        }
        return extra;
    }

    static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a text";
            case NULL, MISSING -> "null";
            default -> "not JSON data";
        };
    }

    private static BigDecimal decimalOrNull(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static void add(Set<String> values, String text, boolean splitCommas) {
        if (splitCommas && text.indexOf(',') >= 0) {
            for (String part : text.split(",")) {
                add(values, part, false);
            }
            return;
        }
        String value = text.strip();
        if (!value.isEmpty()) {
            values.add(value);
        }
    }
}
