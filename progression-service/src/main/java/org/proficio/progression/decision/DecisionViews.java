package org.proficio.progression.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.proficio.progression.mastery.MasteryDecision;
import org.proficio.progression.mastery.MasteryDecision.Cause;
import org.proficio.progression.mastery.MasteryStatus;

/** What clients send and get back about decisions and overrides. */
public final class DecisionViews {

    private DecisionViews() {}

    @Schema(
            name = "MasteryOverrideInput",
            description = "Set a learner's status on a competency by hand; it holds over the mastery policy until it is"
                    + " taken back.")
    public record OverrideInput(
            @NotNull @Schema(required = true, examples = "MASTERED")
            MasteryStatus status,

            @NotBlank
            @Size(max = 2000)
            @Schema(required = true, examples = "Demonstrated in the capstone presentation, observed by two teachers.")
            String reason) {}

    @Schema(name = "MasteryOverrideReversal", description = "Take an override back: the mastery policy decides again.")
    public record ReversalInput(
            @NotBlank @Size(max = 2000) @Schema(required = true, examples = "Entered for the wrong learner.")
            String reason) {}

    @Schema(name = "DecisionInput", description = "A score a decision judged.")
    public record InputView(
            UUID evidenceId,
            @Schema(examples = "3") BigDecimal score,
            @Schema(examples = "proficient") String level,
            OffsetDateTime observedAt,
            @Schema(examples = "SUMMATIVE") String assessmentKind,
            @Schema(examples = "PROJECT") String modality) {}

    @Schema(
            name = "MasteryDecisionDetail",
            description = "A decision on a learner's standing: what caused it, the status before and after, the policy"
                    + " version, the scores it judged, the computation and a sentence a learner or family can read.")
    public record DecisionView(
            UUID id,
            @Schema(examples = "EVIDENCE") Cause cause,

            @Schema(description = "the evidence that caused it (cause EVIDENCE)")
            UUID evidenceId,

            @Schema(examples = "IN_PROGRESS") MasteryStatus previousStatus,
            @Schema(examples = "MASTERED") MasteryStatus status,
            @Schema(examples = "3.48") BigDecimal value,
            @Schema(examples = "proficient") String level,

            @Schema(description = "version of the policy in force, 0 for the built-in one")
            int policyVersion,

            List<InputView> inputs,

            @Schema(examples = "decaying average: D1 = 1; D2 = previous × 0.35 + 2 × 0.65 = 1.65")
            String computation,

            @Schema(
                    examples = "Mastered: the decaying average of 4 scores is 3.48 (Proficient), at or above proficient"
                            + " (3), on 4 pieces of evidence.")
            String explanation,

            @Schema(description = "who decided by hand (override, reversal, policy change)")
            String decidedBy,

            OffsetDateTime decidedAt) {

        static DecisionView of(MasteryDecision d, List<InputView> inputs) {
            return new DecisionView(
                    d.id,
                    d.cause,
                    d.evidenceId,
                    d.previousStatus,
                    d.status,
                    d.value,
                    d.valueLevel,
                    d.policyVersion,
                    inputs,
                    d.computation,
                    d.reason,
                    d.decidedBy,
                    d.decidedAt);
        }
    }

    @Schema(
            name = "MasteryDecisionChange",
            description = "A decision in the district's change feed: whose standing on which competency, and what it"
                    + " is now.")
    public record FeedItemView(
            UUID decisionId,
            @Schema(examples = "s-0001") String learnerId,
            UUID competencyId,
            UUID frameworkId,
            @Schema(examples = "EVIDENCE") Cause cause,
            UUID evidenceId,
            @Schema(examples = "IN_PROGRESS") MasteryStatus previousStatus,
            @Schema(examples = "MASTERED") MasteryStatus status,
            @Schema(examples = "3.48") BigDecimal value,
            @Schema(examples = "proficient") String level,
            int policyVersion,
            String explanation,
            OffsetDateTime decidedAt) {

        static FeedItemView of(MasteryDecision d) {
            return new FeedItemView(
                    d.id,
                    d.learnerId,
                    d.competencyId,
                    d.frameworkId,
                    d.cause,
                    d.evidenceId,
                    d.previousStatus,
                    d.status,
                    d.value,
                    d.valueLevel,
                    d.policyVersion,
                    d.reason,
                    d.decidedAt);
        }
    }

    @Schema(
            name = "MasteryDecisionFeed",
            description = "One page of the district's decisions in the order they were committed. Pass cursor back to"
                    + " read on; it is there on every page, the last one too, to poll from.")
    public record FeedView(
            List<FeedItemView> items,

            @Schema(description = "where to read on: after the last item, or where the request started")
            String cursor,

            @Schema(description = "more decisions are there to read now")
            boolean more) {}
}
