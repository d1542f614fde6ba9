package org.proficio.competency.pathway;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.proficio.competency.course.CatalogCompetencies;
import org.proficio.competency.course.CatalogCompetencies.Ref;
import org.proficio.competency.course.Course;
import org.proficio.competency.course.CourseRepository;
import org.proficio.competency.pathway.PathwayRequests.PathwayInput;
import org.proficio.competency.pathway.PathwayViews.PathwayView;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.outbox.Outbox;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * Defines, reads and removes a district's graduation pathways. Every create and change writes {@code
 * PathwayDefined} to the outbox in the same transaction.
 */
@ApplicationScoped
public class PathwayService {

    private final PathwayRepository pathways;
    private final CourseRepository courses;
    private final CatalogCompetencies competencies;
    private final Outbox outbox;

    public PathwayService(
            PathwayRepository pathways, CourseRepository courses, CatalogCompetencies competencies, Outbox outbox) {
        this.pathways = pathways;
        this.courses = courses;
        this.competencies = competencies;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<PathwayView> create(@NotNull String district, @NotNull @Valid PathwayInput input) {
        Pathway pathway = new Pathway();
        pathway.id = UUID.randomUUID();
        pathway.district = district;
        pathway.createdAt = now();
        return checked(district, pathway.id, input).chain(requirements -> {
            apply(pathway, input, requirements, pathway.createdAt);
            return pathways.persist(pathway).chain(p -> defined(district, p, requirements));
        });
    }

    /** @param expectedRevision the revision the client last saw (If-Match), or null to skip the check */
    @WithTransaction
    public Uni<PathwayView> replace(
            @NotNull String district, @NotNull UUID id, @NotNull @Valid PathwayInput input, Integer expectedRevision) {
        return existing(district, id)
                .invoke(pathway -> IfMatch.check(expectedRevision, pathway.revision, "Pathway " + id))
                .chain(pathway -> checked(district, id, input).chain(requirements -> {
                    apply(pathway, input, requirements, now());
                    return pathways.flush().chain(() -> defined(district, pathway, requirements));
                }))
                .onFailure(PathwayService::lostRace)
                .transform(e -> IfMatch.stale("Pathway " + id + " changed meanwhile; read it again."));
    }

    /** @param expectedRevision the revision the client last saw (If-Match), or null to skip the check */
    @WithTransaction
    public Uni<Void> remove(@NotNull String district, @NotNull UUID id, Integer expectedRevision) {
        return existing(district, id)
                .invoke(pathway -> IfMatch.check(expectedRevision, pathway.revision, "Pathway " + id))
                .call(pathways::delete)
                .call(pathway -> pathways.flush())
                .onFailure(PathwayService::lostRace)
                .transform(e -> IfMatch.stale("Pathway " + id + " changed meanwhile; read it again."))
                .replaceWithVoid();
    }

    /** The pathway, or null when the district has none by that id. */
    @WithSession
    public Uni<PathwayView> find(@NotNull String district, @NotNull UUID id, boolean seesDrafts) {
        return pathways.findComplete(district, id)
                .chain(p -> p == null
                        ? Uni.createFrom().nullItem()
                        : requirementsOf(district, List.of(p))
                                .map(r -> PathwayView.of(p, r.courses(), r.competencies(), seesDrafts)));
    }

    @WithSession
    public Uni<Page<PathwayView>> list(@NotNull String district, boolean seesDrafts, PageCursor after, int limit) {
        return pathways.page(district, after, limit)
                .chain(rows -> requirementsOf(district, rows)
                        .map(r -> Page.of(
                                rows,
                                limit,
                                p -> PathwayView.of(p, r.courses(), r.competencies(), seesDrafts),
                                p -> new PageCursor(p.createdAt, p.id))));
    }

    /** The courses and competencies a pathway requires, looked up in the catalog. */
    private record Requirements(Map<UUID, Course> courses, Map<UUID, Ref> competencies) {}

    private Uni<Requirements> requirementsOf(String district, Collection<Pathway> rows) {
        Set<UUID> courseIds = new HashSet<>();
        Set<UUID> competencyIds = new HashSet<>();
        rows.forEach(p -> {
            courseIds.addAll(p.requiredCourseIds);
            competencyIds.addAll(p.requiredCompetencyIds);
        });
        Uni<Map<UUID, Course>> byId = courseIds.isEmpty()
                ? Uni.createFrom().item(Map.of())
                : courses.byIdsOrCodes(district, courseIds, List.of()).map(PathwayService::byId);
        return byId.chain(
                found -> competencies.find(district, competencyIds).map(refs -> new Requirements(found, refs)));
    }

    private Uni<Pathway> existing(String district, UUID id) {
        return pathways.findComplete(district, id).onItem().ifNull().failWith(() -> noPathway(id));
    }

    /**
     * Checks the request against the catalog and resolves its courses; all problems at once, 409 for a taken name,
     * 422 for the rest.
     */
    private Uni<Requirements> checked(String district, UUID self, PathwayInput input) {
        String name = input.name().strip();
        return pathways.nameTaken(district, name, self).chain(taken -> {
            if (taken) {
                return Uni.createFrom()
                        .failure(new ProblemException(
                                409,
                                "conflict",
                                "Conflict",
                                "Your district already has a pathway named \"" + name + "\".",
                                List.of(new FieldError("name", "is taken: " + name))));
            }
            return resolveCourses(district, input.courses())
                    .chain(resolved -> competencies
                            .find(district, input.competencyIds())
                            .map(refs -> {
                                List<FieldError> errors = new ArrayList<>(resolved.errors());
                                errors.addAll(CatalogCompetencies.problems(
                                        "requiredCompetencyIds", input.competencyIds(), refs));
                                if (input.courses().isEmpty()
                                        && input.minCredits() == null
                                        && input.competencyIds().isEmpty()) {
                                    errors.add(new FieldError(
                                            "body",
                                            "a pathway requires something: requiredCourses, minCredits or"
                                                    + " requiredCompetencyIds"));
                                }
                                if (!errors.isEmpty()) {
                                    throw new ProblemException(
                                            422,
                                            "invalid-pathway",
                                            "Invalid pathway",
                                            "The pathway's requirements do not fit your district's catalog.",
                                            errors);
                                }
                                return new Requirements(resolved.courses(), refs);
                            }));
        });
    }

    /** The courses the references name, in their order, and what is wrong with the references. */
    private record ResolvedCourses(Map<UUID, Course> courses, List<FieldError> errors) {}

    /** Each reference by course id or else by code; unknown ones and repeats are errors. */
    private Uni<ResolvedCourses> resolveCourses(String district, List<String> references) {
        if (references.isEmpty()) {
            return Uni.createFrom().item(new ResolvedCourses(Map.of(), List.of()));
        }
        Set<UUID> ids = new HashSet<>();
        references.forEach(r -> asUuid(r).ifPresent(ids::add));
        Set<String> codes = references.stream().map(PathwayService::codeKey).collect(Collectors.toSet());
        return courses.byIdsOrCodes(district, ids, codes).map(found -> {
            Map<UUID, Course> byId = byId(found);
            Map<String, Course> byCode = new HashMap<>();
            found.forEach(c -> byCode.put(codeKey(c.code), c));
            Map<UUID, Course> resolved = new LinkedHashMap<>();
            List<FieldError> errors = new ArrayList<>();
            Map<UUID, Integer> first = new HashMap<>();
            for (int i = 0; i < references.size(); i++) {
                String reference = references.get(i);
                Course course = asUuid(reference).map(byId::get).orElse(null);
                if (course == null) {
                    course = byCode.get(codeKey(reference));
                }
                String field = "requiredCourses[" + i + "]";
                if (course == null) {
                    errors.add(new FieldError(field, "names no course of your district (by id or code): " + reference));
                    continue;
                }
                Integer earlier = first.putIfAbsent(course.id, i);
                if (earlier != null) {
                    errors.add(new FieldError(field, "names the same course as requiredCourses[" + earlier + "]"));
                    continue;
                }
                resolved.put(course.id, course);
            }
            return new ResolvedCourses(resolved, errors);
        });
    }

    private Uni<PathwayView> defined(String district, Pathway pathway, Requirements requirements) {
        PathwayView view = PathwayView.of(pathway, requirements.courses(), requirements.competencies(), true);
        DomainEvent event = new DomainEvent(
                EventTypes.PATHWAY_DEFINED,
                pathway.id.toString(),
                pathway.id.toString(),
                PathwayDefined.of(pathway, view));
        return outbox.add(district, event).replaceWith(view);
    }

    static ProblemException noPathway(UUID id) {
        return ProblemException.notFound("No pathway " + id + ".");
    }

    private static boolean lostRace(Throwable e) {
        return e instanceof OptimisticLockException || e instanceof StaleStateException;
    }

    private static void apply(Pathway pathway, PathwayInput input, Requirements requirements, OffsetDateTime now) {
        pathway.name = input.name().strip();
        pathway.diploma = input.diploma().strip();
        pathway.description = input.description();
        pathway.minCredits = input.minCredits();
        pathway.requiredCourseIds.clear();
        pathway.requiredCourseIds.addAll(requirements.courses().keySet());
        pathway.requiredCompetencyIds.clear();
        pathway.requiredCompetencyIds.addAll(input.competencyIds());
        pathway.updatedAt = now;
    }

    private static Map<UUID, Course> byId(List<Course> found) {
        return found.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static String codeKey(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<UUID> asUuid(String value) {
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
