package org.proficio.progression.mastery;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.proficio.progression.mastery.MasteryDecision.Cause;

/** Data of the events mastery publishes; each matches its JSON Schema in the platform's {@code events/}. */
public final class MasteryEvents {

    private MasteryEvents() {}

    /**
     * {@code org.proficio.progression.mastery-changed.v1}
     *
     * @param evidenceId the evidence that caused it (cause EVIDENCE), else null
     */
    public record MasteryChanged(
            String learnerId,
            UUID competencyId,
            UUID frameworkId,
            MasteryStatus previousStatus,
            MasteryStatus status,
            BigDecimal value,
            String level,
            Cause cause,
            UUID decisionId,
            UUID evidenceId,
            int policyVersion,
            String explanation,
            OffsetDateTime changedAt) {}

    /** {@code org.proficio.progression.learner-struggling.v1} */
    public record LearnerStruggling(
            String learnerId,
            UUID competencyId,
            UUID frameworkId,
            int consecutiveNonProficient,
            UUID evidenceId,
            UUID decisionId,
            String explanation,
            OffsetDateTime detectedAt) {}

    /** {@code org.proficio.progression.competency-mastered.v1} */
    public record CompetencyMastered(
            String learnerId,
            UUID competencyId,
            UUID frameworkId,
            UUID evidenceId,
            UUID decisionId,
            BigDecimal value,
            OffsetDateTime masteredAt) {}

    /** {@code org.proficio.progression.decision-overridden.v1}: set by hand, or taken back ({@code reversed}). */
    public record DecisionOverridden(
            String learnerId,
            UUID competencyId,
            UUID frameworkId,
            UUID decisionId,
            MasteryStatus previousStatus,
            MasteryStatus status,
            boolean reversed,
            String reason,
            String overriddenBy,
            OffsetDateTime overriddenAt) {}
}
