package org.proficio.assessment.evidence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.proficio.assessment.assessment.Assessment;
import org.proficio.assessment.catalog.ScaledCompetency;
import org.proficio.platform.security.Caller;

/**
 * Who submits evidence in one request, and what the request has already looked up: a bulk request asks the catalog
 * and the assessments once per id, not once per item.
 *
 * @param name the token's principal, recorded as the submitter and scoping Idempotency-Keys
 * @param learnerId the caller's own learner id when the caller is a learner (a student submitting their own work)
 * @param role the trusted role the token carries ({@link SubmitterRole#of}), or LEARNER when it carries none
 */
public record Submitter(String district, String name, Optional<String> learnerId, SubmitterRole role, Lookups lookups) {

    public static Submitter of(Caller caller) {
        return new Submitter(
                caller.district(), caller.name(), caller.learnerId(), SubmitterRole.of(caller), new Lookups());
    }

    /** A submitter without a learner id of its own (an integration or staff member), for work done outside requests. */
    public static Submitter of(String district, String name, SubmitterRole role) {
        return new Submitter(district, name, Optional.empty(), role, new Lookups());
    }

    /** Whether this submitter is the learner the evidence is about. */
    public boolean is(String learner) {
        return learnerId.filter(learner::equals).isPresent();
    }

    /**
     * The role evidence about this learner is submitted in: LEARNER for the learner's own work, whatever other roles
     * the token carries (a learner never judges her own work), otherwise the token's role.
     */
    public SubmitterRole roleFor(String learner) {
        return is(learner) ? SubmitterRole.LEARNER : role;
    }

    /** Lookups done during one request, by id. Requests are handled one item after the other, never concurrently. */
    public static final class Lookups {
        final Map<UUID, ScaledCompetency> competencies = new HashMap<>();
        final Map<UUID, Assessment> assessments = new HashMap<>();
    }
}
