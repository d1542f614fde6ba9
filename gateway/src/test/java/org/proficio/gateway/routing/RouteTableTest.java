package org.proficio.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.proficio.gateway.routing.RouteTable.Route;

class RouteTableTest {

    private final RouteTable table = new RouteTable();

    @Test
    void decidesLearnerSubResourcesByTheSegmentAfterTheLearnerId() {
        assertThat(owner("/api/v1/learners/s-0001/evidence")).isEqualTo(Upstream.ASSESSMENT);
        assertThat(owner("/api/v1/learners/s-0001/progress")).isEqualTo(Upstream.PROGRESSION);
        assertThat(owner("/api/v1/learners/s-0001/interventions")).isEqualTo(Upstream.SUPPORT);
        assertThat(owner("/api/v1/learners/s-0001/progress/c-7")).isEqualTo(Upstream.PROGRESSION);
        assertThat(owner("/api/v1/mastery-policies/frameworks/f-1")).isEqualTo(Upstream.PROGRESSION);
        assertThat(owner("/api/v1/learners/s-0001")).isEqualTo(Upstream.PROGRESSION);
        assertThat(owner("/api/v1/learners")).isEqualTo(Upstream.PROGRESSION);
        assertThat(owner("/api/v1/learners/s-0001/plan/courses/c-1")).isEqualTo(Upstream.PROGRESSION);
        assertThat(owner("/api/v1/learners/s-0001/progress/c-7/override/reversal"))
                .isEqualTo(Upstream.PROGRESSION);
    }

    @Test
    void leavesPathsNoServiceOwnsUnrouted() {
        assertThat(table.resolve("/api/v1/learners/s-0001/profile")).isEmpty();
        assertThat(table.resolve("/api/v1/learners/s-0001/plans")).isEmpty();
        assertThat(table.resolve("/api/v1/learnersx")).isEmpty();
        assertThat(table.resolve("/api/v1/evidencex")).isEmpty();
        assertThat(table.resolve("/api")).isEmpty();
    }

    @Test
    void matchesOpenApiPathTemplatesLikeRequestPaths() {
        assertThat(owner("/api/v1/learners/{learnerId}/progress")).isEqualTo(Upstream.PROGRESSION);
        assertThat(owner("/api/v1/frameworks/{frameworkId}")).isEqualTo(Upstream.COMPETENCY);
    }

    @Test
    void givesEveryPathOneOwnerAtMost() {
        for (Route route : table.routes()) {
            String sample = route.pattern().pattern().replace("/**", "").replace("{learnerId}", "s-1");
            assertThat(table.routes().stream().filter(r -> r.pattern().matches(sample)))
                    .as(sample)
                    .containsExactly(route);
        }
    }

    @Test
    void listsTheFirstSegmentsTheGatewayProxies() {
        assertThat(table.firstSegments()).containsExactlyInAnyOrder("api", "ims", "xapi");
    }

    @Test
    void rejectsMalformedPatterns() {
        assertThatThrownBy(() -> RoutePattern.parse("api/v1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoutePattern.parse("/**")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoutePattern.parse("/api/**/x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isDocumentedRowByRowInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        for (Route route : table.routes()) {
            assertThat(readme)
                    .as("README row for " + route.pattern())
                    .contains("| `" + route.pattern().pattern() + "` | "
                            + route.owner().serviceName() + " |");
        }
    }

    private Upstream owner(String path) {
        return table.resolve(path).map(Route::owner).orElseThrow();
    }
}
