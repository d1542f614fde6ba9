package org.proficio.assessment.readiness;

import java.util.List;
import java.util.stream.Collectors;
import org.proficio.platform.problem.Problem.FieldError;
import org.proficio.platform.problem.ProblemException;

/**
 * 409: the learner may not make this attempt at the assessment now. The problem's type is {@code not-ready} or
 * {@code retest-refused}, its detail names the unmet conditions and {@code errors} lists each of them (field = the
 * {@link Condition}, message = what is missing). Carries the {@link Evaluation}, from which {@link Denials} builds
 * the ReadinessDenied event.
 */
public class AttemptRefused extends ProblemException {

    private final transient Evaluation evaluation;

    public AttemptRefused(Evaluation evaluation) {
        super(
                409,
                evaluation.refusal() == Refusal.NOT_READY ? "not-ready" : "retest-refused",
                evaluation.refusal() == Refusal.NOT_READY ? "Not ready for this assessment" : "Retest not allowed yet",
                detail(evaluation),
                errors(evaluation));
        if (evaluation.admitted()) {
            throw new IllegalArgumentException("an admitted attempt is not refused");
        }
        this.evaluation = evaluation;
    }

    public Evaluation evaluation() {
        return evaluation;
    }

    public Refusal refusal() {
        return evaluation.refusal();
    }

    private static String detail(Evaluation e) {
        String conditions =
                e.unmet().stream().map(u -> u.condition().name()).distinct().collect(Collectors.joining(", "));
        String details = e.unmet().stream().map(Unmet::detail).collect(Collectors.joining("; "));
        return "Learner " + e.learnerId() + " may not make attempt " + e.nextAttempt() + " at assessment "
                + e.assessmentId() + " yet (" + conditions + "): " + details + ".";
    }

    private static List<FieldError> errors(Evaluation e) {
        return e.unmet().stream()
                .map(u -> new FieldError(u.condition().name(), u.detail()))
                .toList();
    }
}
