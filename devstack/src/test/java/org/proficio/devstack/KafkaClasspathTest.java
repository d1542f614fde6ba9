package org.proficio.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KafkaClasspathTest {

    @Test
    void brokerClasspathHoldsTheServerJarsAndNothingOfTheTestsOrQuarkus() {
        List<String> jars = KafkaBroker.runtimeClasspath().stream()
                .map(Path::getFileName)
                .map(Path::toString)
                .toList();

        assertThat(jars)
                .contains(
                        "kafka_2.13-4.4.0.jar",
                        "kafka-server-4.4.0.jar",
                        "kafka-metadata-4.4.0.jar",
                        "kafka-raft-4.4.0.jar",
                        "kafka-storage-4.4.0.jar",
                        // the broker's own client version, not the one Quarkus manages
                        "kafka-clients-4.4.0.jar",
                        "log4j-slf4j-impl-2.25.3.jar",
                        "log4j-core-2.25.3.jar")
                .anySatisfy(jar -> assertThat(jar).startsWith("scala-library-2.13."))
                .noneSatisfy(jar -> assertThat(jar).containsAnyOf("junit", "quarkus", "assertj", "postgresql"));
    }

    @Test
    void brokerJarsStayOffThisClasspath() {
        assertThat(KafkaBroker.class.getClassLoader().getResource("kafka/Kafka.class"))
                .isNull();
        assertThat(System.getProperty("java.class.path")).doesNotContain("kafka_2.13");
    }
}
