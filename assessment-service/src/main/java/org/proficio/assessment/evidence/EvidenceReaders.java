package org.proficio.assessment.evidence;

import java.util.UUID;
import org.proficio.platform.problem.ProblemException;
import org.proficio.platform.security.Caller;
import org.proficio.platform.security.Roles;

/**
 * Who may read which evidence. Students read their own, guardians their linked learners', educators and district
 * admins their district's. An integration reads only the evidence it submitted, unless its token carries the scope
 * {@value #READ_ALL_SCOPE} that the district grants to integrations it trusts with all of its evidence. Evidence a
 * caller may not read does not exist for her: by id it is 404, in lists it is absent.
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

    /**
     * Refuses evidence the caller may not read exactly as evidence that does not exist (404, the same problem): a 403
     * would tell a caller that an id she may not see exists, and whose it is.
     */
    public static void requireReadable(Caller caller, Evidence e) {
        String limit = submitterLimit(caller);
        if (!caller.maySee(e.learnerId) || (limit != null && !limit.equals(e.submittedBy))) {
            throw notFound(e.id);
        }
    }

    /** The answer for an id the caller may not read, whether or not it exists. */
    public static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No evidence " + id + ".");
    }
}
