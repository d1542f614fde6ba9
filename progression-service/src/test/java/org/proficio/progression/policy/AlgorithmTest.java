package org.proficio.progression.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each algorithm on the sequences of issue 10 and on its edge cases, on the default 1–4 scale (proficient 3). */
class AlgorithmTest {

    private static final BigDecimal PROFICIENT = BigDecimal.valueOf(3);
    private static final BigDecimal TOP = BigDecimal.valueOf(4);

    private static Calculation calculate(Algorithm algorithm, double... scores) {
        return calculate(new MasteryPolicy(algorithm, null, null, 1, false, false, 2), scores);
    }

    private static Calculation calculate(MasteryPolicy policy, double... scores) {
        List<BigDecimal> list =
                Arrays.stream(scores).mapToObj(BigDecimal::valueOf).toList();
        return policy.algorithm().calculate(list, policy, PROFICIENT, TOP);
    }

    private static BigDecimal value(String text) {
        return new BigDecimal(text);
    }

    @Nested
    class MostRecentHighestMean {

        @Test
        void mostRecentTakesTheLastObservedScore() {
            assertThat(calculate(Algorithm.MOST_RECENT, 4, 1, 2).value()).isEqualTo(value("2.00"));
        }

        @Test
        void highestTakesTheBestScore() {
            assertThat(calculate(Algorithm.HIGHEST, 2, 4, 3).value()).isEqualTo(value("4.00"));
        }

        @Test
        void meanAveragesAllScores() {
            Calculation mean = calculate(Algorithm.MEAN, 1, 2, 3, 4);
            assertThat(mean.value()).isEqualTo(value("2.50"));
            assertThat(mean.computation()).isEqualTo("mean of [1, 2, 3, 4] = 10 / 4 = 2.50");
        }

        @Test
        void oneScoreIsItsOwnValueForEveryAlgorithmButNTimes() {
            for (Algorithm algorithm : Algorithm.values()) {
                if (algorithm != Algorithm.N_TIMES_PROFICIENT) {
                    assertThat(calculate(algorithm, 2.5).value())
                            .as(algorithm.name())
                            .isEqualTo(value("2.50"));
                }
            }
        }

        @Test
        void noScoreIsAProgrammingError() {
            MasteryPolicy policy = MasteryPolicy.BUILT_IN;
            assertThatThrownBy(() -> Algorithm.MEAN.calculate(List.of(), policy, PROFICIENT, TOP))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class WeightedAndDecaying {

        @Test
        void weightedAverageOfOneToFourIs330() {
            Calculation weighted = calculate(Algorithm.WEIGHTED_AVERAGE, 1, 2, 3, 4);
            assertThat(weighted.value()).isEqualTo(value("3.30"));
            assertThat(weighted.computation())
                    .isEqualTo("latest 4 × 0.65 + mean of earlier [1, 2, 3] 2.00 × 0.35 = 3.30");
        }

        @Test
        void decayingAverageOfOneToFourIs348() {
            Calculation decaying = calculate(Algorithm.DECAYING_AVERAGE, 1, 2, 3, 4);
            assertThat(decaying.value()).isEqualTo(value("3.48"));
            assertThat(decaying.computation()).contains("D2 = previous × 0.35 + 2 × 0.65 = 1.65", "D4 = ", "= 3.48");
        }

        @Test
        void aWeightOfTheDistrictsChoiceReplacesTheDefault() {
            MasteryPolicy half = new MasteryPolicy(Algorithm.DECAYING_AVERAGE, value("0.5"), null, 1, false, false, 2);
            // D1 = 1, D2 = 1.5, D3 = 2.25, D4 = 3.125
            assertThat(calculate(half, 1, 2, 3, 4).value()).isEqualTo(value("3.13"));
        }
    }

    @Nested
    class NTimesProficient {

        private final MasteryPolicy twice =
                new MasteryPolicy(Algorithm.N_TIMES_PROFICIENT, null, 2, 1, false, false, 2);

        @Test
        void meanOfTheProficientScoresOnceThereAreEnough() {
            assertThat(calculate(twice, 2, 3, 4, 3).value()).isEqualTo(value("3.33"));
        }

        @Test
        void noValueUntilNScoresReachProficient() {
            Calculation once = calculate(twice, 2, 3, 1);
            assertThat(once.value()).isNull();
            assertThat(once.computation())
                    .isEqualTo("1 of 3 scores at or above proficient (3), 2 needed: no value yet");
        }

        @Test
        void noProficientScoreAtAllGivesNoValue() {
            assertThat(calculate(twice, 1, 2, 2, 1).value()).isNull();
        }

        @Test
        void nDefaultsToTwo() {
            assertThat(new MasteryPolicy(Algorithm.N_TIMES_PROFICIENT, null, null, 1, false, false, 2).requiredCount())
                    .isEqualTo(2);
        }
    }

    @Nested
    class PowerLaw {

        @Test
        void aPerfectPowerLawIsFoundExactly() {
            // score = 1 × attempt^1
            Calculation fit = calculate(Algorithm.POWER_LAW, 1, 2, 3, 4);
            assertThat(fit.value()).isEqualTo(value("4.00"));
            assertThat(fit.computation()).contains("score = 1.0000 × attempt^1.0000");
        }

        @Test
        void theTrendIsValuedAtTheLatestAttempt() {
            // ln s = ln a + b ln k on (1, 1), (2, 2), (3, 2), (4, 3): a = 1.0427, b = 0.7293; at k = 4: 2.87
            Calculation fit = calculate(Algorithm.POWER_LAW, 1, 2, 2, 3);
            assertThat(fit.value()).isEqualTo(value("2.87"));
            assertThat(fit.computation()).contains("score = 1.0427 × attempt^0.7293; at attempt 4: 2.87");
        }

        @Test
        void zeroScoresAreLeftOutOfTheFitButKeepTheirAttempt() {
            // fitted on attempts 2, 3, 4 with scores 1, 2, 3 (attempt 1 scored 0)
            Calculation fit = calculate(Algorithm.POWER_LAW, 0, 1, 2, 3);
            assertThat(fit.computation()).startsWith("power law fitted to 3 positive scores");
            assertThat(fit.value()).isEqualTo(value("3.06"));
        }

        @Test
        void fewerThanTwoPositiveScoresFallBackToTheMostRecent() {
            assertThat(calculate(Algorithm.POWER_LAW, 0, 0, 3).value()).isEqualTo(value("3.00"));
            assertThat(calculate(Algorithm.POWER_LAW, 0, 0).value()).isEqualTo(value("0.00"));
            assertThat(calculate(Algorithm.POWER_LAW, 0, 0).computation()).contains("too few to fit");
        }

        @Test
        void aSteepTrendIsKeptWithinTheScale() {
            // a = 0.9148, b = 1.0701: 4.03 at attempt 4, above the top of the scale
            Calculation fit = calculate(Algorithm.POWER_LAW, 1, 1.5, 3.5, 4);
            assertThat(fit.value()).isEqualTo(value("4.00"));
            assertThat(fit.computation()).endsWith("at attempt 4: 4.03, kept within 0–4: 4.00");
        }
    }
}
