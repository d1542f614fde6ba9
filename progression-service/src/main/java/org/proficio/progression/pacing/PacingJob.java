package org.proficio.progression.pacing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.proficio.platform.events.DomainEvent;
import org.proficio.platform.events.EventTypes;
import org.proficio.platform.outbox.Outbox;
import org.proficio.platform.reactive.OneAfterAnother;
import org.proficio.platform.time.DatabaseTime;
import org.proficio.progression.mastery.Mastery;

/**
 * Flags stalled learners: every standing in progress (IN_PROGRESS, STRUGGLING, PROFICIENT) whose learner has not
 * moved for her district's {@link PacingSetting} ({@link PacingConfig#stalledAfter()} for a district without one) and
 * has no open episode gets a new episode and one
 * {@code LearnerStalled}, in one transaction per batch. The standings are locked as they are read ({@code for update
 * skip locked}): a decision moving the learner waits or is waited for, and two replicas never flag the same one.
 */
@ApplicationScoped
public class PacingJob {

    private final PacingConfig config;
    private final Outbox outbox;

    public PacingJob(PacingConfig config, Outbox outbox) {
        this.config = config;
        this.outbox = outbox;
    }

    @Scheduled(
            identity = "pacing-stalled",
            every = "${proficio.pacing.every:1h}",
            delayed = "${proficio.pacing.start-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> flagStalled() {
        return flagBatches(0)
                .invoke(flagged -> {
                    if (flagged > 0) {
                        Log.infof("pacing: %d stalled learner × competency flagged", flagged);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Integer> flagBatches(int flaggedSoFar) {
        return Panache.withTransaction(this::flagBatch)
                .chain(flagged -> flagged < config.batchSize()
                        ? Uni.createFrom().item(flaggedSoFar + flagged)
                        : flagBatches(flaggedSoFar + flagged));
    }

    private Uni<Integer> flagBatch() {
        OffsetDateTime now = DatabaseTime.now();
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                select m.* from mastery m
                                left join pacing_setting p on p.district = m.district
                                where m.status in ('IN_PROGRESS', 'STRUGGLING', 'PROFICIENT')
                                  and m.moved_at < cast(:now as timestamptz) - make_interval(
                                      secs => coalesce(p.stalled_after_days * 86400.0, :defaultSeconds))
                                  and not exists (select 1 from pacing_episode e
                                                  where e.district = m.district and e.learner_id = m.learner_id
                                                    and e.competency_id = m.competency_id and e.closed_at is null)
                                order by m.moved_at
                                limit :rows
                                for update of m skip locked""", Mastery.class)
                        .setParameter("now", now)
                        .setParameter(
                                "defaultSeconds", (double) config.stalledAfter().toSeconds())
                        .setParameter("rows", config.batchSize())
                        .getResultList())
                .chain(stalled -> flag(stalled, now));
    }

    private Uni<Integer> flag(List<Mastery> stalled, OffsetDateTime now) {
        return OneAfterAnother.each(stalled, standing -> flag(standing, now)).replaceWith(stalled.size());
    }

    /** Opens the standing's episode and announces it. */
    private Uni<Void> flag(Mastery standing, OffsetDateTime now) {
        standing.stalled = true; // written with the episode; a decision racing it fails its version check
        PacingEpisode episode = new PacingEpisode();
        episode.id = UUID.randomUUID();
        episode.district = standing.district;
        episode.learnerId = standing.learnerId;
        episode.competencyId = standing.competencyId;
        episode.frameworkId = standing.frameworkId;
        episode.kind = "STALLED";
        episode.since = standing.movedAt;
        episode.openedAt = now;
        LearnerStalled event = new LearnerStalled(
                standing.learnerId,
                standing.competencyId,
                standing.frameworkId,
                standing.status,
                episode.id,
                standing.movedAt,
                Duration.between(standing.movedAt, now).toDays(),
                now);
        return Panache.getSession()
                .chain(s -> s.persist(episode))
                .chain(() -> outbox.add(
                        standing.district,
                        DomainEvent.aboutLearner(EventTypes.LEARNER_STALLED, standing.learnerId, event)))
                .replaceWithVoid();
    }
}
