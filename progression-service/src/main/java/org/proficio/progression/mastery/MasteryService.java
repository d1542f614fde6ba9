package org.proficio.progression.mastery;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.outbox.Outbox;
import org.proficio.progression.mastery.MasteryEvents.CompetencyMastered;
import org.proficio.progression.mastery.MasteryEvents.LearnerStruggling;
import org.proficio.progression.mastery.MasteryEvents.MasteryChanged;
import org.proficio.progression.mastery.MasteryRule.Decision;

/**
 * Applies scored evidence to learners' standings and keeps the history of decisions. Status changes are announced
 * through the outbox in the same transaction as the change.
 */
@ApplicationScoped
public class MasteryService {

    private final MasteryRepository masteries;
    private final MasteryDecisionRepository decisions;
    private final Outbox outbox;
    private final MasteryRule rule;

    public MasteryService(
            MasteryRepository masteries, MasteryDecisionRepository decisions, Outbox outbox, MasteryConfig config) {
        this.masteries = masteries;
        this.decisions = decisions;
        this.outbox = outbox;
        this.rule = MasteryRule.of(config);
    }

    /**
     * Applies one scored piece of evidence: updates the learner's standing on the competency, appends the decision
     * with its reason, and writes MasteryChanged (plus LearnerStruggling or CompetencyMastered) when the status
     * changes. The competency need not be in the catalog read model: the evidence names its framework.
     */
    @WithTransaction
    public Uni<Decision> apply(@NotNull String district, @NotNull @Valid EvidenceScored scored) {
        return masteries
                .findStanding(district, scored.learnerId(), scored.competencyId())
                .chain(held -> {
                    Mastery mastery = held != null ? held : start(district, scored);
                    Decision decision = rule.apply(mastery.standing(), scored.level(), scored.proficient());
                    OffsetDateTime at = now();
                    take(mastery, decision, scored, at);
                    Uni<Mastery> saved = held != null ? Uni.createFrom().item(mastery) : masteries.persist(mastery);
                    return saved.chain(() -> decisions.persist(entry(mastery, decision, scored, at)))
                            .chain(() -> announce(district, mastery, decision, scored, at))
                            .replaceWith(decision);
                });
    }

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

    private static Mastery start(String district, EvidenceScored scored) {
        Mastery mastery = new Mastery();
        mastery.id = UUID.randomUUID();
        mastery.district = district;
        mastery.learnerId = scored.learnerId();
        mastery.competencyId = scored.competencyId();
        Standing none = Standing.NONE;
        mastery.status = none.status();
        mastery.evidenceCount = none.evidenceCount();
        mastery.proficientCount = none.proficientCount();
        mastery.consecutiveNonProficient = none.consecutiveNonProficient();
        return mastery;
    }

    private static void take(Mastery mastery, Decision decision, EvidenceScored scored, OffsetDateTime at) {
        Standing after = decision.after();
        mastery.frameworkId = scored.frameworkId();
        mastery.status = after.status();
        mastery.evidenceCount = after.evidenceCount();
        mastery.proficientCount = after.proficientCount();
        mastery.consecutiveNonProficient = after.consecutiveNonProficient();
        mastery.lastLevel = scored.level();
        mastery.lastEvidenceId = scored.evidenceId();
        mastery.updatedAt = at;
    }

    private static MasteryDecision entry(Mastery mastery, Decision decision, EvidenceScored scored, OffsetDateTime at) {
        MasteryDecision entry = new MasteryDecision();
        entry.id = UUID.randomUUID();
        entry.district = mastery.district;
        entry.learnerId = mastery.learnerId;
        entry.competencyId = mastery.competencyId;
        entry.frameworkId = mastery.frameworkId;
        entry.evidenceId = scored.evidenceId();
        entry.level = scored.level();
        entry.proficient = scored.proficient();
        entry.previousStatus = decision.before().status();
        entry.status = decision.after().status();
        entry.consecutiveNonProficient = decision.after().consecutiveNonProficient();
        entry.proficientCount = decision.after().proficientCount();
        entry.reason = decision.reason();
        entry.decidedAt = at;
        return entry;
    }

    /** Written one after the other: a reactive session runs one statement at a time. */
    private Uni<Void> announce(
            String district, Mastery mastery, Decision decision, EvidenceScored scored, OffsetDateTime at) {
        List<DomainEvent> events = new ArrayList<>();
        if (decision.statusChanged()) {
            events.add(DomainEvent.aboutLearner(
                    EventTypes.MASTERY_CHANGED,
                    mastery.learnerId,
                    new MasteryChanged(
                            mastery.learnerId,
                            mastery.competencyId,
                            mastery.frameworkId,
                            decision.before().status(),
                            decision.after().status(),
                            scored.evidenceId(),
                            at)));
        }
        if (decision.enteredStruggling()) {
            events.add(DomainEvent.aboutLearner(
                    EventTypes.LEARNER_STRUGGLING,
                    mastery.learnerId,
                    new LearnerStruggling(
                            mastery.learnerId,
                            mastery.competencyId,
                            mastery.frameworkId,
                            decision.after().consecutiveNonProficient(),
                            scored.evidenceId(),
                            at)));
        }
        if (decision.enteredMastered()) {
            events.add(DomainEvent.aboutLearner(
                    EventTypes.COMPETENCY_MASTERED,
                    mastery.learnerId,
                    new CompetencyMastered(
                            mastery.learnerId, mastery.competencyId, mastery.frameworkId, scored.evidenceId(), at)));
        }
        Uni<Void> written = Uni.createFrom().voidItem();
        for (DomainEvent event : events) {
            written = written.chain(() -> outbox.add(district, event)).replaceWithVoid();
        }
        return written;
    }

    /** Microsecond precision, as PostgreSQL stores it. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
