package org.proficio.progression.insight;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the district aggregates answer. */
public final class InsightViews {

    private InsightViews() {}

    @Schema(
            name = "StatusCounts",
            description = "Standings per status (a learner has a standing on a competency from her first scored"
                    + " evidence on; NOT_STARTED is every learner without one)")
    public record StatusCounts(long inProgress, long struggling, long proficient, long mastered, long total) {}

    @Schema(
            name = "CompetencyInsight",
            description = "How the district's (or a school's) learners stand on one competency, and how long mastering"
                    + " it took")
    public record CompetencyInsight(
            UUID competencyId,
            String code,
            String statement,
            StatusCounts standings,

            @Schema(
                    description =
                            "share of the standings that are MASTERED, 0..1, 3 decimals; null without" + " standings")
            BigDecimal masteredShare,

            @Schema(
                    description = "median, over the learners who mastered it, of the days from her first"
                            + " evidence to the last evidence judged when she was first decided MASTERED (by"
                            + " when the learning was observed), 1 decimal; null when nobody has")
            BigDecimal medianDaysToMastery) {}

    @Schema(name = "CompetencyInsightPage", description = "A framework's competencies in catalog order, paged")
    public record CompetencyInsightPage(
            UUID frameworkId,

            @Schema(description = "the school the figures are limited to; absent for the whole district")
            String schoolId,

            List<CompetencyInsight> items,

            @Schema(description = "pass back as cursor for the next page; absent on the last")
            String nextCursor) {}

    @Schema(name = "SchoolInsight", description = "How one school's active learners stand")
    public record SchoolInsight(
            @Schema(description = "absent for the learners who have no school")
            String schoolId,

            String name,
            long learners,
            StatusCounts standings,

            @Schema(description = "share of the standings that are MASTERED, 0..1; null without standings")
            BigDecimal masteredShare) {}

    @Schema(name = "SchoolInsights", description = "Mastery per school, by school id (learners without one last)")
    public record SchoolInsights(
            @Schema(description = "the framework the standings are limited to; absent for all")
            UUID frameworkId,

            List<SchoolInsight> items) {}

    @Schema(name = "PaceBucket", description = "Learners whose pace falls in [from, to)")
    public record PaceBucket(
            String label,
            BigDecimal from,

            @Schema(description = "absent for the last, open bucket")
            BigDecimal to,

            long learners) {}

    @Schema(
            name = "PaceInsight",
            description = "How fast the active learners advance: competencies each first mastered in the window,"
                    + " per 30 days (by decision time)")
    public record PaceInsight(
            int days,

            @Schema(description = "the school the figures are limited to; absent for the whole district")
            String schoolId,

            long learners,

            @Schema(description = "median pace, competencies per 30 days, 2 decimals; null without learners")
            BigDecimal medianPer30Days,

            List<PaceBucket> buckets,

            @Schema(description = "learners with at least one open stalled episode now")
            long stalledLearners) {}
}
