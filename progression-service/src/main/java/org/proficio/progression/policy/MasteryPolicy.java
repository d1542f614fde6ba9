package org.proficio.progression.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How mastery is decided on a competency: the algorithm that turns scores into a value, the sufficiency rules a
 * value at or above proficient must also meet, and when a learner counts as struggling.
 *
 * @param weight the latest score's weight for WEIGHTED_AVERAGE and DECAYING_AVERAGE (0 &lt; w &lt; 1), else null
 * @param requiredCount n for N_TIMES_PROFICIENT, else null
 * @param minEvidence pieces of scored evidence mastery needs at least
 * @param requirePerformance mastery needs a performance or authentic assessment among the evidence
 * @param requireSummative mastery needs a summative assessment among the evidence
 * @param strugglingAfter this many scores below proficient in a row (the latest ones) make a learner STRUGGLING
 */
public record MasteryPolicy(
        Algorithm algorithm,
        BigDecimal weight,
        Integer requiredCount,
        int minEvidence,
        boolean requirePerformance,
        boolean requireSummative,
        int strugglingAfter) {

    /** The default weight of the latest score (WEIGHTED_AVERAGE, DECAYING_AVERAGE). */
    public static final BigDecimal DEFAULT_WEIGHT = new BigDecimal("0.65");

    /** The default n of N_TIMES_PROFICIENT. */
    public static final int DEFAULT_REQUIRED_COUNT = 2;

    /**
     * The built-in policy (version 0) of a district that has not chosen one: the most recent score decides, one
     * piece of evidence suffices, two scores below proficient in a row mean struggling.
     */
    public static final MasteryPolicy BUILT_IN =
            new MasteryPolicy(Algorithm.MOST_RECENT, null, null, 1, false, false, 2);

    public MasteryPolicy {
        boolean weighted = algorithm == Algorithm.WEIGHTED_AVERAGE || algorithm == Algorithm.DECAYING_AVERAGE;
        weight = weighted ? (weight == null ? DEFAULT_WEIGHT : weight) : null;
        requiredCount = algorithm == Algorithm.N_TIMES_PROFICIENT
                ? (requiredCount == null ? DEFAULT_REQUIRED_COUNT : requiredCount)
                : null;
    }

    /** The policy in one phrase, for explanations: "decaying average (weight 0.65), at least 3 pieces of ...". */
    public String describe() {
        String how = switch (algorithm) {
            case MOST_RECENT -> "the most recent score";
            case HIGHEST -> "the highest score";
            case MEAN -> "the mean of all scores";
            case WEIGHTED_AVERAGE ->
                "a weighted average (latest score weighted " + Algorithm.text(weight.doubleValue()) + ")";
            case DECAYING_AVERAGE -> "a decaying average (weight " + Algorithm.text(weight.doubleValue()) + ")";
            case N_TIMES_PROFICIENT -> "the mean of the scores at or above proficient, once there are " + requiredCount;
            case POWER_LAW -> "a power-law trend of the scores";
        };
        List<String> needs = new ArrayList<>();
        if (minEvidence > 1) {
            needs.add("at least " + minEvidence + " pieces of evidence");
        }
        if (requirePerformance) {
            needs.add("a performance assessment");
        }
        if (requireSummative) {
            needs.add("a summative assessment");
        }
        return how + (needs.isEmpty() ? "" : "; mastery also needs " + String.join(", ", needs));
    }
}
