package org.proficio.progression.mastery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.outbox.Outbox;
import org.proficio.platform.reactive.OneAfterAnother;
import org.proficio.platform.time.DatabaseTime;
import org.proficio.progression.advancement.Advancement;
import org.proficio.progression.mastery.MasteryDecision.Cause;
import org.proficio.progression.mastery.MasteryEvents.CompetencyMastered;
import org.proficio.progression.mastery.MasteryEvents.DecisionOverridden;
import org.proficio.progression.mastery.MasteryEvents.LearnerStruggling;
import org.proficio.progression.mastery.MasteryEvents.MasteryChanged;
import org.proficio.progression.pacing.PacingEpisodes;

/**
 * Takes a judged subject into its standing: updates the row, appends the decision with its inputs, computation and
 * explanation, and writes the events of a status change to the outbox, all in the caller's transaction; a change to
 * MASTERED goes on to {@link Advancement} (targets unlocked, credits, pathways met) in the same transaction; a policy
 * change's masteries go there from its caller, once per learner and batch ({@link MasteryService#rejudge}). Evidence
 * that is her first, or raises her value or her status, is a move: it stamps {@code movedAt} and closes her open pacing
 * episode on the competency.
 *
 * <p>Evidence, overrides and their reversals always leave a decision (the history shows every score and every hand
 * decision); a policy change leaves one only where the status or the value changed, and events only follow a change
 * of status.
 */
@ApplicationScoped
public class MasteryDecider {

    private final MasteryRepository masteries;
    private final MasteryDecisionRepository decisions;
    private final Outbox outbox;
    private final Advancement advancement;
    private final PacingEpisodes episodes;
    private final ObjectMapper json;

    public MasteryDecider(
            MasteryRepository masteries,
            MasteryDecisionRepository decisions,
            Outbox outbox,
            Advancement advancement,
            PacingEpisodes episodes,
            ObjectMapper json) {
        this.masteries = masteries;
        this.decisions = decisions;
        this.outbox = outbox;
        this.advancement = advancement;
        this.episodes = episodes;
        this.json = json;
    }

    /** Decides; answers the standing as it now is, and whether its status changed. */
    public Uni<Outcome> decide(Judged judged, Change change) {
        Decided decided = decided(judged, change);
        if (decided.decision() == null) {
            return Uni.createFrom().item(decided.outcome());
        }
        Mastery mastery = decided.mastery();
        Uni<Mastery> saved = judged.held() != null ? Uni.createFrom().item(mastery) : masteries.persist(mastery);
        return saved.chain(() -> decisions.persist(decided.decision()))
                .chain(() -> outbox.addAll(mastery.district, decided.events()))
                .chain(() -> closeEpisode(decided))
                .chain(() -> decided.statusChanged()
                                && mastery.status == MasteryStatus.MASTERED
                                && change.cause() != Cause.POLICY
                        ? advancement.mastered(
                                mastery.district, mastery.learnerId, mastery.competencyId, decided.decision().id)
                        : Uni.createFrom().voidItem())
                .replaceWith(decided.outcome());
    }

    /**
     * Decides a policy change's batch of held standings: each as {@link #decide} does, but all of the batch's decisions
     * are added to the session before all of its events, so that a flush writes each table in full statement batches.
     * What becomes MASTERED is left to the caller, which takes it to {@link Advancement} once per learner.
     */
    public Uni<List<Outcome>> decidePolicyChange(List<Judged> batch, String by) {
        Change change = Change.policy(by);
        List<Decided> all =
                batch.stream().map(judged -> decided(judged, change)).toList();
        List<Decided> changed =
                all.stream().filter(decided -> decided.decision() != null).toList();
        if (changed.isEmpty()) {
            return Uni.createFrom().item(all.stream().map(Decided::outcome).toList());
        }
        return decisions
                .persist(changed.stream().map(Decided::decision))
                .chain(() -> outbox.addAll(
                        changed.get(0).mastery().district,
                        changed.stream()
                                .flatMap(decided -> decided.events().stream())
                                .toList()))
                .chain(() -> OneAfterAnother.each(changed, this::closeEpisode))
                .replaceWith(() -> all.stream().map(Decided::outcome).toList());
    }

    /**
     * The decision, in memory: the standing as it becomes, its decision and its events; no decision when a policy
     * change changes nothing. What a policy change does is what its dry run announces: the same StandingChange decides
     * both.
     */
    private Decided decided(Judged judged, Change change) {
        if (change.cause() == Cause.POLICY
                && judged.held() != null
                && StandingChange.of(judged.held(), judged.judgement()).isEmpty()) {
            return new Decided(judged.held(), null, false, false, List.of());
        }
        Mastery mastery = judged.held() != null ? judged.held() : start(judged.subject());
        MasteryStatus before = mastery.status;
        BigDecimal valueBefore = mastery.value;
        boolean first = mastery.evidenceCount == 0;
        OffsetDateTime at = DatabaseTime.now();
        take(mastery, judged, change, at);
        boolean statusChanged = before != mastery.status;
        boolean moved = change.cause() == Cause.EVIDENCE
                && (first || rose(valueBefore, mastery.value) || mastery.status.rank() > before.rank());
        if (moved || mastery.movedAt == null) {
            mastery.movedAt = at;
        }
        MasteryDecision decision = decision(mastery, judged, change, before, at);
        boolean closesEpisode = mastery.stalled && (moved || (statusChanged && !mastery.status.inProgress()));
        return new Decided(mastery, decision, statusChanged, closesEpisode, events(mastery, decision, change));
    }

    /** A move, or leaving the statuses a learner works in, ends her open pacing episode on the competency. */
    private Uni<Void> closeEpisode(Decided decided) {
        return decided.closesEpisode()
                ? episodes.close(decided.mastery(), decided.decision().id, decided.decision().decidedAt)
                : Uni.createFrom().voidItem();
    }

    /** A decision taken, not written yet. */
    private record Decided(
            Mastery mastery,
            MasteryDecision decision,
            boolean statusChanged,
            boolean closesEpisode,
            List<DomainEvent> events) {

        Outcome outcome() {
            return new Outcome(mastery, decision, statusChanged);
        }
    }

    private static boolean rose(BigDecimal before, BigDecimal after) {
        return after != null && (before == null || after.compareTo(before) > 0);
    }

    /**
     * What a decision left.
     *
     * @param decision null when a policy change found nothing to change
     */
    public record Outcome(Mastery mastery, MasteryDecision decision, boolean statusChanged) {}

    private static Mastery start(Subject subject) {
        Mastery mastery = new Mastery();
        mastery.id = UUID.randomUUID();
        mastery.district = subject.district();
        mastery.learnerId = subject.learnerId();
        mastery.competencyId = subject.competencyId();
        mastery.status = MasteryStatus.NOT_STARTED;
        return mastery;
    }

    private static void take(Mastery mastery, Judged judged, Change change, OffsetDateTime at) {
        Judgement j = judged.judgement();
        mastery.frameworkId = judged.subject().frameworkId();
        mastery.computedStatus = j.status();
        mastery.value = j.value();
        mastery.level = j.level() == null ? null : j.level().code();
        mastery.policyId = judged.policy().id();
        mastery.policyVersion = judged.policy().version();
        mastery.evidenceCount = j.inputs().size();
        mastery.proficientCount = j.proficientCount();
        mastery.consecutiveNonProficient = j.consecutiveBelowProficient();
        mastery.summativeCount = j.summativeCount();
        mastery.modalities = List.copyOf(j.modalities());
        mastery.firstEvidenceAt = j.firstObservedAt();
        mastery.lastEvidenceAt = j.lastObservedAt();
        if (!j.inputs().isEmpty()) {
            ScoredEvidence last = j.inputs().get(j.inputs().size() - 1);
            mastery.lastLevel = last.level();
            mastery.lastEvidenceId = last.evidenceId();
        }
        if (change.cause() == Cause.OVERRIDE) {
            mastery.overrideStatus = change.status();
            mastery.overrideReason = change.reason();
            mastery.overriddenBy = change.by();
            mastery.overriddenAt = at;
        } else if (change.cause() == Cause.OVERRIDE_REVERSED) {
            mastery.overrideStatus = null;
            mastery.overrideReason = null;
            mastery.overriddenBy = null;
            mastery.overriddenAt = null;
        }
        mastery.status = mastery.overridden() ? mastery.overrideStatus : mastery.computedStatus;
        mastery.updatedAt = at;
    }

    private MasteryDecision decision(
            Mastery mastery, Judged judged, Change change, MasteryStatus before, OffsetDateTime at) {
        MasteryDecision d = new MasteryDecision();
        d.id = UUID.randomUUID();
        d.district = mastery.district;
        d.learnerId = mastery.learnerId;
        d.competencyId = mastery.competencyId;
        d.frameworkId = mastery.frameworkId;
        d.cause = change.cause();
        if (change.evidence() != null) {
            d.evidenceId = change.evidence().evidenceId();
            d.level = change.evidence().level();
            d.proficient = change.evidence().proficient();
        }
        d.previousStatus = before;
        d.status = mastery.status;
        d.value = mastery.value;
        d.valueLevel = mastery.level;
        d.policyId = mastery.policyId;
        d.policyVersion = mastery.policyVersion;
        d.consecutiveNonProficient = mastery.consecutiveNonProficient;
        d.proficientCount = mastery.proficientCount;
        d.inputs = inputs(judged.judgement());
        d.computation = judged.judgement().computation();
        d.reason = reason(mastery, judged, change);
        d.decidedBy = change.by();
        d.decidedAt = at;
        return d;
    }

    /** The sentence for learners and families; a hand decision says who made it and why. */
    private static String reason(Mastery mastery, Judged judged, Change change) {
        String policy = judged.judgement().explanation();
        return switch (change.cause()) {
            case OVERRIDE -> "Set to " + words(change.status()) + " by " + change.by() + ": " + change.reason();
            case OVERRIDE_REVERSED -> "Override taken back by " + change.by() + " (" + change.reason() + "). " + policy;
            case EVIDENCE, POLICY ->
                mastery.overridden()
                        ? policy + " The status stays " + words(mastery.overrideStatus) + ", set by "
                                + mastery.overriddenBy + ": " + mastery.overrideReason
                        : policy
                                + (change.cause() == Cause.POLICY
                                        ? " (" + judged.policy().label() + ")"
                                        : "");
        };
    }

    private static String words(MasteryStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private String inputs(Judgement judgement) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ScoredEvidence s : judgement.inputs()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("evidenceId", s.evidenceId());
            row.put("score", s.score());
            row.put("level", s.level());
            row.put("observedAt", s.observedAt());
            row.put("assessmentKind", s.assessmentKind());
            row.put("modality", s.modality());
            rows.add(row);
        }
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("inputs of a decision could not be written", e);
        }
    }

    /** The events of a decision: an override's, and a status change's. */
    private static List<DomainEvent> events(Mastery mastery, MasteryDecision decision, Change change) {
        List<DomainEvent> events = new ArrayList<>();
        String learner = mastery.learnerId;
        if (change.cause() == Cause.OVERRIDE || change.cause() == Cause.OVERRIDE_REVERSED) {
            events.add(DomainEvent.aboutLearner(
                    EventTypes.DECISION_OVERRIDDEN,
                    learner,
                    new DecisionOverridden(
                            learner,
                            mastery.competencyId,
                            mastery.frameworkId,
                            decision.id,
                            decision.previousStatus,
                            decision.status,
                            change.cause() == Cause.OVERRIDE_REVERSED,
                            change.reason(),
                            change.by(),
                            decision.decidedAt)));
        }
        if (decision.previousStatus != decision.status) {
            events.add(DomainEvent.aboutLearner(
                    EventTypes.MASTERY_CHANGED,
                    learner,
                    new MasteryChanged(
                            learner,
                            mastery.competencyId,
                            mastery.frameworkId,
                            decision.previousStatus,
                            decision.status,
                            decision.value,
                            decision.valueLevel,
                            decision.cause,
                            decision.id,
                            decision.evidenceId,
                            decision.policyVersion,
                            decision.reason,
                            decision.decidedAt)));
            if (decision.status == MasteryStatus.STRUGGLING) {
                events.add(DomainEvent.aboutLearner(
                        EventTypes.LEARNER_STRUGGLING,
                        learner,
                        new LearnerStruggling(
                                learner,
                                mastery.competencyId,
                                mastery.frameworkId,
                                mastery.consecutiveNonProficient,
                                decision.evidenceId,
                                decision.id,
                                decision.reason,
                                decision.decidedAt)));
            }
            if (decision.status == MasteryStatus.MASTERED) {
                events.add(DomainEvent.aboutLearner(
                        EventTypes.COMPETENCY_MASTERED,
                        learner,
                        new CompetencyMastered(
                                learner,
                                mastery.competencyId,
                                mastery.frameworkId,
                                decision.evidenceId,
                                decision.id,
                                decision.value,
                                decision.decidedAt)));
            }
        }
        return events;
    }
}
