package org.proficio.progression.advancement;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proficio.catalog.CatalogCourse;
import org.proficio.catalog.CatalogPathway;
import org.proficio.catalog.CatalogPrerequisite;
import org.proficio.catalog.JsonUuids;
import org.proficio.progression.mastery.Mastery;
import org.proficio.progression.mastery.MasteryStatus;
import org.proficio.progression.plan.PlanCourse;
import org.proficio.progression.plan.PlanPathway;

/**
 * What the progress views that dashboards poll read, in plain SQL on the reactive pool: no session, no entity
 * hydration, the statements of a view pipelined on one connection. Through Hibernate Reactive the same reads were a
 * dozen queries' worth of CPU per view (ProgressReadBenchmark in the README). The rules stay where they are: the
 * rows fill a {@link LearnerPicture}, whose entities carry only the fields the views read (they are never persisted).
 */
@ApplicationScoped
public class ProgressReads {

    private static final JsonUuids IDS = new JsonUuids();

    private static final String REGISTERED = "select 1 from learner where district = $1 and learner_id = $2";

    private static final String STANDINGS = "select competency_id, framework_id, status, value, level, evidence_count"
            + " from mastery where district = $1 and learner_id = $2";

    private static final String PLAN_COURSES =
            "select course_id from plan_course where district = $1 and learner_id = $2 order by enrolled_at, course_id";

    private static final String PLAN_PATHWAYS = """
            select pp.pathway_id, p.id, p.name, p.diploma, p.min_credits, p.required_course_ids,
                p.required_competency_ids
            from plan_pathway pp
            left join catalog.pathway p on p.id = pp.pathway_id and p.district = $1
            where pp.district = $1 and pp.learner_id = $2
            order by pp.enrolled_at, pp.pathway_id""";

    /** The ids of the courses of her plan and of her pathways' required courses. */
    private static final String PLAN_COURSE_IDS = """
            select pc.course_id from plan_course pc where pc.district = $1 and pc.learner_id = $2
            union
            select r.id::uuid
            from plan_pathway pp
            join catalog.pathway p on p.id = pp.pathway_id and p.district = $1
            cross join jsonb_array_elements_text(p.required_course_ids::jsonb) as r(id)
            where pp.district = $1 and pp.learner_id = $2""";

    /** The catalog's row of each course of her plan and of her pathways' required courses (the first by position). */
    private static final String COURSES = "select distinct on (c.course_id) c.course_id, c.code, c.title, c.credits,"
            + " c.competency_ids from catalog.course c where c.district = $1 and c.course_id in ("
            + PLAN_COURSE_IDS + ") order by c.course_id, c.position";

    /**
     * The competencies of her plan (its courses', its pathways' required courses' and required competencies), each
     * with its code and its prerequisites: a row per prerequisite, one with a null prerequisite when it has none.
     */
    private static final String PLAN_NEEDS = "with courses as (select distinct on (c.course_id) c.competency_ids"
            + " from catalog.course c where c.district = $1 and c.course_id in (" + PLAN_COURSE_IDS + ")"
            + " order by c.course_id, c.position), "
            + """
            wanted as (
                select e.id::uuid as id
                from courses cross join jsonb_array_elements_text(courses.competency_ids::jsonb) as e(id)
                union
                select e.id::uuid
                from plan_pathway pp
                join catalog.pathway p on p.id = pp.pathway_id and p.district = $1
                cross join jsonb_array_elements_text(p.required_competency_ids::jsonb) as e(id)
                where pp.district = $1 and pp.learner_id = $2)
            select w.id, k.code, q.prerequisite_id, q.framework_id
            from wanted w
            left join catalog.competency k on k.district = $1 and k.id = w.id
            left join catalog.prerequisite q on q.district = $1 and q.competency_id = w.id""";

    private static final String CREDITS =
            "select course_id, credits, awarded_at from course_credit where district = $1 and learner_id = $2";

    private static final String MET =
            "select pathway_id, met_at from pathway_met where district = $1 and learner_id = $2";

    private static final String STALLED =
            "select count(*) from pacing_episode where district = $1 and learner_id = $2 and closed_at is null";

    /** One course of the catalog with the learner's standing on each of its competencies, in the course's order. */
    private static final String COURSE = """
            with course as (
                select c.course_id, c.code, c.title, c.credits, c.competency_ids
                from catalog.course c
                where c.district = $1 and c.course_id = $3
                order by c.position
                limit 1),
            counted as (
                select e.id::uuid as competency_id, e.n
                from course cross join jsonb_array_elements_text(course.competency_ids::jsonb)
                    with ordinality as e(id, n))
            select course.course_id, course.code, course.title, course.credits, cr.awarded_at,
                counted.competency_id, k.id as known, k.framework_id, k.code as competency_code, k.statement,
                m.status, m.value, m.level, m.evidence_count
            from course
            left join course_credit cr on cr.district = $1 and cr.learner_id = $2 and cr.course_id = course.course_id
            left join counted on true
            left join catalog.competency k on k.district = $1 and k.id = counted.competency_id
            left join mastery m on m.district = $1 and m.learner_id = $2 and m.competency_id = counted.competency_id
            order by counted.n""";

    private final Pool pool;

    public ProgressReads(Pool pool) {
        this.pool = pool;
    }

    /**
     * In one round trip: her picture, the codes and prerequisites of her plan's competencies, and how many
     * competencies she is stalled on now; null when the district has no such learner.
     */
    Uni<SummaryRows> summary(String district, String learnerId) {
        Tuple learner = Tuple.of(district, learnerId);
        return pool.withConnection(connection -> Uni.combine()
                .all()
                .unis(
                        query(connection, REGISTERED, learner),
                        query(connection, STANDINGS, learner),
                        query(connection, PLAN_COURSES, learner),
                        query(connection, PLAN_PATHWAYS, learner),
                        query(connection, COURSES, learner),
                        query(connection, CREDITS, learner),
                        query(connection, MET, learner),
                        query(connection, PLAN_NEEDS, learner),
                        query(connection, STALLED, learner))
                .with(results -> {
                    if (rows(results, 0).size() == 0) {
                        return null;
                    }
                    LearnerPicture picture = picture(
                            learnerId,
                            rows(results, 1),
                            rows(results, 2),
                            rows(results, 3),
                            rows(results, 4),
                            rows(results, 5),
                            rows(results, 6));
                    List<CatalogPrerequisite> needs = new ArrayList<>();
                    Map<UUID, String> codes = new HashMap<>();
                    for (Row row : rows(results, 7)) {
                        UUID competency = row.getUUID("id");
                        if (row.getString("code") != null) {
                            codes.put(competency, row.getString("code"));
                        }
                        if (row.getUUID("prerequisite_id") != null) {
                            CatalogPrerequisite p = new CatalogPrerequisite();
                            p.competencyId = competency;
                            p.prerequisiteId = row.getUUID("prerequisite_id");
                            p.frameworkId = row.getUUID("framework_id");
                            needs.add(p);
                        }
                    }
                    int stalled = rows(results, 8).iterator().next().getLong(0).intValue();
                    return new SummaryRows(picture, needs, codes, stalled);
                }));
    }

    /**
     * Her picture; the prerequisite rows and codes of her plan's competencies; the number of open pacing episodes.
     */
    record SummaryRows(
            LearnerPicture picture, List<CatalogPrerequisite> prerequisites, Map<UUID, String> codes, int stalled) {}

    /**
     * One course with her standings on its competencies and her credit, in one round trip with whether she is
     * registered; {@link CourseRows#course()} is null when the district has no such course.
     */
    Uni<CourseRows> course(String district, String learnerId, UUID courseId) {
        return pool.withConnection(connection -> Uni.combine()
                .all()
                .unis(
                        query(connection, REGISTERED, Tuple.of(district, learnerId)),
                        query(connection, COURSE, Tuple.of(district, learnerId, courseId)))
                .with((registered, rows) -> {
                    if (rows.size() == 0) {
                        return new CourseRows(registered.size() > 0, null, null, 0, List.of());
                    }
                    Row first = rows.iterator().next();
                    List<CourseCompetencyRow> known = new ArrayList<>();
                    int mastered = 0;
                    for (Row row : rows) {
                        UUID competency = row.getUUID("competency_id");
                        if (competency == null) {
                            continue;
                        }
                        if (MasteryStatus.MASTERED.name().equals(row.getString("status"))) {
                            mastered++;
                        }
                        if (row.getUUID("known") != null) {
                            known.add(new CourseCompetencyRow(
                                    competency,
                                    row.getUUID("framework_id"),
                                    row.getString("competency_code"),
                                    row.getString("statement"),
                                    row.getString("status") == null ? null : standing(row)));
                        }
                    }
                    return new CourseRows(
                            registered.size() > 0,
                            course(first),
                            first.getOffsetDateTime("awarded_at"),
                            mastered,
                            known);
                }));
    }

    /**
     * Whether she is registered; the course (id, code, title, credits), when she earned its credit (null if not), how
     * many of the competencies it counts she has mastered, and her standing on those the catalog knows.
     */
    record CourseRows(
            boolean registered,
            CatalogCourse course,
            OffsetDateTime earnedAt,
            int mastered,
            List<CourseCompetencyRow> competencies) {}

    /** A competency of a course as the catalog names it, and her standing on it (null before any evidence). */
    record CourseCompetencyRow(UUID id, UUID frameworkId, String code, String statement, Mastery standing) {}

    private static LearnerPicture picture(
            String learnerId,
            RowSet<Row> standingRows,
            RowSet<Row> planCourseRows,
            RowSet<Row> planPathwayRows,
            RowSet<Row> courseRows,
            RowSet<Row> creditRows,
            RowSet<Row> metRows) {
        Map<UUID, Mastery> standings = new HashMap<>();
        standingRows.forEach(row -> standings.put(row.getUUID("competency_id"), standing(row)));
        List<PlanCourse> planCourses = new ArrayList<>();
        for (Row row : planCourseRows) {
            PlanCourse p = new PlanCourse();
            p.courseId = row.getUUID("course_id");
            planCourses.add(p);
        }
        List<PlanPathway> planPathways = new ArrayList<>();
        Map<UUID, CatalogPathway> pathways = new LinkedHashMap<>();
        for (Row row : planPathwayRows) {
            PlanPathway p = new PlanPathway();
            p.pathwayId = row.getUUID("pathway_id");
            planPathways.add(p);
            if (row.getUUID("id") != null) {
                CatalogPathway pathway = new CatalogPathway();
                pathway.id = row.getUUID("id");
                pathway.name = row.getString("name");
                pathway.diploma = row.getString("diploma");
                pathway.minCredits = row.getBigDecimal("min_credits");
                pathway.requiredCourseIds = IDS.convertToEntityAttribute(row.getString("required_course_ids"));
                pathway.requiredCompetencyIds = IDS.convertToEntityAttribute(row.getString("required_competency_ids"));
                pathways.put(pathway.id, pathway);
            }
        }
        Map<UUID, CatalogCourse> courses = new LinkedHashMap<>();
        for (Row row : courseRows) {
            CatalogCourse c = course(row);
            c.competencyIds = IDS.convertToEntityAttribute(row.getString("competency_ids"));
            courses.put(c.courseId, c);
        }
        Map<UUID, CourseCredit> credits = new HashMap<>();
        for (Row row : creditRows) {
            CourseCredit c = new CourseCredit();
            c.courseId = row.getUUID("course_id");
            c.credits = row.getBigDecimal("credits");
            c.awardedAt = row.getOffsetDateTime("awarded_at");
            credits.put(c.courseId, c);
        }
        Map<UUID, PathwayMet> met = new HashMap<>();
        for (Row row : metRows) {
            PathwayMet m = new PathwayMet();
            m.pathwayId = row.getUUID("pathway_id");
            m.metAt = row.getOffsetDateTime("met_at");
            met.put(m.pathwayId, m);
        }
        return new LearnerPicture(learnerId, standings, planCourses, planPathways, courses, pathways, credits, met);
    }

    /** A course's id, code, title and credits. */
    private static CatalogCourse course(Row row) {
        CatalogCourse course = new CatalogCourse();
        course.courseId = row.getUUID("course_id");
        course.code = row.getString("code");
        course.title = row.getString("title");
        course.credits = row.getBigDecimal("credits");
        return course;
    }

    private static Mastery standing(Row row) {
        Mastery m = new Mastery();
        m.competencyId = row.getUUID("competency_id");
        m.frameworkId = row.getUUID("framework_id");
        m.status = MasteryStatus.valueOf(row.getString("status"));
        m.value = row.getBigDecimal("value");
        m.level = row.getString("level");
        m.evidenceCount = row.getInteger("evidence_count");
        return m;
    }

    private static RowSet<Row> rows(List<?> results, int index) {
        @SuppressWarnings("unchecked")
        RowSet<Row> rows = (RowSet<Row>) results.get(index);
        return rows;
    }

    private static Uni<RowSet<Row>> query(SqlConnection connection, String sql, Tuple parameters) {
        return connection.preparedQuery(sql).execute(parameters);
    }
}
