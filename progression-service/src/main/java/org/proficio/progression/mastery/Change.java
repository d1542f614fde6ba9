package org.proficio.progression.mastery;

import org.proficio.progression.mastery.MasteryDecision.Cause;

/**
 * Why a standing is being decided again, and what comes with it.
 *
 * @param evidence the new or re-scored evidence (cause EVIDENCE), else null
 * @param status the status set by hand (cause OVERRIDE), else null
 * @param reason the educator's reason (OVERRIDE, OVERRIDE_REVERSED), else null
 * @param by who decided by hand (OVERRIDE, OVERRIDE_REVERSED, POLICY), else null
 */
record Change(Cause cause, EvidenceScored evidence, MasteryStatus status, String reason, String by) {

    static Change evidence(EvidenceScored scored) {
        return new Change(Cause.EVIDENCE, scored, null, null, null);
    }

    static Change override(MasteryStatus status, String reason, String by) {
        return new Change(Cause.OVERRIDE, null, status, reason, by);
    }

    static Change reversal(String reason, String by) {
        return new Change(Cause.OVERRIDE_REVERSED, null, null, reason, by);
    }

    static Change policy(String by) {
        return new Change(Cause.POLICY, null, null, null, by);
    }
}
