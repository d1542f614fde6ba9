package org.proficio.progression.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an {@link Algorithm} made of a learner's scores.
 *
 * @param value two decimals, half up; null when the algorithm gives none yet (N_TIMES_PROFICIENT short of n)
 * @param computation the steps, in words and numbers, for the decision's explanation
 */
public record Calculation(BigDecimal value, String computation) {

    static Calculation of(double value, String computation) {
        return new Calculation(rounded(value), computation);
    }

    static BigDecimal rounded(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
