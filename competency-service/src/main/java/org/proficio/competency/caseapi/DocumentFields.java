package org.proficio.competency.caseapi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a CASE 1.0 CFDocument, the names that {@code sort}, {@code filter} and {@code fields} of
 * {@code GET CFDocuments} accept. Link fields ({@code licenseURI}, {@code CFPackageURI}, each of {@code subjectURI})
 * are objects: filters and sorts name one of their parts, e.g. {@code subjectURI.title}.
 */
final class DocumentFields {

    /** How a field's value is shaped. */
    enum Shape {
        VALUE,
        LIST,
        LINK,
        LINK_LIST
    }

    static final Map<String, Shape> FIELDS = fields();

    private static final Set<String> LINK_PARTS = Set.of("identifier", "uri", "title");

    private DocumentFields() {}

    /** Whether {@code fields=} may name it: a top-level field. */
    static boolean selectable(String name) {
        return FIELDS.containsKey(name);
    }

    /** Whether a filter or sort may name it: a value or list field, or a part of a link field. */
    static boolean comparable(String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            Shape shape = FIELDS.get(path);
            return shape == Shape.VALUE || shape == Shape.LIST;
        }
        Shape shape = FIELDS.get(path.substring(0, dot));
        return (shape == Shape.LINK || shape == Shape.LINK_LIST) && LINK_PARTS.contains(path.substring(dot + 1));
    }

    private static Map<String, Shape> fields() {
        Map<String, Shape> fields = new LinkedHashMap<>();
        for (String name : new String[] {
            "identifier",
            "uri",
            "creator",
            "title",
            "lastChangeDateTime",
            "officialSourceURL",
            "publisher",
            "description",
            "language",
            "version",
            "adoptionStatus",
            "statusStartDate",
            "statusEndDate",
            "notes"
        }) {
            fields.put(name, Shape.VALUE);
        }
        fields.put("subject", Shape.LIST);
        fields.put("subjectURI", Shape.LINK_LIST);
        fields.put("licenseURI", Shape.LINK);
        fields.put("CFPackageURI", Shape.LINK);
        return Map.copyOf(fields);
    }
}
