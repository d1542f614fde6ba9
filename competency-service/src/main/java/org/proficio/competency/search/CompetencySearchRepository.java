package org.proficio.competency.search;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.proficio.competency.framework.Competency;
import org.proficio.competency.framework.Framework;
import org.proficio.competency.framework.JsonList;

/**
 * Competency search in PostgreSQL: full text over the generated {@code competency.search_vector} (GIN index, V4)
 * with {@code websearch_to_tsquery('english', q)}, plus exact and prefix matches on the code. Results are ordered by
 * match tier (exact code, code prefix, text), then text rank, then code and id, and paged by keyset on that order.
 * Only fixed SQL fragments are concatenated; every value the client sent is a bound parameter.
 */
@ApplicationScoped
public class CompetencySearchRepository {

    /** One row found, with its position in the result order. */
    record Row(CompetencyHit hit, SearchCursor position) {}

    private static final JsonList LIST = new JsonList();

    /** One page of hits in the district, plus one row that tells whether more follow. */
    public Uni<List<Row>> search(String district, CompetencyQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("district", district);
        params.put("status", query.status().name());
        boolean text = query.q() != null;
        StringBuilder sql = new StringBuilder("select * from (select c.id, c.code, c.statement,")
                .append(" c.abbreviated_statement, c.kind, c.education_levels, c.framework_id,")
                .append(" f.title as framework_title, f.status as framework_status, ")
                .append(
                        text
                                ? "case when lower(c.code) = :exact then 0 when lower(c.code) like :prefix then 1 else 2 end"
                                : "2")
                .append(" as tier, ")
                .append(text ? "cast(-ts_rank(c.search_vector, query) as real)" : "cast(0 as real)")
                .append(" as neg_rank, coalesce(c.code, '') as code_key")
                .append(" from competency c join framework f on f.id = c.framework_id");
        if (text) {
            sql.append(" cross join websearch_to_tsquery('english', :q) query");
            params.put("q", query.q());
            params.put("exact", query.q().toLowerCase(Locale.ROOT));
            params.put("prefix", likePrefix(query.q()));
        }
        sql.append(" where c.district = :district and f.status = :status");
        if (text) {
            sql.append(" and (c.search_vector @@ query or lower(c.code) like :prefix)");
        }
        if (query.framework() != null) {
            sql.append(" and c.framework_id = :framework");
            params.put("framework", query.framework());
        }
        if (query.kind() != null) {
            sql.append(" and c.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.subject() != null) {
            sql.append(" and (lower(f.subject) = :subject or ")
                    .append(contains("f.subjects", ":subject"))
                    .append(")");
            params.put("subject", query.subject().toLowerCase(Locale.ROOT));
        }
        if (query.level() != null) {
            sql.append(" and (")
                    .append(contains("c.education_levels", ":level"))
                    .append(" or ")
                    .append(contains("f.education_levels", ":level"))
                    .append(")");
            params.put("level", query.level().toLowerCase(Locale.ROOT));
        }
        sql.append(") found");
        if (query.after() != null) {
            sql.append(" where (tier, neg_rank, code_key, id) > (cast(:afterTier as integer),")
                    .append(" cast(:afterRank as real), cast(:afterCode as text), cast(:afterId as uuid))");
            params.put("afterTier", query.after().tier());
            params.put("afterRank", query.after().negativeRank());
            params.put("afterCode", query.after().codeKey());
            params.put("afterId", query.after().id());
        }
        sql.append(" order by tier, neg_rank, code_key, id limit :limit");
        params.put("limit", query.limit() + 1);
        return Panache.getSession()
                .chain(session -> {
                    var select = session.createNativeQuery(sql.toString(), Object[].class);
                    params.forEach(select::setParameter);
                    return select.getResultList();
                })
                .map(rows -> rows.stream().map(r -> row(r, text)).toList());
    }

    /** Whether a JSON array of strings in a text column holds the (lower-cased) value, ignoring case. */
    private static String contains(String column, String parameter) {
        return "exists (select 1 from jsonb_array_elements_text(cast(" + column + " as jsonb)) e(v)"
                + " where lower(e.v) = " + parameter + ")";
    }

    /** {@code q} as a LIKE pattern for codes starting with it, its own wildcards escaped. */
    private static String likePrefix(String q) {
        return q.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }

    private static Row row(Object[] r, boolean text) {
        int tier = ((Number) r[9]).intValue();
        CompetencyHit hit = new CompetencyHit(
                (UUID) r[0],
                (String) r[1],
                (String) r[2],
                (String) r[3],
                Competency.Kind.valueOf((String) r[4]),
                LIST.convertToEntityAttribute((String) r[5]),
                (UUID) r[6],
                (String) r[7],
                Framework.Status.valueOf((String) r[8]),
                text ? CompetencyHit.Match.values()[tier] : null);
        return new Row(hit, new SearchCursor(tier, ((Number) r[10]).floatValue(), (String) r[11], hit.id()));
    }
}
