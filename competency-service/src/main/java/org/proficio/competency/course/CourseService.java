package org.proficio.competency.course;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.proficio.competency.course.CatalogCompetencies.Ref;
import org.proficio.competency.course.CatalogCompetencies.RefView;
import org.proficio.competency.course.CourseRequests.CourseInput;
import org.proficio.competency.course.CourseViews.CourseView;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.outbox.Outbox;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * Defines, reads and removes a district's courses. Every create and change writes {@code CourseDefined} to the
 * outbox in the same transaction.
 */
@ApplicationScoped
public class CourseService {

    private final CourseRepository courses;
    private final CatalogCompetencies competencies;
    private final Outbox outbox;

    public CourseService(CourseRepository courses, CatalogCompetencies competencies, Outbox outbox) {
        this.courses = courses;
        this.competencies = competencies;
        this.outbox = outbox;
    }

    /**
     * The courses that earn credit for a competency of the framework, with their competency ids loaded, for a caller
     * that holds a session (the FrameworkPublished snapshot).
     */
    @WithSession
    public Uni<List<Course>> withCompetenciesOf(@NotNull UUID frameworkId) {
        return courses.withCompetenciesOf(frameworkId);
    }

    @WithTransaction
    public Uni<CourseView> create(@NotNull String district, @NotNull @Valid CourseInput input) {
        Course course = new Course();
        course.id = UUID.randomUUID();
        course.district = district;
        course.createdAt = now();
        return checked(district, course.id, input).chain(refs -> {
            apply(course, input, course.createdAt);
            return courses.persist(course).chain(c -> defined(district, c, refs));
        });
    }

    /** @param expectedRevision the revision the client last saw (If-Match), or null to skip the check */
    @WithTransaction
    public Uni<CourseView> replace(
            @NotNull String district, @NotNull UUID id, @NotNull @Valid CourseInput input, Integer expectedRevision) {
        return existing(district, id)
                .invoke(course -> IfMatch.check(expectedRevision, course.revision, "Course " + id))
                .chain(course -> checked(district, id, input).chain(refs -> {
                    apply(course, input, now());
                    return courses.flush().chain(() -> defined(district, course, refs));
                }))
                .onFailure(CourseService::lostRace)
                .transform(e -> IfMatch.stale("Course " + id + " changed meanwhile; read it again."));
    }

    /**
     * Removes a course no pathway requires.
     *
     * @param expectedRevision the revision the client last saw (If-Match), or null to skip the check
     */
    @WithTransaction
    public Uni<Void> remove(@NotNull String district, @NotNull UUID id, Integer expectedRevision) {
        return existing(district, id)
                .invoke(course -> IfMatch.check(expectedRevision, course.revision, "Course " + id))
                .call(course -> courses.pathwaysRequiring(id).invoke(pathways -> {
                    if (!pathways.isEmpty()) {
                        throw ProblemException.conflict("Course " + course.code + " is required by pathway(s) "
                                + String.join(", ", pathways) + "; remove it from them first.");
                    }
                }))
                .call(courses::delete)
                .call(course -> courses.flush())
                .onFailure(CourseService::lostRace)
                .transform(e -> IfMatch.stale("Course " + id + " changed meanwhile; read it again."))
                .replaceWithVoid();
    }

    /** The course, or null when the district has none by that id. */
    @WithSession
    public Uni<CourseView> find(@NotNull String district, @NotNull UUID id, boolean seesDrafts) {
        return courses.findWithCompetencies(district, id)
                .chain(course -> course == null
                        ? Uni.createFrom().nullItem()
                        : competencies
                                .find(district, course.competencyIds)
                                .map(refs -> CourseView.of(course, refs, seesDrafts)));
    }

    @WithSession
    public Uni<Page<CourseView>> list(@NotNull String district, boolean seesDrafts, PageCursor after, int limit) {
        return courses.page(district, after, limit).chain(rows -> {
            Set<UUID> ids = new HashSet<>();
            rows.forEach(c -> ids.addAll(c.competencyIds));
            return competencies
                    .find(district, ids)
                    .map(refs -> Page.of(
                            rows,
                            limit,
                            c -> CourseView.of(c, refs, seesDrafts),
                            c -> new PageCursor(c.createdAt, c.id)));
        });
    }

    private Uni<Course> existing(String district, UUID id) {
        return courses.findWithCompetencies(district, id).onItem().ifNull().failWith(() -> noCourse(id));
    }

    /** Checks the request against the catalog; all problems at once, 409 for a taken code, 422 for the rest. */
    private Uni<Map<UUID, Ref>> checked(String district, UUID self, CourseInput input) {
        String code = input.code().strip();
        return courses.codeTaken(district, code, self).chain(taken -> {
            if (taken) {
                return Uni.createFrom()
                        .failure(new ProblemException(
                                409,
                                "conflict",
                                "Conflict",
                                "Your district already has a course " + code + ".",
                                List.of(new FieldError("code", "is taken: " + code))));
            }
            return competencies.find(district, input.competencyIds()).map(refs -> {
                List<FieldError> errors = CatalogCompetencies.problems("competencyIds", input.competencyIds(), refs);
                if (!errors.isEmpty()) {
                    throw new ProblemException(
                            422,
                            "unknown-competencies",
                            "Unknown competencies",
                            "The course names competencies your district's frameworks do not have.",
                            errors);
                }
                return refs;
            });
        });
    }

    private Uni<CourseView> defined(String district, Course course, Map<UUID, Ref> refs) {
        List<RefView> all = RefView.of(course.competencyIds, refs, true);
        DomainEvent event = new DomainEvent(
                EventTypes.COURSE_DEFINED,
                course.id.toString(),
                course.id.toString(),
                CourseDefined.of(course, all, course.updatedAt));
        return outbox.add(district, event).replaceWith(() -> CourseView.of(course, refs, true));
    }

    static ProblemException noCourse(UUID id) {
        return ProblemException.notFound("No course " + id + ".");
    }

    private static boolean lostRace(Throwable e) {
        return e instanceof OptimisticLockException || e instanceof StaleStateException;
    }

    private static void apply(Course course, CourseInput input, OffsetDateTime now) {
        course.code = input.code().strip();
        course.title = input.title().strip();
        course.credits = input.credits();
        course.description = input.description();
        course.competencyIds.clear();
        course.competencyIds.addAll(input.competencyIds());
        course.updatedAt = now;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
