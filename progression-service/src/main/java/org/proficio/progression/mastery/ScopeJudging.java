package org.proficio.progression.mastery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.proficio.catalog.CatalogScaleLevelRepository;
import org.proficio.progression.policy.PolicyInForce;
import org.proficio.progression.policy.PolicyRepository;

/**
 * Judges every standing a policy's scope holds again (a framework's; for the district's policy, those of every
 * framework without a policy of its own), a batch of standings at a time: one query for a batch's standings, one for
 * all of their scores, the policy and the scale looked up once per framework, the judging in memory; what the action
 * changes in the batch is written by one flush, in statement batches, and the session emptied after it: a district
 * of a million scores is judged in a few dozen round trips per thousand standings, in constant memory. Runs on the
 * caller's session (and transaction, when the action writes).
 */
@ApplicationScoped
class ScopeJudging {

    private static final String SCOPE_OF_DISTRICT = " and frameworkId not in (select p.frameworkId from PolicyVersion p"
            + " where p.district = :district and p.frameworkId is not null)";

    private final PolicyRepository policies;
    private final CatalogScaleLevelRepository scales;
    private final MasteryRepository masteries;
    private final int batchSize;

    ScopeJudging(
            PolicyRepository policies,
            CatalogScaleLevelRepository scales,
            MasteryRepository masteries,
            @ConfigProperty(name = "proficio.policy.recompute-batch", defaultValue = "1000") int batchSize) {
        this.policies = policies;
        this.scales = scales;
        this.masteries = masteries;
        this.batchSize = batchSize;
    }

    /**
     * Runs {@code action} on the standings of the scope judged under {@code proposed} (the policy in force for its
     * framework when null), a batch at a time, in (learner id, competency id) order: a learner whose standings straddle
     * two batches comes in both. The standings are the session's: what the action changes is flushed, and the session
     * emptied, after each batch.
     */
    Uni<Void> each(String district, UUID frameworkId, PolicyInForce proposed, Function<List<Judged>, Uni<?>> action) {
        return batches(new Pass(district, frameworkId, proposed, action), null);
    }

    private Uni<Void> batches(Pass pass, Mastery after) {
        return standings(pass, after)
                .chain(batch -> batch.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : judgeBatch(pass, batch)
                                .chain(() -> batch.size() < batchSize
                                        ? Uni.createFrom().voidItem()
                                        : batches(pass, batch.get(batch.size() - 1))));
    }

    private Uni<List<Mastery>> standings(Pass pass, Mastery after) {
        StringBuilder query = new StringBuilder("district = :district");
        Parameters params = Parameters.with("district", pass.district);
        if (pass.frameworkId != null) {
            query.append(" and frameworkId = :frameworkId");
            params.and("frameworkId", pass.frameworkId);
        } else {
            query.append(SCOPE_OF_DISTRICT);
        }
        if (after != null) {
            // the first condition lets PostgreSQL start the index range at the last learner instead of sorting the
            // scope
            query.append(" and learnerId >= :learner"
                    + " and (learnerId > :learner or (learnerId = :learner and competencyId > :competency))");
            params.and("learner", after.learnerId).and("competency", after.competencyId);
        }
        query.append(" order by learnerId, competencyId");
        return masteries
                .find(query.toString(), params)
                .page(Page.ofSize(batchSize))
                .list();
    }

    private Uni<Void> judgeBatch(Pass pass, List<Mastery> batch) {
        return scoresOf(pass.district, batch)
                .chain(scores -> judged(pass, batch, scores))
                .chain(pass.action)
                .chain(ScopeJudging::letGo);
    }

    /** Writes what the session holds (in statement batches) and empties it: it never grows with the scope. */
    static Uni<Void> letGo() {
        return Panache.getSession().chain(session -> session.flush().invoke(() -> session.clear()));
    }

    private Uni<List<Judged>> judged(Pass pass, List<Mastery> standings, Map<Standing, List<ScoredEvidence>> scores) {
        return Multi.createFrom()
                .iterable(standings)
                .onItem()
                .transformToUniAndConcatenate(held -> judged(pass, held, scores))
                .collect()
                .asList();
    }

    /** All the scores of the batch's learners (the batch is in learner order: one range), by standing. */
    private static Uni<Map<Standing, List<ScoredEvidence>>> scoresOf(String district, List<Mastery> batch) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select s.learnerId, s.competencyId, s.evidenceId, s.score, s.level, s.proficient,"
                                        + " s.assessmentKind, s.modality, s.observedAt from Score s"
                                        + " where s.district = :district and s.learnerId between :first and :last",
                                Object[].class)
                        .setParameter("district", district)
                        .setParameter("first", batch.get(0).learnerId)
                        .setParameter("last", batch.get(batch.size() - 1).learnerId)
                        .getResultList())
                .map(rows -> {
                    Map<Standing, List<ScoredEvidence>> byStanding = new HashMap<>();
                    for (Object[] row : rows) {
                        byStanding
                                .computeIfAbsent(new Standing((String) row[0], (UUID) row[1]), key -> new ArrayList<>())
                                .add(new ScoredEvidence(
                                        (UUID) row[2],
                                        (BigDecimal) row[3],
                                        (String) row[4],
                                        (Boolean) row[5],
                                        (String) row[6],
                                        (String) row[7],
                                        (OffsetDateTime) row[8]));
                    }
                    return byStanding;
                });
    }

    private Uni<Judged> judged(Pass pass, Mastery held, Map<Standing, List<ScoredEvidence>> scores) {
        Subject subject = new Subject(held.district, held.learnerId, held.competencyId, held.frameworkId);
        List<ScoredEvidence> own = scores.getOrDefault(new Standing(held.learnerId, held.competencyId), List.of());
        return policyOf(pass, held.frameworkId)
                .chain(policy -> scaleOf(pass, held.frameworkId)
                        .map(scale -> new Judged(subject, held, policy, Judgement.of(policy.policy(), scale, own))));
    }

    private Uni<PolicyInForce> policyOf(Pass pass, UUID frameworkId) {
        if (pass.proposed != null) {
            return Uni.createFrom().item(pass.proposed);
        }
        PolicyInForce known = pass.policies.get(frameworkId);
        return known != null
                ? Uni.createFrom().item(known)
                : policies.inForce(pass.district, frameworkId).invoke(p -> pass.policies.put(frameworkId, p));
    }

    private Uni<Scale> scaleOf(Pass pass, UUID frameworkId) {
        Scale known = pass.scales.get(frameworkId);
        return known != null
                ? Uni.createFrom().item(known)
                : scales.listOfFramework(pass.district, frameworkId)
                        .map(Scale::of)
                        .invoke(s -> pass.scales.put(frameworkId, s));
    }

    private record Standing(String learnerId, UUID competencyId) {}

    /** One pass over a scope, with what it has looked up once. */
    private static final class Pass {
        private final String district;
        private final UUID frameworkId;
        private final PolicyInForce proposed;
        private final Function<List<Judged>, Uni<?>> action;
        private final Map<UUID, PolicyInForce> policies = new HashMap<>();
        private final Map<UUID, Scale> scales = new HashMap<>();

        Pass(String district, UUID frameworkId, PolicyInForce proposed, Function<List<Judged>, Uni<?>> action) {
            this.district = district;
            this.frameworkId = frameworkId;
            this.proposed = proposed;
            this.action = action;
        }
    }
}
