package org.proficio.assessment.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;

/**
 * When a learner may try again after a non-proficient attempt: only with new preparation recorded since (if
 * required), after the cooldown, and while attempts remain.
 */
@Embeddable
public class RetestPolicy {

    @Column(name = "retest_preparation", nullable = false)
    public boolean preparationRequired;

    @Column(name = "retest_cooldown_seconds", nullable = false)
    public long cooldownSeconds;

    /** Attempts allowed in all, or null for no limit. */
    @Column(name = "retest_max_attempts")
    public Integer maxAttempts;

    public Duration cooldown() {
        return Duration.ofSeconds(cooldownSeconds);
    }

    public static RetestPolicy of(boolean preparationRequired, Duration cooldown, Integer maxAttempts) {
        RetestPolicy p = new RetestPolicy();
        p.preparationRequired = preparationRequired;
        p.cooldownSeconds = cooldown.toSeconds();
        p.maxAttempts = maxAttempts;
        return p;
    }
}
