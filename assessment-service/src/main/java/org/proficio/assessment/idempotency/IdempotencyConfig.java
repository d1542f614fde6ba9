package org.proficio.assessment.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tunables of Idempotency-Key handling. */
@ConfigMapping(prefix = "proficio.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its result are kept; a retry after that is treated as a new request. */
    @WithDefault("P1D")
    Duration retention();
}
