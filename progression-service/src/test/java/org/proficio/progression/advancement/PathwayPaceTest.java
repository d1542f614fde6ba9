package org.proficio.progression.advancement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PathwayPaceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    @Test
    void aheadOfTheTargetDate() {
        // 10 left at 2 a week: 35 days; the target, 70 days away, asks 10 × 7 ÷ 70 = 1 a week
        PathwayPace pace = PathwayPace.of(10, new BigDecimal("2"), TODAY.plusDays(70), TODAY);
        assertThat(pace.projectedCompletion()).isEqualTo(TODAY.plusDays(35));
        assertThat(pace.expectedPerWeek()).isEqualByComparingTo("1.00");
        assertThat(pace.onPace()).isTrue();
    }

    @Test
    void behindTheTargetDate() {
        // 10 left at 0.5 a week: 140 days, past a target 70 days away
        PathwayPace pace = PathwayPace.of(10, new BigDecimal("0.5"), TODAY.plusDays(70), TODAY);
        assertThat(pace.projectedCompletion()).isEqualTo(TODAY.plusDays(140));
        assertThat(pace.onPace()).isFalse();
    }

    @Test
    void finishingOnTheTargetDayIsOnPace() {
        PathwayPace pace = PathwayPace.of(1, new BigDecimal("1"), TODAY.plusDays(7), TODAY);
        assertThat(pace.projectedCompletion()).isEqualTo(TODAY.plusDays(7));
        assertThat(pace.onPace()).isTrue();
    }

    @Test
    void theExpectedPaceIsRoundedUpSoThatItIsNeverZeroWhileSomethingRemains() {
        // 1 left, 400 days away: 7 ÷ 400 = 0.0175 → 0.02
        assertThat(PathwayPace.of(1, null, TODAY.plusDays(400), TODAY).expectedPerWeek())
                .isEqualByComparingTo("0.02");
    }

    @Test
    void withoutAPaceTheProjectionAndWhetherSheIsOnPaceAreUnknown() {
        PathwayPace pace = PathwayPace.of(3, null, TODAY.plusDays(30), TODAY);
        assertThat(pace.projectedCompletion()).isNull();
        assertThat(pace.expectedPerWeek()).isEqualByComparingTo("0.70");
        assertThat(pace.onPace()).isNull();
        assertThat(PathwayPace.of(3, BigDecimal.ZERO, TODAY.plusDays(30), TODAY).onPace())
                .isNull();
    }

    @Test
    void aTargetDateTodayOrPastWithSomethingLeftIsMissed() {
        assertThat(PathwayPace.of(2, new BigDecimal("5"), TODAY, TODAY))
                .isEqualTo(new PathwayPace(TODAY.plusDays(3), null, false));
        assertThat(PathwayPace.of(2, null, TODAY.minusDays(10), TODAY)).isEqualTo(new PathwayPace(null, null, false));
    }

    @Test
    void nothingLeftIsDoneToday() {
        assertThat(PathwayPace.of(0, null, TODAY.minusDays(10), TODAY))
                .isEqualTo(new PathwayPace(TODAY, BigDecimal.ZERO, true));
        assertThat(PathwayPace.of(0, new BigDecimal("1"), null, TODAY)).isEqualTo(new PathwayPace(TODAY, null, null));
    }

    @Test
    void withoutATargetDateOnlyTheProjection() {
        assertThat(PathwayPace.of(4, new BigDecimal("2"), null, TODAY))
                .isEqualTo(new PathwayPace(TODAY.plusDays(14), null, null));
    }
}
