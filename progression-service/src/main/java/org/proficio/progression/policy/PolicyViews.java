package org.proficio.progression.policy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.progression.mastery.MasteryStatus;
import org.proficio.progression.mastery.StandingChange;

/** What clients send and get back about mastery policies. */
public final class PolicyViews {

    private PolicyViews() {}

    @Schema(
            name = "MasteryPolicyInput",
            description = "A mastery policy: how scores become a value (algorithm), what mastery needs besides a value"
                    + " at or above proficient, and when a learner counts as struggling. Omitted rules take their"
                    + " defaults.")
    public record PolicyInput(
            @NotNull @Schema(required = true, examples = "DECAYING_AVERAGE")
            Algorithm algorithm,

            @DecimalMin(value = "0", inclusive = false)
            @DecimalMax(value = "1", inclusive = false)
            @Schema(
                    description =
                            "weight of the latest score, WEIGHTED_AVERAGE and DECAYING_AVERAGE only; default" + " 0.65",
                    examples = "0.65")
            BigDecimal weight,

            @Min(1) @Max(100) @Schema(description = "n of N_TIMES_PROFICIENT only; default 2", examples = "2")
            Integer requiredCount,

            @Min(1)
            @Max(1000)
            @Schema(description = "pieces of evidence mastery needs at least; default 1", examples = "3")
            Integer minEvidence,

            @Schema(description = "mastery needs a performance or authentic assessment; default false")
            Boolean requirePerformance,

            @Schema(description = "mastery needs a summative assessment; default false")
            Boolean requireSummative,

            @Min(1)
            @Max(100)
            @Schema(description = "scores below proficient in a row that make a learner STRUGGLING; default 2")
            Integer strugglingAfter) {

        /** The policy this input asks for. */
        public MasteryPolicy policy() {
            return new MasteryPolicy(
                    algorithm,
                    weight,
                    requiredCount,
                    minEvidence == null ? 1 : minEvidence,
                    Boolean.TRUE.equals(requirePerformance),
                    Boolean.TRUE.equals(requireSummative),
                    strugglingAfter == null ? MasteryPolicy.BUILT_IN.strugglingAfter() : strugglingAfter);
        }
    }

    @Schema(
            name = "MasteryPolicy",
            description = "A mastery policy in force: the district's, a framework's override, or the built-in one"
                    + " (version 0) of a district that has not chosen.")
    public record PolicyView(
            @Schema(
                    examples = "district",
                    enumeration = {"district", "framework", "built-in"})
            String scope,

            @Schema(description = "the framework of an override, else null")
            UUID frameworkId,

            @Schema(examples = "3") int version,
            @Schema(examples = "DECAYING_AVERAGE") Algorithm algorithm,
            @Schema(examples = "0.65") BigDecimal weight,
            Integer requiredCount,
            int minEvidence,
            boolean requirePerformance,
            boolean requireSummative,
            int strugglingAfter,

            @Schema(examples = "a decaying average (weight 0.65); mastery also needs a performance assessment")
            String description,

            OffsetDateTime createdAt,
            String createdBy) {

        static PolicyView of(PolicyInForce inForce, PolicyVersion stored) {
            MasteryPolicy p = inForce.policy();
            String scope = inForce.id() == null ? "built-in" : inForce.frameworkId() == null ? "district" : "framework";
            return new PolicyView(
                    scope,
                    inForce.frameworkId(),
                    inForce.version(),
                    p.algorithm(),
                    p.weight(),
                    p.requiredCount(),
                    p.minEvidence(),
                    p.requirePerformance(),
                    p.requireSummative(),
                    p.strugglingAfter(),
                    p.describe(),
                    stored == null ? null : stored.createdAt,
                    stored == null ? null : stored.createdBy);
        }

        static PolicyView of(PolicyVersion stored) {
            return of(PolicyInForce.of(stored), stored);
        }
    }

    @Schema(
            name = "MasteryPolicies",
            description = "The district's mastery policy and the frameworks that override it, each in its current"
                    + " version.")
    public record PoliciesView(PolicyView district, List<PolicyView> frameworks) {}

    @Schema(
            name = "MasteryPolicyChange",
            description = "A new policy version and what it changed: the learner × competency standings judged again,"
                    + " and how many of them changed status, up (towards MASTERED) or down.")
    public record PolicyChangeView(
            PolicyView policy,

            @Schema(description = "standings the policy judged again")
            int judged,

            @Schema(description = "standings whose status changed")
            int changed,

            @Schema(description = "of those, towards MASTERED")
            int up,

            @Schema(description = "of those, away from MASTERED")
            int down,

            @Schema(description = "standings whose value changed but not their status")
            int valuesChanged) {}

    @Schema(
            name = "MasteryPolicyDryRun",
            description = "What a proposed policy would change, written nowhere: the same counts as applying it would"
                    + " give now, and the standings whose status would change, paged.")
    public record DryRunView(
            @Schema(description = "the policy as it would be stored (its version the next one)")
            PolicyView policy,

            int judged,
            int changed,
            int up,
            int down,
            int valuesChanged,

            @Schema(description = "the standings whose status would change, by learner id then competency id")
            List<StatusChangeView> items,

            @Schema(description = "cursor of the next page of items; absent on the last")
            String nextCursor) {}

    @Schema(name = "MasteryStatusChange", description = "A standing whose status a policy would change.")
    public record StatusChangeView(
            @Schema(examples = "s-0001") String learnerId,
            UUID competencyId,
            UUID frameworkId,
            @Schema(examples = "MASTERED") MasteryStatus fromStatus,
            @Schema(examples = "PROFICIENT") MasteryStatus toStatus,
            @Schema(examples = "3") BigDecimal fromValue,
            @Schema(examples = "3.23") BigDecimal toValue) {

        static StatusChangeView of(StandingChange c) {
            return new StatusChangeView(
                    c.learnerId(),
                    c.competencyId(),
                    c.frameworkId(),
                    c.fromStatus(),
                    c.toStatus(),
                    c.fromValue(),
                    c.toValue());
        }
    }
}
