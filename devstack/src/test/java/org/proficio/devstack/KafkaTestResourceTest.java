package org.proficio.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaTestResourceTest {

    @BeforeAll
    static void quietKafkaClients() {
        QuietKafkaClients.apply();
    }

    @Test
    void everyTestClassGetsTheSameRunningBroker() throws Exception {
        Map<String, String> first = new KafkaTestResource().start();
        Map<String, String> second = new KafkaTestResource().start();

        assertThat(first).containsOnlyKeys("kafka.bootstrap.servers").isEqualTo(second);
        try (Admin admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, first.get("kafka.bootstrap.servers")))) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
        }
    }
}
