package org.proficio.competency.resource;

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
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.resource.ResourceRequests.ResourceInput;
import org.proficio.competency.resource.ResourceViews.ResourceView;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.problem.ProblemException;

/**
 * Adds, reads, changes and removes the learning resources of a district's competencies. Whoever can see a
 * competency sees its resources; drafts' competencies only district admins.
 */
@ApplicationScoped
public class LearningResourceService {

    private final LearningResourceRepository resources;

    public LearningResourceService(LearningResourceRepository resources) {
        this.resources = resources;
    }

    /** The framework's resources in the order they were added, for a caller that holds a session (snapshots). */
    @WithSession
    public Uni<List<LearningResource>> forFramework(@NotNull UUID frameworkId) {
        return resources.forFramework(frameworkId);
    }

    @WithTransaction
    public Uni<ResourceView> add(
            @NotNull String district,
            @NotNull UUID competencyId,
            @NotNull @Valid ResourceInput input,
            @NotNull String author,
            boolean seesDrafts) {
        return visibleCompetency(district, competencyId, seesDrafts).chain(competency -> {
            OffsetDateTime now = now();
            LearningResource resource = new LearningResource();
            resource.id = UUID.randomUUID();
            resource.district = district;
            resource.competencyId = competency.id;
            resource.frameworkId = competency.framework.id;
            resource.createdBy = author;
            resource.createdAt = now;
            apply(resource, input, now);
            return resources.persist(resource).map(ResourceView::of);
        });
    }

    @WithSession
    public Uni<Page<ResourceView>> list(
            @NotNull String district, @NotNull UUID competencyId, boolean seesDrafts, PageCursor after, int limit) {
        return visibleCompetency(district, competencyId, seesDrafts)
                .chain(competency -> resources.page(competency.id, after, limit))
                .map(rows -> Page.of(rows, limit, ResourceView::of, r -> new PageCursor(r.createdAt, r.id)));
    }

    /** The resource, or null when the district has none by that id or the caller cannot see its competency. */
    @WithSession
    public Uni<ResourceView> find(@NotNull String district, @NotNull UUID id, boolean seesDrafts) {
        return visibleResource(district, id, seesDrafts).map(r -> r == null ? null : ResourceView.of(r));
    }

    /**
     * Replaces the resource's fields.
     *
     * @param expectedRevision the revision the client last saw (If-Match), or null to skip the check
     */
    @WithTransaction
    public Uni<ResourceView> replace(
            @NotNull String district,
            @NotNull UUID id,
            @NotNull @Valid ResourceInput input,
            Integer expectedRevision,
            boolean seesDrafts) {
        return existing(district, id, seesDrafts)
                .invoke(resource -> IfMatch.check(expectedRevision, resource.revision, "Resource " + id))
                .invoke(resource -> apply(resource, input, now()))
                .call(resource -> resources.flush())
                .map(ResourceView::of)
                .onFailure(LearningResourceService::lostRace)
                .transform(e -> IfMatch.stale("Resource " + id + " changed meanwhile; read it again."));
    }

    /** @param expectedRevision the revision the client last saw (If-Match), or null to skip the check */
    @WithTransaction
    public Uni<Void> remove(@NotNull String district, @NotNull UUID id, Integer expectedRevision, boolean seesDrafts) {
        return existing(district, id, seesDrafts)
                .invoke(resource -> IfMatch.check(expectedRevision, resource.revision, "Resource " + id))
                .call(resources::delete)
                .call(resource -> resources.flush())
                .onFailure(LearningResourceService::lostRace)
                .transform(e -> IfMatch.stale("Resource " + id + " changed meanwhile; read it again."))
                .replaceWithVoid();
    }

    private Uni<LearningResource> existing(String district, UUID id, boolean seesDrafts) {
        return visibleResource(district, id, seesDrafts).onItem().ifNull().failWith(() -> noResource(id));
    }

    private Uni<LearningResource> visibleResource(String district, UUID id, boolean seesDrafts) {
        return resources
                .find(district, id)
                .chain(resource -> resource == null
                        ? Uni.createFrom().nullItem()
                        : resources
                                .frameworkStatus(resource.frameworkId)
                                .map(status -> seesDrafts || status != Framework.Status.DRAFT ? resource : null));
    }

    /** The competency; 404 when the district has none by that id or the caller cannot see its framework. */
    private Uni<Competency> visibleCompetency(String district, UUID competencyId, boolean seesDrafts) {
        return resources.competency(district, competencyId).map(competency -> {
            if (competency == null || (!seesDrafts && competency.framework.status == Framework.Status.DRAFT)) {
                throw ProblemException.notFound("No competency " + competencyId + ".");
            }
            return competency;
        });
    }

    static ProblemException noResource(UUID id) {
        return ProblemException.notFound("No learning resource " + id + ".");
    }

    /** Another request changed or removed the row between our read and our write. */
    private static boolean lostRace(Throwable e) {
        return e instanceof OptimisticLockException || e instanceof StaleStateException;
    }

    private static void apply(LearningResource resource, ResourceInput input, OffsetDateTime now) {
        resource.title = input.title().strip();
        resource.link = input.link().strip();
        resource.modality = input.modality();
        resource.expectedMinutes = input.expectedMinutes();
        resource.description = input.description();
        resource.language = input.language();
        resource.updatedAt = now;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
