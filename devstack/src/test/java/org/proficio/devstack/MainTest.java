package org.proficio.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's commands, run the way deploy/local/stack runs them. */
class MainTest {

    @BeforeAll
    static void quietKafkaClients() {
        QuietKafkaClients.apply();
    }

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** 128 + SIGTERM: how a JVM ends when SIGTERM ran its shutdown hooks. */
    private static final int SIGTERM_EXIT = 143;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void rejectsUnknownCommandsAndOptions() {
        assertThat(run("nonsense")).isEqualTo(Main.USAGE);
        assertThat(run("kafka", "--data", "/tmp/x", "--colour", "blue")).isEqualTo(Main.USAGE);
        assertThat(run("postgres", "--data", "/tmp/x")).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--env-file is required")
                .contains("Usage:");
    }

    @Test
    void postgresCommandCreatesTheDatabasesAndWritesTheEnvFile(@TempDir Path dir) throws Exception {
        // With a server to find the command exits at once; with an embedded one it would stay in the foreground.
        assumeTrue(LocalPostgres.probe(LocalMachine.LOOPBACK, LocalPostgres.DEFAULT_PORT)
                .isPresent());
        Path envFile = dir.resolve("pg.env");
        String database = "proficio_devstack_cli";

        int exit = run(
                "postgres",
                "--data",
                dir.resolve("pg").toString(),
                "--env-file",
                envFile.toString(),
                "--databases",
                database);

        try {
            assertThat(exit).isEqualTo(Main.OK);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualToIgnoringNewLines(Main.READY);
            assertThat(Files.readAllLines(envFile))
                    .containsExactly("PG_HOST=127.0.0.1", "PG_PORT=5432", "PG_EMBEDDED=false");
            try (var connection = java.sql.DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:5432/" + database, database, database)) {
                assertThat(connection.isValid(1)).isTrue();
            }
        } finally {
            LocalPostgres.attach(
                            new PostgresEndpoint(
                                    LocalMachine.LOOPBACK, LocalPostgres.DEFAULT_PORT, "postgres", "", false),
                            LocalPostgres.Source.LOCAL_SERVER)
                    .dropDatabase(database);
        }
    }

    @Test
    void kafkaCommandServesUntilSigtermKeepsItsDataAndReportsACrashedBroker(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("kafka");
        int port = LocalMachine.freePort();
        int controllerPort = LocalMachine.freePort();
        String topic = "proficio.assessment.events";

        Process first =
                startKafkaCommand(data, port, controllerPort, dir.resolve("ready.env"), dir.resolve("first.log"));
        long brokerPid;
        try {
            awaitReady(first, dir.resolve("first.log"));
            assertThat(Files.readString(dir.resolve("ready.env")))
                    .isEqualTo("KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:" + port + "\n");
            brokerPid =
                    Long.parseLong(Files.readString(data.resolve("broker.pid")).trim());
            try (KafkaProducer<String, String> producer = producer("127.0.0.1:" + port)) {
                producer.send(new ProducerRecord<>(topic, "s-0001", "kept")).get();
            }
        } finally {
            first.destroy(); // SIGTERM, as the launcher sends it
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(first.exitValue()).isEqualTo(SIGTERM_EXIT);
        assertThat(ProcessHandle.of(brokerPid).filter(ProcessHandle::isAlive)).isEmpty();

        Process second =
                startKafkaCommand(data, port, controllerPort, dir.resolve("ready.env"), dir.resolve("second.log"));
        try {
            awaitReady(second, dir.resolve("second.log"));
            assertThat(new TopicReader("127.0.0.1:" + port).readAll(topic))
                    .extracting(TopicRecord::value)
                    .containsExactly("kept");

            long secondBroker =
                    Long.parseLong(Files.readString(data.resolve("broker.pid")).trim());
            ProcessHandle.of(secondBroker).ifPresent(ProcessHandle::destroyForcibly);

            assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(Main.FAILURE);
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A separate JVM on the classpath the launcher uses: target/classes plus target/devstack-classpath.txt. */
    private static Process startKafkaCommand(Path data, int port, int controllerPort, Path readyFile, Path log)
            throws IOException {
        String classpath = Path.of("target", "classes").toAbsolutePath()
                + java.io.File.pathSeparator
                + Files.readString(Path.of("target", "devstack-classpath.txt")).trim();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                Main.class.getName(),
                "kafka",
                "--data",
                data.toString(),
                "--port",
                Integer.toString(port),
                "--controller-port",
                Integer.toString(controllerPort),
                "--topics",
                "proficio.assessment.events,proficio.progression.events",
                "--ready-file",
                readyFile.toString()));
        return new ProcessBuilder(command).redirectError(log.toFile()).start();
    }

    private static void awaitReady(Process process, Path log) throws Exception {
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
            try {
                return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
            } catch (IOException e) {
                return e.toString();
            }
        });
        String line = firstLine.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertThat(line)
                .as(() -> "stdout of the kafka command; its log:\n" + LocalMachine.tail(log))
                .isEqualTo(Main.READY);
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }
}
