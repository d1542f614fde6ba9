package org.proficio.progression.advancement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The data of the events advancement publishes, keyed and subjected by learner id. */
public final class AdvancementEvents {

    private AdvancementEvents() {}

    /**
     * {@code org.proficio.progression.targets-unlocked.v1}: mastering {@code competencyId} opened competencies of the
     * learner's plan whose prerequisites are now all mastered.
     */
    public record TargetsUnlocked(
            String learnerId, UUID competencyId, UUID decisionId, List<Target> unlocked, OffsetDateTime unlockedAt) {}

    public record Target(UUID competencyId, UUID frameworkId) {}

    /** {@code org.proficio.progression.credit-awarded.v1}: every competency the course counts is mastered. */
    public record CreditAwarded(
            String learnerId,
            UUID courseId,
            String code,
            String title,
            BigDecimal credits,
            UUID decisionId,
            OffsetDateTime awardedAt) {}

    /** {@code org.proficio.progression.graduation-requirements-met.v1}: a pathway of her plan is complete. */
    public record GraduationRequirementsMet(
            String learnerId,
            UUID pathwayId,
            String name,
            String diploma,
            BigDecimal credits,
            UUID decisionId,
            OffsetDateTime metAt) {}
}
