package org.proficio.devstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * A real Apache Kafka broker (KRaft, broker and controller in one single-node process, replication factors 1)
 * running as a child JVM of this one, bound to 127.0.0.1.
 *
 * <p>The broker's jars are not on this JVM's classpath: they would clash with the kafka-clients version Quarkus
 * manages. The build resolves them separately and records their paths in {@value #CLASSPATH_RESOURCE}, inside this
 * module's jar (see src/kafka-runtime/pom.xml).
 *
 * <p>Data directory layout: {@code server.properties}, {@code log4j2.properties} (both rewritten at each start),
 * {@code kafka-logs/} (the partitions; formatted by {@code kafka.tools.StorageTool} on first start only), {@code
 * server.log} (the broker's own log, warnings and up), {@code broker.out} (its stdout/stderr), {@code broker.pid}.
 *
 * <p>{@link #stop()} ends the process; so does a JVM shutdown hook, so a test run or a launcher killed with SIGTERM
 * leaves no broker behind.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);

    /** The broker's classpath, written at build time. */
    public static final String CLASSPATH_RESOURCE = "META-INF/proficio/kafka-classpath.txt";
    /** Overrides the classpath (system property, then environment), e.g. for a Kafka distribution's libs. */
    public static final String CLASSPATH_PROPERTY = "proficio.kafka.classpath";

    public static final String CLASSPATH_ENV = "PROFICIO_KAFKA_CLASSPATH";

    private static final String NODE_ID = "1";
    private static final String LOG_DIRECTORY = "kafka-logs";
    private static final String PID_FILE = "broker.pid";
    private static final String BROKER_MAIN = "kafka.Kafka";
    private static final String STORAGE_TOOL_MAIN = "kafka.tools.StorageTool";

    private static final Duration FORMAT_TIMEOUT = Duration.ofMinutes(1);
    /** A clean shutdown of a single node takes 1-2 s; after this, the process is killed. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    /** Long enough for a cold client's first metadata round trip on a busy machine. */
    private static final Duration READY_CALL_TIMEOUT = Duration.ofSeconds(2);

    private static final int SOCKET_PROBE_TIMEOUT_MILLIS = 200;
    /** Retry fast while waiting for a starting broker, instead of the client's default back-off of up to 1 s. */
    private static final String RECONNECT_BACKOFF_MAX_MILLIS = "200";

    private static final short REPLICATION_FACTOR = 1;

    private final KafkaBrokerSettings settings;
    private final Path dataDir;
    private final boolean temporary;
    private final int port;
    private final int controllerPort;
    private Process process;
    private Thread shutdownHook;
    /** Set by {@link #stop()}: an exit after it is expected, any other is a crash. */
    private volatile boolean stopRequested;

    private KafkaBroker(KafkaBrokerSettings settings) {
        this.settings = settings;
        this.temporary = settings.dataDir() == null;
        this.dataDir = temporary
                ? LocalMachine.traversableTempDirectory("proficio-kafka-")
                : settings.dataDir().toAbsolutePath();
        this.port = settings.port() == 0 ? LocalMachine.freePort() : settings.port();
        int controller = settings.controllerPort() == 0 ? LocalMachine.freePort() : settings.controllerPort();
        this.controllerPort = controller == port ? LocalMachine.freePort() : controller;
    }

    /** Starts a broker with free ports and a temporary data directory. */
    public static KafkaBroker startTemporary() {
        return start(KafkaBrokerSettings.temporary());
    }

    /** Starts a broker and returns once it answers clients. */
    public static KafkaBroker start(KafkaBrokerSettings settings) {
        KafkaBroker broker = new KafkaBroker(settings);
        try {
            broker.launch();
            return broker;
        } catch (RuntimeException e) {
            broker.stop();
            throw e;
        }
    }

    /** {@code 127.0.0.1:<port>}, for {@code kafka.bootstrap.servers}. */
    public String bootstrapServers() {
        return LocalMachine.LOOPBACK + ":" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("the broker is stopped");
        }
        return process.pid();
    }

    /** Creates topics with the default number of partitions; topics that exist already are left as they are. */
    public void createTopics(Collection<String> topics) {
        createTopics(topics, settings.defaultPartitions());
    }

    /** Creates topics (replication factor 1); topics that exist already are left as they are. */
    public void createTopics(Collection<String> topics, int partitions) {
        if (topics.isEmpty()) {
            return;
        }
        List<NewTopic> newTopics = topics.stream()
                .distinct()
                .map(name -> new NewTopic(name, partitions, REPLICATION_FACTOR))
                .toList();
        try (Admin admin = Admin.create(adminConfig())) {
            Map<String, KafkaFuture<Void>> results =
                    admin.createTopics(newTopics).values();
            for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
                try {
                    result.getValue().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + result.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("topics not created within " + ADMIN_TIMEOUT.toSeconds() + " s", e);
        }
    }

    /**
     * Blocks until the broker process ends and returns its exit code; for a launcher that must notice a crash
     * ({@link #stopRequested()} tells a crash from a stop).
     */
    public int awaitExit() throws InterruptedException {
        Process running;
        synchronized (this) {
            running = process;
        }
        return running == null ? 0 : running.waitFor();
    }

    /** Whether {@link #stop()} was called (possibly by the shutdown hook). */
    public boolean stopRequested() {
        return stopRequested;
    }

    /** Stops the broker (clean shutdown, then kill) and deletes a temporary data directory. Idempotent. */
    public void stop() {
        stopRequested = true;
        stopProcess();
    }

    private synchronized void stopProcess() {
        if (process != null) {
            long started = System.nanoTime();
            LocalMachine.terminate(process, STOP_GRACE);
            LOG.debugf(
                    "Kafka broker %s stopped in %d ms",
                    bootstrapServers(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            process = null;
            // Only the broker that wrote the pid file removes it (a refused second start must not).
            try {
                Files.deleteIfExists(dataDir.resolve(PID_FILE));
            } catch (IOException e) {
                LOG.debugf("cannot delete %s: %s", dataDir.resolve(PID_FILE), e.getMessage());
            }
        }
        LocalMachine.forgetShutdownHook(shutdownHook);
        shutdownHook = null;
        if (temporary) {
            LocalMachine.deleteRecursively(dataDir);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void launch() {
        long started = System.nanoTime();
        List<Path> classpath = runtimeClasspath();
        requireNoBrokerOnDataDir();
        LocalMachine.requirePortFree(port, "Kafka broker");
        LocalMachine.requirePortFree(controllerPort, "Kafka controller");
        try {
            Files.createDirectories(dataDir);
            Files.writeString(dataDir.resolve("server.properties"), serverProperties());
            Files.writeString(dataDir.resolve("log4j2.properties"), log4jProperties());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dataDir, e);
        }
        if (!Files.isRegularFile(dataDir.resolve(LOG_DIRECTORY).resolve("meta.properties"))) {
            format(classpath);
        }
        Path output = dataDir.resolve("broker.out");
        synchronized (this) {
            try {
                process = new ProcessBuilder(javaCommand(classpath, BROKER_MAIN, serverPropertiesPath()))
                        .directory(dataDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                        .start();
                Files.writeString(dataDir.resolve(PID_FILE), Long.toString(process.pid()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the Kafka broker", e);
            }
            shutdownHook = LocalMachine.onShutdown("kafka-broker-stop", this::stop);
        }
        awaitReady(output);
        LOG.infof(
                "Kafka broker on %s ready in %d ms (pid %d, data %s)",
                bootstrapServers(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), process.pid(), dataDir);
    }

    /** A second broker on the same log directory would fail obscurely on the directory lock; say it plainly. */
    private void requireNoBrokerOnDataDir() {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> other = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            boolean isBroker = other.flatMap(handle -> handle.info().arguments())
                    .map(arguments -> Arrays.asList(arguments).contains(BROKER_MAIN))
                    .orElse(false);
            if (isBroker) {
                throw new IllegalStateException(
                        "a Kafka broker (pid " + pid + ") already runs on " + dataDir + "; stop it first");
            }
        } catch (IOException | NumberFormatException e) {
            LOG.debugf("ignoring unreadable %s: %s", pidFile, e.getMessage());
        }
    }

    private void format(List<Path> classpath) {
        Path log = dataDir.resolve("format.log");
        List<String> command = javaCommand(
                classpath,
                STORAGE_TOOL_MAIN,
                "format",
                "--cluster-id",
                Uuid.randomUuid().toString(),
                "--config",
                serverPropertiesPath(),
                // Belt and braces: the meta.properties check above already skips formatted directories.
                "--ignore-formatted");
        int exit = LocalMachine.run(command, dataDir, log, FORMAT_TIMEOUT);
        if (exit != 0) {
            throw new IllegalStateException(LocalMachine.describeFailure(
                    "formatting the Kafka log directory failed with exit code " + exit, log));
        }
    }

    /** First the port accepts connections (no client warnings while the JVM boots), then the cluster answers. */
    private void awaitReady(Path output) {
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        while (!acceptsConnections()) {
            checkAlive(output);
            checkDeadline(deadline, output);
            sleep(POLL_INTERVAL);
        }
        try (Admin admin = Admin.create(adminConfig())) {
            while (true) {
                checkAlive(output);
                checkDeadline(deadline, output);
                try {
                    // The call's own timeout, not the future's: a timed-out call must not linger in the client.
                    DescribeClusterOptions quick =
                            new DescribeClusterOptions().timeoutMs((int) READY_CALL_TIMEOUT.toMillis());
                    if (!admin.describeCluster(quick).nodes().get().isEmpty()) {
                        return;
                    }
                } catch (ExecutionException notYet) {
                    sleep(POLL_INTERVAL);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        }
    }

    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LocalMachine.LOOPBACK, port), SOCKET_PROBE_TIMEOUT_MILLIS);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private synchronized void checkAlive(Path output) {
        if (process == null || !process.isAlive()) {
            String exit = process == null ? "stopped" : "exited with code " + process.exitValue();
            throw new IllegalStateException(LocalMachine.describeFailure(
                    "the Kafka broker " + exit + " while starting; see also " + dataDir.resolve("server.log"), output));
        }
    }

    private void checkDeadline(long deadline, Path output) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(LocalMachine.describeFailure(
                            "the Kafka broker did not answer within "
                                    + settings.startTimeout().toSeconds() + " s",
                            dataDir.resolve("server.log"))
                    + System.lineSeparator()
                    + LocalMachine.tail(output));
        }
    }

    private Map<String, Object> adminConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "proficio-devstack-admin");
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, RECONNECT_BACKOFF_MAX_MILLIS);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
        // A short-lived internal client: no JMX beans, no telemetry subscription round trips.
        config.put(AdminClientConfig.METRIC_REPORTER_CLASSES_CONFIG, "");
        config.put(AdminClientConfig.ENABLE_METRICS_PUSH_CONFIG, "false");
        return config;
    }

    private List<String> javaCommand(List<Path> classpath, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.jvmOptions());
        command.add("-Djava.awt.headless=true");
        command.add("-Dlog4j2.configurationFile=" + dataDir.resolve("log4j2.properties"));
        command.add("-cp");
        command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return command;
    }

    private String serverPropertiesPath() {
        return dataDir.resolve("server.properties").toString();
    }

    /** KRaft combined mode, one node, static quorum (so changed ports on a later start are fine). */
    private String serverProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", NODE_ID);
        properties.put("controller.quorum.voters", NODE_ID + "@" + LocalMachine.LOOPBACK + ":" + controllerPort);
        properties.put(
                "listeners",
                "PLAINTEXT://" + LocalMachine.LOOPBACK + ":" + port + ",CONTROLLER://" + LocalMachine.LOOPBACK + ":"
                        + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://" + LocalMachine.LOOPBACK + ":" + port);
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", dataDir.resolve(LOG_DIRECTORY).toString());
        properties.put("auto.create.topics.enable", Boolean.toString(settings.autoCreateTopics()));
        properties.put("num.partitions", Integer.toString(settings.defaultPartitions()));
        // One node: every replicated internal topic must make do with one replica.
        String one = Short.toString(REPLICATION_FACTOR);
        properties.put("default.replication.factor", one);
        properties.put("min.insync.replicas", one);
        properties.put("offsets.topic.replication.factor", one);
        properties.put("transaction.state.log.replication.factor", one);
        properties.put("transaction.state.log.min.isr", one);
        properties.put("share.coordinator.state.topic.replication.factor", one);
        properties.put("share.coordinator.state.topic.min.isr", one);
        // Consumer groups start at once instead of waiting 3 s for more members that never come.
        properties.put("group.initial.rebalance.delay.ms", "0");
        return properties.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("\n", "# Written by devstack's KafkaBroker at each start.\n", "\n"));
    }

    /** Warnings and errors to server.log in the data directory, plus the "started" line; nothing to the console. */
    private String log4jProperties() {
        return String.join(
                "\n",
                "# Written by devstack's KafkaBroker at each start.",
                "status = error",
                "appender.file.type = File",
                "appender.file.name = file",
                "appender.file.fileName = " + dataDir.resolve("server.log"),
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = warn",
                "rootLogger.appenderRef.file.ref = file",
                "logger.started.name = kafka.server.KafkaRaftServer",
                "logger.started.level = info",
                "");
    }

    /** The broker's jars; every one must exist (a cleaned local Maven repository needs a rebuild of devstack). */
    static List<Path> runtimeClasspath() {
        String configured = System.getProperty(CLASSPATH_PROPERTY, System.getenv(CLASSPATH_ENV));
        String text = configured != null && !configured.isBlank() ? configured : readClasspathResource();
        List<Path> entries = Arrays.stream(text.trim().split(File.pathSeparator))
                .map(String::trim)
                .filter(entry -> !entry.isEmpty())
                .map(Path::of)
                .toList();
        List<Path> missing =
                entries.stream().filter(entry -> !Files.exists(entry)).toList();
        if (entries.isEmpty() || !missing.isEmpty()) {
            throw new IllegalStateException("the Kafka broker classpath names missing jars " + missing
                    + "; rebuild devstack (./mvnw -pl devstack install) to resolve them again");
        }
        return entries;
    }

    private static String readClasspathResource() {
        URL resource = KafkaBroker.class.getClassLoader().getResource(CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(CLASSPATH_RESOURCE + " is not on the classpath; build devstack with"
                    + " Maven (./mvnw -pl devstack install), which writes it");
        }
        try (InputStream in = resource.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        }
    }
}
