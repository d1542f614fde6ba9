package org.proficio.progression.readiness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proficio.platform.reactive.OneAfterAnother;
import org.proficio.progression.readiness.ReadinessDenied.Unmet;

/**
 * The read model of what assessment-service says about a learner's readiness (its ReadinessDenied events), kept per
 * learner, competency and assessment: the latest denial wins, whatever the order events arrive in; a summative score
 * observed later on the competency clears the denials before it.
 */
@ApplicationScoped
public class Readiness {

    private static final TypeReference<List<Unmet>> UNMET = new TypeReference<>() {};

    /**
     * Read on the reactive pool, not as a native query of the session: Hibernate Reactive 3.2 adds a plan-cache entry
     * for every execution of a native select, and the crowd pushes the decision path's plans out.
     */
    private static final String DENIALS = """
            select competency_id, assessment_id, assessment_kind, refusal, attempt, unmet, denied_at
            from summative_readiness
            where district = $1 and learner_id = $2 and competency_id = any($3)
            order by denied_at desc, assessment_id
            """;

    private final ObjectMapper json;
    private final Pool pool;

    public Readiness(ObjectMapper json, Pool pool) {
        this.json = json;
        this.pool = pool;
    }

    /** Keeps the denial for each of its competencies, unless a later one is kept already. In the caller's transaction. */
    public Uni<Void> denied(String district, ReadinessDenied denied) {
        String unmet = write(denied.unmet());
        return OneAfterAnother.each(
                denied.competencyIds(),
                competency -> Panache.getSession()
                        .chain(session -> session.createNativeQuery("""
                                    insert into summative_readiness (district, learner_id, competency_id,
                                        assessment_id, assessment_kind, refusal, attempt, unmet, denied_at)
                                    values (:district, :learner, :competency, :assessment, :kind, :refusal,
                                        :attempt, :unmet, :at)
                                    on conflict (district, learner_id, competency_id, assessment_id) do update
                                    set assessment_kind = excluded.assessment_kind, refusal = excluded.refusal,
                                        attempt = excluded.attempt, unmet = excluded.unmet,
                                        denied_at = excluded.denied_at
                                    where summative_readiness.denied_at < excluded.denied_at
                                    """)
                                .setParameter("district", district)
                                .setParameter("learner", denied.learnerId())
                                .setParameter("competency", competency)
                                .setParameter("assessment", denied.assessmentId())
                                .setParameter("kind", denied.assessmentKind())
                                .setParameter("refusal", denied.refusal())
                                .setParameter("attempt", denied.attempt())
                                .setParameter("unmet", unmet)
                                .setParameter("at", denied.deniedAt())
                                .executeUpdate()));
    }

    /** A summative score on the competency, observed at {@code observedAt}: the denials before it are over. */
    public Uni<Void> attempted(String district, String learnerId, UUID competencyId, OffsetDateTime observedAt) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                delete from summative_readiness where district = :district and learner_id = :learner
                                  and competency_id = :competency and denied_at <= :at
                                """)
                        .setParameter("district", district)
                        .setParameter("learner", learnerId)
                        .setParameter("competency", competencyId)
                        .setParameter("at", observedAt)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The denials that hold for the learner's competencies, latest first, by competency. */
    public Uni<Map<UUID, List<ReadinessView>>> of(String district, String learnerId, Collection<UUID> competencyIds) {
        if (competencyIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(DENIALS)
                .execute(Tuple.of(district, learnerId, competencyIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, List<ReadinessView>> byCompetency = new HashMap<>();
                    for (Row row : rows) {
                        byCompetency
                                .computeIfAbsent(row.getUUID(0), id -> new java.util.ArrayList<>())
                                .add(new ReadinessView(
                                        row.getUUID(1),
                                        row.getString(2),
                                        row.getString(3),
                                        row.getInteger(4),
                                        read(row.getString(5)),
                                        row.getOffsetDateTime(6)));
                    }
                    return byCompetency;
                });
    }

    private String write(List<Unmet> unmet) {
        try {
            return json.writeValueAsString(unmet);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unmet conditions could not be written", e);
        }
    }

    private List<Unmet> read(String unmet) {
        try {
            return json.readValue(unmet, UNMET);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored unmet conditions could not be read", e);
        }
    }
}
