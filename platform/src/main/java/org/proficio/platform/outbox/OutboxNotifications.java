package org.proficio.platform.outbox;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wakes the {@link OutboxRelay} as soon as outbox rows commit, instead of at its next poll. Inserting outbox rows sends
 * a PostgreSQL {@code NOTIFY} (a trigger of {@code db/platform/V0_1_1}) in the transaction that writes them;
 * PostgreSQL delivers it when (and only if) that transaction commits, to every instance of the service that {@code LISTEN}s on the channel. So the same signal wakes
 * the instance that wrote the rows and its replicas; the relay's poll stays as the safety net for a notification
 * lost while the listening connection was down (it reconnects on its own).
 */
@ApplicationScoped
public class OutboxNotifications {

    /**
     * The channel outbox writes notify on (named in the trigger's migration too); each service has its own database,
     * so one name serves all.
     */
    public static final String CHANNEL = "proficio_outbox";

    private final Vertx vertx;
    private final OutboxRelay relay;
    private final OutboxConfig config;
    private final Optional<String> url;
    private final Optional<String> username;
    private final Optional<String> password;
    private PgSubscriber subscriber;

    public OutboxNotifications(
            Vertx vertx,
            OutboxRelay relay,
            OutboxConfig config,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.relay = relay;
        this.config = config;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void listen(@Observes StartupEvent started) {
        if (!config.relayEnabled() || !config.listen() || url.isEmpty()) {
            return;
        }
        PgConnectOptions options = PgConnectOptions.fromUri(url.get().replaceFirst("^vertx-reactive:", ""));
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        subscriber = PgSubscriber.subscriber(vertx, options)
                // reconnect for good, a second apart: the poll covers what is missed meanwhile
                .reconnectPolicy(attempts -> 1000L);
        subscriber.channel(CHANNEL).handler(payload -> relay.wakeUp());
        subscriber
                .connect()
                .onFailure(e ->
                        Log.warnf("outbox notifications unavailable, the relay polls every run: %s", e.getMessage()));
    }

    void close(@Observes ShutdownEvent stopped) {
        if (subscriber != null) {
            subscriber.close();
        }
    }
}
