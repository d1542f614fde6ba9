package org.proficio.competency.casepackage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.proficio.competency.framework.Association;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.rubric.Rubric;
import org.proficio.competency.rubric.RubricCriterion;
import org.proficio.competency.rubric.RubricLevel;

/**
 * The CASE 1.0 JSON of the stored catalog: CFDocument, CFItem, CFAssociation, CFRubric, the definitions and whole
 * CFPackages. Values the CASE schema requires but a row lacks are derived (a uri under {@code baseUri}, the
 * document's change time, the district as creator); fields without a column come back from {@code case_extra}. The
 * output of an imported package imports again to the same rows, which is what makes import and export lossless.
 */
public final class CaseJson {

    /** Path of the CASE REST API under the base URI. */
    public static final String API_PATH = "/ims/case/v1p0/";

    public static final String DOCUMENTS = "CFDocuments";
    public static final String PACKAGES = "CFPackages";
    public static final String ITEMS = "CFItems";
    public static final String ASSOCIATIONS = "CFAssociations";
    public static final String RUBRICS = "CFRubrics";
    public static final String CRITERIA = "CFRubricCriteria";
    public static final String LEVELS = "CFRubricCriterionLevels";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final OffsetDateTime EPOCH = Instant.EPOCH.atOffset(ZoneOffset.UTC);

    private CaseJson() {}

    /** The CFDocument of a framework. */
    public static ObjectNode document(Framework f, String baseUri) {
        ObjectNode doc = NODES.objectNode();
        doc.put("identifier", f.identifier);
        doc.put("uri", documentUri(f, baseUri));
        doc.set("CFPackageURI", linkUri(f.title, f.identifier, defaultUri(baseUri, PACKAGES, f.identifier)));
        doc.put("creator", f.creator != null ? f.creator : f.publisher != null ? f.publisher : f.district);
        doc.put("title", f.title);
        doc.put("lastChangeDateTime", dateTime(documentLastChange(f)));
        putIfPresent(doc, "officialSourceURL", f.sourceUri);
        putIfPresent(doc, "publisher", f.publisher);
        putIfPresent(doc, "description", f.description);
        List<String> subjects = f.subjects.isEmpty() && f.subject != null ? List.of(f.subject) : f.subjects;
        putIfPresent(doc, "subject", subjects);
        putIfPresent(doc, "language", f.language);
        putIfPresent(doc, "version", f.version);
        putIfPresent(doc, "adoptionStatus", f.adoptionStatus);
        putIfPresent(doc, "statusStartDate", f.statusStartDate);
        putIfPresent(doc, "statusEndDate", f.statusEndDate);
        JsonNode licence = licenseLink(f.licence);
        if (licence != null) {
            doc.set("licenseURI", licence);
        }
        putIfPresent(doc, "notes", f.notes);
        putIfPresent(doc, "educationLevel", f.educationLevels);
        addExtra(doc, f.caseExtra);
        return doc;
    }

    /** The CFItem of a competency of framework {@code f}. */
    public static ObjectNode item(Competency c, Framework f, String baseUri) {
        ObjectNode item = NODES.objectNode();
        item.put("identifier", c.identifier);
        item.put("uri", uri(c.uri, baseUri, ITEMS, c.identifier));
        item.put("fullStatement", c.statement);
        putIfPresent(item, "alternativeLabel", c.alternativeLabel);
        putIfPresent(item, "CFItemType", c.itemType);
        putIfPresent(item, "humanCodingScheme", c.code);
        putIfPresent(item, "listEnumeration", c.listEnumeration);
        putIfPresent(item, "abbreviatedStatement", c.abbreviatedStatement);
        putIfPresent(item, "conceptKeywords", c.keywords);
        putIfPresent(item, "notes", c.notes);
        putIfPresent(item, "language", c.language);
        putIfPresent(item, "educationLevel", c.educationLevels);
        item.put("lastChangeDateTime", dateTime(c.lastChange != null ? c.lastChange : documentLastChange(f)));
        item.set("CFDocumentURI", documentLink(f, baseUri));
        addExtra(item, c.caseExtra);
        return item;
    }

    /** The CFAssociation of an association of framework {@code f}. */
    public static ObjectNode association(Association a, Framework f, String baseUri) {
        ObjectNode association = NODES.objectNode();
        association.put("identifier", a.identifier);
        association.put("uri", uri(a.uri, baseUri, ASSOCIATIONS, a.identifier));
        association.put("associationType", a.type);
        if (a.sequenceNumber != null) {
            association.put("sequenceNumber", a.sequenceNumber);
        }
        association.set("originNodeURI", node(a.originTitle, a.originIdentifier, a.originUri, f, baseUri));
        association.set(
                "destinationNodeURI", node(a.destinationTitle, a.destinationIdentifier, a.destinationUri, f, baseUri));
        association.put("lastChangeDateTime", dateTime(a.lastChange != null ? a.lastChange : documentLastChange(f)));
        association.set("CFDocumentURI", documentLink(f, baseUri));
        addExtra(association, a.caseExtra);
        return association;
    }

    /** The CFRubric with its criteria and their levels (all three must be loaded). */
    public static ObjectNode rubric(Rubric r, String baseUri) {
        OffsetDateTime rubricChange = r.lastChange != null ? r.lastChange : EPOCH;
        ObjectNode rubric = NODES.objectNode();
        rubric.put("identifier", r.identifier);
        rubric.put("uri", uri(r.uri, baseUri, RUBRICS, r.identifier));
        putIfPresent(rubric, "title", r.title);
        putIfPresent(rubric, "description", r.description);
        rubric.put("lastChangeDateTime", dateTime(rubricChange));
        ArrayNode criteria = rubric.putArray("CFRubricCriteria");
        for (RubricCriterion c : r.criteria) {
            OffsetDateTime criterionChange = c.lastChange != null ? c.lastChange : rubricChange;
            ObjectNode criterion = criteria.addObject();
            criterion.put("identifier", c.identifier);
            criterion.put("uri", uri(c.uri, baseUri, CRITERIA, c.identifier));
            putIfPresent(criterion, "category", c.category);
            putIfPresent(criterion, "description", c.description);
            if (c.itemIdentifier != null) {
                criterion.set(
                        "CFItemURI",
                        linkUri(c.itemTitle, c.itemIdentifier, uri(c.itemUri, baseUri, ITEMS, c.itemIdentifier)));
            }
            putIfPresent(criterion, "weight", c.weight);
            criterion.put("position", c.position);
            criterion.put("rubricId", r.identifier);
            criterion.put("lastChangeDateTime", dateTime(criterionChange));
            ArrayNode levels = criterion.putArray("CFRubricCriterionLevels");
            for (RubricLevel l : c.levels) {
                ObjectNode level = levels.addObject();
                level.put("identifier", l.identifier);
                level.put("uri", uri(l.uri, baseUri, LEVELS, l.identifier));
                putIfPresent(level, "description", l.description);
                putIfPresent(level, "quality", l.quality);
                putIfPresent(level, "score", l.score);
                putIfPresent(level, "feedback", l.feedback);
                level.put("position", l.position);
                level.put("rubricCriterionId", c.identifier);
                level.put("lastChangeDateTime", dateTime(l.lastChange != null ? l.lastChange : criterionChange));
            }
        }
        return rubric;
    }

    /** The stored JSON of a definition (CFItemType, CFSubject, CFConcept, CFLicense, CFAssociationGrouping). */
    public static ObjectNode definition(CaseDefinition d) {
        return object(d.body);
    }

    /** The {@code CFDefinitions} object of a package: the five lists, each in stored order. */
    public static ObjectNode definitions(Collection<CaseDefinition> definitions) {
        ObjectNode lists = NODES.objectNode();
        for (CaseDefinition.Kind kind : CaseDefinition.Kind.values()) {
            lists.putArray(kind.listName);
        }
        definitions.stream()
                .sorted(java.util.Comparator.comparing((CaseDefinition d) -> d.kind)
                        .thenComparingInt(d -> d.position))
                .forEach(d -> ((ArrayNode) lists.get(d.kind.listName)).add(definition(d)));
        return lists;
    }

    /**
     * A whole CFPackage: the document, its items and associations in stored order, the definitions and the rubrics
     * (with criteria and levels loaded).
     */
    public static ObjectNode cfPackage(
            Framework f,
            List<Competency> items,
            List<Association> associations,
            Collection<CaseDefinition> definitions,
            List<Rubric> rubrics,
            String baseUri) {
        ObjectNode pkg = NODES.objectNode();
        pkg.set("CFDocument", document(f, baseUri));
        ArrayNode cfItems = pkg.putArray("CFItems");
        items.forEach(c -> cfItems.add(item(c, f, baseUri)));
        ArrayNode cfAssociations = pkg.putArray("CFAssociations");
        associations.forEach(a -> cfAssociations.add(association(a, f, baseUri)));
        pkg.set("CFDefinitions", definitions(definitions));
        ArrayNode cfRubrics = pkg.putArray("CFRubrics");
        rubrics.forEach(r -> cfRubrics.add(rubric(r, baseUri)));
        return pkg;
    }

    /** A CASE LinkURI: {@code {title, identifier, uri}}; a null title becomes the empty string. */
    public static ObjectNode linkUri(String title, String identifier, String uri) {
        ObjectNode link = NODES.objectNode();
        link.put("title", title == null ? "" : title);
        link.put("identifier", identifier);
        link.put("uri", uri);
        return link;
    }

    /** The stored uri, or the one this server gives the object: {@code baseUri/ims/case/v1p0/<collection>/<id>}. */
    public static String uri(String stored, String baseUri, String collection, String identifier) {
        return stored != null ? stored : defaultUri(baseUri, collection, identifier);
    }

    /** {@code baseUri/ims/case/v1p0/<collection>/<identifier>}. */
    public static String defaultUri(String baseUri, String collection, String identifier) {
        String base = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
        return base + API_PATH + collection + "/" + identifier;
    }

    /** A CASE dateTime: UTC with an explicit offset, e.g. {@code 2017-05-25T18:05:33+00:00}. */
    public static String dateTime(OffsetDateTime time) {
        return LOCAL.format(time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()) + "+00:00";
    }

    /** When the framework last changed as CASE sees it: its own stamp, else when it was published or created. */
    public static OffsetDateTime documentLastChange(Framework f) {
        if (f.lastChange != null) {
            return f.lastChange;
        }
        if (f.publishedAt != null) {
            return f.publishedAt;
        }
        return f.createdAt != null ? f.createdAt : EPOCH;
    }

    private static String documentUri(Framework f, String baseUri) {
        return uri(f.uri, baseUri, DOCUMENTS, f.identifier);
    }

    private static ObjectNode documentLink(Framework f, String baseUri) {
        return linkUri(f.title, f.identifier, documentUri(f, baseUri));
    }

    /** A LinkGenURI of an association end: the document, an item of this server, or something outside. */
    private static ObjectNode node(String title, String identifier, String uri, Framework f, String baseUri) {
        String resolved = uri;
        if (resolved == null) {
            resolved =
                    identifier.equals(f.identifier) ? documentUri(f, baseUri) : defaultUri(baseUri, ITEMS, identifier);
        }
        return linkUri(title, identifier, resolved);
    }

    private static JsonNode licenseLink(String licence) {
        if (licence == null || !licence.startsWith("{")) {
            return null;
        }
        try {
            JsonNode link = JSON.readTree(licence);
            return link.isObject() ? link : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static void addExtra(ObjectNode target, String caseExtra) {
        if (caseExtra == null || caseExtra.isBlank()) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : object(caseExtra).properties()) {
            if (!target.has(field.getKey())) {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private static ObjectNode object(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (!node.isObject()) {
                throw new IllegalStateException("stored CASE JSON is not an object: " + json);
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored CASE JSON is unreadable", e);
        }
    }

    private static void putIfPresent(ObjectNode target, String field, String value) {
        if (value != null) {
            target.put(field, value);
        }
    }

    private static void putIfPresent(ObjectNode target, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            ArrayNode array = target.putArray(field);
            values.forEach(array::add);
        }
    }

    /** Numbers as JSON doubles (CASE's float), so that 3 and 3.0 and 3.00 from the database read the same. */
    private static void putIfPresent(ObjectNode target, String field, BigDecimal value) {
        if (value != null) {
            target.put(field, value.doubleValue());
        }
    }
}
