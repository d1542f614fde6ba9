package org.proficio.assessment.evidence;

import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/**
 * Who may read which evidence. Students read their own, guardians their linked learners', educators and district
 * admins their district's. An integration reads only the evidence it submitted, unless its token carries the scope
 * {@value #READ_ALL_SCOPE} that the district grants to integrations it trusts with all of its evidence.
 */
public final class EvidenceReaders {

    /** OAuth scope that lets an integration read all of its district's evidence. */
    public static final String READ_ALL_SCOPE = "evidence:read-all";

    private EvidenceReaders() {}

    /** The submitter an integration's reads are limited to, or null when the caller may read the whole district. */
    public static String submitterLimit(Caller caller) {
        boolean staff = caller.hasRole(Roles.EDUCATOR) || caller.hasRole(Roles.DISTRICT_ADMIN);
        return caller.hasRole(Roles.INTEGRATION) && !staff && !caller.hasScope(READ_ALL_SCOPE) ? caller.name() : null;
    }

    /** Refuses (404, as if absent) evidence the caller may not read; 403 for a learner the caller may not see. */
    public static void requireReadable(Caller caller, Evidence e) {
        caller.requireLearner(e.learnerId);
        String limit = submitterLimit(caller);
        if (limit != null && !limit.equals(e.submittedBy)) {
            throw ProblemException.notFound("No evidence " + e.id + ".");
        }
    }
}
