package org.proficio.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tunables of what every Proficio HTTP server does alike (defaults in this library's
 * {@code META-INF/microprofile-config.properties}, the same for the gateway and the services).
 */
@ConfigMapping(prefix = "proficio.http")
public interface HttpConventionsConfig {

    RequestId requestId();

    Limits limits();

    Headers headers();

    /** Which client-sent request ids are kept. */
    interface RequestId {

        /** Longest client-sent X-Request-Id kept; longer ones are replaced by a new UUID. */
        @WithDefault("128")
        int maxLength();
    }

    /** Request size limits, checked before any token check or resource, answered as problem+json. */
    interface Limits {

        /** Longest request target (path and query, in bytes as sent); a longer one is answered 414. */
        @WithDefault("8192")
        int maxUriLength();

        /** Largest request body of a route that belongs to no body group; a larger one is answered 413. */
        @WithDefault("1M")
        MemorySize maxBodySize();

        /** Routes whose bodies may be larger (or must be smaller), by group name. */
        Map<String, BodyGroup> bodyGroups();
    }

    /** A group of routes sharing one body limit. */
    interface BodyGroup {

        /** Paths of the group; a path covers itself and everything below it ({@code /a/b} covers {@code /a/b/c}). */
        List<String> paths();

        /** Largest request body on these paths. */
        MemorySize maxBodySize();
    }

    /** Response headers that tell browsers how to treat API answers. */
    interface Headers {

        /**
         * {@code Cache-Control} of answers that don't set their own. Learner data must never sit in a shared or
         * browser cache, so the default is {@code no-store}.
         */
        @WithDefault("no-store")
        String cacheControl();

        /** {@code Strict-Transport-Security} sent on every answer when set (browsers heed it over HTTPS only). */
        Optional<String> strictTransportSecurity();
    }
}
