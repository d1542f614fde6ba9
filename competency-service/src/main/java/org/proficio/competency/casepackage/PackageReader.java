package org.proficio.competency.casepackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.proficio.competency.casepackage.PackageReading.Identifier;
import org.proficio.competency.framework.Association;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.rubric.Rubric;
import org.proficio.platform.problem.ProblemException;

/**
 * Reads a CFPackage into the rows it will be stored as, taking what real packages give (dates without a zone, URL
 * identifiers, misspelt or single-valued fields) and reporting what it cannot take. Refuses, before anything is
 * written, what cannot be a CASE package: 400 for a body that is no JSON object, 413 for too many objects, 422 for
 * wrong structure or types, duplicate identifiers, and cycles among isChildOf or among precedes.
 */
final class PackageReader {

    private static final Set<String> DOCUMENT_FIELDS = Set.of(
            "identifier",
            "uri",
            "creator",
            "title",
            "lastChangeDateTime",
            "officialSourceURL",
            "publisher",
            "description",
            "subject",
            "subjectURI",
            "language",
            "version",
            "adoptionStatus",
            "statusStartDate",
            "statusEndDate",
            "licenseURI",
            "notes",
            "CFPackageURI",
            "educationLevel",
            "educationalLevel");
    private static final Set<String> ITEM_FIELDS = Set.of(
            "identifier",
            "uri",
            "fullStatement",
            "alternativeLabel",
            "CFItemType",
            "humanCodingScheme",
            "listEnumeration",
            "abbreviatedStatement",
            "conceptKeywords",
            "conceptKeywordsURI",
            "notes",
            "language",
            "educationLevel",
            "educationalLevel",
            "CFItemTypeURI",
            "licenseURI",
            "statusStartDate",
            "statusEndDate",
            "lastChangeDateTime",
            "CFDocumentURI");
    private static final Set<String> ASSOCIATION_FIELDS = Set.of(
            "identifier",
            "uri",
            "associationType",
            "sequenceNumber",
            "originNodeURI",
            "destinationNodeURI",
            "CFAssociationGroupingURI",
            "lastChangeDateTime",
            "CFDocumentURI");
    private static final Set<String> PACKAGE_FIELDS =
            Set.of("CFDocument", "CFItems", "CFAssociations", "CFDefinitions", "CFRubrics");
    private static final String DEFAULT_VERSION = "1.0";

    /** Where an association end is: an item of the package, the package's document, or outside. */
    enum Place {
        ITEM,
        DOCUMENT,
        OUTSIDE
    }

    record End(String identifier, String uri, String title, Place place) {}

    record Link(Association association, End origin, End destination) {}

    private final PackageReading reading;
    private final OffsetDateTime now;
    private Framework framework;
    private String documentOriginal;
    /** Original and stored identifiers of the package's items, to their stored identifier. */
    private final Map<String, String> itemIds = new HashMap<>();

    private final Map<String, String> itemByUri = new HashMap<>();
    private final Map<String, Competency> items = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();

    private PackageReader(String baseUri, OffsetDateTime now) {
        this.reading = new PackageReading(baseUri);
        this.now = now;
    }

    /**
     * The package as it will be stored.
     *
     * @param baseUri the public base URI of the CASE API, for uris a package does not give
     * @param now the time of the import, for a document without lastChangeDateTime
     */
    static ImportedPackage read(JsonNode root, String baseUri, int maxObjects, OffsetDateTime now) {
        return new PackageReader(baseUri, now).read(root, maxObjects);
    }

    private ImportedPackage read(JsonNode root, int maxObjects) {
        if (root == null || !root.isObject()) {
            throw new ProblemException(
                    400,
                    "invalid-case-package",
                    "Not a CASE package",
                    "A CASE package is a JSON object with a CFDocument; the body is "
                            + (root == null ? "empty" : PackageReading.kind(root))
                            + ".",
                    List.of());
        }
        ArrayNode cfItems = list(root, "CFItems", maxObjects);
        ArrayNode cfAssociations = list(root, "CFAssociations", maxObjects);
        JsonNode document = root.get("CFDocument");
        if (document == null || !document.isObject()) {
            reading.error("CFDocument", document == null ? "is required" : "must be an object");
        } else {
            document(document);
        }
        refuseIfErrors();

        for (int i = 0; i < cfItems.size(); i++) {
            item(cfItems.get(i), "CFItems[" + i + "]");
        }
        for (int i = 0; i < cfAssociations.size(); i++) {
            association(cfAssociations.get(i), "CFAssociations[" + i + "]");
        }
        List<CaseDefinition> definitions =
                DefinitionsReader.read(root.get("CFDefinitions"), reading, framework.lastChange);
        List<Rubric> rubrics = RubricsReader.read(root.get("CFRubrics"), reading, framework.lastChange, itemIds);
        for (var field : root.properties()) {
            if (!PACKAGE_FIELDS.contains(field.getKey())) {
                reading.issue(field.getKey(), null, "is not part of a CASE 1.0 package; dropped");
            }
        }
        refuseIfErrors();
        if (!reading.duplicates.isEmpty()) {
            throw new ProblemException(
                    422,
                    "duplicate-identifiers",
                    "Duplicate identifiers",
                    "Identifiers must be unique within a package; " + reading.duplicates.size() + " are repeated.",
                    reading.duplicates);
        }
        PackageTree tree = PackageTree.of(items, links, reading);
        List<Association> associations = links.stream().map(Link::association).toList();
        int external = (int) links.stream()
                .filter(l ->
                        l.origin().place() == Place.OUTSIDE || l.destination().place() == Place.OUTSIDE)
                .count();
        return new ImportedPackage(
                framework,
                tree.ordered(),
                tree.parents(),
                associations,
                external,
                definitions,
                rubrics,
                List.copyOf(reading.issues));
    }

    private ArrayNode list(JsonNode root, String field, int maxObjects) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            reading.error(field, "must be a list, not " + PackageReading.kind(value));
            return JsonNodeFactory.instance.arrayNode();
        }
        if (value.size() > maxObjects) {
            throw new ProblemException(
                    413,
                    "package-too-large",
                    "Package too large",
                    field + " holds " + value.size() + " objects; at most " + maxObjects + " are taken in one package.",
                    List.of());
        }
        return (ArrayNode) value;
    }

    private void refuseIfErrors() {
        if (!reading.errors.isEmpty()) {
            throw new ProblemException(
                    422,
                    "invalid-case-package",
                    "Not a CASE package",
                    "The JSON is not a CASE package: " + reading.errors.size() + " problem(s), listed in errors.",
                    reading.errors);
        }
    }

    private void document(JsonNode doc) {
        String path = "CFDocument";
        String original = reading.requiredText(doc, "identifier", path);
        String title = reading.requiredText(doc, "title", path);
        if (original == null || original.isBlank()) {
            reading.error(path + ".identifier", "is required");
        }
        if (title == null || title.isBlank()) {
            reading.error(path + ".title", "is required");
        }
        if (!reading.errors.isEmpty()) {
            return;
        }
        Identifier identifier = reading.identifier(doc, path);
        documentOriginal = identifier.original();
        String id = identifier.id();
        reading.unique("item", id, path);

        Framework f = new Framework();
        framework = f;
        f.identifier = id;
        f.uri = reading.objectUri(doc, path, identifier, CaseJson.DOCUMENTS);
        f.title = title;
        f.creator = reading.text(doc, "creator", path, id);
        f.publisher = reading.text(doc, "publisher", path, id);
        f.description = reading.text(doc, "description", path, id);
        f.notes = reading.text(doc, "notes", path, id);
        f.language = reading.text(doc, "language", path, id);
        String version = reading.text(doc, "version", path, id);
        f.version = version == null || version.isBlank() ? DEFAULT_VERSION : version;
        f.adoptionStatus = reading.text(doc, "adoptionStatus", path, id);
        f.statusStartDate = reading.date(doc, "statusStartDate", path, id);
        f.statusEndDate = reading.date(doc, "statusEndDate", path, id);
        f.subjects = new ArrayList<>(reading.texts(doc.get("subject"), path + ".subject", id, false));
        f.subject = f.subjects.isEmpty() ? null : f.subjects.get(0);
        f.educationLevels = educationLevels(doc, path, id);
        String source = reading.text(doc, "officialSourceURL", path, id);
        if (source != null && !CaseValues.isAbsoluteUri(source.strip())) {
            reading.issue(path + ".officialSourceURL", id, "is not an absolute URI (" + source + "); dropped");
        } else if (source != null) {
            f.sourceUri = source.strip();
        }
        JsonNode licence = doc.get("licenseURI");
        if (licence != null && !licence.isNull()) {
            ObjectNode link = reading.link(licence, path + ".licenseURI", id, "CFLicenses");
            f.licence = link == null ? null : link.toString();
        }
        f.lastChange = reading.lastChange(doc, path, id, null);
        if (f.lastChange == null) {
            f.lastChange = CaseValues.utc(now);
            reading.issue(path + ".lastChangeDateTime", id, "is missing; set to the time of the import");
        }

        ObjectNode extra = JsonNodeFactory.instance.objectNode();
        JsonNode subjectUris = doc.get("subjectURI");
        if (subjectUris != null && !subjectUris.isNull()) {
            ArrayNode links = extra.putArray("subjectURI");
            List<JsonNode> given = new ArrayList<>();
            if (subjectUris.isArray()) {
                subjectUris.forEach(given::add);
            } else {
                given.add(subjectUris);
            }
            for (int i = 0; i < given.size(); i++) {
                ObjectNode link = reading.link(given.get(i), path + ".subjectURI[" + i + "]", id, "CFSubjects");
                if (link != null) {
                    links.add(link);
                }
            }
            if (links.isEmpty()) {
                extra.remove("subjectURI");
            }
        }
        f.caseExtra = withUnknown(extra, doc, DOCUMENT_FIELDS);
    }

    private void item(JsonNode node, String path) {
        if (!node.isObject()) {
            reading.error(path, "must be an object, not " + PackageReading.kind(node));
            return;
        }
        int errorsBefore = reading.errors.size();
        String statement = reading.requiredText(node, "fullStatement", path);
        Identifier identifier = reading.identifier(node, path);
        if (identifier == null || reading.errors.size() > errorsBefore) {
            return;
        }
        String id = identifier.id();
        if (statement == null || statement.isBlank()) {
            reading.issue(path + ".fullStatement", id, "is missing; the item is skipped");
            return;
        }
        if (!reading.unique("item", id, path)) {
            return;
        }
        Competency c = new Competency();
        c.identifier = id;
        c.uri = reading.objectUri(node, path, identifier, CaseJson.ITEMS);
        c.statement = statement;
        c.code = reading.text(node, "humanCodingScheme", path, id);
        c.alternativeLabel = reading.text(node, "alternativeLabel", path, id);
        c.itemType = reading.text(node, "CFItemType", path, id);
        c.listEnumeration = reading.text(node, "listEnumeration", path, id);
        c.abbreviatedStatement = reading.text(node, "abbreviatedStatement", path, id);
        c.notes = reading.text(node, "notes", path, id);
        c.language = reading.text(node, "language", path, id);
        c.keywords = new ArrayList<>(reading.texts(node.get("conceptKeywords"), path + ".conceptKeywords", id, false));
        c.educationLevels = educationLevels(node, path, id);
        c.lastChange = reading.lastChange(node, path, id, framework.lastChange);

        ObjectNode extra = JsonNodeFactory.instance.objectNode();
        putLink(extra, node, "CFItemTypeURI", path, id, "CFItemTypes");
        putLink(extra, node, "licenseURI", path, id, "CFLicenses");
        putLink(extra, node, "conceptKeywordsURI", path, id, "CFConcepts");
        putDate(extra, node, "statusStartDate", path, id);
        putDate(extra, node, "statusEndDate", path, id);
        c.caseExtra = withUnknown(extra, node, ITEM_FIELDS);

        items.put(id, c);
        itemIds.put(identifier.original(), id);
        itemIds.put(id, id);
        itemByUri.putIfAbsent(c.uri, id);
    }

    private void association(JsonNode node, String path) {
        if (!node.isObject()) {
            reading.error(path, "must be an object, not " + PackageReading.kind(node));
            return;
        }
        int errorsBefore = reading.errors.size();
        Identifier identifier = reading.identifier(node, path);
        String givenType = reading.requiredText(node, "associationType", path);
        End origin = end(node.get("originNodeURI"), path + ".originNodeURI", identifier);
        End destination = end(node.get("destinationNodeURI"), path + ".destinationNodeURI", identifier);
        if (identifier == null || reading.errors.size() > errorsBefore) {
            return;
        }
        String id = identifier.id();
        String type = type(givenType, path, id);
        if (type == null || origin == null || destination == null || !reading.unique("association", id, path)) {
            return;
        }
        Association a = new Association();
        a.identifier = id;
        a.uri = reading.objectUri(node, path, identifier, CaseJson.ASSOCIATIONS);
        a.type = type;
        a.sequenceNumber = reading.integer(node, "sequenceNumber", path, id);
        a.originIdentifier = origin.identifier();
        a.originUri = origin.uri();
        a.originTitle = origin.title();
        a.destinationIdentifier = destination.identifier();
        a.destinationUri = destination.uri();
        a.destinationTitle = destination.title();
        a.lastChange = reading.lastChange(node, path, id, framework.lastChange);
        a.position = links.size();

        ObjectNode extra = JsonNodeFactory.instance.objectNode();
        ObjectNode grouping = putLink(extra, node, "CFAssociationGroupingURI", path, id, "CFAssociationGroupings");
        a.groupingIdentifier =
                grouping == null ? null : grouping.get("identifier").asText();
        a.caseExtra = withUnknown(extra, node, ASSOCIATION_FIELDS);
        links.add(new Link(a, origin, destination));
    }

    private String type(String given, String path, String id) {
        if (given == null || given.isBlank()) {
            reading.issue(path + ".associationType", id, "is missing; the association is skipped");
            return null;
        }
        for (String type : Association.TYPES) {
            if (type.equalsIgnoreCase(given.strip())) {
                return type;
            }
        }
        reading.issue(
                path + ".associationType",
                id,
                "is not a CASE 1.0 association type (" + given + "); the association is skipped");
        return null;
    }

    /** An association end (a LinkGenURI, or a plain URI), placed in the package or outside it. */
    private End end(JsonNode value, String path, Identifier association) {
        String id = association == null ? null : association.id();
        if (value == null || value.isNull()) {
            reading.issue(path, id, "is missing; the association is skipped");
            return null;
        }
        String given;
        String givenUri;
        String title = null;
        if (value.isTextual()) {
            given = value.asText().strip();
            givenUri = given;
        } else if (value.isObject()) {
            given = reading.requiredText(value, "identifier", path);
            givenUri = reading.text(value, "uri", path, id);
            title = reading.text(value, "title", path, id);
            given = given == null || given.isBlank() ? null : given.strip();
            givenUri = givenUri == null ? null : givenUri.strip();
        } else {
            reading.error(path, "must be an object {title, identifier, uri}, not " + PackageReading.kind(value));
            return null;
        }
        String usableUri = CaseValues.isAbsoluteUri(givenUri) ? givenUri : null;
        String item = given == null ? null : itemIds.get(given);
        if (item == null && usableUri != null) {
            item = itemByUri.get(usableUri);
        }
        if (item != null) {
            return new End(item, usableUri != null ? usableUri : items.get(item).uri, title, Place.ITEM);
        }
        if ((given != null && (given.equals(documentOriginal) || given.equals(framework.identifier)))
                || (usableUri != null && usableUri.equals(framework.uri))) {
            return new End(framework.identifier, usableUri != null ? usableUri : framework.uri, title, Place.DOCUMENT);
        }
        String outside = given != null ? given : usableUri;
        if (outside == null) {
            reading.issue(path, id, "names neither an identifier nor a URI; the association is skipped");
            return null;
        }
        String uri = usableUri;
        if (uri == null) {
            uri = CaseValues.isAbsoluteUri(outside)
                    ? outside
                    : CaseJson.defaultUri(reading.baseUri, CaseJson.ITEMS, CaseValues.caseId(outside));
            reading.issue(path + ".uri", id, "is missing or not an absolute URI; " + uri + " is used");
        }
        return new End(outside, uri, title, Place.OUTSIDE);
    }

    private List<String> educationLevels(JsonNode node, String path, String id) {
        List<String> levels =
                new ArrayList<>(reading.texts(node.get("educationLevel"), path + ".educationLevel", id, true));
        for (String level : reading.texts(node.get("educationalLevel"), path + ".educationalLevel", id, true)) {
            if (!levels.contains(level)) {
                levels.add(level);
            }
        }
        return levels;
    }

    private ObjectNode putLink(
            ObjectNode extra, JsonNode node, String field, String path, String id, String collection) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        ObjectNode link = reading.link(value, path + "." + field, id, collection);
        if (link != null) {
            extra.set(field, link);
        }
        return link;
    }

    private void putDate(ObjectNode extra, JsonNode node, String field, String path, String id) {
        String date = reading.date(node, field, path, id);
        if (date != null) {
            extra.put(field, date);
        }
    }

    /** The normalised extra fields plus the unknown ones verbatim, as JSON text, or null when there are none. */
    private static String withUnknown(ObjectNode extra, JsonNode node, Set<String> known) {
        ObjectNode unknown = PackageReading.extra(node, known);
        if (unknown != null) {
            extra.setAll(unknown);
        }
        return extra.isEmpty() ? null : extra.toString();
    }
}
