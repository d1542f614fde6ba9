package org.proficio.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tunables of event consumption. */
@ConfigMapping(prefix = "proficio.inbox")
public interface InboxConfig {

    /** How often a failing event is retried before it goes to the dead-letter topic. */
    @WithDefault("3")
    int retries();

    /** First pause between retries; it doubles each time. */
    @WithDefault("200ms")
    Duration retryBackoff();
}
