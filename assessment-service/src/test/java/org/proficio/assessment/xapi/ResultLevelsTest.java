package org.proficio.assessment.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.proficio.assessment.catalog.ScaledCompetency.Level;
import org.proficio.assessment.xapi.ResultLevels.Placement;
import org.proficio.assessment.xapi.StatementReader.Score;

/** Placing xAPI results on a framework's scale: the rule the README documents, with its worked example. */
class ResultLevelsTest {

    /** The default four-level scale, scores 1..4, proficient from 3. */
    private static final List<Level> SCALE = List.of(
            level("beginning", 1, false),
            level("developing", 2, false),
            level("proficient", 3, true),
            level("advanced", 4, true));

    private static Level level(String code, int score, boolean proficient) {
        return new Level(code, code, BigDecimal.valueOf(score), proficient);
    }

    private static Score scaled(String f) {
        return new Score(new BigDecimal(f), null, null, null);
    }

    @ParameterizedTest(name = "scaled {0} -> {1}")
    @CsvSource({
        "0, beginning",
        "-0.4, beginning",
        "0.16, beginning",
        "0.1666666, beginning",
        "0.17, developing",
        "0.5, developing",
        "0.51, proficient",
        "0.6, proficient",
        "0.83, proficient",
        "0.84, advanced",
        "0.95, advanced",
        "1, advanced"
    })
    void placesAScaledScoreAtTheNearestLevelHalfwayGoingDown(String fraction, String expected) {
        Placement placement = ResultLevels.place(SCALE, scaled(fraction), null);

        assertThat(placement.problem()).isNull();
        assertThat(placement.level().code()).isEqualTo(expected);
    }

    @Test
    void explainsTheWorkedExample() {
        Placement placement = ResultLevels.place(SCALE, scaled("0.95"), true);

        assertThat(placement.note())
                .isEqualTo("result.score.scaled 0.95 is 3.85 on the scale's 1..4: the nearest level is advanced");
    }

    @Test
    void placesARawScoreBetweenMinAndMax() {
        Score raw = new Score(null, new BigDecimal("17"), BigDecimal.ZERO, new BigDecimal("20"));
        Score lower = new Score(null, new BigDecimal("11"), BigDecimal.ZERO, new BigDecimal("20"));
        Score offset = new Score(null, new BigDecimal("60"), new BigDecimal("50"), new BigDecimal("70"));

        assertThat(ResultLevels.place(SCALE, raw, null).level().code()).isEqualTo("advanced");
        assertThat(ResultLevels.place(SCALE, lower, null).level().code()).isEqualTo("proficient");
        assertThat(ResultLevels.place(SCALE, offset, null).level().code()).isEqualTo("developing");
        assertThat(ResultLevels.place(SCALE, raw, null).note()).startsWith("result.score.raw 17 of 0..20 is 3.55");
    }

    @Test
    void scaledWinsOverRaw() {
        Score both = new Score(new BigDecimal("0.1"), new BigDecimal("20"), BigDecimal.ZERO, new BigDecimal("20"));

        assertThat(ResultLevels.place(SCALE, both, null).level().code()).isEqualTo("beginning");
    }

    @Test
    void placesSuccessWithoutScoreAtTheProficientLine() {
        assertThat(ResultLevels.place(SCALE, null, true).level().code()).isEqualTo("proficient");
        assertThat(ResultLevels.place(SCALE, null, false).level().code()).isEqualTo("developing");
    }

    @Test
    void theScoreDecidesWhenSuccessDisagreesAndSaysSo() {
        Placement placement = ResultLevels.place(SCALE, scaled("0.2"), true);

        assertThat(placement.level().code()).isEqualTo("developing");
        assertThat(placement.note()).contains("result.success is true", "the score decides");
    }

    @Test
    void nothingToJudgeWithoutScoreOrSuccess() {
        Placement placement = ResultLevels.place(SCALE, null, null);

        assertThat(placement.judged()).isFalse();
        assertThat(placement.problem()).isNull();
        assertThat(ResultLevels.place(SCALE, new Score(null, null, BigDecimal.ZERO, BigDecimal.TEN), null)
                        .judged())
                .as("min and max without raw or scaled")
                .isFalse();
    }

    @Test
    void refusesSuccessOnAScaleWithoutThatSide() {
        List<Level> allProficient = List.of(level("met", 1, true), level("exceeded", 2, true));

        assertThat(ResultLevels.place(allProficient, null, false).problem())
                .contains("every level of the framework's scale is proficient");
        assertThat(ResultLevels.place(allProficient, null, true).level().code()).isEqualTo("met");
    }

    @Test
    void usesTheScoresOfAnUnevenScale() {
        List<Level> uneven = List.of(
                level("not-yet", 0, false),
                level("approaching", 50, false),
                level("meets", 70, true),
                level("exceeds", 90, true));

        // v = 0.7 x 90 = 63: nearer to 70 than to 50
        assertThat(ResultLevels.place(uneven, scaled("0.7"), null).level().code())
                .isEqualTo("meets");
        // v = 0.6 x 90 = 54
        assertThat(ResultLevels.place(uneven, scaled("0.6"), null).level().code())
                .isEqualTo("approaching");
    }
}
