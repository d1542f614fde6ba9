package org.proficio.competency.casepackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;
import org.proficio.competency.casepackage.PackageReading.Identifier;
import org.proficio.competency.rubric.Rubric;
import org.proficio.competency.rubric.RubricCriterion;
import org.proficio.competency.rubric.RubricLevel;

/**
 * Reads CFRubrics with their criteria and levels. A criterion's CFItemURI names its competency (by the item's
 * identifier or uri); criteria and levels are ordered by their {@code position}, then as given. Fields the rubric
 * tables have no column for are dropped and reported.
 */
final class RubricsReader {

    private static final Set<String> RUBRIC_FIELDS =
            Set.of("identifier", "uri", "title", "description", "lastChangeDateTime", "CFRubricCriteria");
    private static final Set<String> CRITERION_FIELDS = Set.of(
            "identifier",
            "uri",
            "category",
            "description",
            "CFItemURI",
            "weight",
            "position",
            "rubricId",
            "lastChangeDateTime",
            "CFRubricCriterionLevels");
    private static final Set<String> LEVEL_FIELDS = Set.of(
            "identifier",
            "uri",
            "description",
            "quality",
            "score",
            "feedback",
            "position",
            "rubricCriterionId",
            "lastChangeDateTime");

    private final PackageReading reading;
    private final Map<String, String> itemIds;

    private RubricsReader(PackageReading reading, Map<String, String> itemIds) {
        this.reading = reading;
        this.itemIds = itemIds;
    }

    /**
     * @param itemIds the package's item identifiers (original and stored) to the stored one
     */
    static List<Rubric> read(
            JsonNode rubrics, PackageReading reading, OffsetDateTime documentChange, Map<String, String> itemIds) {
        List<Rubric> read = new ArrayList<>();
        if (rubrics == null || rubrics.isNull()) {
            return read;
        }
        if (!rubrics.isArray()) {
            reading.error("CFRubrics", "must be a list, not " + PackageReading.kind(rubrics));
            return read;
        }
        RubricsReader reader = new RubricsReader(reading, itemIds);
        for (int i = 0; i < rubrics.size(); i++) {
            Rubric rubric = reader.rubric(rubrics.get(i), "CFRubrics[" + i + "]", documentChange);
            if (rubric != null) {
                rubric.position = read.size();
                read.add(rubric);
            }
        }
        return read;
    }

    private Rubric rubric(JsonNode node, String path, OffsetDateTime documentChange) {
        Identifier identifier = identified(node, path, "rubric");
        if (identifier == null) {
            return null;
        }
        String id = identifier.id();
        Rubric r = new Rubric();
        r.identifier = id;
        r.uri = reading.objectUri(node, path, identifier, CaseJson.RUBRICS);
        r.title = reading.text(node, "title", path, id);
        r.description = reading.text(node, "description", path, id);
        r.lastChange = reading.lastChange(node, path, id, documentChange);
        dropUnknown(node, RUBRIC_FIELDS, path, id);
        List<JsonNode> criteria = list(node, "CFRubricCriteria", path);
        for (int i = 0; i < criteria.size(); i++) {
            RubricCriterion c = criterion(criteria.get(i), path + ".CFRubricCriteria[" + i + "]", r);
            if (c != null) {
                c.rubric = r;
                r.criteria.add(c);
            }
        }
        order(r.criteria, c -> c.position, (c, p) -> c.position = p, path + ".CFRubricCriteria", id);
        return r;
    }

    private RubricCriterion criterion(JsonNode node, String path, Rubric rubric) {
        Identifier identifier = identified(node, path, "criterion\n" + rubric.identifier);
        if (identifier == null) {
            return null;
        }
        String id = identifier.id();
        RubricCriterion c = new RubricCriterion();
        c.identifier = id;
        c.uri = reading.objectUri(node, path, identifier, CaseJson.CRITERIA);
        c.category = reading.text(node, "category", path, id);
        c.description = reading.text(node, "description", path, id);
        c.weight = reading.decimal(node, "weight", path, id);
        Integer position = reading.integer(node, "position", path, id);
        c.position = position == null ? Integer.MIN_VALUE : position;
        c.lastChange = reading.lastChange(node, path, id, rubric.lastChange);
        JsonNode item = node.get("CFItemURI");
        if (item != null && !item.isNull()) {
            ObjectNode link = reading.link(item, path + ".CFItemURI", id, CaseJson.ITEMS);
            if (link != null) {
                String linked = link.get("identifier").asText();
                String original = item.isObject() && item.hasNonNull("identifier")
                        ? item.get("identifier").asText().strip()
                        : linked;
                c.itemIdentifier = itemIds.getOrDefault(original, linked);
                c.itemUri = link.get("uri").asText();
                c.itemTitle = link.get("title").asText();
            }
        }
        dropUnknown(node, CRITERION_FIELDS, path, id);
        List<JsonNode> levels = list(node, "CFRubricCriterionLevels", path);
        for (int i = 0; i < levels.size(); i++) {
            RubricLevel l = level(levels.get(i), path + ".CFRubricCriterionLevels[" + i + "]", c);
            if (l != null) {
                l.criterion = c;
                c.levels.add(l);
            }
        }
        order(c.levels, l -> l.position, (l, p) -> l.position = p, path + ".CFRubricCriterionLevels", id);
        return c;
    }

    private RubricLevel level(JsonNode node, String path, RubricCriterion criterion) {
        Identifier identifier = identified(node, path, "level\n" + criterion.identifier);
        if (identifier == null) {
            return null;
        }
        String id = identifier.id();
        RubricLevel l = new RubricLevel();
        l.identifier = id;
        l.uri = reading.objectUri(node, path, identifier, CaseJson.LEVELS);
        l.description = reading.text(node, "description", path, id);
        l.quality = reading.text(node, "quality", path, id);
        l.score = reading.decimal(node, "score", path, id);
        l.feedback = reading.text(node, "feedback", path, id);
        Integer position = reading.integer(node, "position", path, id);
        l.position = position == null ? Integer.MIN_VALUE : position;
        l.lastChange = reading.lastChange(node, path, id, criterion.lastChange);
        dropUnknown(node, LEVEL_FIELDS, path, id);
        return l;
    }

    private Identifier identified(JsonNode node, String path, String scope) {
        if (!node.isObject()) {
            reading.error(path, "must be an object, not " + PackageReading.kind(node));
            return null;
        }
        Identifier identifier = reading.identifier(node, path);
        return identifier == null || !reading.unique(scope, identifier.id(), path) ? null : identifier;
    }

    private List<JsonNode> list(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        List<JsonNode> list = new ArrayList<>();
        if (value == null || value.isNull()) {
            return list;
        }
        if (!value.isArray()) {
            reading.error(path + "." + field, "must be a list, not " + PackageReading.kind(value));
            return list;
        }
        value.forEach(list::add);
        return list;
    }

    private void dropUnknown(JsonNode node, Set<String> known, String path, String id) {
        for (var field : node.properties()) {
            if (!known.contains(field.getKey()) && !field.getValue().isNull()) {
                reading.issue(path + "." + field.getKey(), id, "is not a field of a CASE rubric; dropped");
            }
        }
    }

    /**
     * Orders by the given positions (missing ones last, then as given). Distinct given positions are kept; otherwise
     * the positions are renumbered from 1 and that is reported.
     */
    private <T> void order(
            List<T> list, ToIntFunction<T> position, ObjIntConsumer<T> setPosition, String path, String id) {
        list.sort(Comparator.comparingInt(t -> {
            int p = position.applyAsInt(t);
            return p == Integer.MIN_VALUE ? Integer.MAX_VALUE : p;
        }));
        Set<Integer> seen = new HashSet<>();
        boolean keep = list.stream().allMatch(t -> {
            int p = position.applyAsInt(t);
            return p != Integer.MIN_VALUE && seen.add(p);
        });
        if (keep) {
            return;
        }
        boolean anyGiven = list.stream().anyMatch(t -> position.applyAsInt(t) != Integer.MIN_VALUE);
        if (anyGiven) {
            reading.issue(path, id, "positions are missing or repeated; renumbered from 1 in that order");
        }
        for (int i = 0; i < list.size(); i++) {
            setPosition.accept(list.get(i), i + 1);
        }
    }
}
