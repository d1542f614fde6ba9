package org.proficio.assessment.assessment;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proficio.assessment.assessment.AssessmentRequests.NewAssessment;
import org.proficio.assessment.assessment.AssessmentViews.AssessmentView;
import org.proficio.assessment.assessment.Calibration.Agreement;
import org.proficio.assessment.catalog.Catalog;
import org.proficio.assessment.catalog.ScaledCompetency;
import org.proficio.assessment.idempotency.Idempotency;
import org.proficio.assessment.idempotency.Idempotent;
import org.proficio.platform.paging.Page;
import org.proficio.platform.paging.PageCursor;
import org.proficio.platform.problem.IfMatch;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * Defines assessments and reads them back. An assessment's competencies, rubric and framework are checked against the
 * catalog read model of the caller's district; its policies get the documented defaults where the client sent none.
 */
@ApplicationScoped
public class AssessmentService {

    static final String CREATE_OPERATION = "POST /api/v1/assessments";

    /** Formative evidence needed on each competency before a summative attempt, unless the client says otherwise. */
    static final int DEFAULT_SUMMATIVE_READINESS = 1;

    private final AssessmentRepository assessments;
    private final Catalog catalog;
    private final Idempotency idempotency;

    public AssessmentService(AssessmentRepository assessments, Catalog catalog, Idempotency idempotency) {
        this.assessments = assessments;
        this.catalog = catalog;
        this.idempotency = idempotency;
    }

    /** Defines an assessment; with an Idempotency-Key, a repeat of the same request returns the first result. */
    @WithTransaction
    public Uni<Idempotent<AssessmentView>> create(
            @NotNull String district,
            @NotNull String author,
            String idempotencyKey,
            @NotNull @Valid NewAssessment request) {
        return idempotency.once(
                district, author, idempotencyKey, CREATE_OPERATION, request, AssessmentView.class, () -> {
                    Assessment a = new Assessment();
                    a.id = UUID.randomUUID();
                    a.district = district;
                    a.createdBy = author;
                    a.createdAt = now();
                    a.revision = 1;
                    return apply(a, request).chain(assessments::persist).map(AssessmentView::of);
                });
    }

    /** Replaces the definition; refused with 412 when {@code expectedRevision} is not the current one. */
    @WithTransaction
    public Uni<AssessmentView> replace(
            @NotNull String district,
            @NotNull UUID id,
            Integer expectedRevision,
            @NotNull @Valid NewAssessment request) {
        return assessments.findInDistrict(district, id).chain(a -> {
            if (a == null) {
                throw ProblemException.notFound("No assessment " + id + ".");
            }
            IfMatch.check(expectedRevision, a.revision, "Assessment " + id);
            a.revision++;
            return apply(a, request).map(AssessmentView::of);
        });
    }

    /** The district's assessment, or null. */
    @WithSession
    public Uni<Assessment> find(@NotNull String district, @NotNull UUID id) {
        return assessments.findInDistrict(district, id);
    }

    /** A page of the district's assessments, newest first. */
    @WithSession
    public Uni<Page<AssessmentView>> list(
            @NotNull String district, UUID competencyId, AssessmentKind kind, PageCursor after, int limit) {
        return assessments
                .page(district, competencyId, kind, after, limit + 1)
                .map(rows -> Page.of(rows, limit, AssessmentView::of, a -> new PageCursor(a.createdAt, a.id)));
    }

    /** Checks the request against the catalog and copies it onto the assessment. */
    private Uni<Assessment> apply(Assessment a, NewAssessment request) {
        if (request.retest() != null
                && request.retest().cooldown() != null
                && request.retest().cooldown().isNegative()) {
            throw ProblemException.unprocessable(
                    "A retest cooldown cannot be negative.", new FieldError("retest.cooldown", "must be zero or more"));
        }
        List<UUID> ids = request.competencyIds();
        if (new HashSet<>(ids).size() != ids.size()) {
            throw ProblemException.unprocessable(
                    "An assessment lists each competency once.",
                    new FieldError("competencyIds", "contains a competency twice"));
        }
        return catalog.competencies(a.district, ids)
                .chain(found -> {
                    UUID frameworkId = frameworkOf(ids, found);
                    return catalog.framework(a.district, frameworkId).map(framework -> {
                        if (framework.isRetired()) {
                            throw ProblemException.unprocessable(
                                    "Framework " + frameworkId + " is retired; align the assessment to its successor.",
                                    new FieldError("competencyIds", "belong to a retired framework"));
                        }
                        return frameworkId;
                    });
                })
                .call(frameworkId -> request.rubricId() == null
                        ? Uni.createFrom().voidItem()
                        : catalog.rubric(a.district, request.rubricId()).invoke(rubric -> {
                            if (rubric == null || !rubric.frameworkId().equals(frameworkId)) {
                                throw ProblemException.unprocessable(
                                        "Rubric " + request.rubricId() + " is not a rubric of framework " + frameworkId
                                                + ".",
                                        new FieldError("rubricId", "names no rubric of the competencies' framework"));
                            }
                        }))
                .call(frameworkId -> request.activityId() == null
                        ? Uni.createFrom().voidItem()
                        : assessments
                                .activityTaken(a.district, request.activityId(), a.id)
                                .invoke(taken -> {
                                    if (taken) {
                                        throw ProblemException.conflict("Another assessment of your district already"
                                                + " maps xAPI activity " + request.activityId() + ".");
                                    }
                                }))
                .map(frameworkId -> {
                    copy(request, a);
                    a.frameworkId = frameworkId;
                    a.updatedAt = now();
                    return a;
                });
    }

    /** The one framework all listed competencies belong to; 422 for unknown ones or a mix of frameworks. */
    private static UUID frameworkOf(List<UUID> ids, Map<UUID, ScaledCompetency> found) {
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!found.containsKey(ids.get(i))) {
                unknown.add(
                        new FieldError("competencyIds[" + i + "]", "names no published competency of your district"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable(
                    "Every competency must be in a published framework of your district.",
                    unknown.toArray(FieldError[]::new));
        }
        List<UUID> frameworks =
                ids.stream().map(id -> found.get(id).frameworkId()).distinct().toList();
        if (frameworks.size() > 1) {
            throw ProblemException.unprocessable(
                    "The competencies of an assessment must come from one framework (they share its scale).",
                    new FieldError("competencyIds", "belong to frameworks " + frameworks));
        }
        return frameworks.get(0);
    }

    private static void copy(NewAssessment r, Assessment a) {
        a.title = r.title().strip();
        a.description = r.description();
        a.kind = r.kind();
        a.modality = r.modality();
        a.competencyIds.clear();
        a.competencyIds.addAll(r.competencyIds());
        a.rubricId = r.rubricId();
        a.activityId = r.activityId();
        a.sourceId = r.sourceId();
        var c = r.calibration();
        a.calibration = Calibration.of(
                c == null || c.ratersRequired() == null ? 1 : c.ratersRequired(),
                c == null || c.agreement() == null ? Agreement.ADJACENT : c.agreement());
        var readiness = r.readiness();
        int defaultFormative = r.kind() == AssessmentKind.SUMMATIVE ? DEFAULT_SUMMATIVE_READINESS : 0;
        a.readiness = ReadinessPolicy.of(
                readiness == null || readiness.formativeEvidence() == null
                        ? defaultFormative
                        : readiness.formativeEvidence(),
                readiness != null && Boolean.TRUE.equals(readiness.confirmationRequired()));
        var retest = r.retest();
        a.retest = RetestPolicy.of(
                retest == null || retest.preparationRequired() == null || retest.preparationRequired(),
                retest == null || retest.cooldown() == null ? Duration.ZERO : retest.cooldown(),
                retest == null ? null : retest.maxAttempts());
        var studentSubmission = r.studentSubmission();
        a.studentSubmissionAllowed = studentSubmission == null || studentSubmission.allowed() == null
                ? r.kind() == AssessmentKind.FORMATIVE
                : studentSubmission.allowed();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
