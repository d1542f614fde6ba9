package org.proficio.assessment.readiness;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.proficio.assessment.assessment.Assessment;
import org.proficio.assessment.assessment.AssessmentRepository;
import org.proficio.assessment.assessment.AssessmentRequests;
import org.proficio.assessment.idempotency.Idempotency;
import org.proficio.assessment.idempotency.Idempotent;
import org.proficio.assessment.readiness.ReadinessRequests.NewConfirmation;
import org.proficio.assessment.readiness.ReadinessRequests.NewPreparation;
import org.proficio.assessment.readiness.ReadinessViews.ConfirmationView;
import org.proficio.assessment.readiness.ReadinessViews.PreparationView;
import org.proficio.assessment.readiness.ReadinessViews.ReadinessView;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * Records a learner's preparation and educators' readiness confirmations, and tells whether the learner may make the
 * next attempt at an assessment (the evaluation of {@link Attempts}, which evidence intake also applies).
 */
@ApplicationScoped
public class ReadinessService {

    static final String PREPARATION_OPERATION = "POST /api/v1/learners/{learnerId}/preparations";
    static final String CONFIRMATION_OPERATION = "POST /api/v1/learners/{learnerId}/readiness-confirmations";

    /**
     * The first time zone to reach a date (UTC+14, Line Islands): a completion date after today there lies in the
     * future everywhere.
     */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private static final int MAX_LEARNER_ID = 100;
    private static final Pattern LEARNER_ID = Pattern.compile(AssessmentRequests.EXTERNAL_ID);

    private final PreparationRepository preparations;
    private final ReadinessConfirmationRepository confirmations;
    private final AssessmentRepository assessments;
    private final Attempts attempts;
    private final Idempotency idempotency;

    public ReadinessService(
            PreparationRepository preparations,
            ReadinessConfirmationRepository confirmations,
            AssessmentRepository assessments,
            Attempts attempts,
            Idempotency idempotency) {
        this.preparations = preparations;
        this.confirmations = confirmations;
        this.assessments = assessments;
        this.attempts = attempts;
        this.idempotency = idempotency;
    }

    /** The request an Idempotency-Key guards: the body and the learner of the path. */
    private record Keyed(String learnerId, Object body) {}

    /**
     * Records preparation the learner completed; with an Idempotency-Key, a repeat of the same request returns the
     * first result.
     *
     * @param recorder the token's principal; also the verifier unless the request names one
     */
    @WithTransaction
    public Uni<Idempotent<PreparationView>> recordPreparation(
            @NotNull String district,
            @NotNull String recorder,
            @NotNull String learnerId,
            String idempotencyKey,
            @NotNull @Valid NewPreparation request) {
        return Uni.createFrom().deferred(() -> {
            checkLearnerId(learnerId);
            return idempotency.once(
                    district,
                    recorder,
                    idempotencyKey,
                    PREPARATION_OPERATION,
                    new Keyed(learnerId, request),
                    PreparationView.class,
                    () -> Uni.createFrom().deferred(() -> {
                        if (request.completedOn().isAfter(LocalDate.now(EARLIEST_ZONE))) {
                            throw ProblemException.unprocessable(
                                    "The preparation cannot have been completed in the future.",
                                    new FieldError("completedOn", "lies in the future"));
                        }
                        return assessment(district, request.assessmentId()).chain(assessment -> {
                            Preparation p = new Preparation();
                            p.id = UUID.randomUUID();
                            p.district = district;
                            p.learnerId = learnerId;
                            p.assessmentId = assessment.id;
                            p.activity = request.activity().strip();
                            p.completedOn = request.completedOn();
                            p.verifiedBy = request.verifiedBy() == null
                                            || request.verifiedBy().isBlank()
                                    ? recorder
                                    : request.verifiedBy().strip();
                            p.recordedBy = recorder;
                            p.recordedAt = now();
                            return preparations.persist(p).map(PreparationView::of);
                        });
                    }));
        });
    }

    /** Records an educator's confirmation that the learner is ready for an assessment. */
    @WithTransaction
    public Uni<Idempotent<ConfirmationView>> confirm(
            @NotNull String district,
            @NotNull String educator,
            @NotNull String learnerId,
            String idempotencyKey,
            @NotNull @Valid NewConfirmation request) {
        return Uni.createFrom().deferred(() -> {
            checkLearnerId(learnerId);
            return idempotency.once(
                    district,
                    educator,
                    idempotencyKey,
                    CONFIRMATION_OPERATION,
                    new Keyed(learnerId, request),
                    ConfirmationView.class,
                    () -> assessment(district, request.assessmentId()).chain(assessment -> {
                        ReadinessConfirmation c = new ReadinessConfirmation();
                        c.id = UUID.randomUUID();
                        c.district = district;
                        c.learnerId = learnerId;
                        c.assessmentId = assessment.id;
                        c.note = request.note() == null || request.note().isBlank()
                                ? null
                                : request.note().strip();
                        c.confirmedBy = educator;
                        c.confirmedAt = now();
                        return confirmations.persist(c).map(ConfirmationView::of);
                    }));
        });
    }

    /** A page of the learner's preparation, newest recorded first, optionally for one assessment. */
    @WithSession
    public Uni<Page<PreparationView>> preparations(
            @NotNull String district, @NotNull String learnerId, UUID assessmentId, PageCursor after, int limit) {
        return preparations
                .page(district, learnerId, assessmentId, after, limit + 1)
                .map(rows -> Page.of(rows, limit, PreparationView::of, p -> new PageCursor(p.recordedAt, p.id)));
    }

    /** A page of the learner's readiness confirmations, newest first, optionally for one assessment. */
    @WithSession
    public Uni<Page<ConfirmationView>> confirmations(
            @NotNull String district, @NotNull String learnerId, UUID assessmentId, PageCursor after, int limit) {
        return confirmations
                .page(district, learnerId, assessmentId, after, limit + 1)
                .map(rows -> Page.of(rows, limit, ConfirmationView::of, c -> new PageCursor(c.confirmedAt, c.id)));
    }

    /** Whether the learner may make the next attempt at the assessment now; null for no such assessment. */
    @WithSession
    public Uni<ReadinessView> readiness(
            @NotNull String district, @NotNull String learnerId, @NotNull UUID assessmentId) {
        return assessments
                .findInDistrict(district, assessmentId)
                .chain(assessment -> assessment == null
                        ? Uni.createFrom().nullItem()
                        : attempts.evaluate(district, learnerId, assessment).map(ReadinessView::of));
    }

    /** The district's assessment; 422 naming {@code assessmentId} when it has none by that id. */
    private Uni<Assessment> assessment(String district, UUID id) {
        return assessments.findInDistrict(district, id).invoke(a -> {
            if (a == null) {
                throw ProblemException.unprocessable(
                        "Assessment " + id + " is not an assessment of your district.",
                        new FieldError("assessmentId", "names no assessment of your district"));
            }
        });
    }

    /** Learner ids are stored as given: the same rule as for evidence. */
    private static void checkLearnerId(String learnerId) {
        if (learnerId.length() > MAX_LEARNER_ID
                || !LEARNER_ID.matcher(learnerId).matches()) {
            throw new ProblemException(
                    400,
                    "validation",
                    "Invalid request",
                    "The request has 1 invalid field(s).",
                    List.of(new FieldError(
                            "learnerId",
                            "must be 1 to " + MAX_LEARNER_ID + " " + AssessmentRequests.EXTERNAL_ID_MESSAGE)));
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
