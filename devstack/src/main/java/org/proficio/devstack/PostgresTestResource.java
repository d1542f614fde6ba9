package org.proficio.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * A fresh PostgreSQL database for each {@code @QuarkusTest} run: the server is found once per test JVM (see
 * {@link LocalPostgres}; an embedded one stops when the JVM exits), the database {@code proficio_test_<random>}
 * and its owning role are created at start and dropped at stop.
 *
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
 * class EvidenceResourceTest { ... }
 * }</pre>
 *
 * <p>{@code restrictToAnnotatedClass = false}: one application and one resource for the whole test module, whichever
 * class carries the annotation. ({@code @WithTestResource(..., scope = TestResourceScope.GLOBAL)} works the same,
 * but Quarkus 3.34's own Javadoc still advises against {@code @WithTestResource} for now.)
 *
 * <p>Sets {@code quarkus.datasource.reactive.url}, {@code quarkus.datasource.jdbc.url} (for Flyway), {@code
 * quarkus.datasource.username} and {@code quarkus.datasource.password}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(PostgresTestResource.class);

    static final String SHARED_SERVER_PROPERTY = "proficio.devstack.postgres.server";
    private static final String FIELD_SEPARATOR = "\t";

    private LocalPostgres server;
    private PostgresDatabase database;

    @Override
    public Map<String, String> start() {
        server = sharedServer();
        database = server.createTestDatabase();
        LOG.infof("Test database %s", database);
        return Map.of(
                "quarkus.datasource.reactive.url", database.reactiveUrl(),
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.user(),
                "quarkus.datasource.password", database.password());
    }

    @Override
    public void stop() {
        if (database == null) {
            return;
        }
        try {
            server.dropDatabase(database.name());
        } catch (RuntimeException e) {
            // A leftover test database is harmless; failing the run over it would not be.
            LOG.warnf("Could not drop test database %s: %s", database.name(), e.getMessage());
        }
        database = null;
    }

    /** The test JVM's server, found (or started) on first call; other class loaders attach to it. */
    static LocalPostgres sharedServer() {
        String shared = JvmWide.computeIfAbsent(SHARED_SERVER_PROPERTY, () -> {
            // An embedded server started here stops through its own shutdown hook.
            LocalPostgres found = LocalPostgres.obtain();
            PostgresEndpoint endpoint = found.endpoint();
            return String.join(
                    FIELD_SEPARATOR,
                    found.source().name(),
                    endpoint.host(),
                    Integer.toString(endpoint.port()),
                    endpoint.adminUser(),
                    endpoint.adminPassword(),
                    Boolean.toString(endpoint.embedded()));
        });
        String[] fields = shared.split(FIELD_SEPARATOR, -1);
        return LocalPostgres.attach(
                new PostgresEndpoint(
                        fields[1], Integer.parseInt(fields[2]), fields[3], fields[4], Boolean.parseBoolean(fields[5])),
                LocalPostgres.Source.valueOf(fields[0]));
    }
}
