package org.proficio.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL for tests and the local stack, found in this order:
 *
 * <ol>
 *   <li>the server named by {@code PROFICIO_PG_HOST} / {@code PROFICIO_PG_PORT} / {@code PROFICIO_PG_USER} /
 *       {@code PROFICIO_PG_PASSWORD} (used as is; it must answer);
 *   <li>a server on 127.0.0.1:5432 that accepts user {@code postgres} (then the OS user) without a password and
 *       may create roles and databases;
 *   <li>the machine's installed cluster ({@code /etc/postgresql/<version>/main}), started with
 *       {@code pg_ctlcluster --skip-systemctl-redirect <version> main start}, if it then accepts us as in 2;
 *   <li>an embedded server from the zonky binaries jar, started by this JVM (see {@link EmbeddedPostgresServer}).
 * </ol>
 *
 * <p>It then creates what the services need: one role and one database per service, named alike, with the role
 * name as (dev-only) password, and throwaway databases for test runs.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalPostgres.class);

    /** How the server was found. */
    public enum Source {
        ENVIRONMENT,
        LOCAL_SERVER,
        INSTALLED_CLUSTER,
        EMBEDDED
    }

    public static final String HOST_ENV = "PROFICIO_PG_HOST";
    public static final String PORT_ENV = "PROFICIO_PG_PORT";
    public static final String USER_ENV = "PROFICIO_PG_USER";
    public static final String PASSWORD_ENV = "PROFICIO_PG_PASSWORD";

    public static final int DEFAULT_PORT = 5432;
    public static final String DEFAULT_ADMIN_USER = "postgres";
    /** Prefix of the throwaway databases (and roles) of test runs. */
    public static final String TEST_DATABASE_PREFIX = "proficio_test_";

    /** Where Debian-style installations (postgresql-common) keep their clusters' configuration. */
    static final Path CLUSTER_CONFIG_ROOT = Path.of("/etc/postgresql");

    private static final String MAINTENANCE_DATABASE = "postgres";
    private static final Set<String> PROTECTED_DATABASES = Set.of("postgres", "template0", "template1");
    /** Unquoted PostgreSQL identifiers we accept: lower case, at most 63 bytes. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private static final Pattern PORT_SETTING = Pattern.compile("^\\s*port\\s*=\\s*(\\d+)");
    private static final Duration PG_CTLCLUSTER_TIMEOUT = Duration.ofMinutes(1);
    /** pg_ctlcluster's exit code for "Cluster is already running." */
    private static final int PG_CTLCLUSTER_ALREADY_RUNNING = 2;

    private static final int PROBE_CONNECT_TIMEOUT_SECONDS = 2;
    private static final int TEST_DATABASE_RANDOM_BYTES = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    // SQLSTATEs that make creation idempotent under a concurrent creator.
    private static final String DUPLICATE_OBJECT = "42710";
    private static final String DUPLICATE_DATABASE = "42P04";

    private final PostgresEndpoint endpoint;
    private final Source source;
    private final EmbeddedPostgresServer embedded;

    private LocalPostgres(PostgresEndpoint endpoint, Source source, EmbeddedPostgresServer embedded) {
        this.endpoint = endpoint;
        this.source = source;
        this.embedded = embedded;
    }

    /** Finds a server in the documented order; an embedded one gets a temporary data directory and a free port. */
    public static LocalPostgres obtain() {
        return obtain(null, 0);
    }

    /**
     * Finds a server in the documented order; should it come to an embedded one, it keeps its data in {@code
     * embeddedDataDir} (reused across starts; {@code null}: temporary) and listens on {@code embeddedPort} (0: any
     * free port).
     */
    public static LocalPostgres obtain(Path embeddedDataDir, int embeddedPort) {
        return obtain(System.getenv(), embeddedDataDir, embeddedPort);
    }

    static LocalPostgres obtain(Map<String, String> environment, Path embeddedDataDir, int embeddedPort) {
        Optional<PostgresEndpoint> configured = fromEnvironment(environment);
        if (configured.isPresent()) {
            LOG.infof("PostgreSQL: using %s from %s", configured.get(), HOST_ENV);
            return new LocalPostgres(configured.get(), Source.ENVIRONMENT, null);
        }
        Optional<PostgresEndpoint> local = probe(LocalMachine.LOOPBACK, DEFAULT_PORT);
        if (local.isPresent()) {
            LOG.infof("PostgreSQL: using the local server %s", local.get());
            return new LocalPostgres(local.get(), Source.LOCAL_SERVER, null);
        }
        Optional<PostgresEndpoint> installed = startInstalledCluster();
        if (installed.isPresent()) {
            LOG.infof("PostgreSQL: started the installed cluster %s", installed.get());
            return new LocalPostgres(installed.get(), Source.INSTALLED_CLUSTER, null);
        }
        LOG.info("PostgreSQL: no server found, starting an embedded one");
        return embedded(embeddedDataDir, embeddedPort);
    }

    /**
     * Skips the search and starts an embedded server: data in {@code dataDir} (reused if it holds a cluster;
     * {@code null}: a temporary directory deleted on {@link #close()}), on {@code port} (0: any free port).
     */
    public static LocalPostgres embedded(Path dataDir, int port) {
        boolean temporary = dataDir == null;
        Path base = temporary ? LocalMachine.traversableTempDirectory("proficio-pg-") : dataDir;
        EmbeddedPostgresServer server =
                EmbeddedPostgresServer.start(base, port == 0 ? LocalMachine.freePort() : port, temporary);
        PostgresEndpoint endpoint =
                new PostgresEndpoint(LocalMachine.LOOPBACK, server.port(), EmbeddedPostgresServer.SUPERUSER, "", true);
        return new LocalPostgres(endpoint, Source.EMBEDDED, server);
    }

    /**
     * A server found earlier, e.g. by another class loader of the same test JVM; {@link #close()} leaves it
     * running, its owner stops it.
     */
    public static LocalPostgres attach(PostgresEndpoint endpoint, Source source) {
        return new LocalPostgres(endpoint, source, null);
    }

    public PostgresEndpoint endpoint() {
        return endpoint;
    }

    public Source source() {
        return source;
    }

    /**
     * Creates, unless they exist, a login role and a database it owns, both named {@code name} (e.g. {@code
     * proficio_assessment}); the role's password is (re)set to its name. Dev-only credentials by design.
     */
    public PostgresDatabase ensureDatabase(String name) {
        requireIdentifier(name);
        try (Connection connection = adminConnection(MAINTENANCE_DATABASE);
                Statement statement = connection.createStatement()) {
            String password = name;
            if (exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
                statement.execute("ALTER ROLE " + name + " WITH LOGIN PASSWORD '" + password + "'");
            } else {
                ignoring(
                        DUPLICATE_OBJECT,
                        () -> statement.execute("CREATE ROLE " + name + " WITH LOGIN PASSWORD '" + password + "'"));
            }
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                // CREATE DATABASE cannot run inside a transaction block, hence no DO $$ ... $$ here.
                ignoring(DUPLICATE_DATABASE, () -> statement.execute("CREATE DATABASE " + name + " OWNER " + name));
            }
            return new PostgresDatabase(endpoint, name, name, password);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create role and database " + name + " on " + endpoint, e);
        }
    }

    /** A fresh database (and owning role) named {@code proficio_test_<random>}, for one test run. */
    public PostgresDatabase createTestDatabase() {
        byte[] random = new byte[TEST_DATABASE_RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return ensureDatabase(TEST_DATABASE_PREFIX + HexFormat.of().formatHex(random));
    }

    /** Drops a database created here, ending its open sessions, and its role. Absent ones are fine. */
    public void dropDatabase(String name) {
        requireIdentifier(name);
        if (PROTECTED_DATABASES.contains(name)) {
            throw new IllegalArgumentException("refusing to drop " + name);
        }
        try (Connection connection = adminConnection(MAINTENANCE_DATABASE);
                Statement statement = connection.createStatement()) {
            // WITH (FORCE) (PostgreSQL 13+): a test's connection pool may not have closed every session yet.
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("DROP ROLE IF EXISTS " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + name + " on " + endpoint, e);
        }
    }

    /** A connection as the admin user, to {@code database}; the caller closes it. */
    public Connection adminConnection(String database) throws SQLException {
        return connect(endpoint.host(), endpoint.port(), database, endpoint.adminUser(), endpoint.adminPassword());
    }

    /**
     * Blocks while an embedded server started here runs; for the foreground launcher.
     *
     * @return the server's exit code if it ended on its own, empty if it was stopped (e.g. by the shutdown hook)
     */
    OptionalInt awaitEmbeddedCrash() throws InterruptedException {
        if (embedded == null) {
            throw new IllegalStateException("no embedded server was started");
        }
        int exit = embedded.awaitExit();
        return embedded.stopRequested() ? OptionalInt.empty() : OptionalInt.of(exit);
    }

    /** Stops the server if this instance started an embedded one; a found server is left running. */
    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    static Optional<PostgresEndpoint> fromEnvironment(Map<String, String> environment) {
        String host = environment.get(HOST_ENV);
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String port = environment.getOrDefault(PORT_ENV, "");
        String user = environment.getOrDefault(USER_ENV, "");
        PostgresEndpoint endpoint = new PostgresEndpoint(
                host,
                port.isBlank() ? DEFAULT_PORT : Integer.parseInt(port.trim()),
                user.isBlank() ? DEFAULT_ADMIN_USER : user,
                environment.getOrDefault(PASSWORD_ENV, ""),
                false);
        try (Connection ignored = connect(
                endpoint.host(),
                endpoint.port(),
                MAINTENANCE_DATABASE,
                endpoint.adminUser(),
                endpoint.adminPassword())) {
            return Optional.of(endpoint);
        } catch (SQLException e) {
            // Named explicitly, so no silent fallback to another server.
            throw new IllegalStateException(HOST_ENV + " names " + endpoint + ", which does not accept us", e);
        }
    }

    /** A passwordless admin login on host:port, as {@code postgres} or else as the OS user. */
    static Optional<PostgresEndpoint> probe(String host, int port) {
        Set<String> users = new LinkedHashSet<>(List.of(DEFAULT_ADMIN_USER, System.getProperty("user.name")));
        for (String user : users) {
            try (Connection connection = connect(host, port, MAINTENANCE_DATABASE, user, "")) {
                if (mayCreateRolesAndDatabases(connection)) {
                    return Optional.of(new PostgresEndpoint(host, port, user, "", false));
                }
                LOG.debugf("PostgreSQL on %s:%d: %s may not create roles and databases", host, port, user);
            } catch (SQLException e) {
                LOG.debugf("PostgreSQL on %s:%d does not accept %s: %s", host, port, user, e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static boolean mayCreateRolesAndDatabases(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT rolsuper OR (rolcreaterole AND rolcreatedb) FROM pg_roles WHERE rolname = current_user")) {
            return result.next() && result.getBoolean(1);
        }
    }

    static Optional<PostgresEndpoint> startInstalledCluster() {
        for (String version : installedClusterVersions()) {
            Path log = Path.of(System.getProperty("java.io.tmpdir"), "proficio-pg_ctlcluster-" + version + ".log");
            try {
                int exit = LocalMachine.run(
                        List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"),
                        Path.of(System.getProperty("java.io.tmpdir")),
                        log,
                        PG_CTLCLUSTER_TIMEOUT);
                if (exit != 0 && exit != PG_CTLCLUSTER_ALREADY_RUNNING) {
                    LOG.warn(LocalMachine.describeFailure(
                            "pg_ctlcluster " + version + " main start failed with exit code " + exit, log));
                    continue;
                }
            } catch (RuntimeException e) {
                LOG.debugf("cannot run pg_ctlcluster: %s", e.getMessage());
                return Optional.empty();
            }
            int port = clusterPort(CLUSTER_CONFIG_ROOT.resolve(version).resolve("main"));
            Optional<PostgresEndpoint> endpoint = probe(LocalMachine.LOOPBACK, port);
            if (endpoint.isPresent()) {
                return endpoint;
            }
            LOG.infof(
                    "PostgreSQL %s cluster runs on port %d but does not accept a passwordless admin login over TCP"
                            + " (see its pg_hba.conf)",
                    version, port);
        }
        return Optional.empty();
    }

    /** Versions with a {@code main} cluster, newest first. */
    static List<String> installedClusterVersions() {
        if (!Files.isDirectory(CLUSTER_CONFIG_ROOT)) {
            return List.of();
        }
        try (Stream<Path> versions = Files.list(CLUSTER_CONFIG_ROOT)) {
            return versions.filter(dir -> Files.isDirectory(dir.resolve("main")))
                    .map(dir -> dir.getFileName().toString())
                    .filter(version -> version.matches("\\d+(\\.\\d+)?"))
                    .sorted(Comparator.comparingDouble(Double::parseDouble).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + CLUSTER_CONFIG_ROOT, e);
        }
    }

    /** The {@code port} setting of a cluster's postgresql.conf; PostgreSQL's default when absent. */
    static int clusterPort(Path clusterConfigDir) {
        Path config = clusterConfigDir.resolve("postgresql.conf");
        if (!Files.isReadable(config)) {
            return DEFAULT_PORT;
        }
        try (Stream<String> lines = Files.lines(config)) {
            return lines.map(PORT_SETTING::matcher)
                    .filter(Matcher::find)
                    .map(matcher -> Integer.parseInt(matcher.group(1)))
                    .reduce((first, last) -> last) // the last setting wins, as in PostgreSQL
                    .orElse(DEFAULT_PORT);
        } catch (IOException | UncheckedIOException e) {
            return DEFAULT_PORT;
        }
    }

    private static Connection connect(String host, int port, String database, String user, String password)
            throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", Integer.toString(PROBE_CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("ApplicationName", "proficio-devstack");
        // The driver directly, not DriverManager: in Quarkus' test class loaders DriverManager may not see it.
        Connection connection = new org.postgresql.Driver()
                .connect("jdbc:postgresql://" + host + ":" + port + "/" + database, properties);
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver rejected the URL for " + host + ":" + port);
        }
        return connection;
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        }
    }

    private static void requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "not a plain lower-case PostgreSQL identifier (" + IDENTIFIER.pattern() + "): " + name);
        }
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void ignoring(String sqlState, SqlAction action) throws SQLException {
        try {
            action.run();
        } catch (SQLException e) {
            if (!sqlState.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
