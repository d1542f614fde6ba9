package org.proficio.progression.mastery;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.proficio.catalog.CatalogScaleLevelRepository;
import org.proficio.platform.reactive.OneAfterAnother;
import org.proficio.progression.advancement.Advancement;
import org.proficio.progression.mastery.MasteryDecider.Outcome;
import org.proficio.progression.policy.PolicyInForce;
import org.proficio.progression.policy.PolicyRepository;

/**
 * Keeps learners' standings: judges all of a learner's scores on a competency again whenever one arrives or changes,
 * applies and takes back educators' overrides, and answers the standings and their history. Every change goes
 * through {@link MasteryDecider}, in one transaction with its events.
 */
@ApplicationScoped
public class MasteryService {

    private final MasteryRepository masteries;
    private final MasteryDecisionRepository decisions;
    private final ScoreRepository scores;
    private final PolicyRepository policies;
    private final CatalogScaleLevelRepository scales;
    private final MasteryDecider decider;
    private final ScopeJudging scope;
    private final Advancement advancement;

    public MasteryService(
            MasteryRepository masteries,
            MasteryDecisionRepository decisions,
            ScoreRepository scores,
            PolicyRepository policies,
            CatalogScaleLevelRepository scales,
            MasteryDecider decider,
            ScopeJudging scope,
            Advancement advancement) {
        this.masteries = masteries;
        this.decisions = decisions;
        this.scores = scores;
        this.policies = policies;
        this.scales = scales;
        this.decider = decider;
        this.scope = scope;
        this.advancement = advancement;
    }

    /**
     * Applies one final score: keeps it (a repeat, or an older re-score, changes nothing and decides nothing), then
     * judges all of the learner's scores on the competency under the policy in force. The competency need not be in
     * the catalog read model: the evidence names its framework.
     */
    @WithTransaction
    public Uni<Void> apply(@NotNull String district, @NotNull @Valid EvidenceScored scored) {
        Subject subject = new Subject(district, scored.learnerId(), scored.competencyId(), scored.frameworkId());
        return scores.keep(district, scored)
                .chain(kept -> kept
                        ? judge(subject)
                                .chain(judged -> decider.decide(judged, Change.evidence(scored)))
                                .replaceWithVoid()
                        : Uni.createFrom().voidItem());
    }

    /** Sets the status by hand, with a reason; it holds over the policy until it is taken back. */
    @WithTransaction
    public Uni<Outcome> override(@NotNull Subject subject, @NotNull MasteryStatus status, String reason, String by) {
        return judge(subject).chain(judged -> decider.decide(judged, Change.override(status, reason, by)));
    }

    /** Takes the override back: the policy decides again. Null when no override holds. */
    @WithTransaction
    public Uni<Outcome> reverseOverride(@NotNull Subject subject, String reason, String by) {
        return judge(subject)
                .chain(judged -> judged.held() == null || !judged.held().overridden()
                        ? Uni.createFrom().nullItem()
                        : decider.decide(judged, Change.reversal(reason, by)));
    }

    /**
     * Judges again, in the caller's transaction, every standing that the policy of a scope judges (a framework's
     * competencies; for the district's policy, those of every framework without an override of its own), after a new
     * policy version was stored. Decisions and events only where something changed, written for a whole batch of
     * standings at once; then what it makes each learner master goes on to {@link Advancement}, once for her in the
     * batch.
     */
    public Uni<Rejudged> rejudge(@NotNull String district, UUID frameworkId, @NotNull String by) {
        Rejudged tally = new Rejudged();
        Advancement.Lookups lookups = advancement.lookups();
        return scope.each(
                        district,
                        frameworkId,
                        null,
                        batch -> decider.decidePolicyChange(batch, by)
                                .map(outcomes -> {
                                    Map<String, List<Advancement.Mastered>> mastered = new LinkedHashMap<>();
                                    for (Outcome outcome : outcomes) {
                                        tally.count(outcome);
                                        if (outcome.statusChanged()
                                                && outcome.mastery().status == MasteryStatus.MASTERED) {
                                            mastered.computeIfAbsent(
                                                            outcome.mastery().learnerId, l -> new ArrayList<>())
                                                    .add(new Advancement.Mastered(
                                                            outcome.mastery().competencyId, outcome.decision().id));
                                        }
                                    }
                                    return mastered;
                                })
                                // the batch's decisions go out before advancement queries: no auto-flush walks them
                                // again
                                .call(ScopeJudging::letGo)
                                .chain(mastered -> OneAfterAnother.each(
                                        mastered.entrySet(),
                                        learner -> advancement.mastered(
                                                district, learner.getKey(), learner.getValue(), lookups))))
                .replaceWith(tally);
    }

    /**
     * What a proposed policy would change in a scope (see {@link #rejudge}), written nowhere: each standing judged
     * under {@code proposed} and compared with the status and value it holds. Standings under an override keep its
     * status, as they would if the policy were applied.
     */
    @WithSession
    public Uni<Preview> preview(@NotNull String district, UUID frameworkId, @NotNull PolicyInForce proposed) {
        int[] judged = {0};
        List<StandingChange> changes = new ArrayList<>();
        return scope.each(district, frameworkId, proposed, judgedOfLearner -> {
                    for (Judged j : judgedOfLearner) {
                        judged[0]++;
                        StandingChange.of(j.held(), j.judgement()).ifPresent(changes::add);
                    }
                    return Uni.createFrom().voidItem();
                })
                .map(done -> new Preview(judged[0], changes));
    }

    /** What a dry run found: how many standings it judged, and those whose status or value would change. */
    public record Preview(int judged, List<StandingChange> changes) {}

    /** All the learner's standings, optionally on one framework. */
    @WithSession
    public Uni<List<Mastery>> standings(@NotNull String district, @NotNull String learnerId, UUID frameworkId) {
        return masteries.listOfLearner(district, learnerId, frameworkId);
    }

    /** The learner's standing on the competency, or null before any evidence. */
    @WithSession
    public Uni<Mastery> standing(@NotNull String district, @NotNull String learnerId, @NotNull UUID competencyId) {
        return masteries.findStanding(district, learnerId, competencyId);
    }

    /** The decisions on the learner's competency, oldest first. */
    @WithSession
    public Uni<List<MasteryDecision>> history(
            @NotNull String district, @NotNull String learnerId, @NotNull UUID competencyId) {
        return decisions.listOf(district, learnerId, competencyId);
    }

    /** Judges the subject's scores as they are now, under the policy in force for its framework. */
    Uni<Judged> judge(Subject subject) {
        return judge(subject, null);
    }

    /** Judges the subject's scores as they are now, under {@code policy}, or the one in force when null. */
    private Uni<Judged> judge(Subject subject, PolicyInForce policy) {
        Judging judging = new Judging(subject);
        Uni<PolicyInForce> inForce = policy != null
                ? Uni.createFrom().item(policy)
                : policies.inForce(subject.district(), subject.frameworkId());
        return inForce.invoke(p -> judging.policy = p)
                .chain(() -> scales.listOfFramework(subject.district(), subject.frameworkId()))
                .invoke(levels -> judging.scale = Scale.of(levels))
                .chain(() -> scores.listOf(subject.district(), subject.learnerId(), subject.competencyId()))
                .invoke(held ->
                        judging.scores = held.stream().map(Score::judged).toList())
                .chain(() -> masteries.findStanding(subject.district(), subject.learnerId(), subject.competencyId()))
                .map(judging::judged);
    }

    /** What {@link #judge} gathers, step by step, on one session. */
    private static final class Judging {
        private final Subject subject;
        private PolicyInForce policy;
        private Scale scale;
        private List<ScoredEvidence> scores;

        Judging(Subject subject) {
            this.subject = subject;
        }

        Judged judged(Mastery held) {
            return new Judged(subject, held, policy, Judgement.of(policy.policy(), scale, scores));
        }
    }
}
