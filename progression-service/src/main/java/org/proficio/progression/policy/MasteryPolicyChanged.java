package org.proficio.progression.policy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;
import org.proficio.progression.mastery.Rejudged;

/**
 * {@code org.proficio.progression.mastery-policy-changed.v1}: a district admin stored a new version of the district's
 * policy ({@code frameworkId} null) or of a framework's, and every standing it judges was judged again. Subject and key:
 * the framework id, or the district for the district's policy.
 */
public record MasteryPolicyChanged(
        String scope,
        UUID frameworkId,
        int version,
        Algorithm algorithm,
        BigDecimal weight,
        Integer requiredCount,
        int minEvidence,
        boolean requirePerformance,
        boolean requireSummative,
        int strugglingAfter,
        String description,
        int judged,
        int changed,
        int up,
        int down,
        String changedBy,
        OffsetDateTime changedAt) {

    static DomainEvent of(String district, PolicyViews.PolicyView policy, Rejudged tally) {
        String subject =
                policy.frameworkId() == null ? district : policy.frameworkId().toString();
        return new DomainEvent(
                EventTypes.MASTERY_POLICY_CHANGED,
                subject,
                subject,
                new MasteryPolicyChanged(
                        policy.scope(),
                        policy.frameworkId(),
                        policy.version(),
                        policy.algorithm(),
                        policy.weight(),
                        policy.requiredCount(),
                        policy.minEvidence(),
                        policy.requirePerformance(),
                        policy.requireSummative(),
                        policy.strugglingAfter(),
                        policy.description(),
                        tally.judged(),
                        tally.changed(),
                        tally.up(),
                        tally.down(),
                        policy.createdBy(),
                        policy.createdAt()));
    }
}
