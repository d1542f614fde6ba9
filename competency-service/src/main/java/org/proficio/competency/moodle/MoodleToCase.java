package org.proficio.competency.moodle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.NameBasedGenerator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.proficio.competency.framework.Cycles;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * Turns a Moodle framework into a CASE 1.0 CFPackage. Identifiers are name-based UUIDs (v5) of {@code moodle:} +
 * the framework's ID number (+ {@code :} + the competency's ID number), so a re-import of the same file names the
 * same objects. Rows may come in any order (a parent after its children); a parent or cross-reference that names
 * no row is reported and left out, but parents that form a cycle make the file unusable (422), as do missing or
 * repeated ID numbers.
 */
final class MoodleToCase {

    static final String CREATOR = "Moodle";

    private static final NameBasedGenerator UUIDS = Generators.nameBasedGenerator(NameBasedGenerator.NAMESPACE_URL);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> TEXT_FORMATS = Set.of("2", "4"); // FORMAT_PLAIN, FORMAT_MARKDOWN

    private final MoodleFile file;
    private final String frameworkIdNumber;
    private final Map<String, MoodleRow> rows = new LinkedHashMap<>();
    private final Map<String, String> parentOf = new LinkedHashMap<>();
    private final List<RowIssue> issues = new ArrayList<>();
    private ObjectNode document;

    private MoodleToCase(MoodleFile file) {
        this.file = file;
        this.frameworkIdNumber = file.framework().idNumber();
    }

    /**
     * The CFPackage, the scale and the issues of one file; 422 when the rows cannot make a framework tree. The
     * objects get their lastChangeDateTime from {@link MoodleStamps}.
     */
    static MoodleConversion convert(MoodleFile file) {
        return new MoodleToCase(file).convert();
    }

    /** The CFDocument identifier a Moodle framework with this ID number gets. */
    static String frameworkIdentifier(String frameworkIdNumber) {
        return uuid("moodle:" + frameworkIdNumber);
    }

    private MoodleConversion convert() {
        checkIdentity();
        List<MoodleScale.Level> scale = MoodleScale.of(file.framework());
        resolveParents();
        checkNoCycle();
        ObjectNode cfPackage = NODES.objectNode();
        document = document();
        cfPackage.set("CFDocument", document);
        ArrayNode items = cfPackage.putArray("CFItems");
        ArrayNode associations = cfPackage.putArray("CFAssociations");
        treeInOrder().forEach(node -> {
            items.add(item(node));
            associations.add(childOf(node));
        });
        relations().forEach(associations::add);
        rows.values().forEach(this::noteWhatIsLeftOut);
        return new MoodleConversion(document.get("identifier").asText(), cfPackage, scale, List.copyOf(issues));
    }

    private void checkIdentity() {
        List<FieldError> errors = new ArrayList<>();
        MoodleRow framework = file.framework();
        if (framework.idNumber().isEmpty()) {
            errors.add(new FieldError(
                    MoodleCsv.field(framework.row(), MoodleColumn.ID_NUMBER),
                    "is empty; the framework's ID number identifies it across imports."));
        }
        if (framework.shortName().isEmpty()) {
            errors.add(new FieldError(
                    MoodleCsv.field(framework.row(), MoodleColumn.SHORT_NAME),
                    "is empty; it is the framework's title."));
        }
        for (MoodleRow row : file.competencies()) {
            if (row.idNumber().isEmpty()) {
                errors.add(new FieldError(MoodleCsv.field(row.row(), MoodleColumn.ID_NUMBER), "is empty."));
                continue;
            }
            if (row.shortName().isEmpty()) {
                errors.add(new FieldError(MoodleCsv.field(row.row(), MoodleColumn.SHORT_NAME), "is empty."));
            }
            MoodleRow first = rows.putIfAbsent(row.idNumber(), row);
            if (first != null) {
                errors.add(new FieldError(
                        MoodleCsv.field(row.row(), MoodleColumn.ID_NUMBER),
                        "repeats \"" + row.idNumber() + "\" of row " + first.row() + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    422,
                    "moodle-rows",
                    "Unusable Moodle rows",
                    "Every row needs an ID number of its own and a short name.",
                    errors);
        }
    }

    private void resolveParents() {
        for (MoodleRow row : rows.values()) {
            String parent = row.parentIdNumber();
            if (parent.isEmpty() || (parent.equals(frameworkIdNumber) && !rows.containsKey(parent))) {
                parentOf.put(row.idNumber(), null);
            } else if (rows.containsKey(parent)) {
                parentOf.put(row.idNumber(), parent);
            } else {
                issue(
                        row,
                        MoodleColumn.PARENT_ID_NUMBER,
                        "names no competency of the file (\"" + parent + "\"); imported as a top-level competency.");
                parentOf.put(row.idNumber(), null);
            }
        }
    }

    private void checkNoCycle() {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        parentOf.forEach((child, parent) -> edges.put(child, parent == null ? List.of() : List.of(parent)));
        Cycles.find(edges).ifPresent(cycle -> {
            throw new ProblemException(
                    422,
                    "invalid-tree",
                    "Invalid competency tree",
                    "The parents of some competencies form a cycle: " + String.join(" -> ", cycle) + ".",
                    List.of(new FieldError(
                            MoodleCsv.field(rows.get(cycle.get(0)).row(), MoodleColumn.PARENT_ID_NUMBER),
                            "parents form a cycle: " + String.join(" -> ", cycle))));
        });
    }

    /** Node of the tree as visited depth-first, siblings in file order. */
    private record Node(MoodleRow row, int depth, int sequence) {}

    private List<Node> treeInOrder() {
        Map<String, List<MoodleRow>> children = new LinkedHashMap<>();
        List<MoodleRow> roots = new ArrayList<>();
        for (MoodleRow row : rows.values()) {
            String parent = parentOf.get(row.idNumber());
            if (parent == null) {
                roots.add(row);
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(row);
            }
        }
        List<Node> order = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        pushReversed(stack, roots, 1);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            order.add(node);
            pushReversed(stack, children.getOrDefault(node.row().idNumber(), List.of()), node.depth() + 1);
        }
        return order;
    }

    private static void pushReversed(Deque<Node> stack, List<MoodleRow> siblings, int depth) {
        for (int i = siblings.size() - 1; i >= 0; i--) {
            stack.push(new Node(siblings.get(i), depth, i + 1));
        }
    }

    private ObjectNode document() {
        MoodleRow framework = file.framework();
        String identifier = frameworkIdentifier(frameworkIdNumber);
        ObjectNode doc = NODES.objectNode();
        doc.put("identifier", identifier);
        doc.put("uri", "urn:uuid:" + identifier);
        doc.put("creator", CREATOR);
        doc.put("title", framework.shortName());
        String description = text(framework);
        if (!description.isEmpty()) {
            doc.put("description", description);
        }
        doc.put("notes", "Imported from a Moodle competency framework (ID number " + frameworkIdNumber + ").");
        doc.set("extensions", extensions(framework));
        return doc;
    }

    /**
     * What CASE 1.0 has no field for, kept with the document (and so in its content): the Moodle ID number, the
     * scale as Moodle wrote it, and the taxonomy terms per level.
     */
    private static ObjectNode extensions(MoodleRow framework) {
        ObjectNode moodle = NODES.objectNode();
        moodle.put("idNumber", framework.idNumber());
        moodle.put("scaleValues", framework.scaleValues());
        moodle.put("scaleConfiguration", framework.scaleConfiguration());
        ArrayNode taxonomies = moodle.putArray("taxonomies");
        framework.taxonomies().forEach(taxonomies::add);
        ObjectNode extensions = NODES.objectNode();
        extensions.set("moodle", moodle);
        return extensions;
    }

    private ObjectNode item(Node node) {
        MoodleRow row = node.row();
        ObjectNode item = NODES.objectNode();
        String identifier = itemIdentifier(row.idNumber());
        item.put("identifier", identifier);
        item.put("uri", "urn:uuid:" + identifier);
        String description = text(row);
        item.put("fullStatement", description.isEmpty() ? row.shortName() : description);
        item.put("abbreviatedStatement", row.shortName());
        item.put("humanCodingScheme", row.idNumber());
        List<String> taxonomies = file.framework().taxonomies();
        if (node.depth() <= taxonomies.size()) {
            item.put("CFItemType", capitalized(taxonomies.get(node.depth() - 1)));
        }
        item.set("CFDocumentURI", link(document));
        return item;
    }

    private ObjectNode childOf(Node node) {
        MoodleRow row = node.row();
        String parent = parentOf.get(row.idNumber());
        ObjectNode destination = parent == null ? link(document) : link(rows.get(parent));
        return association(
                uuid("moodle:" + frameworkIdNumber + ":isChildOf:" + row.idNumber()),
                "isChildOf",
                link(row),
                destination,
                node.sequence());
    }

    /** One isRelatedTo per pair of cross-referenced competencies (Moodle lists each pair on both rows). */
    private List<ObjectNode> relations() {
        List<ObjectNode> relations = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (MoodleRow row : rows.values()) {
            for (String other : row.related()) {
                if (other.equals(row.idNumber())) {
                    issue(row, MoodleColumn.RELATED_ID_NUMBERS, "names the competency itself; left out.");
                } else if (!rows.containsKey(other)) {
                    issue(
                            row,
                            MoodleColumn.RELATED_ID_NUMBERS,
                            "names no competency of the file (\"" + other + "\"); left out.");
                } else {
                    String pair = row.idNumber().compareTo(other) < 0
                            ? row.idNumber() + ":" + other
                            : other + ":" + row.idNumber();
                    if (pairs.add(pair)) {
                        relations.add(association(
                                uuid("moodle:" + frameworkIdNumber + ":isRelatedTo:" + pair),
                                "isRelatedTo",
                                link(row),
                                link(rows.get(other)),
                                null));
                    }
                }
            }
        }
        return relations;
    }

    private ObjectNode association(
            String identifier, String type, ObjectNode origin, ObjectNode destination, Integer sequence) {
        ObjectNode association = NODES.objectNode();
        association.put("identifier", identifier);
        association.put("uri", "urn:uuid:" + identifier);
        association.put("associationType", type);
        association.set("originNodeURI", origin);
        association.set("destinationNodeURI", destination);
        if (sequence != null) {
            association.put("sequenceNumber", sequence);
        }
        association.set("CFDocumentURI", link(document));
        return association;
    }

    private void noteWhatIsLeftOut(MoodleRow row) {
        if (!row.scaleValues().isEmpty()
                && !row.scaleValues().equals(file.framework().scaleValues())) {
            issue(
                    row,
                    MoodleColumn.SCALE_VALUES,
                    "gives the competency its own scale (" + row.scaleValues()
                            + "); every competency is judged on the framework's scale.");
        }
        if (!row.ruleType().isEmpty()) {
            issue(
                    row,
                    MoodleColumn.RULE_TYPE,
                    "sets a completion rule (" + row.ruleType() + "); not imported: mastery is decided from evidence.");
        }
    }

    private ObjectNode link(MoodleRow row) {
        String identifier = itemIdentifier(row.idNumber());
        ObjectNode link = NODES.objectNode();
        link.put("title", row.shortName());
        link.put("identifier", identifier);
        link.put("uri", "urn:uuid:" + identifier);
        return link;
    }

    private static ObjectNode link(ObjectNode node) {
        ObjectNode link = NODES.objectNode();
        link.put("title", node.get("title").asText());
        link.put("identifier", node.get("identifier").asText());
        link.put("uri", node.get("uri").asText());
        return link;
    }

    private String itemIdentifier(String idNumber) {
        return uuid("moodle:" + frameworkIdNumber + ":" + idNumber);
    }

    /** The description as text: HTML (Moodle's formats 0 and 1) made plain, plain text and Markdown kept. */
    private static String text(MoodleRow row) {
        if (row.description().isEmpty()) {
            return "";
        }
        return TEXT_FORMATS.contains(row.descriptionFormat()) ? row.description() : HtmlText.plain(row.description());
    }

    private void issue(MoodleRow row, MoodleColumn column, String issue) {
        issues.add(new RowIssue(row.row(), row.idNumber(), column.header(), issue));
    }

    private static String capitalized(String term) {
        return term.isEmpty() ? term : term.substring(0, 1).toUpperCase(Locale.ROOT) + term.substring(1);
    }

    private static String uuid(String name) {
        return UUIDS.generate(name).toString();
    }
}
