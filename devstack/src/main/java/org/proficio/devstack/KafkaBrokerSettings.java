package org.proficio.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to run a {@link KafkaBroker}.
 *
 * @param dataDir where the broker keeps its logs, configuration and output; reused across starts (formatted only
 *     the first time). {@code null}: a temporary directory deleted when the broker stops
 * @param port client (PLAINTEXT) port on 127.0.0.1; 0: any free port
 * @param controllerPort KRaft controller port on 127.0.0.1; 0: any free port
 * @param autoCreateTopics {@code auto.create.topics.enable}: whether producing to or fetching metadata of an
 *     unknown topic creates it
 * @param defaultPartitions {@code num.partitions}, also what {@link KafkaBroker#createTopics} uses by default
 * @param jvmOptions options of the broker's JVM (heap, GC, JIT)
 * @param startTimeout how long the broker may take to answer clients
 */
public record KafkaBrokerSettings(
        Path dataDir,
        int port,
        int controllerPort,
        boolean autoCreateTopics,
        int defaultPartitions,
        List<String> jvmOptions,
        Duration startTimeout) {

    /** The local stack's ports (conventions.md); tests use free ports instead. */
    public static final int DEFAULT_PORT = 9092;

    public static final int DEFAULT_CONTROLLER_PORT = 9093;

    /**
     * A small heap, the serial collector and the C1 compiler only: a dev broker's load is tiny, and these keep its
     * footprint and start time down (measured: see devstack/README.md).
     */
    public static final List<String> DEFAULT_JVM_OPTIONS =
            List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(1);

    /** One partition per topic unless asked otherwise: per-key order is all the services need locally. */
    public static final int DEFAULT_PARTITIONS = 1;

    public KafkaBrokerSettings {
        if (port < 0 || controllerPort < 0) {
            throw new IllegalArgumentException("ports must be positive, or 0 for a free port");
        }
        if (port != 0 && port == controllerPort) {
            throw new IllegalArgumentException("client and controller port must differ: " + port);
        }
        if (defaultPartitions < 1) {
            throw new IllegalArgumentException("a topic needs at least one partition");
        }
        jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * The system property that sets {@code num.partitions} of {@link #temporary()} brokers, e.g. for a benchmark that
     * measures consumers working on several partitions at once.
     */
    public static final String TEMPORARY_PARTITIONS_PROPERTY = "proficio.devstack.kafka.partitions";

    /**
     * Free ports, a temporary data directory, topics created on first use: what tests want. One partition per topic,
     * or as many as {@value #TEMPORARY_PARTITIONS_PROPERTY} says.
     */
    public static KafkaBrokerSettings temporary() {
        return new KafkaBrokerSettings(
                null,
                0,
                0,
                true,
                Integer.getInteger(TEMPORARY_PARTITIONS_PROPERTY, DEFAULT_PARTITIONS),
                DEFAULT_JVM_OPTIONS,
                DEFAULT_START_TIMEOUT);
    }

    /** A broker whose data survives restarts, e.g. the local stack's. */
    public static KafkaBrokerSettings persistent(Path dataDir, int port, int controllerPort) {
        return new KafkaBrokerSettings(
                dataDir, port, controllerPort, true, DEFAULT_PARTITIONS, DEFAULT_JVM_OPTIONS, DEFAULT_START_TIMEOUT);
    }

    public KafkaBrokerSettings withAutoCreateTopics(boolean enabled) {
        return new KafkaBrokerSettings(
                dataDir, port, controllerPort, enabled, defaultPartitions, jvmOptions, startTimeout);
    }

    public KafkaBrokerSettings withDefaultPartitions(int partitions) {
        return new KafkaBrokerSettings(
                dataDir, port, controllerPort, autoCreateTopics, partitions, jvmOptions, startTimeout);
    }

    public KafkaBrokerSettings withJvmOptions(List<String> options) {
        return new KafkaBrokerSettings(
                dataDir, port, controllerPort, autoCreateTopics, defaultPartitions, options, startTimeout);
    }

    public KafkaBrokerSettings withStartTimeout(Duration timeout) {
        return new KafkaBrokerSettings(
                dataDir, port, controllerPort, autoCreateTopics, defaultPartitions, jvmOptions, timeout);
    }
}
