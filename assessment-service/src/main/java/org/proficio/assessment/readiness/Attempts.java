package org.proficio.assessment.readiness;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;
import org.proficio.assessment.assessment.Assessment;
import org.proficio.assessment.assessment.AssessmentKind;
import org.proficio.assessment.evidence.EvidenceAlignment;
import org.proficio.assessment.evidence.SubmitterRole;

/**
 * Decides whether a learner may make an attempt at an assessment now, and which attempt it is: the readiness policy
 * before a summative attempt, the retest policy before a summative retest. Reads only, in the caller's session, so
 * that evidence intake can run it inside its transaction before anything is written; the rules are in the module
 * README ("Readiness and retests").
 *
 * <p>Only SUMMATIVE assessments are gated. Formative and interim attempts are numbered but never refused: formative
 * work is practice (and is what the readiness policy counts), so it must stay free to repeat. Readiness counts only
 * formative evidence the learner cannot have forged ({@link #formativeCounts}); whether a learner may submit an
 * attempt herself at all is the assessment's {@code studentSubmissionAllowed}, checked by evidence intake first.
 */
@ApplicationScoped
public class Attempts {

    /** The submitter roles whose formative evidence counts towards readiness without a staff score. */
    private static final List<SubmitterRole> TRUSTED =
            Arrays.stream(SubmitterRole.values()).filter(SubmitterRole::trusted).toList();

    private final PreparationRepository preparations;
    private final ReadinessConfirmationRepository confirmations;

    public Attempts(PreparationRepository preparations, ReadinessConfirmationRepository confirmations) {
        this.preparations = preparations;
        this.confirmations = confirmations;
    }

    /**
     * The number the learner's next attempt at the assessment gets (1 for the first). Call it inside the transaction
     * that stores the attempt: it holds a lock on (learner, assessment) until that transaction ends.
     *
     * @throws AttemptRefused (as the Uni's failure) when a policy condition is unmet; nothing is written, the caller
     *     adds the ReadinessDenied event through {@link Denials}
     */
    public Uni<Integer> admit(String district, String learnerId, Assessment assessment) {
        return serialise(district, learnerId, assessment.id)
                .chain(() -> evaluate(district, learnerId, assessment))
                .map(evaluation -> {
                    if (!evaluation.admitted()) {
                        throw new AttemptRefused(evaluation);
                    }
                    return evaluation.nextAttempt();
                });
    }

    /**
     * Makes concurrent attempts of one learner at one assessment wait for each other until the first commits (a
     * transaction-level advisory lock): each then counts the others' attempts, so two never get the same number or
     * slip under the attempt limit together. The unique index {@code evidence_attempt} stays as the last guard.
     */
    private static Uni<Void> serialise(String district, String learnerId, UUID assessmentId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select count(*) from pg_advisory_xact_lock(hashtextextended(:key, 0))", Long.class)
                        .setParameter("key", "attempt\n" + district + "\n" + learnerId + "\n" + assessmentId)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** Evaluates the assessment's policies for the learner's next attempt, now. Needs a session; writes nothing. */
    public Uni<Evaluation> evaluate(String district, String learnerId, Assessment assessment) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return Panache.getSession()
                .chain(session -> previous(session, district, learnerId, assessment.id)
                        .chain(previous -> latest(session, previous)
                                .chain(latest ->
                                        evaluate(session, district, learnerId, assessment, now, previous, latest))));
    }

    /** An earlier attempt. */
    private record Previous(UUID evidenceId, int attempt, OffsetDateTime submittedAt) {}

    /**
     * The latest attempt and how it was judged.
     *
     * @param scored whether every competency of it has a final score
     * @param proficient whether every final score is proficient
     */
    private record Latest(Previous attempt, boolean scored, boolean proficient) {}

    private Uni<Evaluation> evaluate(
            Mutiny.Session session,
            String district,
            String learnerId,
            Assessment assessment,
            OffsetDateTime now,
            List<Previous> previous,
            Latest latest) {
        boolean gated = assessment.kind == AssessmentKind.SUMMATIVE;
        Integer max = assessment.retest.maxAttempts;
        int made = previous.size();
        OffsetDateTime nextAllowedAt =
                latest != null && latest.scored() && !latest.proficient() && assessment.retest.cooldownSeconds > 0
                        ? latest.attempt().submittedAt().plus(assessment.retest.cooldown())
                        : null;
        Evaluation.History history = new Evaluation.History(
                made,
                max,
                latest == null ? null : latest.attempt().submittedAt(),
                latest == null || !latest.scored() ? null : latest.proficient(),
                nextAllowedAt);
        List<Unmet> unmet = new ArrayList<>();
        Uni<Void> checks = Uni.createFrom().voidItem();
        if (gated && max != null && made >= max) {
            // Final: no preparation or waiting can make another attempt possible, so nothing else is listed.
            unmet.add(new Unmet(
                    Condition.MAX_ATTEMPTS,
                    "All " + max + " allowed attempt" + (max == 1 ? " has" : "s have") + " been made"));
        } else {
            if (assessment.gatesReadiness()) {
                checks = checks.chain(() -> readiness(session, district, learnerId, assessment, unmet));
            }
            if (gated && latest != null) {
                checks = checks.chain(() -> retest(district, learnerId, assessment, now, latest, unmet));
            }
        }
        return checks.map(ignored -> new Evaluation(
                learnerId,
                assessment.id,
                assessment.kind,
                assessment.competencyIds,
                assessment.frameworkId,
                made + 1,
                unmet,
                history,
                now));
    }

    /** The readiness policy: formative evidence on every competency, and an educator's confirmation if required. */
    private Uni<Void> readiness(
            Mutiny.Session session, String district, String learnerId, Assessment assessment, List<Unmet> unmet) {
        int required = assessment.readiness.formativeEvidence;
        Uni<Void> formative = required == 0
                ? Uni.createFrom().voidItem()
                : formativeCounts(session, district, learnerId, assessment.competencyIds)
                        .invoke(counts -> {
                            for (UUID competency : assessment.competencyIds) {
                                long have = counts.getOrDefault(competency, 0L);
                                if (have < required) {
                                    unmet.add(new Unmet(
                                            Condition.FORMATIVE_EVIDENCE,
                                            have + " of " + required + " formative pieces of evidence on competency "
                                                    + competency));
                                }
                            }
                        })
                        .replaceWithVoid();
        if (!assessment.readiness.confirmationRequired) {
            return formative;
        }
        return formative
                .chain(() -> confirmations.exists(district, learnerId, assessment.id))
                .invoke(confirmed -> {
                    if (!confirmed) {
                        unmet.add(new Unmet(
                                Condition.READINESS_CONFIRMATION,
                                "No educator has confirmed that the learner is ready for this assessment"));
                    }
                })
                .replaceWithVoid();
    }

    /**
     * The retest policy. An unscored latest attempt blocks a retest (its outcome decides what the policy asks). After
     * a proficient attempt only the attempt limit applies; after a non-proficient one also preparation recorded since
     * that attempt and the cooldown.
     */
    private Uni<Void> retest(
            String district,
            String learnerId,
            Assessment assessment,
            OffsetDateTime now,
            Latest latest,
            List<Unmet> unmet) {
        Previous last = latest.attempt();
        if (!latest.scored()) {
            unmet.add(new Unmet(
                    Condition.PREVIOUS_ATTEMPT_UNSCORED,
                    "Attempt " + last.attempt() + " (submitted " + last.submittedAt()
                            + ") does not have a final score on every competency yet"));
            return Uni.createFrom().voidItem();
        }
        if (latest.proficient()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> preparation = !assessment.retest.preparationRequired
                ? Uni.createFrom().voidItem()
                : preparations
                        .recordedSince(district, learnerId, assessment.id, last.submittedAt())
                        .invoke(prepared -> {
                            if (!prepared) {
                                unmet.add(new Unmet(
                                        Condition.PREPARATION,
                                        "No preparation recorded since attempt " + last.attempt() + " (submitted "
                                                + last.submittedAt() + ")"));
                            }
                        })
                        .replaceWithVoid();
        return preparation.invoke(() -> {
            if (assessment.retest.cooldownSeconds > 0) {
                OffsetDateTime ends = last.submittedAt().plus(assessment.retest.cooldown());
                if (now.isBefore(ends)) {
                    unmet.add(new Unmet(
                            Condition.COOLDOWN, "The cooldown after attempt " + last.attempt() + " ends at " + ends));
                }
            }
        });
    }

    /** The learner's attempts at the assessment, latest first. */
    private static Uni<List<Previous>> previous(
            Mutiny.Session session, String district, String learnerId, UUID assessmentId) {
        return session.createSelectionQuery(
                        "select e.id, e.attempt, e.submittedAt from Evidence e where e.district = :district"
                                + " and e.learnerId = :learnerId and e.assessmentId = :assessmentId"
                                + " order by e.attempt desc nulls last, e.submittedAt desc",
                        Object[].class)
                .setParameter("district", district)
                .setParameter("learnerId", learnerId)
                .setParameter("assessmentId", assessmentId)
                .getResultList()
                .map(rows -> rows.stream()
                        .map(r -> new Previous(
                                (UUID) r[0],
                                r[1] == null ? 0 : (Integer) r[1],
                                ((OffsetDateTime) r[2]).withOffsetSameInstant(ZoneOffset.UTC)))
                        .toList());
    }

    /** How the latest attempt was judged, or null without attempts. */
    private static Uni<Latest> latest(Mutiny.Session session, List<Previous> previous) {
        if (previous.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        Previous last = previous.get(0);
        return session.createSelectionQuery(
                        "select count(a) from EvidenceAlignment a where a.evidence.id = :id and a.status <> :final",
                        Long.class)
                .setParameter("id", last.evidenceId())
                .setParameter("final", EvidenceAlignment.Status.FINAL)
                .getSingleResult()
                .chain(open -> session.createSelectionQuery(
                                "select count(s) from EvidenceScore s where s.evidence.id = :id and s.proficient = false",
                                Long.class)
                        .setParameter("id", last.evidenceId())
                        .getSingleResult()
                        .map(notProficient -> new Latest(last, open == 0, notProficient == 0)));
    }

    /**
     * Pieces of FORMATIVE evidence of the learner per competency, among the given ones, that the learner cannot have
     * forged: submitted by a trusted source (an integration, an educator or a district admin), or judged by staff on
     * that competency (a final score, or at least one rater's score; raters are educators and district admins, never
     * the learner). A learner's own unscored work, and unscored evidence stored before submitter roles were recorded,
     * do not count until then.
     */
    private static Uni<Map<UUID, Long>> formativeCounts(
            Mutiny.Session session, String district, String learnerId, List<UUID> competencyIds) {
        return session.createSelectionQuery(
                        "select a.competencyId, count(a) from EvidenceAlignment a join a.evidence e"
                                + " where e.district = :district and e.learnerId = :learnerId"
                                + " and e.assessmentKind = :formative and a.competencyId in :competencies"
                                + " and (e.submitterRole in :trusted or a.status = :final or exists (select 1 from"
                                + " RaterScore r where r.evidenceId = e.id and r.competencyId = a.competencyId))"
                                + " group by a.competencyId",
                        Object[].class)
                .setParameter("district", district)
                .setParameter("learnerId", learnerId)
                .setParameter("formative", AssessmentKind.FORMATIVE)
                .setParameter("competencies", competencyIds)
                .setParameter("trusted", TRUSTED)
                .setParameter("final", EvidenceAlignment.Status.FINAL)
                .getResultList()
                .map(rows -> {
                    Map<UUID, Long> counts = new HashMap<>();
                    rows.forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
                    return counts;
                });
    }
}
