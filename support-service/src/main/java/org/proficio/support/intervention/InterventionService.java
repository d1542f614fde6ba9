package org.proficio.support.intervention;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.outbox.Outbox;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.time.DatabaseTime;
import org.proficio.support.intervention.InterventionEvents.InterventionOpened;
import org.proficio.support.intervention.InterventionEvents.InterventionResolved;
import org.proficio.support.intervention.InterventionViews.InterventionView;
import org.proficio.support.intervention.ProgressionEvents.CompetencyMastered;
import org.proficio.support.intervention.ProgressionEvents.LearnerStruggling;

/**
 * Opens support the moment progression finds a learner struggling on a competency, and closes it when the learner
 * masters it. Each change and its event are written in one transaction (outbox).
 */
@ApplicationScoped
public class InterventionService {

    /** Why an intervention closes when progression reports mastery. */
    static final String MASTERED = "competency mastered";

    private final InterventionRepository interventions;
    private final Outbox outbox;

    public InterventionService(InterventionRepository interventions, Outbox outbox) {
        this.interventions = interventions;
        this.outbox = outbox;
    }

    /**
     * Opens an intervention for the learner's competency and writes InterventionOpened, unless one is open already
     * (a new struggling episode while support is under way changes nothing). Returns the new one, or null.
     */
    @WithTransaction
    public Uni<InterventionView> open(@NotNull String district, @NotNull @Valid LearnerStruggling struggling) {
        return interventions
                .listOpen(district, struggling.learnerId(), struggling.competencyId())
                .chain(open -> {
                    if (!open.isEmpty()) {
                        return Uni.createFrom().nullItem();
                    }
                    Intervention intervention = opened(district, struggling);
                    return interventions
                            .persist(intervention)
                            .chain(() -> outbox.add(
                                    district,
                                    DomainEvent.aboutLearner(
                                            EventTypes.INTERVENTION_OPENED,
                                            intervention.learnerId,
                                            InterventionOpened.of(intervention))))
                            .replaceWith(() -> InterventionView.of(intervention));
                });
    }

    /** Resolves the learner's open interventions on the mastered competency, each with InterventionResolved. */
    @WithTransaction
    public Uni<List<InterventionView>> resolve(@NotNull String district, @NotNull @Valid CompetencyMastered mastered) {
        return interventions
                .listOpen(district, mastered.learnerId(), mastered.competencyId())
                .chain(open -> {
                    OffsetDateTime at = DatabaseTime.now();
                    List<DomainEvent> resolved = new ArrayList<>();
                    for (Intervention intervention : open) {
                        intervention.status = InterventionStatus.RESOLVED;
                        intervention.resolution = MASTERED;
                        intervention.resolvedAt = at;
                        resolved.add(DomainEvent.aboutLearner(
                                EventTypes.INTERVENTION_RESOLVED,
                                intervention.learnerId,
                                InterventionResolved.of(intervention)));
                    }
                    return outbox.addAll(district, resolved)
                            .replaceWith(() ->
                                    open.stream().map(InterventionView::of).toList());
                });
    }

    /** The district's intervention, or null. */
    @WithSession
    public Uni<InterventionView> find(@NotNull String district, @NotNull UUID id) {
        return interventions.findInDistrict(district, id).map(i -> i == null ? null : InterventionView.of(i));
    }

    /** One page of the learner's interventions, newest first, optionally only those with {@code status}. */
    @WithSession
    public Uni<Page<InterventionView>> list(
            @NotNull String district,
            @NotNull String learnerId,
            InterventionStatus status,
            PageCursor after,
            int limit) {
        return interventions
                .page(district, learnerId, status, after, limit + 1)
                .map(rows -> Page.of(rows, limit, InterventionView::of, i -> new PageCursor(i.openedAt, i.id)));
    }

    private static Intervention opened(String district, LearnerStruggling struggling) {
        Intervention intervention = new Intervention();
        intervention.id = UUID.randomUUID();
        intervention.district = district;
        intervention.learnerId = struggling.learnerId();
        intervention.competencyId = struggling.competencyId();
        intervention.frameworkId = struggling.frameworkId();
        intervention.reason = reason(struggling);
        intervention.status = InterventionStatus.OPEN;
        intervention.openedAt = DatabaseTime.now();
        intervention.triggerEvidenceId = struggling.evidenceId();
        return intervention;
    }

    /**
     * In the words of the rule that fired, e.g. "2 consecutive scores below proficient"; progression's own sentence
     * when no scores made the learner struggling (an educator said so).
     */
    static String reason(LearnerStruggling struggling) {
        int below = struggling.consecutiveNonProficient();
        if (below == 0) {
            return struggling.explanation() != null ? struggling.explanation() : "Struggling, as an educator decided";
        }
        return below + " consecutive " + (below == 1 ? "score" : "scores") + " below proficient";
    }
}
