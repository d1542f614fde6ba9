package org.proficio.progression.advancement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a learner's pace takes her on a pathway, against the target date on her plan: when she completes it at her
 * pace, the pace the target date asks of her from today, and whether she is on pace.
 *
 * @param projectedCompletion today when nothing remains; null without a pace (before she masters one); else today
 *     plus the remaining competencies at her pace, rounded up to whole days
 * @param expectedPerWeek competencies a week from today to the target date (remaining × 7 ÷ days left, two decimals
 *     rounded up, so that it is never 0 while something remains); 0 when nothing remains; null without a target date,
 *     or when the target date is today or past and something remains
 * @param onPace true when nothing remains or the projection is on or before the target date; false when it is after,
 *     or the target date is today or past with something remaining; null without a target date, or without a pace
 *     before the target date
 */
record PathwayPace(LocalDate projectedCompletion, BigDecimal expectedPerWeek, Boolean onPace) {

    static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(7);

    static PathwayPace of(int remaining, BigDecimal perWeek, LocalDate target, LocalDate today) {
        LocalDate projected = projection(remaining, perWeek, today);
        if (remaining == 0) {
            return new PathwayPace(projected, target == null ? null : BigDecimal.ZERO, target == null ? null : true);
        }
        if (target == null) {
            return new PathwayPace(projected, null, null);
        }
        long daysLeft = ChronoUnit.DAYS.between(today, target);
        if (daysLeft <= 0) {
            return new PathwayPace(projected, null, false);
        }
        BigDecimal expected = BigDecimal.valueOf(remaining)
                .multiply(DAYS_PER_WEEK)
                .divide(BigDecimal.valueOf(daysLeft), 2, RoundingMode.CEILING);
        return new PathwayPace(projected, expected, projected == null ? null : !projected.isAfter(target));
    }

    private static LocalDate projection(int remaining, BigDecimal perWeek, LocalDate today) {
        if (remaining == 0) {
            return today;
        }
        if (perWeek == null || perWeek.signum() == 0) {
            return null;
        }
        long days = BigDecimal.valueOf(remaining)
                .multiply(DAYS_PER_WEEK)
                .divide(perWeek, 0, RoundingMode.CEILING)
                .longValue();
        return today.plusDays(days);
    }
}
