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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.proficio.competency.framework.FrameworkRequests.NewCompetency;
import org.proficio.competency.framework.FrameworkRequests.NewFramework;
import org.proficio.competency.framework.FrameworkViews.FrameworkSummary;
import org.proficio.competency.framework.FrameworkViews.FrameworkView;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.outbox.Outbox;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.ProblemException;

/** Creates, reads and publishes a district's frameworks. */
@ApplicationScoped
public class FrameworkService {

    private static final String DEFAULT_VERSION = "1.0";

    private final FrameworkRepository frameworks;
    private final Outbox outbox;

    public FrameworkService(FrameworkRepository frameworks, Outbox outbox) {
        this.frameworks = frameworks;
        this.outbox = outbox;
    }

    /** Creates a draft framework with the default scale. */
    @WithTransaction
    public Uni<FrameworkView> create(@NotNull String district, @NotNull @Valid NewFramework request) {
        CompetencyTree.check(request.competencies());
        Framework framework = draft(district, request);
        return frameworks.persist(framework).map(FrameworkView::of);
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
        return frameworks.findComplete(district, id).chain(framework -> {
            if (framework == null) {
                return Uni.createFrom().failure(ProblemException.notFound("No framework " + id + "."));
            }
            if (expectedRevision != null && expectedRevision != framework.revision) {
                return Uni.createFrom()
                        .failure(new ProblemException(
                                412,
                                "stale",
                                "Precondition failed",
                                "The framework changed since revision " + expectedRevision + ".",
                                java.util.List.of()));
            }
            if (framework.status != Framework.Status.DRAFT) {
                return Uni.createFrom()
                        .failure(ProblemException.conflict(
                                "Framework " + id + " is " + framework.status + "; only a draft can be published."));
            }
            framework.status = Framework.Status.PUBLISHED;
            framework.publishedAt = now();
            DomainEvent event = new DomainEvent(
                    EventTypes.FRAMEWORK_PUBLISHED, id.toString(), id.toString(), FrameworkPublished.of(framework));
            return outbox.add(district, event).replaceWith(() -> FrameworkView.of(framework));
        });
    }

    private static Framework draft(String district, NewFramework request) {
        Framework framework = new Framework();
        framework.id = UUID.randomUUID();
        framework.identifier = framework.id.toString();
        framework.district = district;
        framework.title = request.title().strip();
        framework.subject = request.subject();
        if (request.subject() != null) {
            framework.subjects.add(request.subject());
        }
        framework.version = request.version() == null ? DEFAULT_VERSION : request.version();
        framework.language = request.language();
        framework.status = Framework.Status.DRAFT;
        framework.createdAt = now();

        Map<String, UUID> idByCode = new HashMap<>();
        request.competencies().forEach(c -> idByCode.put(c.code(), UUID.randomUUID()));
        int position = 0;
        for (NewCompetency c : request.competencies()) {
            Competency competency = new Competency();
            competency.id = idByCode.get(c.code());
            competency.identifier = competency.id.toString();
            competency.framework = framework;
            competency.district = district;
            competency.code = c.code();
            competency.statement = c.statement().strip();
            competency.parentId = c.parentCode() == null ? null : idByCode.get(c.parentCode());
            competency.position = position++;
            framework.competencies.add(competency);
            framework.associations.add(childOf(framework, competency, c.parentCode()));
        }
        int level = 0;
        for (DefaultScale.Level l : DefaultScale.LEVELS) {
            ScaleLevel scaleLevel = new ScaleLevel();
            scaleLevel.id = UUID.randomUUID();
            scaleLevel.framework = framework;
            scaleLevel.position = level++;
            scaleLevel.code = l.code();
            scaleLevel.label = l.label();
            scaleLevel.score = l.score();
            scaleLevel.proficient = l.proficient();
            framework.scale.add(scaleLevel);
        }
        return framework;
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
        return edge;
    }

    /** Microsecond precision, as PostgreSQL stores it, so that cursors built from memory match the rows. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
