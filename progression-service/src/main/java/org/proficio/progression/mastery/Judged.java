package org.proficio.progression.mastery;

import org.proficio.progression.policy.PolicyInForce;

/**
 * A subject judged again: the standing held before (null when there is none yet), the policy in force, and what it
 * makes of the subject's scores now.
 */
record Judged(Subject subject, Mastery held, PolicyInForce policy, Judgement judgement) {}
