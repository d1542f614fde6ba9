package org.proficio.competency.casepackage;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.sqlclient.data.Numeric;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proficio.competency.casepackage.ImportReport.Outcome;
import org.proficio.competency.framework.Association;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.framework.JsonList;
import org.proficio.competency.framework.ScaleLevel;
import org.proficio.competency.rubric.Rubric;
import org.proficio.competency.rubric.RubricCriterion;
import org.proficio.competency.rubric.RubricLevel;
import org.proficio.competency.scale.DefaultScale;
import org.proficio.competency.scale.ProficiencyLevel;
import org.proficio.platform.problem.ProblemException;

/**
 * Writes an imported package in one transaction, with batched statements through the reactive pool (a 2,000-item
 * package is a handful of round trips). Imports of one framework identifier are serialised by an advisory lock, so
 * that two concurrent imports cannot both create a draft.
 */
@ApplicationScoped
class PackageWriter {

    /** The latest version of a framework identifier in a district: its draft if it has one, else the newest. */
    record Latest(UUID id, Framework.Status status) {}

    /** The content hash of a stored framework version. */
    record Hashed(UUID id, String contentHash) {}

    private record Level(String code, String label) {}

    private static final JsonList LISTS = new JsonList();

    private static final String LATEST = "select id, status from framework"
            + " where district = $1 and identifier = $2 order by (status = 'DRAFT') desc, created_at desc limit 1";
    private static final String INSERT_FRAMEWORK = "insert into framework (id, district, identifier, uri, creator,"
            + " publisher, description, subjects, education_levels, licence, source_uri, notes, adoption_status,"
            + " status_start_date, status_end_date, last_change, origin, supersedes_id, case_extra, title, subject,"
            + " version, language, status, created_at, revision) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,"
            + " $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, 'DRAFT', $24, 0)";
    private static final String UPDATE_FRAMEWORK = "update framework set uri = $2, creator = $3, publisher = $4,"
            + " description = $5, subjects = $6, education_levels = $7, licence = $8, source_uri = $9, notes = $10,"
            + " adoption_status = $11, status_start_date = $12, status_end_date = $13, last_change = $14,"
            + " origin = $15, case_extra = $16, title = $17, subject = $18, version = $19, language = $20,"
            + " revision = revision + 1 where id = $1 and status = 'DRAFT'";
    private static final String UPSERT_COMPETENCY = "insert into competency (id, framework_id, district, identifier,"
            + " uri, code, statement, abbreviated_statement, alternative_label, item_type, education_levels, keywords,"
            + " list_enumeration, notes, language, last_change, case_extra, parent_id, position) values ($1, $2, $3,"
            + " $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)"
            + " on conflict (framework_id, identifier) do update set uri = excluded.uri, code = excluded.code,"
            + " statement = excluded.statement, abbreviated_statement = excluded.abbreviated_statement,"
            + " alternative_label = excluded.alternative_label, item_type = excluded.item_type,"
            + " education_levels = excluded.education_levels, keywords = excluded.keywords,"
            + " list_enumeration = excluded.list_enumeration, notes = excluded.notes, language = excluded.language,"
            + " last_change = excluded.last_change, case_extra = excluded.case_extra,"
            + " parent_id = excluded.parent_id, position = excluded.position";
    private static final String INSERT_ASSOCIATION = "insert into association (id, framework_id, district,"
            + " identifier, uri, type, origin_identifier, origin_uri, origin_title, origin_id, destination_identifier,"
            + " destination_uri, destination_title, destination_id, grouping_identifier, sequence_number, position,"
            + " last_change, case_extra) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,"
            + " $16, $17, $18, $19)";
    private static final String INSERT_DEFINITION = "insert into case_definition (id, framework_id, district, kind,"
            + " identifier, title, position, body) values ($1, $2, $3, $4, $5, $6, $7, $8)";
    private static final String INSERT_RUBRIC = "insert into rubric (id, framework_id, district, identifier, uri,"
            + " title, description, position, last_change) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
    private static final String INSERT_CRITERION = "insert into rubric_criterion (id, rubric_id, identifier, uri,"
            + " competency_id, item_identifier, item_uri, item_title, category, description, weight, position,"
            + " last_change) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";
    private static final String INSERT_LEVEL = "insert into rubric_level (id, criterion_id, identifier, uri,"
            + " description, quality, score, feedback, scale_level, position, last_change) values ($1, $2, $3, $4,"
            + " $5, $6, $7, $8, $9, $10, $11)";
    private static final String INSERT_SCALE_LEVEL = "insert into scale_level (id, framework_id, position, code,"
            + " label, description, score, proficient, default_level) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

    private final Pool pool;

    PackageWriter(Pool pool) {
        this.pool = pool;
    }

    Uni<Latest> latest(String district, String identifier) {
        return pool.preparedQuery(LATEST)
                .execute(Tuple.of(district, identifier))
                .map(PackageWriter::latest);
    }

    /**
     * Writes the package as the next state of its framework and reports what it did.
     *
     * @param contentHash the content hash of the package
     * @param published the content hash of the framework's latest version when that is published, else null
     * @param scale the framework's own scale, or null for the usual one (see {@link #scale})
     */
    Uni<ImportReport> write(
            String district,
            ImportedPackage p,
            String contentHash,
            Hashed published,
            Framework.Origin origin,
            List<ScaleLevel> scale,
            OffsetDateTime now) {
        Framework f = p.framework();
        return pool.withTransaction(conn -> conn.preparedQuery("select pg_advisory_xact_lock(hashtextextended($1, 0))")
                .execute(Tuple.of(district + "\n" + f.identifier))
                .chain(() -> conn.preparedQuery(LATEST).execute(Tuple.of(district, f.identifier)))
                .map(PackageWriter::latest)
                .chain(latest -> {
                    if (latest == null) {
                        return create(conn, district, p, origin, scale, null, now)
                                .map(id -> p.report(id, Outcome.CREATED));
                    }
                    if (latest.status() == Framework.Status.DRAFT) {
                        return update(conn, district, p, origin, scale, latest.id())
                                .map(id -> p.report(id, Outcome.UPDATED));
                    }
                    boolean same = published != null
                            && published.id().equals(latest.id())
                            && published.contentHash().equals(contentHash);
                    if (latest.status() == Framework.Status.PUBLISHED && same) {
                        return Uni.createFrom().item(p.report(latest.id(), Outcome.UNCHANGED));
                    }
                    return create(conn, district, p, origin, scale, latest.id(), now)
                            .map(id -> p.report(id, Outcome.NEW_VERSION));
                }));
    }

    /** The CFDocument fields of the framework, in the column order both INSERT_FRAMEWORK and UPDATE_FRAMEWORK use. */
    private static Tuple documentFields(Tuple tuple, Framework f) {
        return tuple.addValue(f.uri)
                .addValue(f.creator)
                .addValue(f.publisher)
                .addValue(f.description)
                .addValue(LISTS.convertToDatabaseColumn(f.subjects))
                .addValue(LISTS.convertToDatabaseColumn(f.educationLevels))
                .addValue(f.licence)
                .addValue(f.sourceUri)
                .addValue(f.notes)
                .addValue(f.adoptionStatus)
                .addValue(f.statusStartDate)
                .addValue(f.statusEndDate)
                .addValue(f.lastChange);
    }

    private Uni<UUID> create(
            SqlConnection conn,
            String district,
            ImportedPackage p,
            Framework.Origin origin,
            List<ScaleLevel> scale,
            UUID supersedes,
            OffsetDateTime now) {
        Framework f = p.framework();
        UUID id = UUID.randomUUID();
        Tuple framework = documentFields(
                        Tuple.tuple().addValue(id).addValue(district).addValue(f.identifier), f)
                .addValue(origin.name())
                .addValue(supersedes)
                .addValue(f.caseExtra)
                .addValue(f.title)
                .addValue(f.subject)
                .addValue(f.version)
                .addValue(f.language)
                .addValue(now);
        Map<String, UUID> ids = new HashMap<>();
        p.items().forEach(c -> ids.put(c.identifier, UUID.randomUUID()));
        return conn.preparedQuery(INSERT_FRAMEWORK)
                .execute(framework)
                .chain(() -> scale(conn, id, supersedes, scale))
                .chain(levels -> writeContent(conn, district, id, p, ids, levels))
                .replaceWith(id);
    }

    private Uni<UUID> update(
            SqlConnection conn,
            String district,
            ImportedPackage p,
            Framework.Origin origin,
            List<ScaleLevel> scale,
            UUID id) {
        Framework f = p.framework();
        Tuple framework = documentFields(Tuple.tuple().addValue(id), f)
                .addValue(origin.name())
                .addValue(f.caseExtra)
                .addValue(f.title)
                .addValue(f.subject)
                .addValue(f.version)
                .addValue(f.language);
        Tuple frameworkId = Tuple.of(id);
        return conn.preparedQuery(UPDATE_FRAMEWORK)
                .execute(framework)
                .invoke(updated -> {
                    if (updated.rowCount() != 1) {
                        // published meanwhile (the API does not take the import lock): never write into it
                        throw ProblemException.conflict("The framework's draft " + id + " was published meanwhile.");
                    }
                })
                .chain(() -> conn.preparedQuery("delete from association where framework_id = $1")
                        .execute(frameworkId))
                .chain(() -> conn.preparedQuery("delete from case_definition where framework_id = $1")
                        .execute(frameworkId))
                .chain(() -> conn.preparedQuery("delete from rubric where framework_id = $1")
                        .execute(frameworkId))
                .chain(() -> conn.preparedQuery("select id, identifier from competency where framework_id = $1")
                        .execute(frameworkId))
                .chain(existing -> {
                    Map<String, UUID> ids = new HashMap<>();
                    existing.forEach(row -> ids.put(row.getString("identifier"), row.getUUID("id")));
                    Map<String, UUID> kept = new HashMap<>();
                    p.items().forEach(c -> kept.put(c.identifier, ids.getOrDefault(c.identifier, UUID.randomUUID())));
                    return scale(conn, id, id, scale)
                            .chain(levels -> writeContent(conn, district, id, p, kept, levels)
                                    .chain(() -> conn.preparedQuery(
                                                    "delete from competency where framework_id = $1 and id <> all($2)")
                                            .execute(Tuple.of(id, kept.values().toArray(new UUID[0])))));
                })
                .replaceWith(id);
    }

    /**
     * Writes the framework's scale and gives back its levels: the given scale (replacing a draft's), else the scale
     * of {@code from} (kept when {@code from} is the framework itself, copied for a new version), else the default.
     */
    private Uni<List<Level>> scale(SqlConnection conn, UUID framework, UUID from, List<ScaleLevel> given) {
        if (given != null) {
            Uni<Void> clear = framework.equals(from)
                    ? conn.preparedQuery("delete from scale_level where framework_id = $1")
                            .execute(Tuple.of(framework))
                            .replaceWithVoid()
                    : Uni.createFrom().voidItem();
            List<ScaleLevel> levels = new ArrayList<>();
            for (ScaleLevel l : given) {
                ScaleLevel copy = copy(l.code, l.label, l.description, l.score, l.proficient, l.defaultLevel);
                copy.position = levels.size();
                levels.add(copy);
            }
            return clear.chain(() -> insertScale(conn, framework, levels));
        }
        Uni<List<ScaleLevel>> source = from == null
                ? Uni.createFrom().item(List.of())
                : conn.preparedQuery("select code, label, description, score, proficient, default_level"
                                + " from scale_level where framework_id = $1 order by position")
                        .execute(Tuple.of(from))
                        .map(rows -> {
                            List<ScaleLevel> list = new ArrayList<>();
                            for (Row r : rows) {
                                ScaleLevel l = copy(
                                        r.getString("code"),
                                        r.getString("label"),
                                        r.getString("description"),
                                        r.getBigDecimal("score"),
                                        r.getBoolean("proficient"),
                                        r.getBoolean("default_level"));
                                l.position = list.size();
                                list.add(l);
                            }
                            return list;
                        });
        return source.chain(levels -> {
            if (framework.equals(from) && !levels.isEmpty()) {
                return Uni.createFrom()
                        .item(levels.stream()
                                .map(l -> new Level(l.code, l.label))
                                .toList());
            }
            if (!levels.isEmpty()) {
                return insertScale(conn, framework, levels);
            }
            List<ScaleLevel> defaults = new ArrayList<>();
            for (ProficiencyLevel l : DefaultScale.LEVELS) {
                ScaleLevel level = copy(l.code(), l.label(), l.description(), l.score(), l.proficient(), false);
                level.position = defaults.size();
                defaults.add(level);
            }
            return insertScale(conn, framework, defaults);
        });
    }

    private static ScaleLevel copy(
            String code, String label, String description, BigDecimal score, boolean proficient, boolean defaultLevel) {
        ScaleLevel l = new ScaleLevel();
        l.code = code;
        l.label = label;
        l.description = description;
        l.score = score;
        l.proficient = proficient;
        l.defaultLevel = defaultLevel;
        return l;
    }

    private Uni<List<Level>> insertScale(SqlConnection conn, UUID framework, List<ScaleLevel> levels) {
        List<Tuple> rows = new ArrayList<>();
        for (ScaleLevel l : levels) {
            rows.add(Tuple.tuple()
                    .addValue(UUID.randomUUID())
                    .addValue(framework)
                    .addValue(l.position)
                    .addValue(l.code)
                    .addValue(l.label)
                    .addValue(l.description)
                    .addValue(numeric(l.score))
                    .addValue(l.proficient)
                    .addValue(l.defaultLevel));
        }
        return batch(conn, INSERT_SCALE_LEVEL, rows)
                .replaceWith(
                        levels.stream().map(l -> new Level(l.code, l.label)).toList());
    }

    /** Competencies (parents before children), associations, definitions and rubrics of the framework. */
    private Uni<Void> writeContent(
            SqlConnection conn,
            String district,
            UUID frameworkId,
            ImportedPackage p,
            Map<String, UUID> ids,
            List<Level> scale) {
        List<Tuple> competencies = new ArrayList<>(p.items().size());
        for (Competency c : p.items()) {
            String parent = p.parents().get(c.identifier);
            competencies.add(Tuple.tuple()
                    .addValue(ids.get(c.identifier))
                    .addValue(frameworkId)
                    .addValue(district)
                    .addValue(c.identifier)
                    .addValue(c.uri)
                    .addValue(c.code)
                    .addValue(c.statement)
                    .addValue(c.abbreviatedStatement)
                    .addValue(c.alternativeLabel)
                    .addValue(c.itemType)
                    .addValue(LISTS.convertToDatabaseColumn(c.educationLevels))
                    .addValue(LISTS.convertToDatabaseColumn(c.keywords))
                    .addValue(c.listEnumeration)
                    .addValue(c.notes)
                    .addValue(c.language)
                    .addValue(c.lastChange)
                    .addValue(c.caseExtra)
                    .addValue(parent == null ? null : ids.get(parent))
                    .addValue(c.position));
        }
        List<Tuple> associations = new ArrayList<>(p.associations().size());
        for (Association a : p.associations()) {
            associations.add(Tuple.tuple()
                    .addValue(UUID.randomUUID())
                    .addValue(frameworkId)
                    .addValue(district)
                    .addValue(a.identifier)
                    .addValue(a.uri)
                    .addValue(a.type)
                    .addValue(a.originIdentifier)
                    .addValue(a.originUri)
                    .addValue(a.originTitle)
                    .addValue(ids.get(a.originIdentifier))
                    .addValue(a.destinationIdentifier)
                    .addValue(a.destinationUri)
                    .addValue(a.destinationTitle)
                    .addValue(ids.get(a.destinationIdentifier))
                    .addValue(a.groupingIdentifier)
                    .addValue(a.sequenceNumber)
                    .addValue(a.position)
                    .addValue(a.lastChange)
                    .addValue(a.caseExtra));
        }
        List<Tuple> definitions = new ArrayList<>(p.definitions().size());
        for (CaseDefinition d : p.definitions()) {
            definitions.add(Tuple.tuple()
                    .addValue(UUID.randomUUID())
                    .addValue(frameworkId)
                    .addValue(district)
                    .addValue(d.kind.name())
                    .addValue(d.identifier)
                    .addValue(d.title)
                    .addValue(d.position)
                    .addValue(d.body));
        }
        List<Tuple> rubrics = new ArrayList<>();
        List<Tuple> criteria = new ArrayList<>();
        List<Tuple> levels = new ArrayList<>();
        for (Rubric r : p.rubrics()) {
            UUID rubricId = UUID.randomUUID();
            rubrics.add(Tuple.tuple()
                    .addValue(rubricId)
                    .addValue(frameworkId)
                    .addValue(district)
                    .addValue(r.identifier)
                    .addValue(r.uri)
                    .addValue(r.title)
                    .addValue(r.description)
                    .addValue(r.position)
                    .addValue(r.lastChange));
            for (RubricCriterion c : r.criteria) {
                UUID criterionId = UUID.randomUUID();
                criteria.add(Tuple.tuple()
                        .addValue(criterionId)
                        .addValue(rubricId)
                        .addValue(c.identifier)
                        .addValue(c.uri)
                        .addValue(c.itemIdentifier == null ? null : ids.get(c.itemIdentifier))
                        .addValue(c.itemIdentifier)
                        .addValue(c.itemUri)
                        .addValue(c.itemTitle)
                        .addValue(c.category)
                        .addValue(c.description)
                        .addValue(numeric(c.weight))
                        .addValue(c.position)
                        .addValue(c.lastChange));
                for (RubricLevel l : c.levels) {
                    levels.add(Tuple.tuple()
                            .addValue(UUID.randomUUID())
                            .addValue(criterionId)
                            .addValue(l.identifier)
                            .addValue(l.uri)
                            .addValue(l.description)
                            .addValue(l.quality)
                            .addValue(numeric(l.score))
                            .addValue(l.feedback)
                            .addValue(scaleLevel(l.quality, scale))
                            .addValue(l.position)
                            .addValue(l.lastChange));
                }
            }
        }
        return batch(conn, UPSERT_COMPETENCY, competencies)
                .chain(() -> batch(conn, INSERT_ASSOCIATION, associations))
                .chain(() -> batch(conn, INSERT_DEFINITION, definitions))
                .chain(() -> batch(conn, INSERT_RUBRIC, rubrics))
                .chain(() -> batch(conn, INSERT_CRITERION, criteria))
                .chain(() -> batch(conn, INSERT_LEVEL, levels));
    }

    private static Uni<Void> batch(SqlConnection conn, String sql, List<Tuple> rows) {
        return rows.isEmpty()
                ? Uni.createFrom().voidItem()
                : conn.preparedQuery(sql).executeBatch(rows).replaceWithVoid();
    }

    /** The code of the scale level a rubric level's quality names (by code or label), if any. */
    private static String scaleLevel(String quality, List<Level> scale) {
        if (quality == null) {
            return null;
        }
        String q = quality.strip();
        return scale.stream()
                .filter(l -> l.code().equalsIgnoreCase(q) || l.label().equalsIgnoreCase(q))
                .map(Level::code)
                .findFirst()
                .orElse(null);
    }

    private static Numeric numeric(BigDecimal value) {
        return value == null ? null : Numeric.create(value);
    }

    private static Latest latest(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        var it = rows.iterator();
        if (!it.hasNext()) {
            return null;
        }
        Row row = it.next();
        return new Latest(row.getUUID("id"), Framework.Status.valueOf(row.getString("status")));
    }
}
