package org.proficio.progression.insight;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;
import org.proficio.platform.paging.OpaqueCursor;
import org.proficio.platform.paging.Page;
import org.proficio.platform.problem.ProblemException;
import org.proficio.progression.catalog.CatalogService;
import org.proficio.progression.insight.InsightViews.CompetencyInsight;
import org.proficio.progression.insight.InsightViews.CompetencyInsightPage;
import org.proficio.progression.insight.InsightViews.PaceBucket;
import org.proficio.progression.insight.InsightViews.PaceInsight;
import org.proficio.progression.insight.InsightViews.SchoolInsight;
import org.proficio.progression.insight.InsightViews.SchoolInsights;
import org.proficio.progression.insight.InsightViews.StatusCounts;
import org.proficio.progression.learner.School;
import org.proficio.progression.learner.SchoolRepository;

/**
 * The district aggregates, each one SQL statement over the service's own tables: standings ({@code mastery}),
 * decisions ({@code mastery_decision}), learners and pacing episodes. A school filter keeps the learners of that
 * school; only active learners count for schools and pace.
 */
@ApplicationScoped
public class InsightService {

    /** The pace buckets, competencies first mastered per 30 days: [from, to). */
    private static final double[] PACE_BOUNDS = {0, 0.5, 1, 2, 4};

    private static final String COUNTS = """
            count(m.id) filter (where m.status = 'IN_PROGRESS'),
            count(m.id) filter (where m.status = 'STRUGGLING'),
            count(m.id) filter (where m.status = 'PROFICIENT'),
            count(m.id) filter (where m.status = 'MASTERED'),
            count(m.id)""";

    private final CatalogService catalog;
    private final SchoolRepository schools;

    public InsightService(CatalogService catalog, SchoolRepository schools) {
        this.catalog = catalog;
        this.schools = schools;
    }

    /** Per competency of the framework, in catalog order: standings per status and the median time to mastery. */
    @WithSession
    public Uni<CompetencyInsightPage> competencies(
            String district, UUID frameworkId, String schoolId, String cursor, int limit) {
        int after = cursor == null ? -1 : OpaqueCursor.position(cursor, "these insights");
        return catalog.requireFramework(district, frameworkId)
                .chain(() -> requireSchool(district, schoolId))
                .chain(() -> rows(
                        """
                        with first_mastered as (
                            select distinct on (d.learner_id, d.competency_id) d.competency_id, d.inputs::jsonb as inputs
                            from mastery_decision d
                            where d.district = :district and d.framework_id = :framework and d.status = 'MASTERED'
                              and (cast(:school as text) is null or d.learner_id in (
                                  select learner_id from learner where district = :district and school_id = :school))
                            order by d.learner_id, d.competency_id, d.decided_at, d.seq
                        ), time_to_mastery as (
                            select competency_id, percentile_cont(0.5) within group (order by extract(epoch from
                                   (inputs -> -1 ->> 'observedAt')::timestamptz
                                   - (inputs -> 0 ->> 'observedAt')::timestamptz) / 86400) as median_days
                            from first_mastered where jsonb_array_length(inputs) > 0
                            group by competency_id
                        )
                        select c.id, c.code, c.statement, c.position, %s, t.median_days
                        from catalog.competency c
                        left join mastery m on m.district = c.district and m.competency_id = c.id
                            and (cast(:school as text) is null or m.learner_id in (
                                select learner_id from learner where district = :district and school_id = :school))
                        left join time_to_mastery t on t.competency_id = c.id
                        where c.district = :district and c.framework_id = :framework and c.position > :after
                        group by c.id, c.code, c.statement, c.position, t.median_days
                        order by c.position
                        limit :rows
                        """.formatted(COUNTS),
                        params(
                                "district", district,
                                "framework", frameworkId,
                                "school", schoolId,
                                "after", after,
                                "rows", limit + 1)))
                .map(rows -> {
                    Page<CompetencyInsight> page = Page.keyed(
                            rows,
                            limit,
                            row -> {
                                StatusCounts counts = counts(row, 4);
                                return new CompetencyInsight(
                                        (UUID) row[0],
                                        (String) row[1],
                                        (String) row[2],
                                        counts,
                                        share(counts),
                                        decimal(row[9], 1));
                            },
                            row -> OpaqueCursor.encode(row[3]));
                    return new CompetencyInsightPage(frameworkId, schoolId, page.items(), page.nextCursor());
                });
    }

    /** Per school, the active learners and their standings (optionally on one framework). */
    @WithSession
    public Uni<SchoolInsights> schools(String district, UUID frameworkId) {
        return catalog.requireFramework(district, frameworkId)
                .chain(() -> rows("""
                        select l.school_id, s.name, count(distinct l.learner_id), %s
                        from learner l
                        left join school s on s.district = l.district and s.school_id = l.school_id
                        left join mastery m on m.district = l.district and m.learner_id = l.learner_id
                            and (cast(:framework as uuid) is null or m.framework_id = :framework)
                        where l.district = :district and l.active
                        group by l.school_id, s.name
                        order by l.school_id nulls last
                        """.formatted(COUNTS), params("district", district, "framework", frameworkId)))
                .map(rows -> new SchoolInsights(
                        frameworkId,
                        rows.stream()
                                .map(row -> {
                                    StatusCounts counts = counts(row, 3);
                                    return new SchoolInsight(
                                            (String) row[0],
                                            (String) row[1],
                                            ((Number) row[2]).longValue(),
                                            counts,
                                            share(counts));
                                })
                                .toList()));
    }

    /** How many competencies each active learner first mastered in the last {@code days}, per 30 days. */
    @WithSession
    public Uni<PaceInsight> pace(String district, int days, String schoolId) {
        StringBuilder buckets = new StringBuilder();
        for (int i = 0; i < PACE_BOUNDS.length; i++) {
            buckets.append(", count(*) filter (where pace >= ").append(PACE_BOUNDS[i]);
            if (i + 1 < PACE_BOUNDS.length) {
                buckets.append(" and pace < ").append(PACE_BOUNDS[i + 1]);
            }
            buckets.append(')');
        }
        return requireSchool(district, schoolId)
                .chain(() ->
                        rows("""
                        with first_mastered as (
                            select distinct on (learner_id, competency_id) learner_id, decided_at
                            from mastery_decision
                            where district = :district and status = 'MASTERED'
                            order by learner_id, competency_id, decided_at, seq
                        ), learner_pace as (
                            select l.learner_id, count(f.learner_id) * 30.0 / :days as pace
                            from learner l
                            left join first_mastered f on f.learner_id = l.learner_id
                                and f.decided_at >= now() - make_interval(days => :days)
                            where l.district = :district and l.active
                              and (cast(:school as text) is null or l.school_id = :school)
                            group by l.learner_id
                        )
                        select count(*), percentile_cont(0.5) within group (order by pace)%s,
                            (select count(distinct e.learner_id) from pacing_episode e
                             join learner l on l.district = e.district and l.learner_id = e.learner_id
                             where e.district = :district and e.closed_at is null and l.active
                               and (cast(:school as text) is null or l.school_id = :school))
                        from learner_pace
                        """.formatted(buckets), params("district", district, "days", days, "school", schoolId)))
                .map(rows -> {
                    Object[] row = rows.get(0);
                    List<PaceBucket> histogram = new ArrayList<>();
                    for (int i = 0; i < PACE_BOUNDS.length; i++) {
                        boolean last = i + 1 == PACE_BOUNDS.length;
                        histogram.add(new PaceBucket(
                                last
                                        ? "at least " + label(PACE_BOUNDS[i])
                                        : label(PACE_BOUNDS[i]) + " to under " + label(PACE_BOUNDS[i + 1]),
                                BigDecimal.valueOf(PACE_BOUNDS[i]),
                                last ? null : BigDecimal.valueOf(PACE_BOUNDS[i + 1]),
                                ((Number) row[2 + i]).longValue()));
                    }
                    return new PaceInsight(
                            days,
                            schoolId,
                            ((Number) row[0]).longValue(),
                            decimal(row[1], 2),
                            histogram,
                            ((Number) row[2 + PACE_BOUNDS.length]).longValue());
                });
    }

    /** Name, value, name, value…; a value may be null (the SQL types it with a {@code cast}). */
    private static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    private static Uni<List<Object[]>> rows(String sql, Map<String, Object> params) {
        return Panache.getSession().chain(session -> {
            Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(sql, Object[].class);
            params.forEach((name, value) -> query.setParameter(name, value));
            return query.getResultList();
        });
    }

    private static StatusCounts counts(Object[] row, int from) {
        return new StatusCounts(
                ((Number) row[from]).longValue(),
                ((Number) row[from + 1]).longValue(),
                ((Number) row[from + 2]).longValue(),
                ((Number) row[from + 3]).longValue(),
                ((Number) row[from + 4]).longValue());
    }

    private static BigDecimal share(StatusCounts counts) {
        return counts.total() == 0
                ? null
                : BigDecimal.valueOf(counts.mastered())
                        .divide(BigDecimal.valueOf(counts.total()), 3, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(Object value, int scale) {
        return value == null
                ? null
                : BigDecimal.valueOf(((Number) value).doubleValue()).setScale(scale, RoundingMode.HALF_UP);
    }

    private static String label(double bound) {
        return bound == Math.rint(bound) ? Integer.toString((int) bound) : Double.toString(bound);
    }

    private Uni<Void> requireSchool(String district, String schoolId) {
        if (schoolId == null) {
            return Uni.createFrom().voidItem();
        }
        return schools.findById(new School.Key(district, schoolId))
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("No school " + schoolId + " in your district."))
                .replaceWithVoid();
    }
}
