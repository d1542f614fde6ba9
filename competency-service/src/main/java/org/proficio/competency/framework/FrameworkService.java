package org.proficio.competency.framework;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proficio.competency.framework.FrameworkRequests.NewCompetency;
import org.proficio.competency.framework.FrameworkRequests.NewFramework;
import org.proficio.competency.framework.FrameworkViews.FrameworkSummary;
import org.proficio.competency.framework.FrameworkViews.FrameworkView;
import org.proficio.competency.rubric.RubricRepository;
import org.proficio.competency.scale.ProficiencyLevel;
import org.proficio.competency.scale.ScaleService;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.outbox.Outbox;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.problem.ProblemException;

/** Creates, reads and publishes a district's frameworks. */
@ApplicationScoped
public class FrameworkService {

    private static final String DEFAULT_VERSION = "1.0";

    private final FrameworkRepository frameworks;
    private final FrameworkSnapshots snapshots;
    private final ScaleService scales;
    private final RubricRepository rubrics;
    private final Outbox outbox;

    public FrameworkService(
            FrameworkRepository frameworks,
            FrameworkSnapshots snapshots,
            ScaleService scales,
            RubricRepository rubrics,
            Outbox outbox) {
        this.frameworks = frameworks;
        this.snapshots = snapshots;
        this.scales = scales;
        this.rubrics = rubrics;
        this.outbox = outbox;
    }

    /** Creates a draft framework with the default scale. */
    @WithTransaction
    public Uni<FrameworkView> create(@NotNull String district, @NotNull @Valid NewFramework request) {
        CompetencyTree.check(request.competencies());
        return scales.levelsFor(district, request.scaleId())
                .chain(levels -> frameworks.persist(draft(district, request, levels)))
                .map(FrameworkView::of);
    }

    /** The framework, or null when the district has none by that id or the caller may not see drafts. */
    @WithSession
    public Uni<FrameworkView> find(@NotNull String district, @NotNull UUID id, boolean includeDrafts) {
        return frameworks
                .findComplete(district, id)
                .map(f -> f == null || (!includeDrafts && f.status == Framework.Status.DRAFT) ? null : f)
                .map(f -> f == null ? null : FrameworkView.of(f));
    }

    @WithSession
    public Uni<Page<FrameworkSummary>> list(
            @NotNull String district, boolean includeDrafts, PageCursor after, int limit) {
        return frameworks
                .page(district, includeDrafts, after, limit)
                .map(rows -> Page.of(rows, limit, FrameworkSummary::of, f -> new PageCursor(f.createdAt, f.id)));
    }

    /**
     * Publishes a draft: from now on it is immutable, and {@code FrameworkPublished} with its full snapshot is
     * written to the outbox in the same transaction.
     *
     * @param expectedRevision the revision the client last saw (If-Match), or null to skip the check
     */
    @WithTransaction
    public Uni<FrameworkView> publish(@NotNull String district, @NotNull UUID id, Integer expectedRevision) {
        return frameworks.findWithAssociations(district, id).chain(framework -> {
            if (framework == null) {
                return Uni.createFrom().failure(ProblemException.notFound("No framework " + id + "."));
            }
            IfMatch.check(expectedRevision, framework.revision, "Framework " + framework.id);
            if (framework.status != Framework.Status.DRAFT) {
                return Uni.createFrom()
                        .failure(ProblemException.conflict(
                                "Framework " + id + " is " + framework.status + "; only a draft can be published."));
            }
            framework.status = Framework.Status.PUBLISHED;
            framework.publishedAt = now();
            return snapshots
                    .of(framework)
                    .chain(snapshot -> outbox.add(
                            district,
                            new DomainEvent(EventTypes.FRAMEWORK_PUBLISHED, id.toString(), id.toString(), snapshot)))
                    .chain(() -> framework.supersedesId == null
                            ? Uni.createFrom().voidItem()
                            : frameworks
                                    .findById(framework.supersedesId)
                                    .chain(old -> old.status == Framework.Status.PUBLISHED
                                            ? retire(old, framework.id)
                                            : Uni.createFrom().voidItem()))
                    .replaceWith(() -> FrameworkView.of(framework));
        });
    }

    /**
     * Replaces a draft's description and tree (PUT). Competencies keep their ids when the request names their
     * identifier or keeps their code, so rubric criteria and prerequisites on them survive.
     */
    @WithTransaction
    public Uni<FrameworkView> replace(
            @NotNull String district,
            @NotNull UUID id,
            Integer expectedRevision,
            @NotNull @Valid NewFramework request) {
        CompetencyTree.check(request.competencies());
        return editableDraft(district, id, expectedRevision).chain(framework -> {
            describe(framework, request);
            plantTree(framework, request.competencies());
            return frameworks.flush().replaceWith(() -> FrameworkView.of(framework));
        });
    }

    /**
     * Starts the next version of a published framework: a draft copy (same identifiers, new ids) that supersedes it
     * once published. At most one draft per framework: 409 when one exists.
     */
    @WithTransaction
    public Uni<FrameworkView> newVersion(@NotNull String district, @NotNull UUID id, String version) {
        return frameworks.findWithAssociations(district, id).chain(published -> {
            if (published == null) {
                return Uni.createFrom().failure(ProblemException.notFound("No framework " + id + "."));
            }
            if (published.status != Framework.Status.PUBLISHED) {
                return Uni.createFrom()
                        .failure(ProblemException.conflict("Framework " + id + " is " + published.status
                                + "; a new version starts from the published one."));
            }
            return frameworks
                    .draftOf(district, published.identifier)
                    .chain(existing -> existing != null
                            ? Uni.createFrom()
                                    .failure(ProblemException.conflict("Framework " + published.identifier
                                            + " already has a draft version: " + existing.id + "."))
                            : frameworks
                                    .persist(FrameworkVersions.nextOf(published, version, now()))
                                    .call(next -> rubrics.forFramework(published.id)
                                            .chain(kept -> kept.isEmpty()
                                                    ? Uni.createFrom().voidItem()
                                                    : rubrics.persist(
                                                            FrameworkVersions.rubricsOf(kept, published, next)))))
                    .map(FrameworkView::of);
        });
    }

    /** PUBLISHED -> RETIRED: no longer offered; learners' history under it stays valid. Emits FrameworkRetired. */
    @WithTransaction
    public Uni<FrameworkView> retire(@NotNull String district, @NotNull UUID id, Integer expectedRevision) {
        return frameworks.findComplete(district, id).chain(framework -> {
            if (framework == null) {
                return Uni.createFrom().failure(ProblemException.notFound("No framework " + id + "."));
            }
            IfMatch.check(expectedRevision, framework.revision, "Framework " + framework.id);
            if (framework.status != Framework.Status.PUBLISHED) {
                return Uni.createFrom()
                        .failure(ProblemException.conflict("Framework " + id + " is " + framework.status
                                + "; only a published framework can be retired."));
            }
            return retire(framework, null).replaceWith(() -> FrameworkView.of(framework));
        });
    }

    private Uni<Void> retire(Framework framework, UUID supersededBy) {
        framework.status = Framework.Status.RETIRED;
        framework.retiredAt = now();
        String id = framework.id.toString();
        FrameworkRetired data =
                new FrameworkRetired(framework.id, framework.identifier, framework.retiredAt, supersededBy);
        return outbox.add(framework.district, new DomainEvent(EventTypes.FRAMEWORK_RETIRED, id, id, data))
                .replaceWithVoid();
    }

    private Uni<Framework> editableDraft(String district, UUID id, Integer expectedRevision) {
        return frameworks.findWithAssociations(district, id).invoke(framework -> {
            if (framework == null) {
                throw ProblemException.notFound("No framework " + id + ".");
            }
            IfMatch.check(expectedRevision, framework.revision, "Framework " + framework.id);
            if (framework.status != Framework.Status.DRAFT) {
                throw ProblemException.conflict("Framework " + id + " is " + framework.status
                        + "; published frameworks are immutable: start a new version (POST /api/v1/frameworks/" + id
                        + "/versions).");
            }
        });
    }

    private static Framework draft(String district, NewFramework request, List<ProficiencyLevel> levels) {
        Framework framework = new Framework();
        framework.id = UUID.randomUUID();
        framework.identifier = framework.id.toString();
        framework.district = district;
        framework.title = request.title().strip();
        describe(framework, request);
        framework.version = request.version() == null ? DEFAULT_VERSION : request.version();
        framework.language = request.language();
        framework.status = Framework.Status.DRAFT;
        framework.createdAt = now();

        plantTree(framework, request.competencies());
        int level = 0;
        for (ProficiencyLevel l : levels) {
            ScaleLevel scaleLevel = new ScaleLevel();
            scaleLevel.id = UUID.randomUUID();
            scaleLevel.framework = framework;
            scaleLevel.position = level++;
            scaleLevel.code = l.code();
            scaleLevel.label = l.label();
            scaleLevel.description = l.description();
            scaleLevel.score = l.score();
            scaleLevel.proficient = l.proficient();
            framework.scale.add(scaleLevel);
        }
        return framework;
    }

    private static void describe(Framework framework, NewFramework request) {
        framework.title = request.title().strip();
        framework.subject = request.subject();
        framework.subjects = new ArrayList<>();
        if (request.subject() != null) {
            framework.subjects.add(request.subject());
        }
        if (request.subjects() != null) {
            request.subjects().stream()
                    .filter(s -> !framework.subjects.contains(s))
                    .forEach(framework.subjects::add);
        }
        if (framework.subject == null && !framework.subjects.isEmpty()) {
            framework.subject = framework.subjects.get(0);
        }
        framework.educationLevels = listOf(request.educationLevels());
        framework.version = request.version() == null ? DEFAULT_VERSION : request.version();
        framework.language = request.language();
        framework.description = request.description();
        framework.licence = request.licence();
        framework.sourceUri = request.sourceUri();
        framework.lastChange = now();
    }

    /**
     * Makes the framework's competencies and tree those of the request. A competency keeps its id (and so its rubric
     * criteria and prerequisites) when the request names its identifier, or else has its code; the others are new.
     */
    private static void plantTree(Framework framework, List<NewCompetency> requested) {
        Map<String, Competency> byIdentifier = new HashMap<>();
        Map<String, Competency> byCode = new HashMap<>();
        for (Competency c : framework.competencies) {
            byIdentifier.put(c.identifier, c);
            if (c.code != null) {
                byCode.putIfAbsent(c.code, c);
            }
        }
        java.util.Set<UUID> before = new java.util.HashSet<>();
        framework.competencies.forEach(c -> before.add(c.id));
        Map<String, Competency> planted = new HashMap<>();
        java.util.Set<UUID> taken = new java.util.HashSet<>();
        List<Competency> tree = new ArrayList<>();
        for (NewCompetency c : requested) {
            Competency competency = c.identifier() != null ? byIdentifier.get(c.identifier()) : byCode.get(c.code());
            if (competency == null || !taken.add(competency.id)) {
                competency = new Competency();
                competency.id = UUID.randomUUID();
                competency.identifier = c.identifier() != null ? c.identifier() : competency.id.toString();
                competency.framework = framework;
                competency.district = framework.district;
            }
            competency.code = c.code();
            competency.statement = c.statement().strip();
            competency.abbreviatedStatement = c.abbreviatedStatement();
            competency.kind = c.kind() == null ? Competency.Kind.ACADEMIC : c.kind();
            competency.itemType = c.itemType();
            competency.educationLevels = listOf(c.educationLevels());
            competency.keywords = listOf(c.keywords());
            competency.lastChange = framework.lastChange;
            competency.position = tree.size();
            planted.put(c.code(), competency);
            tree.add(competency);
        }
        for (int i = 0; i < requested.size(); i++) {
            String parentCode = requested.get(i).parentCode();
            tree.get(i).parentId = parentCode == null ? null : planted.get(parentCode).id;
        }
        java.util.Set<UUID> kept = new java.util.HashSet<>();
        tree.forEach(c -> kept.add(c.id));
        framework.competencies.removeIf(c -> !kept.contains(c.id));
        tree.stream().filter(c -> !framework.competencies.contains(c)).forEach(framework.competencies::add);
        framework.competencies.sort(java.util.Comparator.comparingInt(c -> c.position));

        // The tree is rebuilt; other associations stay unless one of their ends was a competency that is gone.
        java.util.function.Predicate<UUID> gone = id -> id != null && before.contains(id) && !kept.contains(id);
        framework.associations.removeIf(
                a -> a.type.equals(Association.IS_CHILD_OF) || gone.test(a.originId) || gone.test(a.destinationId));
        for (int i = 0; i < tree.size(); i++) {
            framework.associations.add(
                    childOf(framework, tree.get(i), requested.get(i).parentCode()));
        }
        for (int i = 0; i < framework.associations.size(); i++) {
            framework.associations.get(i).position = i;
        }
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }

    /** The tree edge of a competency: child of its parent competency, or of the framework's document. */
    private static Association childOf(Framework framework, Competency child, String parentCode) {
        Association edge = new Association();
        edge.id = UUID.randomUUID();
        edge.identifier = edge.id.toString();
        edge.framework = framework;
        edge.district = framework.district;
        edge.type = Association.IS_CHILD_OF;
        edge.originIdentifier = child.identifier;
        edge.originTitle = child.code;
        edge.originId = child.id;
        edge.destinationIdentifier = child.parentId == null ? framework.identifier : child.parentId.toString();
        edge.destinationTitle = child.parentId == null ? framework.title : parentCode;
        edge.destinationId = child.parentId;
        edge.position = framework.associations.size();
        edge.lastChange = framework.lastChange;
        return edge;
    }

    /** Microsecond precision, as PostgreSQL stores it, so that cursors built from memory match the rows. */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
