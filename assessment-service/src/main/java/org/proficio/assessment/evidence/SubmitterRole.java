package org.proficio.assessment.evidence;

import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/**
 * In which capacity a piece of evidence was submitted, recorded with it: by the learner herself, or by a trusted source
 * (an integration, an educator or a district admin). A learner's own unscored work is not evidence of readiness until
 * staff have judged it, because she could write anything; see {@code readiness/Attempts}.
 */
public enum SubmitterRole {
    /** The learner the evidence is about (her token's {@code learner_id}), whatever other roles her token carries. */
    LEARNER,
    /** A token with the role {@code educator} (and neither {@code integration} nor {@code district-admin}). */
    EDUCATOR,
    /** A token with the role {@code district-admin} (and not {@code integration}). */
    DISTRICT_ADMIN,
    /** A token with the role {@code integration}: an LMS or another system of the district. */
    INTEGRATION;

    /** Whether evidence submitted in this role counts as given, without a staff score (everything but LEARNER). */
    public boolean trusted() {
        return this != LEARNER;
    }

    /**
     * The trusted role the caller's token carries, or LEARNER when it carries none: a student (guardians may not
     * submit evidence at all).
     */
    public static SubmitterRole of(Caller caller) {
        if (caller.hasRole(Roles.INTEGRATION)) {
            return INTEGRATION;
        }
        if (caller.hasRole(Roles.DISTRICT_ADMIN)) {
            return DISTRICT_ADMIN;
        }
        if (caller.hasRole(Roles.EDUCATOR)) {
            return EDUCATOR;
        }
        return LEARNER;
    }
}
