package org.proficio.progression.policy;

import java.util.UUID;

/**
 * The mastery policy that judges a framework's competencies: the framework's override, else the district's policy,
 * else the built-in one.
 *
 * @param id the stored version's id; null for the built-in policy
 * @param version 0 for the built-in policy
 * @param frameworkId the framework of an override; null for the district's (or the built-in) policy
 */
public record PolicyInForce(UUID id, int version, UUID frameworkId, MasteryPolicy policy) {

    public static final PolicyInForce BUILT_IN = new PolicyInForce(null, 0, null, MasteryPolicy.BUILT_IN);

    static PolicyInForce of(PolicyVersion stored) {
        return new PolicyInForce(stored.id, stored.version, stored.frameworkId, stored.policy());
    }

    /** "district policy v3", "framework policy v1", "built-in policy". */
    public String label() {
        if (id == null) {
            return "built-in policy";
        }
        return (frameworkId == null ? "district policy v" : "framework policy v") + version;
    }
}
