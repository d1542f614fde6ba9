package org.proficio.catalog;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.inbox.Inbox;
import org.proficio.platform.inbox.IncomingEvent;
import org.proficio.platform.inbox.UnreadableEventException;

/**
 * Applies the competency-service's catalog events to the read model. A {@code FrameworkPublished} snapshot is
 * upserted: rows are compared value by value and only what differs is written, so a snapshot applied a second time (a
 * re-publication, or a replay under a new event id) changes nothing; a snapshot older than the one held is ignored; a
 * framework id held by another district is refused. A {@code FrameworkRetired} marks the framework retired and keeps
 * its rows; one that arrives before the framework's snapshot is kept as a {@link PendingRetirement} and applied with
 * the snapshot, so the order of delivery does not decide the outcome. Runs in the caller's transaction (the inbox's:
 * the change and the record of the event commit together).
 */
@ApplicationScoped
public class CatalogUpdater {

    private final CatalogFrameworkRepository frameworks;
    private final CatalogRows rows;
    private final Inbox inbox;
    private final PathwayUpdater pathways;

    public CatalogUpdater(
            CatalogFrameworkRepository frameworks, CatalogRows rows, Inbox inbox, PathwayUpdater pathways) {
        this.frameworks = frameworks;
        this.rows = rows;
        this.inbox = inbox;
        this.pathways = pathways;
    }

    /** Applies a catalog event of the event's district; other types change nothing. */
    public Uni<Void> apply(IncomingEvent event) {
        return switch (event.type()) {
            case EventTypes.FRAMEWORK_PUBLISHED ->
                published(event.district(), inbox.data(event, FrameworkPublished.class));
            case EventTypes.FRAMEWORK_RETIRED -> retired(event.district(), inbox.data(event, FrameworkRetired.class));
            case EventTypes.PATHWAY_DEFINED ->
                pathways.defined(event.district(), inbox.data(event, PathwayDefined.class));
            default -> Uni.createFrom().voidItem();
        };
    }

    /**
     * Makes the district's framework equal to the snapshot, unless the read model holds a newer one.
     *
     * @throws UnreadableEventException (as a failure) if the snapshot contradicts itself or the framework, one of its
     *     competencies, rubrics, criteria or resources belongs to another district or framework
     */
    public Uni<Void> published(String district, FrameworkPublished snapshot) {
        Snapshot wanted = Snapshot.of(snapshot);
        return frameworks.findById(snapshot.frameworkId()).chain(held -> {
            if (held != null) {
                requireDistrict(held.district, district, held.id, "published");
            }
            if (held != null && snapshot.publishedAt().isBefore(held.publishedAt)) {
                Log.infof(
                        "framework %s: snapshot of %s is older than the one applied (%s); ignored",
                        held.id, snapshot.publishedAt(), held.publishedAt);
                return Uni.createFrom().voidItem();
            }
            CatalogFramework framework = held != null ? held : newFramework(district, snapshot.frameworkId());
            mergeFramework(framework, snapshot);
            return requireOwnIds(wanted, framework.id)
                    .chain(() -> held == null
                            ? retireIfPending(framework)
                            : Uni.createFrom().voidItem())
                    .chain(() -> held == null
                            ? Uni.createFrom().item(new FrameworkRows())
                            : FrameworkRows.load(rows, framework.id))
                    .chain(current -> {
                        Changes changes = new Changes();
                        if (held == null) {
                            changes.added.add(framework);
                        }
                        wanted.mergeInto(framework, current, changes);
                        return rows.remove(changes.removed).chain(() -> rows.persist(changes.added));
                    });
        });
    }

    /**
     * Marks the district's framework retired; its rows stay, so that learners' history on it stays valid. The
     * retirement of a framework the read model does not hold yet is kept until its snapshot arrives.
     */
    public Uni<Void> retired(String district, FrameworkRetired retirement) {
        return frameworks.findById(retirement.frameworkId()).chain(framework -> {
            if (framework == null) {
                return keepUntilPublished(district, retirement);
            }
            requireDistrict(framework.district, district, framework.id, "retired");
            framework.retiredAt = changed(framework.retiredAt, retirement.retiredAt());
            framework.supersededBy = changed(framework.supersededBy, retirement.supersededBy());
            return Uni.createFrom().voidItem();
        });
    }

    private Uni<Void> keepUntilPublished(String district, FrameworkRetired retirement) {
        return Panache.getSession()
                .chain(session -> session.find(PendingRetirement.class, retirement.frameworkId())
                        .chain(held -> {
                            if (held != null) {
                                requireDistrict(held.district, district, held.frameworkId, "retired");
                                held.retiredAt = changed(held.retiredAt, retirement.retiredAt());
                                held.supersededBy = changed(held.supersededBy, retirement.supersededBy());
                                return Uni.createFrom().voidItem();
                            }
                            Log.infof(
                                    "framework %s retired before its snapshot arrived; kept", retirement.frameworkId());
                            PendingRetirement pending = new PendingRetirement();
                            pending.frameworkId = retirement.frameworkId();
                            pending.district = district;
                            pending.retiredAt = retirement.retiredAt();
                            pending.supersededBy = retirement.supersededBy();
                            return session.persist(pending);
                        }));
    }

    /** Applies, and forgets, a retirement of the new framework that arrived before its snapshot. */
    private static Uni<Void> retireIfPending(CatalogFramework framework) {
        return Panache.getSession()
                .chain(session -> session.find(PendingRetirement.class, framework.id)
                        .chain(pending -> {
                            if (pending == null) {
                                return Uni.createFrom().voidItem();
                            }
                            requireDistrict(pending.district, framework.district, framework.id, "published");
                            framework.retiredAt = pending.retiredAt;
                            framework.supersededBy = pending.supersededBy;
                            return session.remove(pending);
                        }));
    }

    /**
     * Framework ids are UUIDs minted by the competency-service; a clash across districts is a forged or broken event,
     * and taking it in would let one district change another's catalog.
     */
    private static void requireDistrict(String holder, String district, UUID frameworkId, String what) {
        if (!holder.equals(district)) {
            throw new UnreadableEventException("framework " + frameworkId + " is " + what + " for district " + district
                    + ", but it belongs to another district");
        }
    }

    private static CatalogFramework newFramework(String district, UUID id) {
        CatalogFramework framework = new CatalogFramework();
        framework.id = id;
        framework.district = district;
        return framework;
    }

    /** Refuses a snapshot whose competencies, rubrics, criteria or resources another framework already holds. */
    private Uni<Void> requireOwnIds(Snapshot wanted, UUID frameworkId) {
        return requireOwn(CatalogCompetency.class, wanted.competencies.keySet(), frameworkId)
                .chain(() -> requireOwn(CatalogRubric.class, wanted.rubrics.keySet(), frameworkId))
                .chain(() -> requireOwn(CatalogRubricCriterion.class, wanted.criteria.keySet(), frameworkId))
                .chain(() -> requireOwn(CatalogResource.class, wanted.resources.keySet(), frameworkId));
    }

    private Uni<Void> requireOwn(Class<?> type, Set<UUID> ids, UUID frameworkId) {
        return rows.heldElsewhere(type, ids, frameworkId)
                .invoke(clashes -> {
                    if (!clashes.isEmpty()) {
                        throw new UnreadableEventException("framework " + frameworkId + " names " + type.getSimpleName()
                                + " ids that belong to another framework: " + clashes);
                    }
                })
                .replaceWithVoid();
    }

    private static void mergeFramework(CatalogFramework framework, FrameworkPublished snapshot) {
        framework.identifier = changed(framework.identifier, orId(snapshot.identifier(), snapshot.frameworkId()));
        framework.title = changed(framework.title, snapshot.title());
        framework.version = changed(framework.version, snapshot.version());
        framework.publishedAt = changed(framework.publishedAt, snapshot.publishedAt());
        framework.supersedes = changed(framework.supersedes, snapshot.supersedes());
        framework.subjects = changed(framework.subjects, snapshot.subjects());
        framework.educationLevels = changed(framework.educationLevels, snapshot.educationLevels());
        framework.language = changed(framework.language, snapshot.language());
        framework.origin =
                changed(framework.origin, Objects.requireNonNullElse(snapshot.origin(), FrameworkOrigin.API));
    }

    /** Snapshots from before identifiers were published: the competency-service used the id as identifier then. */
    private static String orId(String identifier, UUID id) {
        return identifier == null || identifier.isBlank() ? id.toString() : identifier;
    }

    static <T> T changed(T current, T next) {
        return Objects.equals(current, next) ? current : next;
    }

    /** Same instant, whatever the offset: PostgreSQL keeps the instant only. */
    static OffsetDateTime changed(OffsetDateTime current, OffsetDateTime next) {
        return current != null && next != null && current.isEqual(next) ? current : next;
    }

    /** Same number, whatever the scale: {@code 3} and {@code 3.0} are one score. */
    static BigDecimal changed(BigDecimal current, BigDecimal next) {
        return current != null && next != null && current.compareTo(next) == 0 ? current : next;
    }

    /** Rows to add (parents first) and to remove (children first) in one flush. */
    static final class Changes {
        final List<Object> added = new ArrayList<>();
        final List<Object> removed = new ArrayList<>();
    }

    /** A framework's rows as the read model holds them. */
    static final class FrameworkRows {
        List<CatalogCompetency> competencies = List.of();
        List<CatalogScaleLevel> scale = List.of();
        List<CatalogPrerequisite> prerequisites = List.of();
        List<CatalogRubric> rubrics = List.of();
        List<CatalogRubricCriterion> criteria = List.of();
        List<CatalogRubricLevel> rubricLevels = List.of();
        List<CatalogResource> resources = List.of();
        List<CatalogCourse> courses = List.of();

        static Uni<FrameworkRows> load(CatalogRows rows, UUID frameworkId) {
            FrameworkRows held = new FrameworkRows();
            return rows.ofFramework(CatalogCompetency.class, frameworkId)
                    .invoke(found -> held.competencies = found)
                    .chain(() -> rows.ofFramework(CatalogScaleLevel.class, frameworkId))
                    .invoke(found -> held.scale = found)
                    .chain(() -> rows.ofFramework(CatalogPrerequisite.class, frameworkId))
                    .invoke(found -> held.prerequisites = found)
                    .chain(() -> rows.ofFramework(CatalogRubric.class, frameworkId))
                    .invoke(found -> held.rubrics = found)
                    .chain(() -> rows.ofFramework(CatalogRubricCriterion.class, frameworkId))
                    .invoke(found -> held.criteria = found)
                    .chain(() -> rows.ofFramework(CatalogRubricLevel.class, frameworkId))
                    .invoke(found -> held.rubricLevels = found)
                    .chain(() -> rows.ofFramework(CatalogResource.class, frameworkId))
                    .invoke(found -> held.resources = found)
                    .chain(() -> rows.ofFramework(CatalogCourse.class, frameworkId))
                    .invoke(found -> held.courses = found)
                    .replaceWith(held);
        }
    }

    /**
     * The rows a snapshot asks for, each under the key that identifies it across snapshots, in the snapshot's order.
     * Built before anything is read or written: a snapshot that contradicts itself is refused whole.
     */
    static final class Snapshot {
        final Map<UUID, FrameworkPublished.Item> competencies;
        final Map<String, FrameworkPublished.Level> scale;
        final Map<Pair, FrameworkPublished.Prerequisite> prerequisites = new LinkedHashMap<>();
        final Map<UUID, FrameworkPublished.Rubric> rubrics;
        final Map<UUID, Placed<FrameworkPublished.Criterion>> criteria = new LinkedHashMap<>();
        final Map<LevelKey, FrameworkPublished.LevelDescriptor> rubricLevels = new LinkedHashMap<>();
        final Map<UUID, FrameworkPublished.Resource> resources;
        final Map<UUID, FrameworkPublished.Course> courses;

        /** A prerequisite's identity. */
        record Pair(UUID competencyId, UUID prerequisiteId) {}

        /** A rubric level's identity: its criterion and its place among the criterion's levels. */
        record LevelKey(UUID criterionId, int position) {}

        /** A criterion with the rubric it is in and its place there. */
        record Placed<T>(UUID parentId, int position, T value) {}

        private Snapshot(FrameworkPublished s) {
            UUID framework = s.frameworkId();
            competencies = unique(framework, "competency id", s.competencies(), FrameworkPublished.Item::id);
            scale = unique(framework, "scale level code", s.scale().levels(), FrameworkPublished.Level::code);
            rubrics = unique(framework, "rubric id", s.rubrics(), FrameworkPublished.Rubric::id);
            resources = unique(framework, "resource id", s.resources(), FrameworkPublished.Resource::id);
            courses = unique(framework, "course id", s.courses(), FrameworkPublished.Course::id);
            for (FrameworkPublished.Prerequisite p : s.prerequisites()) {
                requireCompetency(framework, "prerequisite", p.competencyId());
                prerequisites.putIfAbsent(new Pair(p.competencyId(), p.prerequisiteId()), p);
            }
            for (FrameworkPublished.Resource r : s.resources()) {
                requireCompetency(framework, "resource " + r.id(), r.competencyId());
            }
            for (FrameworkPublished.Rubric rubric : s.rubrics()) {
                for (int i = 0; i < rubric.criteria().size(); i++) {
                    FrameworkPublished.Criterion criterion = rubric.criteria().get(i);
                    if (criteria.put(criterion.id(), new Placed<>(rubric.id(), i, criterion)) != null) {
                        throw new UnreadableEventException(
                                "framework " + framework + " repeats rubric criterion id " + criterion.id());
                    }
                    for (int l = 0; l < criterion.levels().size(); l++) {
                        rubricLevels.put(
                                new LevelKey(criterion.id(), l),
                                criterion.levels().get(l));
                    }
                }
            }
        }

        static Snapshot of(FrameworkPublished snapshot) {
            return new Snapshot(snapshot);
        }

        private void requireCompetency(UUID framework, String what, UUID competencyId) {
            if (!competencies.containsKey(competencyId)) {
                throw new UnreadableEventException("framework " + framework + ": " + what + " names competency "
                        + competencyId + ", which is not one of the framework's");
            }
        }

        private static <T, K> Map<K, T> unique(UUID framework, String what, List<T> items, Function<T, K> key) {
            Map<K, T> byKey = new LinkedHashMap<>();
            for (T item : items) {
                if (byKey.put(key.apply(item), item) != null) {
                    throw new UnreadableEventException(
                            "framework " + framework + " repeats " + what + " " + key.apply(item));
                }
            }
            return byKey;
        }

        /** Makes the framework's current rows equal to this snapshot, collecting what to add and remove. */
        void mergeInto(CatalogFramework framework, FrameworkRows current, Changes changes) {
            RowMerge merge = new RowMerge(framework, changes);
            merge.rows(current.competencies, c -> c.id, competencies, CatalogUpdater::newCompetency, (row, item, i) -> {
                row.identifier = changed(row.identifier, orId(item.identifier(), item.id()));
                row.code = changed(row.code, item.code());
                row.humanCodingScheme = changed(row.humanCodingScheme, item.humanCodingScheme());
                row.statement = changed(row.statement, item.statement());
                row.abbreviatedStatement = changed(row.abbreviatedStatement, item.abbreviatedStatement());
                row.parentId = changed(row.parentId, item.parentId());
                row.position = item.position();
                row.kind = changed(row.kind, Objects.requireNonNullElse(item.kind(), CompetencyKind.ACADEMIC));
                row.itemType = changed(row.itemType, item.itemType());
                row.educationLevels = changed(row.educationLevels, item.educationLevels());
                row.keywords = changed(row.keywords, item.keywords());
            });
            merge.rows(current.scale, l -> l.code, scale, CatalogUpdater::newScaleLevel, (row, level, i) -> {
                row.label = changed(row.label, level.label());
                row.description = changed(row.description, level.description());
                row.score = changed(row.score, level.score());
                row.proficient = level.proficient();
                row.position = i;
            });
            merge.rows(
                    current.prerequisites,
                    p -> new Pair(p.competencyId, p.prerequisiteId),
                    prerequisites,
                    CatalogUpdater::newPrerequisite,
                    (row, p, i) -> {});
            merge.rows(current.rubrics, r -> r.id, rubrics, CatalogUpdater::newRubric, (row, rubric, i) -> {
                row.title = changed(row.title, rubric.title());
                row.position = i;
            });
            merge.rows(current.criteria, c -> c.id, criteria, CatalogUpdater::newCriterion, (row, placed, i) -> {
                row.rubricId = changed(row.rubricId, placed.parentId());
                row.competencyId = changed(row.competencyId, placed.value().competencyId());
                row.description = changed(row.description, placed.value().description());
                row.weight = changed(row.weight, placed.value().weight());
                row.position = placed.position();
            });
            merge.rows(
                    current.rubricLevels,
                    l -> new LevelKey(l.criterionId, l.position),
                    rubricLevels,
                    CatalogUpdater::newRubricLevel,
                    (row, level, i) -> {
                        row.scaleLevel = changed(row.scaleLevel, level.scaleLevel());
                        row.quality = changed(row.quality, level.quality());
                        row.description = changed(row.description, level.description());
                        row.score = changed(row.score, level.score());
                    });
            merge.rows(current.resources, r -> r.id, resources, CatalogUpdater::newResource, (row, resource, i) -> {
                row.competencyId = changed(row.competencyId, resource.competencyId());
                row.title = changed(row.title, resource.title());
                row.url = changed(row.url, resource.url());
                row.modality = changed(row.modality, resource.modality());
                row.expectedMinutes = changed(row.expectedMinutes, resource.expectedMinutes());
                row.position = i;
            });
            merge.rows(current.courses, c -> c.courseId, courses, CatalogUpdater::newCourse, (row, course, i) -> {
                row.code = changed(row.code, course.code());
                row.title = changed(row.title, course.title());
                row.credits = changed(row.credits, course.credits());
                row.competencyIds = changed(row.competencyIds, course.competencyIds());
                row.position = i;
            });
        }
    }

    /** Writes the wanted values onto a row: its identity is already set, {@code position} is its place. */
    @FunctionalInterface
    interface RowWriter<R, W> {
        void write(R row, W wanted, int position);
    }

    /** Creates a row with its identity (id, framework, district and the key it is matched by). */
    @FunctionalInterface
    interface RowFactory<K, R> {
        R create(CatalogFramework framework, K key);
    }

    /** Matches one table's current rows to the wanted ones by key. */
    record RowMerge(CatalogFramework framework, Changes changes) {

        <R, K, W> void rows(
                List<R> current, Function<R, K> key, Map<K, W> wanted, RowFactory<K, R> create, RowWriter<R, W> write) {
            Map<K, R> held = current.stream().collect(Collectors.toMap(key, r -> r));
            int position = 0;
            for (Map.Entry<K, W> entry : wanted.entrySet()) {
                R row = held.remove(entry.getKey());
                if (row == null) {
                    row = create.create(framework, entry.getKey());
                    changes.added.add(row);
                }
                write.write(row, entry.getValue(), position++);
            }
            // This table's leftovers go before those of the tables merged earlier: children before parents.
            changes.removed.addAll(0, new ArrayList<>(held.values()));
        }
    }

    private static CatalogCompetency newCompetency(CatalogFramework framework, UUID id) {
        CatalogCompetency row = new CatalogCompetency();
        row.id = id;
        row.frameworkId = framework.id;
        row.district = framework.district;
        return row;
    }

    private static CatalogScaleLevel newScaleLevel(CatalogFramework framework, String code) {
        CatalogScaleLevel row = new CatalogScaleLevel();
        row.id = UUID.randomUUID();
        row.frameworkId = framework.id;
        row.district = framework.district;
        row.code = code;
        return row;
    }

    private static CatalogPrerequisite newPrerequisite(CatalogFramework framework, Snapshot.Pair pair) {
        CatalogPrerequisite row = new CatalogPrerequisite();
        row.id = UUID.randomUUID();
        row.frameworkId = framework.id;
        row.district = framework.district;
        row.competencyId = pair.competencyId();
        row.prerequisiteId = pair.prerequisiteId();
        return row;
    }

    private static CatalogRubric newRubric(CatalogFramework framework, UUID id) {
        CatalogRubric row = new CatalogRubric();
        row.id = id;
        row.frameworkId = framework.id;
        row.district = framework.district;
        return row;
    }

    private static CatalogRubricCriterion newCriterion(CatalogFramework framework, UUID id) {
        CatalogRubricCriterion row = new CatalogRubricCriterion();
        row.id = id;
        row.frameworkId = framework.id;
        row.district = framework.district;
        return row;
    }

    private static CatalogRubricLevel newRubricLevel(CatalogFramework framework, Snapshot.LevelKey key) {
        CatalogRubricLevel row = new CatalogRubricLevel();
        row.id = UUID.randomUUID();
        row.criterionId = key.criterionId();
        row.frameworkId = framework.id;
        row.district = framework.district;
        row.position = key.position();
        return row;
    }

    private static CatalogResource newResource(CatalogFramework framework, UUID id) {
        CatalogResource row = new CatalogResource();
        row.id = id;
        row.frameworkId = framework.id;
        row.district = framework.district;
        return row;
    }

    private static CatalogCourse newCourse(CatalogFramework framework, UUID courseId) {
        CatalogCourse row = new CatalogCourse();
        row.id = UUID.randomUUID();
        row.frameworkId = framework.id;
        row.district = framework.district;
        row.courseId = courseId;
        return row;
    }
}
