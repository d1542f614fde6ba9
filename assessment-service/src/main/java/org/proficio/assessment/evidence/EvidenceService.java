package org.proficio.assessment.evidence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.proficio.assessment.evidence.EvidenceRepository.Filter;
import org.proficio.assessment.evidence.EvidenceRequests.NewEvidence;
import org.proficio.assessment.evidence.EvidenceViews.EvidenceView;
import org.proficio.assessment.idempotency.Idempotency;
import org.proficio.assessment.idempotency.Idempotent;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;

/**
 * Takes in single pieces of evidence (checked and stored by {@link EvidenceIntake} in one transaction: all of it
 * happens or none of it) and reads evidence back.
 */
@ApplicationScoped
public class EvidenceService {

    /** Names the operation in Idempotency-Key hashes, so a key reused on another endpoint never replays this. */
    static final String SUBMIT_OPERATION = "POST /api/v1/evidence";

    private final EvidenceRepository evidence;
    private final EvidenceIntake intake;
    private final Idempotency idempotency;

    public EvidenceService(EvidenceRepository evidence, EvidenceIntake intake, Idempotency idempotency) {
        this.evidence = evidence;
        this.intake = intake;
        this.idempotency = idempotency;
    }

    /**
     * Stores the evidence (with the submitter's final scores, if any) and emits its events; with an Idempotency-Key,
     * a repeat of the same request returns the first result instead.
     *
     * @param idempotencyKey the client's Idempotency-Key header, or null
     */
    @WithTransaction
    public Uni<Idempotent<EvidenceView>> submit(
            @NotNull Submitter who, String idempotencyKey, @NotNull @Valid NewEvidence request) {
        return idempotency.once(
                who.district(),
                who.name(),
                idempotencyKey,
                SUBMIT_OPERATION,
                request,
                EvidenceView.class,
                () -> intake.check(who, request).chain(checked -> intake.store(who, checked)));
    }

    /** The district's evidence, or null if it has none by that id. */
    @WithSession
    public Uni<Evidence> find(@NotNull String district, @NotNull UUID id) {
        return evidence.findWithScores(district, id);
    }

    /** A page of the filtered evidence, newest submission first. */
    @WithSession
    public Uni<Page<EvidenceView>> list(@NotNull Filter filter, PageCursor after, int limit) {
        return evidence.page(filter, after, limit + 1)
                .map(rows -> Page.of(rows, limit, EvidenceView::of, e -> new PageCursor(e.submittedAt, e.id)));
    }
}
