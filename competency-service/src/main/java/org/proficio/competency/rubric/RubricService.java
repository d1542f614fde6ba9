package org.proficio.competency.rubric;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.framework.FrameworkRepository;
import org.proficio.competency.framework.ScaleLevel;
import org.proficio.competency.rubric.RubricRequests.NewCriterion;
import org.proficio.competency.rubric.RubricRequests.NewDescriptor;
import org.proficio.competency.rubric.RubricRequests.NewRubric;
import org.proficio.competency.rubric.RubricViews.CompetencyCriterionView;
import org.proficio.competency.rubric.RubricViews.RubricView;
import org.proficio.competency.rubric.RubricViews.Scale;
import org.proficio.platform.problem.ProblemException;

/**
 * Creates and reads the rubrics of a district's frameworks. Rubrics are part of a framework's content: they are
 * added while it is a draft, and published with it.
 */
@ApplicationScoped
public class RubricService {

    private final RubricRepository rubrics;
    private final FrameworkRepository frameworks;

    public RubricService(RubricRepository rubrics, FrameworkRepository frameworks) {
        this.rubrics = rubrics;
        this.frameworks = frameworks;
    }

    /**
     * The framework's rubrics with criteria and descriptors loaded, for a caller that already holds a session and
     * has checked the framework (e.g. the FrameworkPublished snapshot).
     */
    @WithSession
    public Uni<List<Rubric>> forFramework(@NotNull UUID frameworkId) {
        return rubrics.forFramework(frameworkId);
    }

    /**
     * Adds a rubric to a draft framework. The framework row is locked (so a publish that committed first is seen)
     * and its revision raised (so a publish that read the framework before is refused as stale).
     */
    @WithTransaction
    public Uni<RubricView> create(
            @NotNull String district, @NotNull UUID frameworkId, @NotNull @Valid NewRubric request) {
        return lockedDraft(district, frameworkId)
                .chain(framework -> Mutiny.fetch(framework.scale).chain(scale -> add(framework, scale, request)));
    }

    private Uni<Framework> lockedDraft(String district, UUID frameworkId) {
        return frameworks
                .find(
                        "id = :id and district = :district",
                        Parameters.with("id", frameworkId).and("district", district))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult()
                .invoke(framework -> {
                    if (framework == null) {
                        throw noFramework(frameworkId);
                    }
                    if (framework.status != Framework.Status.DRAFT) {
                        throw ProblemException.conflict("Framework " + frameworkId + " is " + framework.status
                                + "; rubrics are added to drafts only.");
                    }
                });
    }

    private Uni<RubricView> add(Framework framework, List<ScaleLevel> scale, NewRubric request) {
        return competenciesAmong(framework.id, request).chain(competencies -> {
            List<String> codes = scale.stream().map(l -> l.code).toList();
            RubricRules.check(framework.id, request, competencies.keySet(), codes);
            return raiseRevision(framework.id)
                    .chain(() -> rubrics.countInFramework(framework.id))
                    .map(count -> rubric(framework, request, competencies, scale, count))
                    .call(rubrics::persist)
                    .map(r -> RubricView.of(r, framework.id, new Scale(scale)));
        });
    }

    /** The framework's rubrics, or null when the caller cannot see the framework. */
    @WithSession
    public Uni<List<RubricView>> ofFramework(@NotNull String district, @NotNull UUID frameworkId, boolean seesDrafts) {
        return visibleFramework(district, frameworkId, seesDrafts).chain(framework -> {
            if (framework == null) {
                return Uni.createFrom().nullItem();
            }
            return Mutiny.fetch(framework.scale)
                    .map(Scale::new)
                    .chain(scale -> rubrics.forFramework(frameworkId)
                            .map(found -> found.stream()
                                    .map(r -> RubricView.of(r, frameworkId, scale))
                                    .toList()));
        });
    }

    /** The rubric, or null when the district has none by that id or the caller cannot see its framework. */
    @WithSession
    public Uni<RubricView> find(@NotNull String district, @NotNull UUID rubricId, boolean seesDrafts) {
        return rubrics.findComplete(district, rubricId).chain(rubric -> {
            if (rubric == null) {
                return Uni.createFrom().nullItem();
            }
            return Mutiny.fetch(rubric.framework)
                    .chain(framework -> visible(framework, seesDrafts)
                            ? Mutiny.fetch(framework.scale)
                                    .map(scale -> RubricView.of(rubric, framework.id, new Scale(scale)))
                            : Uni.createFrom().nullItem());
        });
    }

    /**
     * The criteria that judge the competency, with their descriptors; null when the caller cannot see the
     * competency.
     */
    @WithSession
    public Uni<List<CompetencyCriterionView>> judging(
            @NotNull String district, @NotNull UUID competencyId, boolean seesDrafts) {
        return rubrics.competency(district, competencyId).chain(competency -> {
            if (competency == null || !visible(competency.framework, seesDrafts)) {
                return Uni.createFrom().nullItem();
            }
            UUID frameworkId = competency.framework.id;
            return Mutiny.fetch(competency.framework.scale)
                    .map(Scale::new)
                    .chain(scale -> rubrics.criteriaJudging(district, competencyId)
                            .map(criteria -> criteria.stream()
                                    .map(c -> CompetencyCriterionView.of(c, frameworkId, scale))
                                    .toList()));
        });
    }

    /** A rubric changes the draft's content, so its ETag must change too. */
    private Uni<Integer> raiseRevision(UUID frameworkId) {
        return frameworks
                .getSession()
                .chain(session -> session.createMutationQuery(
                                "update versioned Framework f set f.status = f.status where f.id = :id")
                        .setParameter("id", frameworkId)
                        .executeUpdate());
    }

    private Uni<Framework> visibleFramework(String district, UUID frameworkId, boolean seesDrafts) {
        return frameworks
                .find(
                        "id = :id and district = :district",
                        Parameters.with("id", frameworkId).and("district", district))
                .firstResult()
                .map(f -> f != null && visible(f, seesDrafts) ? f : null);
    }

    private static boolean visible(Framework framework, boolean seesDrafts) {
        return seesDrafts || framework.status != Framework.Status.DRAFT;
    }

    /** The requested competencies that belong to the framework, by id. */
    private Uni<Map<UUID, Competency>> competenciesAmong(UUID frameworkId, NewRubric request) {
        Set<UUID> ids = new HashSet<>();
        request.criteria().forEach(c -> ids.add(c.competencyId()));
        return frameworks
                .getSession()
                .chain(session -> session.createSelectionQuery(
                                "from Competency c where c.framework.id = :framework and c.id in :ids",
                                Competency.class)
                        .setParameter("framework", frameworkId)
                        .setParameter("ids", ids)
                        .getResultList())
                .map(found -> {
                    Map<UUID, Competency> byId = new HashMap<>();
                    found.forEach(c -> byId.put(c.id, c));
                    return byId;
                });
    }

    static ProblemException noFramework(UUID frameworkId) {
        return ProblemException.notFound("No framework " + frameworkId + ".");
    }

    private static Rubric rubric(
            Framework framework,
            NewRubric request,
            Map<UUID, Competency> competencies,
            List<ScaleLevel> scale,
            long position) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Map<String, ScaleLevel> levelByCode = new HashMap<>();
        scale.forEach(l -> levelByCode.put(l.code, l));
        Rubric rubric = new Rubric();
        rubric.id = UUID.randomUUID();
        rubric.identifier = rubric.id.toString();
        rubric.framework = framework;
        rubric.district = framework.district;
        rubric.title = request.title().strip();
        rubric.description = request.description();
        rubric.position = (int) position;
        rubric.lastChange = now;
        int criterionPosition = 0;
        for (NewCriterion c : request.criteria()) {
            Competency competency = competencies.get(c.competencyId());
            RubricCriterion criterion = new RubricCriterion();
            criterion.id = UUID.randomUUID();
            criterion.identifier = criterion.id.toString();
            criterion.rubric = rubric;
            criterion.competencyId = competency.id;
            criterion.itemIdentifier = competency.identifier;
            criterion.itemUri = competency.uri;
            criterion.itemTitle = competency.code != null ? competency.code : competency.statement;
            criterion.category = c.category();
            criterion.description = c.description();
            criterion.weight = c.weight();
            criterion.position = criterionPosition++;
            criterion.lastChange = now;
            for (NewDescriptor d : c.levels()) {
                ScaleLevel onScale = levelByCode.get(d.scaleLevel());
                RubricLevel level = new RubricLevel();
                level.id = UUID.randomUUID();
                level.identifier = level.id.toString();
                level.criterion = criterion;
                level.scaleLevel = onScale.code;
                level.quality = onScale.label;
                level.score = onScale.score;
                level.description = d.description().strip();
                level.feedback = d.feedback();
                level.position = onScale.position;
                level.lastChange = now;
                criterion.levels.add(level);
            }
            rubric.criteria.add(criterion);
        }
        return rubric;
    }
}
