package org.proficio.competency.framework;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.proficio.competency.rubric.Rubric;
import org.proficio.competency.rubric.RubricCriterion;
import org.proficio.competency.rubric.RubricLevel;

/** The next version of a published framework: a draft with the same identifiers and content, under new ids. */
final class FrameworkVersions {

    private FrameworkVersions() {}

    static Framework nextOf(Framework published, String version, OffsetDateTime now) {
        Framework next = new Framework();
        next.id = UUID.randomUUID();
        next.district = published.district;
        next.identifier = published.identifier;
        next.title = published.title;
        next.subject = published.subject;
        next.subjects = new java.util.ArrayList<>(published.subjects);
        next.educationLevels = new java.util.ArrayList<>(published.educationLevels);
        next.version = version != null ? version : nextVersion(published.version);
        next.language = published.language;
        next.uri = published.uri;
        next.creator = published.creator;
        next.publisher = published.publisher;
        next.description = published.description;
        next.licence = published.licence;
        next.sourceUri = published.sourceUri;
        next.notes = published.notes;
        next.adoptionStatus = published.adoptionStatus;
        next.statusStartDate = published.statusStartDate;
        next.statusEndDate = published.statusEndDate;
        next.caseExtra = published.caseExtra;
        next.origin = published.origin;
        next.supersedesId = published.id;
        next.status = Framework.Status.DRAFT;
        next.createdAt = now;
        next.lastChange = now;

        Map<UUID, UUID> newId = new HashMap<>();
        published.competencies.forEach(c -> newId.put(c.id, UUID.randomUUID()));
        for (Competency c : published.competencies) {
            Competency copy = new Competency();
            copy.id = newId.get(c.id);
            copy.framework = next;
            copy.district = c.district;
            copy.identifier = c.identifier;
            copy.uri = c.uri;
            copy.code = c.code;
            copy.statement = c.statement;
            copy.abbreviatedStatement = c.abbreviatedStatement;
            copy.alternativeLabel = c.alternativeLabel;
            copy.itemType = c.itemType;
            copy.kind = c.kind;
            copy.educationLevels = new java.util.ArrayList<>(c.educationLevels);
            copy.keywords = new java.util.ArrayList<>(c.keywords);
            copy.listEnumeration = c.listEnumeration;
            copy.notes = c.notes;
            copy.language = c.language;
            copy.lastChange = c.lastChange;
            copy.caseExtra = c.caseExtra;
            copy.parentId = c.parentId == null ? null : newId.get(c.parentId);
            copy.position = c.position;
            next.competencies.add(copy);
        }
        for (ScaleLevel l : published.scale) {
            ScaleLevel copy = new ScaleLevel();
            copy.id = UUID.randomUUID();
            copy.framework = next;
            copy.position = l.position;
            copy.code = l.code;
            copy.label = l.label;
            copy.description = l.description;
            copy.score = l.score;
            copy.proficient = l.proficient;
            copy.defaultLevel = l.defaultLevel;
            next.scale.add(copy);
        }
        for (Association a : published.associations) {
            Association copy = new Association();
            copy.id = UUID.randomUUID();
            copy.framework = next;
            copy.district = a.district;
            copy.identifier = a.identifier;
            copy.uri = a.uri;
            copy.type = a.type;
            copy.originIdentifier = a.originIdentifier;
            copy.originUri = a.originUri;
            copy.originTitle = a.originTitle;
            copy.originId = a.originId == null ? null : newId.getOrDefault(a.originId, a.originId);
            copy.destinationIdentifier = a.destinationIdentifier;
            copy.destinationUri = a.destinationUri;
            copy.destinationTitle = a.destinationTitle;
            copy.destinationId = a.destinationId == null ? null : newId.getOrDefault(a.destinationId, a.destinationId);
            copy.groupingIdentifier = a.groupingIdentifier;
            copy.sequenceNumber = a.sequenceNumber;
            copy.position = a.position;
            copy.lastChange = a.lastChange;
            copy.caseExtra = a.caseExtra;
            next.associations.add(copy);
        }
        return next;
    }

    /** Copies of the published version's rubrics for the next version, their criteria re-pointed at its copies. */
    static java.util.List<Rubric> rubricsOf(java.util.List<Rubric> rubrics, Framework published, Framework next) {
        Map<String, UUID> nextIdByIdentifier = new HashMap<>();
        next.competencies.forEach(c -> nextIdByIdentifier.put(c.identifier, c.id));
        Map<UUID, UUID> newId = new HashMap<>();
        published.competencies.forEach(c -> newId.put(c.id, nextIdByIdentifier.get(c.identifier)));
        java.util.List<Rubric> copies = new java.util.ArrayList<>();
        for (Rubric r : rubrics) {
            Rubric copy = new Rubric();
            copy.id = UUID.randomUUID();
            copy.framework = next;
            copy.district = r.district;
            copy.identifier = r.identifier;
            copy.uri = r.uri;
            copy.title = r.title;
            copy.description = r.description;
            copy.position = r.position;
            copy.lastChange = r.lastChange;
            for (RubricCriterion c : r.criteria) {
                RubricCriterion criterion = new RubricCriterion();
                criterion.id = UUID.randomUUID();
                criterion.rubric = copy;
                criterion.identifier = c.identifier;
                criterion.uri = c.uri;
                criterion.competencyId =
                        c.competencyId == null ? null : newId.getOrDefault(c.competencyId, c.competencyId);
                criterion.itemIdentifier = c.itemIdentifier;
                criterion.itemUri = c.itemUri;
                criterion.itemTitle = c.itemTitle;
                criterion.category = c.category;
                criterion.description = c.description;
                criterion.weight = c.weight;
                criterion.position = c.position;
                criterion.lastChange = c.lastChange;
                for (RubricLevel l : c.levels) {
                    RubricLevel level = new RubricLevel();
                    level.id = UUID.randomUUID();
                    level.criterion = criterion;
                    level.identifier = l.identifier;
                    level.uri = l.uri;
                    level.description = l.description;
                    level.quality = l.quality;
                    level.score = l.score;
                    level.feedback = l.feedback;
                    level.scaleLevel = l.scaleLevel;
                    level.position = l.position;
                    level.lastChange = l.lastChange;
                    criterion.levels.add(level);
                }
                copy.criteria.add(criterion);
            }
            copies.add(copy);
        }
        return copies;
    }

    /** "1.0" -> "1.1", "2" -> "3", anything else gets " (next)". */
    static String nextVersion(String version) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(.*?)(\\d+)$").matcher(version);
        if (m.matches()) {
            return m.group(1) + (Long.parseLong(m.group(2)) + 1);
        }
        return version + " (next)";
    }
}
