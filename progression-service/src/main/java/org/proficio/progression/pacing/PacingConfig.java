package org.proficio.progression.pacing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The pacing job's settings ({@code proficio.pacing.*}). */
@ConfigMapping(prefix = "proficio.pacing")
public interface PacingConfig {

    /** How long a learner working on a competency may go without moving before she counts as stalled. */
    @WithDefault("P14D")
    Duration stalledAfter();

    /** How often the job runs (read by its {@code @Scheduled}, as an expression like {@code 1h}). */
    @WithDefault("1h")
    String every();

    /** How long after start the job first runs (read by its {@code @Scheduled}). */
    @WithDefault("1m")
    String startDelay();

    /** Standings flagged per transaction; a run goes on until none is left. */
    @WithDefault("500")
    int batchSize();
}
